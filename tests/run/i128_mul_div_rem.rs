// Checks i128/u128 multiplication, division and remainder (signed/unsigned, mixed signs, values spanning both 64-bit halves, div_euclid/rem_euclid) with runtime operands.
use std::hint::black_box;

fn main() {
    let us: [u128; 8] = [
        0,
        1,
        u64::MAX as u128,
        (u64::MAX as u128) + 1,
        0x1234_5678_9abc_def0_0fed_cba9_8765_4321,
        u128::MAX,
        u128::MAX / 3,
        10_000_000_000_000_000_000_000_000_000,
    ];
    let ds: [u128; 6] = [1, 3, 10, u64::MAX as u128, (1u128 << 64) + 7, 0xffff_ffff_ffff_ffff_ffff_ffff];
    for &a in &us {
        for &d in &ds {
            let a = black_box(a);
            let d = black_box(d);
            println!("u {} / {} = {} rem {}", a, d, a / d, a % d);
        }
    }
    for &a in &us[..6] {
        for &b in &[3u128, u64::MAX as u128, 1u128 << 70] {
            let (a, b) = (black_box(a), black_box(b));
            println!("u {} *w {} = {}", a, b, a.wrapping_mul(b));
        }
    }
    let is: [i128; 8] = [
        0,
        -1,
        i128::MIN,
        i128::MAX,
        -170141183460469231731687303715884105,
        99999999999999999999999999999,
        -(1i128 << 64),
        (1i128 << 64) - 1,
    ];
    let ids: [i128; 6] = [-1, 7, -7, 1i128 << 65, -(1i128 << 65) - 3, i128::MAX];
    for &a in &is {
        for &d in &ids {
            let a = black_box(a);
            let d = black_box(d);
            let q = a.wrapping_div(d);
            let r = a.wrapping_rem(d);
            println!(
                "i {} / {} = {} rem {} euclid {} {}",
                a,
                d,
                q,
                r,
                a.wrapping_div_euclid(d),
                a.wrapping_rem_euclid(d)
            );
        }
    }
    for &a in &is {
        for &b in &[-3i128, 1i128 << 63, -(1i128 << 70) + 5] {
            let (a, b) = (black_box(a), black_box(b));
            println!("i {} *w {} = {}", a, b, a.wrapping_mul(b));
        }
    }
    // Factorial-ish accumulation up to the edge of u128.
    let mut f: u128 = 1;
    let mut n = black_box(1u128);
    while let Some(next) = f.checked_mul(n) {
        f = next;
        n += 1;
    }
    println!("largest factorial in u128: {}! = {}", n - 1, f);
    // Widening 64x64 -> 128 multiply.
    let x = black_box(0xdead_beef_cafe_babeu64);
    let y = black_box(0xfeed_face_0bad_f00du64);
    let w = x as u128 * y as u128;
    println!("wide mul hi={:#018x} lo={:#018x}", (w >> 64) as u64, w as u64);
    let sx = black_box(-0x7eee_eeee_eeee_eeeei64);
    let sy = black_box(0x5555_5555_5555_5555i64);
    let sw = sx as i128 * sy as i128;
    println!("signed wide mul = {} hi={:#x}", sw, (sw >> 64) as i64);
}
