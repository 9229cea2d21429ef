// x86's float-to-i32 lane conversions: round to nearest even (`_mm_cvtps_epi32`) or truncate
// (`_mm_cvttps_epi32`), NaN and out-of-range lanes giving i32::MIN, f64 sources filling the low
// lanes and zeroing the rest; SSE2 and AVX forms.
//@ only-arch: x86_64

use std::arch::x86_64::*;
use std::hint::black_box;

fn i128x(v: __m128i) -> [i32; 4] {
    unsafe { std::mem::transmute(v) }
}

fn i256x(v: __m256i) -> [i32; 8] {
    unsafe { std::mem::transmute(v) }
}

#[target_feature(enable = "avx")]
fn avx(f: [f32; 8], d: [f64; 4]) {
    unsafe {
        let x = _mm256_loadu_ps(f.as_ptr());
        println!("cvt256 ps  {:?}", i256x(_mm256_cvtps_epi32(x)));
        println!("cvtt256 ps {:?}", i256x(_mm256_cvttps_epi32(x)));
        let y = _mm256_loadu_pd(d.as_ptr());
        println!("cvt256 pd  {:?}", i128x(_mm256_cvtpd_epi32(y)));
        println!("cvtt256 pd {:?}", i128x(_mm256_cvttpd_epi32(y)));
    }
}

fn main() {
    let f: [f32; 8] = black_box([2.5, -2.5, 3.5, f32::NAN, 3e9, -3e9, -7.9, 2147483520.0]);
    let d: [f64; 4] = black_box([0.5, 1.5, -2147483648.5, 2147483647.4]);
    unsafe {
        for chunk in [&f[..4], &f[4..]] {
            let x = _mm_loadu_ps(chunk.as_ptr());
            println!("cvt ps  {:?}", i128x(_mm_cvtps_epi32(x)));
            println!("cvtt ps {:?}", i128x(_mm_cvttps_epi32(x)));
        }
        for pair in [&d[..2], &d[2..]] {
            let y = _mm_loadu_pd(pair.as_ptr());
            println!("cvt pd  {:?}", i128x(_mm_cvtpd_epi32(y)));
            println!("cvtt pd {:?}", i128x(_mm_cvttpd_epi32(y)));
        }
    }
    if is_x86_feature_detected!("avx") {
        unsafe { avx(f, d) };
    }
}
