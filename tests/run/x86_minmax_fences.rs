// x86 float min/max intrinsics (packed and scalar, SSE, SSE2 and AVX) with x86's own rule: the
// second operand unless the first compares greater (less), so NaNs and equal zeros pick `b`;
// and the fence and cache-flush instructions, which only have to run.
//@ only-arch: x86_64

use std::arch::x86_64::*;
use std::hint::black_box;

fn ps(v: __m128) -> [u32; 4] {
    unsafe { std::mem::transmute(v) }
}

fn pd(v: __m128d) -> [u64; 2] {
    unsafe { std::mem::transmute(v) }
}

fn ps256(v: __m256) -> [u32; 8] {
    unsafe { std::mem::transmute(v) }
}

fn pd256(v: __m256d) -> [u64; 4] {
    unsafe { std::mem::transmute(v) }
}

#[target_feature(enable = "avx")]
fn avx(a: [f32; 8], b: [f32; 8]) {
    unsafe {
        let (x, y) = (_mm256_loadu_ps(a.as_ptr()), _mm256_loadu_ps(b.as_ptr()));
        println!("max256 ps {:x?}", ps256(_mm256_max_ps(x, y)));
        println!("min256 ps {:x?}", ps256(_mm256_min_ps(x, y)));
        let c: [f64; 4] = [a[0] as f64, a[1] as f64, a[2] as f64, a[3] as f64];
        let d: [f64; 4] = [b[0] as f64, b[1] as f64, b[2] as f64, b[3] as f64];
        let (x, y) = (_mm256_loadu_pd(c.as_ptr()), _mm256_loadu_pd(d.as_ptr()));
        println!("max256 pd {:x?}", pd256(_mm256_max_pd(x, y)));
        println!("min256 pd {:x?}", pd256(_mm256_min_pd(x, y)));
    }
}

fn main() {
    let a: [f32; 8] = black_box([1.0, f32::NAN, 0.0, -3.0, 5.5, -0.0, f32::INFINITY, 2.0]);
    let b: [f32; 8] = black_box([2.0, 1.0, -0.0, f32::NAN, 5.5, 0.0, 7.0, -2.0]);
    unsafe {
        let (x, y) = (_mm_loadu_ps(a.as_ptr()), _mm_loadu_ps(b.as_ptr()));
        println!("max ps {:x?}", ps(_mm_max_ps(x, y)));
        println!("min ps {:x?}", ps(_mm_min_ps(x, y)));
        println!("max ss {:x?}", ps(_mm_max_ss(y, x)));
        println!("min ss {:x?}", ps(_mm_min_ss(y, x)));
        let c: [f64; 2] = black_box([f64::NAN, -0.0]);
        let d: [f64; 2] = black_box([1.0, 0.0]);
        let (x, y) = (_mm_loadu_pd(c.as_ptr()), _mm_loadu_pd(d.as_ptr()));
        println!("max pd {:x?}", pd(_mm_max_pd(x, y)));
        println!("min pd {:x?}", pd(_mm_min_pd(y, x)));
        println!("max sd {:x?}", pd(_mm_max_sd(y, x)));
        println!("min sd {:x?}", pd(_mm_min_sd(x, y)));
        _mm_lfence();
        _mm_mfence();
        _mm_sfence();
        let line = black_box([7u8; 64]);
        _mm_clflush(line.as_ptr());
        println!("after fences and clflush: {}", line[3]);
    }
    if is_x86_feature_detected!("avx") {
        unsafe { avx(a, b) };
    }
}
