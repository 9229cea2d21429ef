// Checks i128/u128 checked_*, overflowing_*, wrapping_*, saturating_* arithmetic at the edges (MIN/-1, MAX+1, neg of MIN, abs, abs_diff, midpoint-like computations).
use std::hint::black_box;

fn main() {
    let is: [i128; 7] = [i128::MIN, i128::MIN + 1, -1, 0, 1, i128::MAX - 1, i128::MAX];
    for &a in &is {
        for &b in &[-1i128, 1, 2, i128::MAX, i128::MIN] {
            let (a, b) = (black_box(a), black_box(b));
            println!(
                "i {} {}: add={:?} sub={:?} mul={:?} div={:?} rem={:?} oadd={:?} osub={:?} omul={:?} sadd={} ssub={} smul={}",
                a,
                b,
                a.checked_add(b),
                a.checked_sub(b),
                a.checked_mul(b),
                a.checked_div(b),
                a.checked_rem(b),
                a.overflowing_add(b),
                a.overflowing_sub(b),
                a.overflowing_mul(b),
                a.saturating_add(b),
                a.saturating_sub(b),
                a.saturating_mul(b)
            );
        }
        let a = black_box(a);
        println!(
            "i {}: neg={:?} oneg={:?} wneg={} abs={:?} uabs={} sign={} shl={:?} pow3={:?}",
            a,
            a.checked_neg(),
            a.overflowing_neg(),
            a.wrapping_neg(),
            a.checked_abs(),
            a.unsigned_abs(),
            a.signum(),
            a.checked_shl(127),
            a.checked_pow(3)
        );
    }
    let us: [u128; 5] = [0, 1, u128::MAX / 2, u128::MAX - 1, u128::MAX];
    for &a in &us {
        for &b in &[1u128, 2, u128::MAX] {
            let (a, b) = (black_box(a), black_box(b));
            println!(
                "u {} {}: add={:?} sub={:?} mul={:?} oadd={:?} osub={:?} omul={:?} wadd={} wsub={} sadd={} ssub={} absdiff={}",
                a,
                b,
                a.checked_add(b),
                a.checked_sub(b),
                a.checked_mul(b),
                a.overflowing_add(b),
                a.overflowing_sub(b),
                a.overflowing_mul(b),
                a.wrapping_add(b),
                a.wrapping_sub(b),
                a.saturating_add(b),
                a.saturating_sub(b),
                a.abs_diff(b)
            );
        }
    }
    println!("checked_div by zero {:?} {:?}", black_box(5u128).checked_div(black_box(0)), black_box(5i128).checked_rem(black_box(0)));
    println!("MIN/-1 overflowing {:?}", black_box(i128::MIN).overflowing_div(black_box(-1)));
    println!("MIN%-1 overflowing {:?}", black_box(i128::MIN).overflowing_rem(black_box(-1)));
    println!("abs_diff(MIN, MAX) = {}", black_box(i128::MIN).abs_diff(black_box(i128::MAX)));
    println!("next_power_of_two {:?} {:?}", black_box(1u128 << 100 | 1).checked_next_power_of_two(), black_box(u128::MAX).checked_next_power_of_two());
    // Carry chain: add three big numbers using overflowing_add to count carries.
    let parts = [black_box(u128::MAX - 5), black_box(u128::MAX / 2 + 9), black_box(1u128 << 127)];
    let mut sum = 0u128;
    let mut carries = 0u32;
    for p in parts {
        let (s, c) = sum.overflowing_add(p);
        sum = s;
        carries += c as u32;
    }
    println!("sum {} carries {}", sum, carries);
}
