// x86 lane shifts by a count held in a vector (`_mm_sll_epi16` & co., SSE2 and AVX2) for counts
// below, at and beyond the lane width; `_mm_sign_epi*` (SSSE3, AVX2); AVX2's `permps`.
//@ only-arch: x86_64

use std::arch::x86_64::*;
use std::hint::black_box;

fn w(v: __m128i) -> [i16; 8] {
    unsafe { std::mem::transmute(v) }
}

fn d(v: __m128i) -> [i32; 4] {
    unsafe { std::mem::transmute(v) }
}

fn q(v: __m128i) -> [i64; 2] {
    unsafe { std::mem::transmute(v) }
}

#[target_feature(enable = "avx2")]
fn avx2(count: i64) {
    let a = _mm256_setr_epi16(1, -2, 3, -4, i16::MIN, i16::MAX, 7, -8, 9, 10, 11, 12, 13, 14, 15, -1);
    let c = _mm_set_epi64x(0, count);
    let pr = |v: __m256i| -> [i16; 16] { unsafe { std::mem::transmute(v) } };
    println!("avx2 sll {count}: {:?}", pr(_mm256_sll_epi16(a, c)));
    println!("avx2 srl {count}: {:?}", pr(_mm256_srl_epi16(a, c)));
    println!("avx2 sra {count}: {:?}", pr(_mm256_sra_epi16(a, c)));
    let s = _mm256_setr_epi16(-1, 0, 1, 5, -7, 0, 2, -3, 1, 1, 1, 1, 0, 0, -1, -1);
    println!("avx2 sign: {:?}", pr(_mm256_sign_epi16(a, s)));
    let f = _mm256_setr_ps(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
    let idx = _mm256_setr_epi32(7, 6, 5, 4, 11, 2, 1, -8);
    let pf = |v: __m256| -> [f32; 8] { unsafe { std::mem::transmute(v) } };
    println!("permps: {:?}", pf(_mm256_permutevar8x32_ps(f, idx)));
}

#[target_feature(enable = "sse2")]
fn shifts(count: i64) {
    let a = _mm_setr_epi16(1, -2, 3, -4, i16::MIN, i16::MAX, 7, -8);
    let c = _mm_set_epi64x(99, count);
    println!("sll w {count}: {:?}", w(_mm_sll_epi16(a, c)));
    println!("srl w {count}: {:?}", w(_mm_srl_epi16(a, c)));
    println!("sra w {count}: {:?}", w(_mm_sra_epi16(a, c)));
    let b = _mm_setr_epi32(1, -1, i32::MIN, 0x1234_5678);
    println!("sll d {count}: {:?}", d(_mm_sll_epi32(b, c)));
    println!("srl d {count}: {:?}", d(_mm_srl_epi32(b, c)));
    println!("sra d {count}: {:?}", d(_mm_sra_epi32(b, c)));
    let e = _mm_set_epi64x(-5, 0x0123_4567_89ab_cdef);
    println!("sll q {count}: {:?}", q(_mm_sll_epi64(e, c)));
    println!("srl q {count}: {:?}", q(_mm_srl_epi64(e, c)));
}

fn main() {
    for count in [0i64, 1, 5, 15, 16, 31, 32, 63, 64, 1 << 40, -1] {
        unsafe { shifts(black_box(count)) };
        if is_x86_feature_detected!("avx2") {
            unsafe { avx2(count) };
        }
    }
    if is_x86_feature_detected!("ssse3") {
        #[target_feature(enable = "ssse3")]
        fn sign() {
            let a = _mm_setr_epi8(1, -2, 3, -4, i8::MIN, i8::MAX, 7, -8, 9, 10, 11, 12, 13, 14, 15, 0);
            let s = _mm_setr_epi8(-1, 0, 1, 5, -7, 0, 2, -3, 1, -1, 1, -1, 0, 0, -1, -1);
            let pr = |v: __m128i| -> [i8; 16] { unsafe { std::mem::transmute(v) } };
            println!("sign b: {:?}", pr(_mm_sign_epi8(a, s)));
            let x = _mm_setr_epi32(5, -6, i32::MIN, 8);
            let y = _mm_setr_epi32(-1, -1, -1, 0);
            println!("sign d: {:?}", d(_mm_sign_epi32(x, y)));
        }
        unsafe { sign() };
    }
}
