// Checks i128/u128: arithmetic, wrapping/checked/overflowing, shifts, comparisons, casts, formatting, passing/returning by value.
use std::hint::black_box;

fn mul_add(a: u128, b: u128, c: u128) -> u128 {
    a.wrapping_mul(b).wrapping_add(c)
}

fn divmod(a: i128, b: i128) -> (i128, i128) {
    (a / b, a % b)
}

struct Pair128 {
    lo: u128,
    hi: i128,
}

fn make_pair(x: u64) -> Pair128 {
    Pair128 { lo: (x as u128) << 64 | x as u128, hi: -(x as i128) }
}

fn main() {
    let a: u128 = black_box(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    let b: u128 = black_box(0xfedc_ba98_7654_3211);
    println!("add {}", a + b);
    println!("sub {}", a - b);
    println!("mul {}", (a >> 64) * b);
    println!("div {} rem {}", a / b, a % b);
    println!("div small {} rem {}", a / black_box(1_000_000_007), a % black_box(1_000_000_007));
    println!("hex {:#x} {:032x}", a, b);
    println!("and/or/xor {:#x} {:#x} {:#x} {:#x}", a & b, a | b, a ^ b, !a);
    println!("shl {:#x} shr {:#x}", a << black_box(68), a >> black_box(100));
    println!("shifts by 64: {:#x} {:#x}", a << black_box(64u32), a >> black_box(64u8));
    println!("rot {:#x} lz {} tz {} ones {}", a.rotate_left(72), a.leading_zeros(), (a << 3).trailing_zeros(), a.count_ones());
    println!("swap {:#x}", a.swap_bytes());

    let x: i128 = black_box(-170141183460469231731687303715884105728);
    println!("min {} max {}", x, i128::MAX);
    println!("neg {:?} {:?}", x.checked_neg(), (x + 1).checked_neg());
    println!("ovf {:?} {:?}", x.overflowing_sub(1), i128::MAX.overflowing_add(black_box(1)));
    println!("wrap {} {}", x.wrapping_mul(black_box(3)), mul_add(u128::MAX, black_box(3), 5));
    println!("sar {} {}", x >> black_box(100), black_box(-1i128) >> 127);
    println!("divmod {:?} {:?} {:?}", divmod(black_box(-1000000000000000000000007), black_box(13)), divmod(black_box(7), black_box(-2)), divmod(black_box(i128::MIN), black_box(i128::MAX)));

    let y: i128 = black_box(-5);
    println!("casts {} {} {} {} {}", y as u128, y as i64, y as u8, y as u32 as i128, (y as u128) >> 120);
    let z: i64 = black_box(-9);
    println!("from i64 {} {} {}", z as i128, z as u128, (z as u64) as i128);
    println!("cmp {} {} {} {}", x < y, (x as u128) < (y as u128), a > b, black_box(0u128) == 0);
    println!("{:?}", black_box(3u128).cmp(&black_box(u128::MAX)));

    let p = make_pair(black_box(0xdead_beef_0000_0001));
    println!("pair {:#x} {}", p.lo, p.hi);

    // Factorials in u128.
    let mut f: u128 = 1;
    for i in 1..=black_box(34u128) {
        f *= i;
    }
    println!("34! = {}", f);
    println!("35! checked = {:?}", f.checked_mul(35));
    // i128 fibonacci up to large values.
    let (mut p0, mut p1) = (0i128, 1i128);
    for _ in 0..black_box(180) {
        let n = p0 + p1;
        p0 = p1;
        p1 = n;
    }
    println!("fib180 {}", p0);
    let arr: [i128; 4] = [black_box(1), -2, 3 << 100, -(4 << 90)];
    let sum: i128 = arr.iter().sum();
    println!("array {:?} sum {}", arr, sum);
    println!("pow {} {}", 3u128.pow(black_box(80)), (-7i128).pow(black_box(45)));
}
