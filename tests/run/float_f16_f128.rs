// Checks f16 and f128: arithmetic, comparisons, negation, conversions to and from ints and other floats, formatting, bits.
#![feature(f16, f128)]
use std::hint::black_box as bb;

fn main() {
    let a: f16 = bb(1.5);
    let b: f16 = bb(-2.25);
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % bb(0.4));
    println!("{} {} {} {:?}", a < b, a >= b, a == a, a.partial_cmp(&b));
    println!("{} {} {} {}", -a, (a as f32) * 3.0, bb(300.7f32) as f16, bb(70000.0f64) as f16);
    println!("{} {} {} {}", bb(12.9f16) as i32, bb(-3.5f16) as u8, bb(65504.0f16) as i16, bb(200u8) as f16);
    println!("{:#x} {} {}", a.to_bits(), f16::from_bits(0x3c00), bb(f16::NAN) as i32);
    let x: f128 = bb(1.0) / bb(3.0);
    let y: f128 = bb(2.5e300);
    println!("{} {} {}", (x * bb(3.0)) == 1.0, x < y, (y * y).is_infinite());
    println!("{} {} {}", x as f64, (y + 1.0) as f64, (-x) as f32);
    println!("{} {} {} {}", bb(1e20f128) as i64, bb(-7.9f128) as i8, bb(u128::MAX) as f128 > 3.0e38, bb(-5i32) as f128 == -5.0);
    println!("{:#x} {:?} {}", x.to_bits(), f128::NAN.partial_cmp(&x), (bb(3.25f64) as f128 % bb(1.0)) as f64);
    let mut v = vec![bb(3.0f128), 1.0, 2.0];
    v.sort_by(|p, q| p.total_cmp(q));
    println!("{:?} {}", v.iter().map(|f| *f as f64).collect::<Vec<_>>(), (1.5f16).abs().copysign(-1.0));
}
