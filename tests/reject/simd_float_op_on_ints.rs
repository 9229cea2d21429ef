// Float-only and integer-only `simd_*` operations on the wrong lanes, through generic code:
// rustc's own codegen rejects them with E0511 (this was an internal compiler error).
//@ error-pattern: expected basic float type, found `i32x4`
//@ error: invalid monomorphization of `simd_fsqrt` intrinsic
#![feature(core_intrinsics, repr_simd)]
#![allow(internal_features, non_camel_case_types)]

use std::intrinsics::simd::simd_fsqrt;

#[repr(simd)]
#[derive(Clone, Copy)]
struct i32x4([i32; 4]);

fn root<T: Copy>(v: T) -> T {
    unsafe { simd_fsqrt(v) }
}

fn main() {
    let r = root(i32x4([1, 4, 9, 16]));
    let r: [i32; 4] = unsafe { std::mem::transmute(r) };
    println!("{r:?}");
}
