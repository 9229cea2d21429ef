// Checks core::arch x86_64 SSE2/SSSE3/AVX2 functions (movemask, cmpeq, shuffle_epi8, sad, permutevar) against LLVM.
//@ only-arch: x86_64
use std::arch::x86_64::*;

fn bytes(v: __m128i) -> [u8; 16] {
    unsafe { std::mem::transmute(v) }
}

#[target_feature(enable = "ssse3")]
unsafe fn shuffle128(data: &[u8; 16], idx: &[u8; 16]) -> [u8; 16] {
    let a = unsafe { _mm_loadu_si128(data.as_ptr().cast()) };
    let b = unsafe { _mm_loadu_si128(idx.as_ptr().cast()) };
    bytes(_mm_shuffle_epi8(a, b))
}

#[target_feature(enable = "avx2")]
unsafe fn avx2_stuff(data: &[u8; 32]) -> ([u8; 32], [u32; 8], i32) {
    let a = unsafe { _mm256_loadu_si256(data.as_ptr().cast()) };
    let idx = _mm256_set_epi8(
        0, 1, 2, 3, 4, 5, 6, 7, -1, 9, 10, 11, 12, 13, 14, 15, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6,
        5, 4, 3, 2, 1, -128,
    );
    let shuffled: [u8; 32] = unsafe { std::mem::transmute(_mm256_shuffle_epi8(a, idx)) };
    let perm = _mm256_permutevar8x32_epi32(a, _mm256_set_epi32(0, 1, 2, 3, 7, 6, 5, 4));
    let perm: [u32; 8] = unsafe { std::mem::transmute(perm) };
    let mask = _mm256_movemask_epi8(_mm256_cmpeq_epi8(a, _mm256_set1_epi8(7)));
    (shuffled, perm, mask)
}

fn main() {
    let data: [u8; 16] = std::array::from_fn(|i| (i * 17 + 3) as u8);
    unsafe {
        let a = _mm_loadu_si128(data.as_ptr().cast());
        let eq = _mm_cmpeq_epi8(a, _mm_set1_epi8(20));
        println!("movemask {:#06x}", _mm_movemask_epi8(eq));
        println!("min {:?}", bytes(_mm_min_epu8(a, _mm_set1_epi8(100))));
        let sad = _mm_sad_epu8(a, _mm_set1_epi8(50));
        let sad: [u64; 2] = std::mem::transmute(sad);
        println!("sad {sad:?}");
    }
    if is_x86_feature_detected!("ssse3") {
        let idx: [u8; 16] = std::array::from_fn(|i| if i % 5 == 0 { 0x80 } else { (15 - i) as u8 });
        println!("shuffle {:?}", unsafe { shuffle128(&data, &idx) });
    } else {
        println!("shuffle {:?}", data);
    }
    let wide: [u8; 32] = std::array::from_fn(|i| if i % 9 == 0 { 7 } else { (i * 3) as u8 });
    if is_x86_feature_detected!("avx2") {
        let (s, p, m) = unsafe { avx2_stuff(&wide) };
        println!("avx2 {s:?} {p:?} {m:#x}");
    } else {
        println!("no avx2");
    }
}
