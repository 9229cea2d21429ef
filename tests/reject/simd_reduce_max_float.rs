// `simd_reduce_max`/`simd_reduce_min` of float lanes: rustc's own codegen rejects the instance
// with E0511 (the intrinsic is for integer lanes); we lowered it with Cranelift fmax before.
//@ error-pattern: unsupported simd_reduce_max from `f32x4` with element `f32` to `f32`
//@ error: invalid monomorphization of `simd_reduce_max` intrinsic
#![feature(core_intrinsics, repr_simd)]
#![allow(internal_features, non_camel_case_types)]

use std::intrinsics::simd::simd_reduce_max;

#[repr(simd)]
#[derive(Clone, Copy)]
struct f32x4([f32; 4]);

fn main() {
    let a = f32x4([1.0, f32::NAN, 3.0, 2.0]);
    let x: f32 = unsafe { simd_reduce_max(a) };
    println!("{x}");
}
