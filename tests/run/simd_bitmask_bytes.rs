// `simd_bitmask` into `[u8; N]` and `simd_select_bitmask` with a `[u8; N]` mask: lane `i` is
// bit `i % 8` of byte `i / 8`. And `simd_shuffle_const_generic`, whose indices are a const
// generic `&[u32]`.
#![feature(repr_simd, core_intrinsics, intrinsics, rustc_attrs, adt_const_params)]
#![feature(unsized_const_params)]
#![allow(incomplete_features, internal_features, non_camel_case_types)]

use std::hint::black_box;
use std::intrinsics::simd::{simd_bitmask, simd_select_bitmask};

#[rustc_intrinsic]
#[rustc_nounwind]
pub const unsafe fn simd_shuffle_const_generic<T, U, const IDX: &'static [u32]>(x: T, y: T) -> U;

#[repr(simd)]
#[derive(Clone, Copy, Debug)]
struct i8x32([i8; 32]);

#[repr(simd)]
#[derive(Clone, Copy, Debug)]
struct i32x4([i32; 4]);

#[repr(simd)]
#[derive(Clone, Copy, Debug)]
struct i16x12([i16; 12]);

#[repr(simd)]
#[derive(Clone, Copy, Debug)]
struct i64x3([i64; 3]);

#[repr(simd)]
#[derive(Clone, Copy, Debug)]
struct u16x8([u16; 8]);

fn lanes<const N: usize>(seed: u64) -> [bool; N] {
    let mut x = seed;
    std::array::from_fn(|_| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        x >> 63 == 1
    })
}

fn main() {
    for seed in 0..4 {
        let m: [bool; 32] = lanes(seed);
        let v = i8x32(m.map(|b| if b { -1 } else { 0 }));
        let bytes: [u8; 4] = unsafe { simd_bitmask(black_box(v)) };
        let word: u32 = unsafe { simd_bitmask(black_box(v)) };
        println!("{bytes:?} {word:#x}");
        let a = i8x32(std::array::from_fn(|i| i as i8));
        let b = i8x32(std::array::from_fn(|i| -(i as i8)));
        let picked: i8x32 = unsafe { simd_select_bitmask(black_box(bytes), a, b) };
        println!("{:?}", unsafe { std::mem::transmute::<_, [i8; 32]>(picked) });

        let m: [bool; 12] = lanes(seed + 10);
        let v = i16x12(m.map(|b| if b { -1 } else { 0 }));
        let bytes: [u8; 2] = unsafe { simd_bitmask(black_box(v)) };
        println!("{bytes:?}");
        let a = i16x12(std::array::from_fn(|i| i as i16 * 100));
        let b = i16x12([7; 12]);
        let picked: i16x12 = unsafe { simd_select_bitmask(black_box(bytes), a, b) };
        println!("{:?}", unsafe { (&raw const picked).cast::<[i16; 12]>().read() });

        let m: [bool; 3] = lanes(seed + 20);
        let v = i64x3(m.map(|b| if b { i64::MIN } else { i64::MAX }));
        let bytes: [u8; 1] = unsafe { simd_bitmask(black_box(v)) };
        let picked: i64x3 = unsafe { simd_select_bitmask(black_box(bytes), v, i64x3([5; 3])) };
        println!("{bytes:?} {:?}", unsafe { (&raw const picked).cast::<[i64; 3]>().read() });
    }

    let a = i32x4([10, 20, 30, 40]);
    let b = i32x4([-1, -2, -3, -4]);
    let r: i32x4 = unsafe { simd_shuffle_const_generic::<_, i32x4, { &[3, 1, 0, 2] }>(a, b) };
    println!("{:?}", unsafe { std::mem::transmute::<_, [i32; 4]>(r) });
    let r: i32x4 = unsafe { simd_shuffle_const_generic::<_, i32x4, { &[7, 0, 4, 5] }>(a, b) };
    println!("{:?}", unsafe { std::mem::transmute::<_, [i32; 4]>(r) });
    let r: u16x8 = unsafe {
        simd_shuffle_const_generic::<_, u16x8, { &[0, 0, 1, 1, 2, 2, 3, 3] }>(
            black_box(u16x8([1, 2, 3, 4, 5, 6, 7, 8])),
            u16x8([0; 8]),
        )
    };
    println!("{:?}", unsafe { std::mem::transmute::<_, [u16; 8]>(r) });
}
