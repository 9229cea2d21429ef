// f128 math: which targets rely on it is a cfg both backends must agree on (coretests' f128
// tests hang on it), and where it is on, the functions must give LLVM's results.
#![feature(f128, cfg_target_has_reliable_f16_f128, float_minimum_maximum)]
#![allow(unexpected_cfgs)]
use std::hint::black_box;

#[cfg(target_has_reliable_f128_math)]
fn math() {
    let x: f128 = black_box(2.25);
    let y: f128 = black_box(-0.75);
    let show = |name: &str, v: f128| println!("{name} {:#034x} {}", v.to_bits(), v as f64);
    show("sqrt", x.sqrt());
    show("cbrt", x.cbrt());
    show("powf", x.powf(y));
    show("powi", x.powi(5));
    show("exp", y.exp());
    show("exp2", y.exp2());
    show("ln", x.ln());
    show("log2", x.log2());
    show("log10", x.log10());
    show("sin", x.sin());
    show("cos", x.cos());
    show("tan", y.tan());
    show("atan2", x.atan2(y));
    show("floor", y.floor());
    show("ceil", y.ceil());
    show("round", (x + 0.25).round());
    show("round_ties_even", (x + 0.25).round_ties_even());
    show("trunc", y.trunc());
    show("abs", y.abs());
    show("copysign", x.copysign(y));
    show("mul_add", x.mul_add(y, 1.0));
    show("rem", x % y);
    show("minimum", x.minimum(f128::NAN));
    show("maximum", x.maximum(y));
    show("min", f128::NAN.min(y));
    show("hypot", x.hypot(y));
}

#[cfg(not(target_has_reliable_f128_math))]
fn math() {}

fn main() {
    println!("reliable f128: {}", cfg!(target_has_reliable_f128));
    println!("reliable f128 math: {}", cfg!(target_has_reliable_f128_math));
    println!("reliable f16 math: {}", cfg!(target_has_reliable_f16_math));
    math();
}
