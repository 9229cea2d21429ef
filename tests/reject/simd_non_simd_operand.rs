// A `simd_*` intrinsic instantiated with a non-SIMD type through generic code: rustc's own
// codegen rejects the instance with E0511, and so must we (this was an internal compiler error).
//@ error-pattern: expected SIMD input type, found non-SIMD `i32`
//@ error: invalid monomorphization of `simd_add` intrinsic
#![feature(core_intrinsics)]
#![allow(internal_features)]

use std::intrinsics::simd::simd_add;

fn add<T: Copy>(a: T, b: T) -> T {
    unsafe { simd_add(a, b) }
}

fn main() {
    println!("{}", add(1i32, 2));
}
