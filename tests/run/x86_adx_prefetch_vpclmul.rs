// `_addcarry_u32/u64` and `_subborrow_u32/u64` (num-bigint calls them unconditionally) at the
// carry/borrow limits, `_mm_prefetch` with every hint (simdutf8, encoding_rs), and the 256- and
// 512-bit carry-less multiplications with every immediate (crc32fast's VPCLMULQDQ paths),
// where the CPU has them.
//@ only-arch: x86_64
use std::arch::x86_64::*;
use std::hint::black_box;

#[target_feature(enable = "avx2,vpclmulqdq")]
fn clmul256(imm: u8) -> [u64; 4] {
    let a = _mm256_set_epi64x(0x1234_5678_9abc_def0, -3, 0x0f0f_0f0f_0f0f_0f0f, 7);
    let b = _mm256_set_epi64x(0x1111_2222_3333_4444, 5, 0x0123_4567_89ab_cdef, -1);
    let r = match imm {
        0x00 => _mm256_clmulepi64_epi128(a, b, 0x00),
        0x01 => _mm256_clmulepi64_epi128(a, b, 0x01),
        0x10 => _mm256_clmulepi64_epi128(a, b, 0x10),
        _ => _mm256_clmulepi64_epi128(a, b, 0x11),
    };
    unsafe { std::mem::transmute(r) }
}

#[target_feature(enable = "avx512f,vpclmulqdq")]
fn clmul512(imm: u8) -> [u64; 8] {
    let a = _mm512_set_epi64(1, 2, 3, -4, 5, 6, 7, -8);
    let b = _mm512_set_epi64(-9, 10, 11, 12, 13, -14, 15, 16);
    let r = match imm {
        0x00 => _mm512_clmulepi64_epi128(a, b, 0x00),
        0x01 => _mm512_clmulepi64_epi128(a, b, 0x01),
        0x10 => _mm512_clmulepi64_epi128(a, b, 0x10),
        _ => _mm512_clmulepi64_epi128(a, b, 0x11),
    };
    unsafe { std::mem::transmute(r) }
}

fn main() {
    let values64 = [0u64, 1, 2, u64::MAX / 2, u64::MAX - 1, u64::MAX];
    for &a in &values64 {
        for &b in &values64 {
            for c_in in [0u8, 1, 2, 255] {
                let mut add = 0u64;
                let mut sub = 0u64;
                let c = unsafe { _addcarry_u64(black_box(c_in), black_box(a), black_box(b), &mut add) };
                let d = unsafe { _subborrow_u64(black_box(c_in), black_box(a), black_box(b), &mut sub) };
                println!("64 {c_in} {a:x} {b:x}: {c} {add:x} {d} {sub:x}");
            }
        }
    }
    let values32 = [0u32, 1, u32::MAX - 1, u32::MAX];
    for &a in &values32 {
        for &b in &values32 {
            for c_in in [0u8, 1, 7] {
                let mut add = 0u32;
                let mut sub = 0u32;
                let c = unsafe { _addcarry_u32(black_box(c_in), black_box(a), black_box(b), &mut add) };
                let d = unsafe { _subborrow_u32(black_box(c_in), black_box(a), black_box(b), &mut sub) };
                println!("32 {c_in} {a:x} {b:x}: {c} {add:x} {d} {sub:x}");
            }
        }
    }
    let data: Vec<u32> = (0..64).collect();
    let p = data.as_ptr().cast::<i8>();
    unsafe {
        _mm_prefetch::<_MM_HINT_T0>(p);
        _mm_prefetch::<_MM_HINT_T1>(p.add(64));
        _mm_prefetch::<_MM_HINT_T2>(p.add(128));
        _mm_prefetch::<_MM_HINT_NTA>(p.add(192));
        _mm_prefetch::<_MM_HINT_ET0>(p);
        _mm_prefetch::<_MM_HINT_ET1>(p);
    }
    println!("sum {}", data.iter().sum::<u32>());
    for imm in [0x00, 0x01, 0x10, 0x11] {
        if is_x86_feature_detected!("vpclmulqdq") && is_x86_feature_detected!("avx2") {
            println!("256 {imm:02x}: {:x?}", unsafe { clmul256(black_box(imm)) });
        }
        if is_x86_feature_detected!("vpclmulqdq") && is_x86_feature_detected!("avx512f") {
            println!("512 {imm:02x}: {:x?}", unsafe { clmul512(black_box(imm)) });
        }
    }
}
