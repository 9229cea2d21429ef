// Checks `f32::max`/`min` and `maximum`/`minimum` (and f64, f16, f128, SIMD lanes and
// reductions) on the inputs where implementations may differ: signed zeros, NaN payloads,
// signaling NaNs. LLVM's x86_64 lowering of `max` returns the second operand of equal ones and
// the first of two NaNs; C's fmax did not.
//@ skip-opt: Rust leaves NaN payloads and the sign of max(-0, +0) unspecified, and LLVM's optimizer picks them differently from its -O0 code
#![feature(f16, f128, portable_simd, float_minimum_maximum)]
use std::hint::black_box as bb;
use std::simd::prelude::*;

fn main() {
    let f32s = [
        f32::from_bits(0x7fc0_0001),
        f32::from_bits(0xffc0_0002),
        f32::from_bits(0x7f80_0003),
        1.0,
        -0.0,
        0.0,
        f32::NEG_INFINITY,
    ];
    for &x in &f32s {
        for &y in &f32s {
            let (max, min) = (bb(x).max(bb(y)), bb(x).min(bb(y)));
            let (maximum, minimum) = (bb(x).maximum(bb(y)), bb(x).minimum(bb(y)));
            println!(
                "f32 {:08x} {:08x}: {:08x} {:08x} {:08x} {:08x}",
                x.to_bits(),
                y.to_bits(),
                max.to_bits(),
                min.to_bits(),
                maximum.to_bits(),
                minimum.to_bits()
            );
        }
    }
    let f64s = [f64::from_bits(0x7ff8_0000_0000_0001), f64::from_bits(0xfff0_0000_0000_0002), -1.5, -0.0, 0.0];
    for &x in &f64s {
        for &y in &f64s {
            let (max, min) = (bb(x).max(bb(y)), bb(x).min(bb(y)));
            let (maximum, minimum) = (bb(x).maximum(bb(y)), bb(x).minimum(bb(y)));
            println!(
                "f64 {:016x} {:016x}: {:016x} {:016x} {:016x} {:016x}",
                x.to_bits(),
                y.to_bits(),
                max.to_bits(),
                min.to_bits(),
                maximum.to_bits(),
                minimum.to_bits()
            );
        }
    }
    let f16s = [f16::from_bits(0x7e01), -0.0, 0.0, 2.0];
    for &x in &f16s {
        for &y in &f16s {
            let (max, min) = (bb(x).max(bb(y)), bb(x).min(bb(y)));
            let (maximum, minimum) = (bb(x).maximum(bb(y)), bb(x).minimum(bb(y)));
            println!(
                "f16 {:04x} {:04x}: {:04x} {:04x} {:04x} {:04x}",
                x.to_bits(),
                y.to_bits(),
                max.to_bits(),
                min.to_bits(),
                maximum.to_bits(),
                minimum.to_bits()
            );
        }
    }
    let f128s = [f128::NAN, f128::from_bits(0xffff_0000_0000_0000_0000_0000_0000_0005), -0.0, 0.0, 3.0];
    for &x in &f128s {
        for &y in &f128s {
            let (max, min) = (bb(x).max(bb(y)), bb(x).min(bb(y)));
            let (maximum, minimum) = (bb(x).maximum(bb(y)), bb(x).minimum(bb(y)));
            println!(
                "f128 {:032x} {:032x}: {:032x} {:032x} {:032x} {:032x}",
                x.to_bits(),
                y.to_bits(),
                max.to_bits(),
                min.to_bits(),
                maximum.to_bits(),
                minimum.to_bits()
            );
        }
    }
    let nan = |bits: u32| f32::from_bits(0x7fc0_0000 | bits);
    let vectors = [
        [1.0, f32::NAN, 3.0, 2.0],
        [nan(1), nan(2), nan(3), nan(4)],
        [-0.0, 0.0, -0.0, 0.0],
        [0.0, -0.0, 0.0, -0.0],
        [5.0, nan(9), -0.0, f32::INFINITY],
    ];
    let other = bb(f32x4::from_array([0.0, -0.0, nan(7), 1.0]));
    for lanes in vectors {
        let v = bb(f32x4::from_array(lanes));
        println!(
            "f32x4 {:08x} {:08x} {:08x?} {:08x?}",
            v.reduce_max().to_bits(),
            v.reduce_min().to_bits(),
            v.simd_max(other).to_bits().to_array(),
            v.simd_min(other).to_bits().to_array()
        );
    }
}
