// A `simd_shuffle_const_generic` index past both inputs: rustc's own codegen rejects the
// instance with E0511, and so must we, instead of reading past the vectors.
//@ error-pattern: SIMD index #1 is out of bounds (limit 8)
//@ error: invalid monomorphization of `simd_shuffle_const_generic` intrinsic
#![feature(repr_simd, intrinsics, rustc_attrs, adt_const_params, unsized_const_params)]
#![allow(incomplete_features, internal_features, non_camel_case_types)]

#[rustc_intrinsic]
#[rustc_nounwind]
pub const unsafe fn simd_shuffle_const_generic<T, U, const IDX: &'static [u32]>(x: T, y: T) -> U;

#[repr(simd)]
#[derive(Clone, Copy)]
struct i32x4([i32; 4]);

fn main() {
    let a = i32x4([1, 2, 3, 4]);
    let r: i32x4 = unsafe { simd_shuffle_const_generic::<_, i32x4, { &[0, 8, 1, 2] }>(a, a) };
    println!("{}", unsafe { std::mem::transmute::<_, [i32; 4]>(r) }[0]);
}
