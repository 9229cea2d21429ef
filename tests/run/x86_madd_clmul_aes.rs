// `core::arch::x86_64` functions that end in `llvm.x86.*` intrinsics beyond the basics: pmaddwd
// and pmaddubsw (base64's AVX2 engine), pclmulqdq with every immediate (crc32fast), AES rounds
// and SSE4.2 CRC-32C. Each runs only if the CPU has the feature, under both backends alike.
//@ only-arch: x86_64

use std::arch::x86_64::*;
use std::hint::black_box;

fn bytes(v: __m128i) -> [u8; 16] {
    unsafe { std::mem::transmute(v) }
}

fn bytes256(v: __m256i) -> [u8; 32] {
    unsafe { std::mem::transmute(v) }
}

fn input(seed: u8) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = seed.wrapping_mul(37).wrapping_add((i as u8).wrapping_mul(91)) ^ 0xa5;
    }
    out[0] = 0xff;
    out[1] = 0x80;
    out[2] = 0x7f;
    out
}

#[target_feature(enable = "sse2,ssse3")]
unsafe fn sse_madd(a: [u8; 32], b: [u8; 32]) {
    let x = _mm_loadu_si128(a.as_ptr() as *const __m128i);
    let y = _mm_loadu_si128(b.as_ptr() as *const __m128i);
    println!("pmaddwd   {:?}", bytes(_mm_madd_epi16(x, y)));
    println!("pmaddubsw {:?}", bytes(_mm_maddubs_epi16(x, y)));
    // Saturation: 255 * 127 twice does not fit an i16.
    let max = _mm_set1_epi8(-1);
    let pos = _mm_set1_epi8(127);
    println!("saturated {:?}", bytes(_mm_maddubs_epi16(max, pos)));
    let min16 = _mm_set1_epi16(i16::MIN);
    println!("wrapping  {:?}", bytes(_mm_madd_epi16(min16, min16)));
}

#[target_feature(enable = "avx2")]
unsafe fn avx2_madd(a: [u8; 32], b: [u8; 32]) {
    let x = _mm256_loadu_si256(a.as_ptr() as *const __m256i);
    let y = _mm256_loadu_si256(b.as_ptr() as *const __m256i);
    println!("vpmaddwd   {:?}", bytes256(_mm256_madd_epi16(x, y)));
    println!("vpmaddubsw {:?}", bytes256(_mm256_maddubs_epi16(x, y)));
}

#[target_feature(enable = "pclmulqdq,sse2")]
unsafe fn clmul(a: [u8; 32], b: [u8; 32]) {
    let x = _mm_loadu_si128(a.as_ptr() as *const __m128i);
    let y = _mm_loadu_si128(b.as_ptr().add(16) as *const __m128i);
    println!("clmul 00 {:?}", bytes(_mm_clmulepi64_si128(x, y, 0x00)));
    println!("clmul 01 {:?}", bytes(_mm_clmulepi64_si128(x, y, 0x01)));
    println!("clmul 10 {:?}", bytes(_mm_clmulepi64_si128(x, y, 0x10)));
    println!("clmul 11 {:?}", bytes(_mm_clmulepi64_si128(x, y, 0x11)));
}

#[target_feature(enable = "aes,sse2")]
unsafe fn aes(a: [u8; 32], b: [u8; 32]) {
    let x = _mm_loadu_si128(a.as_ptr() as *const __m128i);
    let k = _mm_loadu_si128(b.as_ptr() as *const __m128i);
    println!("aesenc     {:?}", bytes(_mm_aesenc_si128(x, k)));
    println!("aesenclast {:?}", bytes(_mm_aesenclast_si128(x, k)));
    println!("aesdec     {:?}", bytes(_mm_aesdec_si128(x, k)));
    println!("aesdeclast {:?}", bytes(_mm_aesdeclast_si128(x, k)));
    println!("aesimc     {:?}", bytes(_mm_aesimc_si128(x)));
}

#[target_feature(enable = "sse4.2")]
unsafe fn crc32c(data: &[u8]) {
    let mut crc = !0u32;
    for &b in data {
        crc = _mm_crc32_u8(crc, b);
    }
    println!("crc32c u8  {:#010x}", !crc);
    let crc = _mm_crc32_u16(!0, u16::from_le_bytes([data[0], data[1]]));
    let crc = _mm_crc32_u32(crc, u32::from_le_bytes([data[2], data[3], data[4], data[5]]));
    let crc = _mm_crc32_u64(crc as u64, u64::from_le_bytes(data[8..16].try_into().unwrap()));
    println!("crc32c mix {crc:#x}");
}

fn main() {
    let a = black_box(input(3));
    let b = black_box(input(200));
    unsafe {
        if is_x86_feature_detected!("ssse3") {
            sse_madd(a, b);
        }
        if is_x86_feature_detected!("avx2") {
            avx2_madd(a, b);
        }
        if is_x86_feature_detected!("pclmulqdq") {
            clmul(a, b);
        }
        if is_x86_feature_detected!("aes") {
            aes(a, b);
        }
        if is_x86_feature_detected!("sse4.2") {
            crc32c(b"123456789abcdefghijklmnop");
        }
    }
}
