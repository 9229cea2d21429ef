// SIMD vectors in C-like ABIs, which used to be "not yet supported": `__m128`/`__m128d` passed
// and returned in XMM registers by `extern "sysv64"` and `extern "C"` functions, and
// `extern "win64"` functions taking `__m128i` (by hidden pointer, as LLVM does), i128, f128,
// f16 and small structs, called directly and through pointers.
//@ only-arch: x86_64
#![feature(f16, f128)]
#![allow(improper_ctypes_definitions)]
use std::arch::x86_64::*;
use std::hint::black_box;

extern "sysv64" fn add_ps(a: __m128, b: __m128d, scale: f32) -> __m128 {
    unsafe { _mm_mul_ps(_mm_add_ps(a, _mm_castpd_ps(b)), _mm_set1_ps(scale)) }
}

extern "C" fn mix(a: __m128i, n: u64, b: __m128i) -> __m128i {
    unsafe { _mm_add_epi32(_mm_xor_si128(a, b), _mm_set1_epi32(n as i32)) }
}

extern "win64" fn wide(a: u128, b: i128, c: f128, d: f16, e: __m128i) -> u128 {
    let lanes: [u32; 4] = unsafe { std::mem::transmute(e) };
    a ^ (b as u128) ^ (c as u128) ^ (d as u128) ^ lanes[3] as u128
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct S3 {
    a: u8,
    b: u8,
    c: u8,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct S12 {
    a: u32,
    b: u32,
    c: u32,
}

extern "win64" fn structs(a: S3, b: S12, c: S12, tail: (u64, u64)) -> S12 {
    S12 { a: a.a as u32 + b.a, b: a.b as u32 + c.b + tail.0 as u32, c: a.c as u32 + b.c + c.c }
}

fn lanes_f32(v: __m128) -> [f32; 4] {
    unsafe { std::mem::transmute(v) }
}

fn lanes_i32(v: __m128i) -> [i32; 4] {
    unsafe { std::mem::transmute(v) }
}

fn main() {
    unsafe {
        let a = black_box(_mm_setr_ps(1.0, 2.0, -3.5, 4.25));
        let b = black_box(_mm_set1_pd(0.0));
        println!("{:?}", lanes_f32(add_ps(a, b, 2.0)));
        let f: extern "sysv64" fn(__m128, __m128d, f32) -> __m128 = black_box(add_ps);
        println!("{:?}", lanes_f32(f(a, _mm_castps_pd(a), 0.5)));

        let x = black_box(_mm_setr_epi32(1, 2, 3, 4));
        let y = black_box(_mm_setr_epi32(-1, 0x100, 7, i32::MIN));
        println!("{:?}", lanes_i32(mix(x, 10, y)));
        let g: extern "C" fn(__m128i, u64, __m128i) -> __m128i = black_box(mix);
        println!("{:?}", lanes_i32(g(y, 3, x)));

        println!("{}", wide(black_box(u128::MAX / 3), black_box(-77), 12345.5, 2.5, x));
        let h: extern "win64" fn(u128, i128, f128, f16, __m128i) -> u128 = black_box(wide);
        println!("{}", h(1, 2, 3.0, 4.0, y));
    }
    let s3 = black_box(S3 { a: 1, b: 2, c: 3 });
    let s12 = black_box(S12 { a: 4, b: 5, c: 6 });
    println!("{:?}", structs(s3, s12, S12 { a: 7, b: 8, c: 9 }, (10, 11)));
}
