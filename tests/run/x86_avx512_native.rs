// The AVX-512 intrinsics that run as their own instruction (those fearless_simd's AVX-512
// level uses, so roaring did not compile): compress/expand under a mask, ternary logic, byte
// and two-table permutes, 64-bit arithmetic shifts, rcp14, fpclass, masked compares, the
// conversions with the current rounding mode and the truncating moves, on a CPU that has them.
//@ only-arch: x86_64
use std::arch::x86_64::*;
use std::hint::black_box;

fn show<T: Copy, const N: usize>(label: &str, v: impl Copy) -> [T; N]
where
    [T; N]: std::fmt::Debug,
{
    assert_eq!(std::mem::size_of_val(&v), std::mem::size_of::<[T; N]>());
    let lanes: [T; N] = unsafe { std::mem::transmute_copy(&v) };
    println!("{label}: {lanes:?}");
    lanes
}

#[target_feature(enable = "avx512f,avx512vl,avx512bw,avx512dq,avx512vbmi,avx512vbmi2")]
fn run() {
    let w = black_box(_mm_setr_epi16(1, 2, 3, 4, 5, 6, 7, 8));
    let src = black_box(_mm_set1_epi16(-1));
    show::<i16, 8>("mask_compress_epi16", _mm_mask_compress_epi16(src, 0b1010_0110, w));
    show::<i16, 8>("maskz_compress_epi16", _mm_maskz_compress_epi16(0b1000_0001, w));
    show::<i16, 8>("mask_expand_epi16", _mm_mask_expand_epi16(src, 0b0101_0101, w));
    let bytes = black_box(_mm256_setr_epi8(
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31,
    ));
    show::<i8, 32>("maskz_expand_epi8", _mm256_maskz_expand_epi8(0xf0f0_0f0f, bytes));
    show::<i8, 32>("mask_compress_epi8", _mm256_mask_compress_epi8(bytes, 0x8000_0421, bytes));
    let d = black_box(_mm_setr_epi32(10, 20, 30, 40));
    show::<i32, 4>("compress_epi32", _mm_maskz_compress_epi32(0b1100, d));
    show::<i64, 4>(
        "expand_epi64",
        _mm256_mask_expand_epi64(_mm256_set1_epi64x(7), 0b0110, _mm256_setr_epi64x(1, 2, 3, 4)),
    );
    let f = black_box(_mm_setr_ps(1.5, -2.0, 3.25, 0.125));
    show::<f32, 4>("compress_ps", _mm_maskz_compress_ps(0b1010, f));
    show::<f64, 4>("expand_pd", _mm256_maskz_expand_pd(0b1001, _mm256_setr_pd(9.0, 8.0, 7.0, 6.0)));

    let a = black_box(_mm_setr_epi32(0x0f0f_0f0f, -1, 0, 0x1234_5678));
    let b = black_box(_mm_setr_epi32(0x00ff_00ff, 0, -1, 0x7654_3210));
    let c = black_box(_mm_setr_epi32(0x3333_3333, 0x5555_5555, 0, -1));
    show::<u32, 4>("ternarylogic 0x96 (xor3)", _mm_ternarylogic_epi32::<0x96>(a, b, c));
    show::<u32, 4>("ternarylogic 0xe8 (majority)", _mm_ternarylogic_epi32::<0xe8>(a, b, c));
    show::<u64, 4>(
        "ternarylogic_epi64",
        _mm256_ternarylogic_epi64::<0xca>(
            _mm256_set1_epi64x(0x0ff0),
            _mm256_set1_epi64x(-1),
            _mm256_set1_epi64x(0x1111),
        ),
    );
    let idx = black_box(_mm_setr_epi8(15, 14, 13, 12, 0, 1, 2, 3, 31, 30, 17, 16, 8, 8, 8, 8));
    let table = _mm_setr_epi8(
        100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115,
    );
    show::<i8, 16>("permutexvar_epi8", _mm_permutexvar_epi8(idx, table));
    let i16s =
        black_box(_mm256_setr_epi16(0, 17, 2, 31, 4, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    let lo = _mm256_set1_epi16(1);
    let hi = _mm256_setr_epi16(50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65);
    show::<i16, 16>("permutex2var_epi16", _mm256_permutex2var_epi16(lo, i16s, hi));
    let q = _mm512_setr_epi64(1, 2, 3, 4, 5, 6, 7, 8);
    show::<i64, 8>(
        "permutex2var_epi64",
        _mm512_permutex2var_epi64(
            q,
            black_box(_mm512_setr_epi64(15, 0, 8, 1, 9, 2, 10, 3)),
            _mm512_set1_epi64(-5),
        ),
    );
    show::<i64, 2>("sra_epi64", _mm_sra_epi64(_mm_set_epi64x(256, -256), _mm_set_epi64x(0, 4)));
    show::<i64, 4>(
        "sra_epi64 256",
        _mm256_sra_epi64(_mm256_set1_epi64x(i64::MIN), _mm_set_epi64x(0, 63)),
    );

    let r = black_box(_mm_setr_ps(3.0, 0.1, -7.0, 1e-3));
    show::<u32, 4>("rcp14_ps (bits)", _mm_castps_si128(_mm_rcp14_ps(r)));
    show::<u64, 8>(
        "rcp14_pd 512 (bits)",
        _mm512_castpd_si512(_mm512_rcp14_pd(_mm512_set1_pd(3.0))),
    );
    let specials = black_box(_mm_setr_ps(f32::NAN, -0.0, f32::INFINITY, 1.0e-40));
    println!("fpclass nan|-0|inf|denormal: {:04b}", _mm_fpclass_ps_mask::<0x81>(specials));
    println!(
        "fpclass -0: {:04b} inf: {:04b} denormal: {:04b}",
        _mm_fpclass_ps_mask::<0x04>(specials),
        _mm_fpclass_ps_mask::<0x18>(specials),
        _mm_fpclass_ps_mask::<0x20>(specials)
    );
    println!(
        "fpclass_pd 512: {:08b}",
        _mm512_fpclass_pd_mask::<0x01>(_mm512_setr_pd(
            f64::NAN,
            1.0,
            f64::NAN,
            0.0,
            2.0,
            3.0,
            4.0,
            f64::NAN
        ))
    );
    let x = black_box(_mm_setr_ps(1.0, f32::NAN, 3.0, 4.0));
    let y = black_box(_mm_setr_ps(1.0, 2.0, 5.0, 4.0));
    println!(
        "mask_cmp_ps EQ_OQ under 0b1101: {:04b}",
        _mm_mask_cmp_ps_mask::<_CMP_EQ_OQ>(0b1101, x, y)
    );
    println!(
        "mask_cmp_pd LT_OS: {:02b}",
        _mm_mask_cmp_pd_mask::<_CMP_LT_OS>(0b11, _mm_setr_pd(1.0, 5.0), _mm_setr_pd(2.0, 5.0))
    );

    let p = black_box(_mm512_setr_pd(0.1, 1e300, -2.5, 3.0, f64::NAN, 1.0, 7.75, -0.0));
    show::<u32, 8>("cvtpd_ps (bits)", _mm256_castps_si256(_mm512_cvtpd_ps(p)));
    show::<u32, 8>(
        "mask_cvtpd_ps (bits)",
        _mm256_castps_si256(_mm512_mask_cvtpd_ps(_mm256_set1_ps(9.0), 0b0101_0101, p)),
    );
    show::<f64, 8>(
        "cvtps_pd",
        _mm512_cvtps_pd(_mm256_setr_ps(0.1, 2.0, -3.5, 4.0, 5.0, 6.0, 7.0, 1e30)),
    );
    show::<i64, 2>("cvttpd_epi64", _mm_cvttpd_epi64(_mm_setr_pd(-2.9, 1e30)));
    show::<u32, 4>("cvttps_epu32", _mm_cvttps_epu32(_mm_setr_ps(3.9, -1.0, 4e9, 5e9)));
    show::<i16, 8>("cvtepi32_epi16", _mm_cvtepi32_epi16(_mm_setr_epi32(0x12345, -1, 70000, 3)));
    show::<i32, 4>("cvtepi64_epi32", _mm_cvtepi64_epi32(_mm_set_epi64x(-3, 0x1_0000_0002)));
    show::<i32, 4>(
        "cvtsepi64_epi32",
        _mm_cvtsepi64_epi32(_mm_set_epi64x(-5_000_000_000, i64::MAX)),
    );
    show::<i32, 4>(
        "cvtsepi64_epi32 256",
        _mm256_cvtsepi64_epi32(_mm256_setr_epi64x(1, i64::MIN, 3, 1 << 40)),
    );
    show::<f64, 2>("cvtepi64_pd", _mm_cvtepi64_pd(_mm_set_epi64x(i64::MAX, -3)));
    show::<f64, 4>("cvtepu64_pd", _mm256_cvtepu64_pd(_mm256_setr_epi64x(-1, 5, 1 << 53, 7)));
}

#[target_feature(enable = "avx512f,avx512vl,avx512bw,avx512dq")]
fn run_512() {
    let a = black_box(_mm512_setr_ps(
        1.0,
        -2.5,
        f32::NAN,
        4.0,
        5.5,
        -6.0,
        7.25,
        8.0,
        0.0,
        -0.0,
        11.0,
        12.5,
        -13.0,
        14.0,
        15.0,
        1e9,
    ));
    let b = black_box(_mm512_set1_ps(4.0));
    println!("cmp_ps_mask 512 LT_OQ: {:016b}", _mm512_cmp_ps_mask::<_CMP_LT_OQ>(a, b));
    println!(
        "cmp_ps_mask 256 UNORD_Q: {:08b}",
        _mm256_cmp_ps_mask::<_CMP_UNORD_Q>(_mm512_castps512_ps256(a), _mm256_set1_ps(0.0))
    );
    println!(
        "mask_cmp_pd_mask 512 GE_OS: {:08b}",
        _mm512_mask_cmp_pd_mask::<_CMP_GE_OS>(
            0b1011_0111,
            _mm512_setr_pd(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0),
            _mm512_set1_pd(4.0)
        )
    );
    show::<u32, 16>("max_ps 512 (bits)", _mm512_castps_si512(_mm512_max_ps(a, b)));
    show::<f64, 8>(
        "min_pd 512",
        _mm512_min_pd(_mm512_setr_pd(1.0, 9.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0), _mm512_set1_pd(4.5)),
    );
    show::<i32, 16>("cvttps_epi32 512", _mm512_cvttps_epi32(a));
    show::<u64, 2>("cvttpd_epu64", _mm_cvttpd_epu64(_mm_setr_pd(3.99, 1e19)));
    show::<i64, 4>(
        "cvtsepi64_epi32 512 (as i64x4)",
        _mm512_cvtsepi64_epi32(_mm512_setr_epi64(1, -1, i64::MAX, i64::MIN, 5, 6, 7, 1 << 35)),
    );
    let idx = black_box(_mm512_setr_epi64(7, 6, 5, 4, 3, 2, 1, 0));
    show::<i64, 8>(
        "permutexvar_epi64",
        _mm512_permutexvar_epi64(idx, _mm512_setr_epi64(10, 11, 12, 13, 14, 15, 16, 17)),
    );
    show::<f64, 8>(
        "permutexvar_pd",
        _mm512_permutexvar_pd(idx, _mm512_setr_pd(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5)),
    );
    let idx32 = black_box(_mm512_setr_epi32(15, 0, 14, 1, 13, 2, 12, 3, 11, 4, 10, 5, 9, 6, 8, 7));
    show::<u32, 16>("permutexvar_ps (bits)", _mm512_castps_si512(_mm512_permutexvar_ps(idx32, a)));
    show::<i32, 16>("permutexvar_epi32", _mm512_permutexvar_epi32(idx32, _mm512_castps_si512(b)));
    let w: Vec<i16> = (0..32).map(|i| i * 3 - 40).collect();
    let w = unsafe { _mm512_loadu_si512(w.as_ptr() as *const _) };
    let widx = black_box(_mm512_set1_epi16(5));
    show::<i16, 32>("permutexvar_epi16", _mm512_permutexvar_epi16(widx, w));
    let bytes: Vec<u8> = (0..64).map(|i| (i * 7 + 3) as u8).collect();
    let bytes = unsafe { _mm512_loadu_si512(bytes.as_ptr() as *const _) };
    show::<i16, 32>("maddubs_epi16", _mm512_maddubs_epi16(bytes, w));
    show::<i32, 16>("madd_epi16", _mm512_madd_epi16(w, w));
    show::<u8, 64>("shuffle_epi8", _mm512_shuffle_epi8(bytes, _mm512_set1_epi8(3)));
    show::<i32, 16>("sll_epi32", _mm512_sll_epi32(_mm512_set1_epi32(-3), _mm_set_epi64x(0, 4)));
    show::<u64, 8>("srl_epi64", _mm512_srl_epi64(_mm512_set1_epi64(-1), _mm_set_epi64x(0, 60)));
    show::<i16, 32>("sra_epi16", _mm512_sra_epi16(w, _mm_set_epi64x(0, 2)));
    show::<f32, 4>(
        "range_ps (max abs)",
        _mm_range_ps::<0b0111>(
            _mm_setr_ps(-5.0, 2.0, -1.0, 3.0),
            _mm_setr_ps(4.0, -6.0, 0.5, -3.0),
        ),
    );
    show::<f64, 4>(
        "mask_range_pd",
        _mm256_mask_range_pd::<0b0000>(
            _mm256_set1_pd(9.0),
            0b0101,
            _mm256_setr_pd(1.0, 2.0, 3.0, 4.0),
            _mm256_setr_pd(4.0, 3.0, 2.0, 1.0),
        ),
    );
    show::<f32, 16>("roundscale_ps floor", _mm512_roundscale_ps::<0x01>(a));
    show::<f64, 8>(
        "mask_roundscale_pd 1/4 steps",
        _mm512_mask_roundscale_pd::<0x20>(
            _mm512_set1_pd(-1.0),
            0b1111_0000,
            _mm512_setr_pd(0.1, 0.2, 0.3, 0.4, 0.55, 1.13, 2.88, -3.3),
        ),
    );
}

#[target_feature(enable = "vaes,avx512f")]
unsafe fn vaes_512() {
    let a = _mm512_set_epi64(1, 2, 3, 4, 0x0123_4567_89ab_cdef, 0x0f1e_2d3c_4b5a_6978, 7, 8);
    let b = _mm512_set_epi64(9, 10, 11, 12, 13, 14, 15, 16);
    for r in [
        _mm512_aesenc_epi128(a, b),
        _mm512_aesenclast_epi128(a, b),
        _mm512_aesdec_epi128(a, b),
        _mm512_aesdeclast_epi128(a, b),
    ] {
        let r: [u64; 8] = std::mem::transmute(r);
        println!("vaes 512: {r:x?}");
    }
}

fn main() {
    let features = ["avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512vbmi", "avx512vbmi2"];
    let have = [
        is_x86_feature_detected!("avx512f"),
        is_x86_feature_detected!("avx512vl"),
        is_x86_feature_detected!("avx512bw"),
        is_x86_feature_detected!("avx512dq"),
        is_x86_feature_detected!("avx512vbmi"),
        is_x86_feature_detected!("avx512vbmi2"),
    ];
    if have.iter().all(|&h| h) {
        unsafe { run() };
        unsafe { run_512() };
        if is_x86_feature_detected!("vaes") {
            unsafe { vaes_512() };
        }
    } else {
        println!("missing one of {features:?}");
    }
}
