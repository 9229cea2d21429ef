// `simd_extract` with a constant lane index past the vector: rustc's own codegen rejects the
// instance with E0511; we read past the vector before.
//@ error-pattern: SIMD index #7 is out of bounds (limit 4)
//@ error: invalid monomorphization of `simd_extract` intrinsic
#![feature(core_intrinsics, repr_simd)]
#![allow(internal_features, non_camel_case_types)]

use std::intrinsics::simd::simd_extract;

#[repr(simd)]
#[derive(Clone, Copy)]
struct i32x4([i32; 4]);

fn main() {
    let a = i32x4([1, 2, 3, 4]);
    let x: i32 = unsafe { simd_extract(a, 7) };
    println!("{x}");
}
