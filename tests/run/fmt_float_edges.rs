// Checks float formatting ({}, {:?}, {:.3}, {:e}, {:E}, width/sign/zero-pad) for f32/f64 edge values: 0.1+0.2, 1e-7, MAX/MIN, MIN_POSITIVE, subnormals, -0.0, NaN, infinities, rounding ties.
use std::hint::black_box;

fn show64(label: &str, x: f64) {
    println!("{:<10} {} | {:?} | {:.3} | {:e} | {:E} | {:+.2} | {:>12.4} | {:012.3} | {:.0}", label, x, x, x, x, x, x, x, x, x);
}

fn show32(label: &str, x: f32) {
    println!("{:<10} {} | {:?} | {:.3} | {:e} | {:+} | {:.10}", label, x, x, x, x, x, x);
}

fn main() {
    let a = black_box(0.1f64);
    let b = black_box(0.2f64);
    show64("0.1+0.2", a + b);
    show64("0.3", 0.3);
    show64("1e-7", black_box(1e-7));
    show64("1e15", black_box(1e15));
    show64("1e16", black_box(1e16));
    show64("1e21", black_box(1e21));
    show64("max", black_box(f64::MAX));
    show64("min", black_box(f64::MIN));
    show64("minpos", black_box(f64::MIN_POSITIVE));
    show64("subnorm", black_box(5e-324));
    show64("eps", black_box(f64::EPSILON));
    show64("-0.0", black_box(-0.0));
    show64("nan", black_box(f64::NAN));
    show64("inf", black_box(f64::INFINITY));
    show64("-inf", black_box(f64::NEG_INFINITY));
    show64("2.5", black_box(2.5));
    show64("-2.5", black_box(-2.5));
    show64("0.125", black_box(0.125));
    show64("1/3", black_box(1.0) / black_box(3.0));
    show64("pi", black_box(std::f64::consts::PI));
    show64("123456.789", black_box(123456.789));

    let fa = black_box(0.1f32);
    let fb = black_box(0.2f32);
    show32("f 0.1+0.2", fa + fb);
    show32("f 1e-7", black_box(1e-7));
    show32("f max", black_box(f32::MAX));
    show32("f minpos", black_box(f32::MIN_POSITIVE));
    show32("f subnorm", black_box(1e-45));
    show32("f -0.0", black_box(-0.0));
    show32("f nan", black_box(f32::NAN));
    show32("f -inf", black_box(f32::NEG_INFINITY));
    show32("f 16777217", black_box(16777217.0));
    show32("f 1/3", black_box(1.0f32) / black_box(3.0f32));

    // Precision sweep with ties.
    for p in 0..6 {
        println!("0.5 ~ {:.*} | 1.0005 ~ {:.*} | 2.675 ~ {:.*} | 9.9999 ~ {:.*}", p, black_box(0.5f64), p, black_box(1.0005f64), p, black_box(2.675f64), p, black_box(9.9999f64));
    }
    println!("{:10.3e}|{:<10.1e}|{:^12e}|{:+e}", black_box(1234.5f64), black_box(0.000123f64), black_box(-5.0f64), black_box(7e100f64));
    println!("debug vec {:?} {:?}", vec![black_box(1.0f64), 1.5, -0.0, 1e300, 1e-300], [black_box(0.3f32), 1e10, 1e-10]);
    println!("to_string {} {} {}", black_box(1e22f64).to_string(), black_box(0.000001f64).to_string(), (black_box(-1.0f64) / 0.0).to_string());
    println!("parse {:?} {:?} {:?} {:?}", "1e-7".parse::<f64>(), "inf".parse::<f64>(), "-nan".parse::<f64>().map(|x| x.is_nan()), "0x10".parse::<f64>().is_err());
    let sum: f64 = (1..=10).map(|i| black_box(i as f64) * 0.1).sum();
    println!("sum 0.1..1.0 = {:?} bits {:#x}", sum, sum.to_bits());
}
