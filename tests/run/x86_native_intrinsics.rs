// `core::arch` functions whose LLVM intrinsics run as their own instruction in a helper: SSE
// compares with every predicate (and AVX's 32), `comi`/`ucomi` with NaN, conversions to
// integers (out of range too), approximate reciprocals (the hardware's own bits), MXCSR
// rounding modes, SSE4.1 rounding, dot products, insertps, mpsadbw, phminposuw, ptest, AVX
// vtest and vpermilvar, SSE4.2 string compares (httparse's way), AVX2 gathers, F16C and rdrand.
//@ only-arch: x86_64
use std::arch::x86_64::*;
use std::hint::black_box;

fn ps(label: &str, v: __m128) {
    let lanes: [u32; 4] = unsafe { std::mem::transmute(v) };
    println!("{label}: {lanes:08x?}");
}

fn pd(label: &str, v: __m128d) {
    let lanes: [u64; 2] = unsafe { std::mem::transmute(v) };
    println!("{label}: {lanes:016x?}");
}

fn si(label: &str, v: __m128i) {
    let lanes: [u16; 8] = unsafe { std::mem::transmute(v) };
    println!("{label}: {lanes:04x?}");
}

fn sse_baseline() {
    unsafe {
        let a = _mm_setr_ps(1.0, f32::NAN, -3.0, 4.0);
        let b = _mm_setr_ps(1.0, 2.0, f32::NAN, 5.0);
        let (a, b) = (black_box(a), black_box(b));
        ps("cmpeq_ps", _mm_cmpeq_ps(a, b));
        ps("cmplt_ps", _mm_cmplt_ps(a, b));
        ps("cmple_ps", _mm_cmple_ps(a, b));
        ps("cmpgt_ps", _mm_cmpgt_ps(a, b));
        ps("cmpunord_ps", _mm_cmpunord_ps(a, b));
        ps("cmpnlt_ps", _mm_cmpnlt_ps(a, b));
        ps("cmpneq_ss", _mm_cmpneq_ss(a, b));
        let (c, d) = (black_box(_mm_setr_pd(f64::NAN, 2.0)), black_box(_mm_setr_pd(1.0, 2.0)));
        pd("cmpord_pd", _mm_cmpord_pd(c, d));
        pd("cmpeq_sd", _mm_cmpeq_sd(d, c));
        let nan = _mm_set_ss(f32::NAN);
        let one = _mm_set_ss(1.0);
        println!(
            "comi eq/neq/lt/le/gt/ge with NaN: {} {} {} {} {} {}",
            _mm_comieq_ss(nan, one),
            _mm_comineq_ss(nan, one),
            _mm_comilt_ss(nan, one),
            _mm_comile_ss(nan, one),
            _mm_comigt_ss(nan, one),
            _mm_comige_ss(nan, one)
        );
        println!(
            "ucomi 1 vs 1: {} {} {} {}",
            _mm_ucomieq_ss(one, one),
            _mm_ucomineq_ss(one, one),
            _mm_ucomile_ss(one, one),
            _mm_ucomigt_ss(one, one)
        );
        println!(
            "comi sd: {} {}",
            _mm_comilt_sd(_mm_set_sd(-1.0), _mm_set_sd(0.0)),
            _mm_ucomieq_sd(_mm_set_sd(f64::NAN), _mm_set_sd(f64::NAN))
        );
        for x in [2.5f32, -2.5, 3.7, 1e20, f32::NAN] {
            let v = _mm_set_ss(black_box(x));
            let w = _mm_set_sd(black_box(f64::from(x)));
            println!(
                "cvt {x}: {} {} {} {} {} {} {} {}",
                _mm_cvtss_si32(v),
                _mm_cvttss_si32(v),
                _mm_cvtss_si64(v),
                _mm_cvttss_si64(v),
                _mm_cvtsd_si32(w),
                _mm_cvttsd_si32(w),
                _mm_cvtsd_si64(w),
                _mm_cvttsd_si64(w)
            );
        }
        ps("cvtsd_ss", _mm_cvtsd_ss(a, black_box(_mm_setr_pd(0.1, 7.0))));
        let r = black_box(_mm_setr_ps(3.0, 0.1, 1e-3, 100.0));
        ps("rcp_ps", _mm_rcp_ps(r));
        ps("rsqrt_ps", _mm_rsqrt_ps(r));
        ps("rcp_ss", _mm_rcp_ss(r));
        ps("rsqrt_ss", _mm_rsqrt_ss(r));
        #[allow(deprecated)]
        {
            let saved = _mm_getcsr();
            for mode in [_MM_ROUND_NEAREST, _MM_ROUND_DOWN, _MM_ROUND_UP, _MM_ROUND_TOWARD_ZERO] {
                _mm_setcsr((saved & !_MM_ROUND_MASK) | mode);
                print!("{} ", _mm_cvtss_si32(_mm_set_ss(black_box(-2.5))));
            }
            _mm_setcsr(saved);
            println!("(rounding modes), restored: {}", _mm_getcsr() == saved);
        }
        let mut out = [0u8; 16];
        let data = _mm_setr_epi8(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        let mask = _mm_setr_epi8(-1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
        _mm_maskmoveu_si128(data, mask, out.as_mut_ptr() as *mut i8);
        println!("maskmoveu: {out:?}");
    }
}

#[target_feature(enable = "ssse3,sse4.1,sse4.2")]
fn sse4() {
    let a = black_box(_mm_setr_ps(1.5, -2.5, 2.5, -0.5));
    let b = black_box(_mm_setr_ps(10.0, 20.0, 30.0, 40.0));
    ps("round nearest", _mm_round_ps::<{ _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC }>(a));
    ps("floor", _mm_floor_ps(a));
    ps("ceil", _mm_ceil_ps(a));
    ps("round_ss", _mm_round_ss::<{ _MM_FROUND_TO_ZERO }>(b, a));
    pd("round_sd", _mm_round_sd::<{ _MM_FROUND_TO_POS_INF }>(_mm_set1_pd(9.0), _mm_set1_pd(1.2)));
    pd("floor_pd", _mm_floor_pd(black_box(_mm_setr_pd(-1.5, 1.5))));
    ps("dp_ps 0xf1", _mm_dp_ps::<0xf1>(a, b));
    ps("dp_ps 0x73", _mm_dp_ps::<0x73>(a, b));
    pd("dp_pd", _mm_dp_pd::<0x31>(_mm_setr_pd(1.0, 2.0), _mm_setr_pd(3.0, 4.0)));
    ps("insert_ps", _mm_insert_ps::<0b10_01_0100>(a, b));
    let x =
        black_box(_mm_setr_epi8(1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105, 113, 121));
    let y = black_box(_mm_setr_epi8(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3));
    si("mpsadbw", _mm_mpsadbw_epu8::<0b101>(x, y));
    si("minpos", _mm_minpos_epu16(black_box(_mm_setr_epi16(9, 8, 7, 3, 5, 3, 7, 8))));
    si("mulhrs", _mm_mulhrs_epi16(x, y));
    println!("testnzc: {} {}", _mm_testnzc_si128(x, y), _mm_testnzc_si128(x, _mm_setzero_si128()));

    // httparse's SSE4.2 scan: the first byte outside the allowed ranges.
    let text = b"GET /index.html HTTP/1.1\r\n";
    let ranges = _mm_setr_epi8(0x21, 0x7e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for start in [0usize, 4, 10] {
        let mut chunk = [0u8; 16];
        chunk.copy_from_slice(&text[start..start + 16]);
        let v = unsafe { _mm_loadu_si128(chunk.as_ptr() as *const __m128i) };
        const RANGES: i32 = _SIDD_UBYTE_OPS | _SIDD_CMP_RANGES | _SIDD_NEGATIVE_POLARITY;
        println!(
            "cmpestri at {start}: {} c={} z={} s={} o={} a={}",
            _mm_cmpestri::<RANGES>(ranges, 2, v, 16),
            _mm_cmpestrc::<RANGES>(ranges, 2, v, 16),
            _mm_cmpestrz::<RANGES>(ranges, 2, v, 10),
            _mm_cmpestrs::<RANGES>(ranges, 2, v, 16),
            _mm_cmpestro::<RANGES>(ranges, 2, v, 16),
            _mm_cmpestra::<RANGES>(ranges, 2, v, 16)
        );
        si("cmpestrm", _mm_cmpestrm::<{ RANGES | _SIDD_BIT_MASK }>(ranges, 2, v, 16));
    }
    let needle = _mm_setr_epi8(b'H' as i8, b'T' as i8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    let hay = unsafe { _mm_loadu_si128(text[4..].as_ptr() as *const __m128i) };
    const EQUAL_ORDERED: i32 = _SIDD_CMP_EQUAL_ORDERED;
    println!(
        "cmpistri: {} c={} z={} s={} o={} a={}",
        _mm_cmpistri::<EQUAL_ORDERED>(needle, hay),
        _mm_cmpistrc::<EQUAL_ORDERED>(needle, hay),
        _mm_cmpistrz::<EQUAL_ORDERED>(needle, hay),
        _mm_cmpistrs::<EQUAL_ORDERED>(needle, hay),
        _mm_cmpistro::<EQUAL_ORDERED>(needle, hay),
        _mm_cmpistra::<EQUAL_ORDERED>(needle, hay)
    );
    si("cmpistrm", _mm_cmpistrm::<{ _SIDD_CMP_EQUAL_ANY | _SIDD_UNIT_MASK }>(needle, hay));
}

#[target_feature(enable = "avx,avx2,f16c")]
fn avx() {
    let a = black_box(_mm256_setr_ps(1.0, f32::NAN, -3.0, 4.5, 0.5, -0.5, 2.5, 7.0));
    let b = black_box(_mm256_setr_ps(1.0, 2.0, f32::NAN, 5.0, 0.5, 0.5, -2.5, 6.0));
    let show = |label: &str, v: __m256| {
        let lanes: [u32; 8] = unsafe { std::mem::transmute(v) };
        println!("{label}: {lanes:08x?}");
    };
    show("cmp EQ_UQ", _mm256_cmp_ps::<_CMP_EQ_UQ>(a, b));
    show("cmp NGE_US", _mm256_cmp_ps::<_CMP_NGE_US>(a, b));
    show("cmp GT_OQ", _mm256_cmp_ps::<_CMP_GT_OQ>(a, b));
    ps(
        "cmp_ps 128 NEQ_OQ",
        _mm_cmp_ps::<_CMP_NEQ_OQ>(_mm256_castps256_ps128(a), _mm256_castps256_ps128(b)),
    );
    show("round", _mm256_round_ps::<{ _MM_FROUND_TO_NEG_INF }>(a));
    show("dp", _mm256_dp_ps::<0xff>(a, b));
    show("rcp", _mm256_rcp_ps(b));
    show("rsqrt", _mm256_rsqrt_ps(b));
    let idx = black_box(_mm256_setr_epi32(3, 2, 1, 0, 0, 1, 1, 3));
    show("permutevar", _mm256_permutevar_ps(a, idx));
    ps("permutevar 128", _mm_permutevar_ps(_mm256_castps256_ps128(a), _mm256_castsi256_si128(idx)));
    let ones = _mm256_set1_ps(-1.0);
    println!(
        "vtest: c={} z={} nzc={} nzc128={} ptestnzc256={}",
        _mm256_testc_ps(a, ones),
        _mm256_testz_ps(a, b),
        _mm256_testnzc_ps(a, b),
        _mm_testnzc_ps(_mm256_castps256_ps128(a), _mm256_castps256_ps128(b)),
        _mm256_testnzc_si256(_mm256_castps_si256(a), _mm256_castps_si256(b))
    );
    si("cvtps_ph", _mm256_cvtps_ph::<{ _MM_FROUND_TO_NEAREST_INT }>(a));
    si("cvtps_ph 128", _mm_cvtps_ph::<{ _MM_FROUND_TO_ZERO }>(_mm256_castps256_ps128(b)));
    let bytes: Vec<u8> = (0..40).collect();
    let loaded = unsafe { _mm256_lddqu_si256(bytes[3..].as_ptr() as *const __m256i) };
    let loaded: [u8; 32] = unsafe { std::mem::transmute(loaded) };
    println!("lddqu: {loaded:?}");
    let loaded = unsafe { _mm_lddqu_si128(bytes[1..].as_ptr() as *const __m128i) };
    si("lddqu 128", loaded);

    let table: Vec<i32> = (0..64).map(|i| i * 10).collect();
    let wide: Vec<i64> = (0..64).map(|i| i * 1000).collect();
    let floats: Vec<f64> = (0..64).map(|i| f64::from(i) / 4.0).collect();
    let singles: Vec<f32> = (0..64).map(|i| i as f32 * 1.5).collect();
    let offsets = black_box(_mm256_setr_epi32(0, 5, 63, 7, 1, 2, 3, 40));
    let mask = _mm256_setr_epi32(-1, -1, 0, -1, -1, 0, -1, -1);
    unsafe {
        let g: [i32; 8] = std::mem::transmute(_mm256_i32gather_epi32::<4>(table.as_ptr(), offsets));
        println!("gather d.d.256: {g:?}");
        let g: [i32; 8] = std::mem::transmute(_mm256_mask_i32gather_epi32::<4>(
            _mm256_set1_epi32(-9),
            table.as_ptr(),
            offsets,
            mask,
        ));
        println!("masked gather: {g:?}");
        let off4 = _mm_setr_epi32(1, 3, 5, 60);
        let g: [i64; 4] = std::mem::transmute(_mm256_i32gather_epi64::<8>(wide.as_ptr(), off4));
        println!("gather d.q.256: {g:?}");
        let off64 = _mm256_setr_epi64x(2, 4, 8, 16);
        let g: [f64; 4] = std::mem::transmute(_mm256_i64gather_pd::<8>(floats.as_ptr(), off64));
        println!("gather q.pd.256: {g:?}");
        let g: [i32; 4] = std::mem::transmute(_mm256_i64gather_epi32::<4>(table.as_ptr(), off64));
        println!("gather q.d.256: {g:?}");
        let g: [i32; 4] = std::mem::transmute(_mm_i32gather_epi32::<2>(
            table.as_ptr(),
            _mm_setr_epi32(0, 2, 4, 6),
        ));
        println!("gather d.d scale 2: {g:?}");
        let g: [f32; 4] =
            std::mem::transmute(_mm_i64gather_ps::<4>(singles.as_ptr(), _mm_set_epi64x(9, 3)));
        println!("gather q.ps: {g:?}");
    }
}

#[target_feature(enable = "aes")]
unsafe fn aes() {
    let a = _mm_set_epi64x(0x0123_4567_89ab_cdef, 0x0f1e_2d3c_4b5a_6978);
    let b = _mm_set_epi64x(0x1111_2222_3333_4444, 0x5555_6666_7777_0888);
    let r = _mm_aesenc_si128(a, b);
    let r = _mm_aesdeclast_si128(r, b);
    let k1: [u64; 2] = std::mem::transmute(_mm_aeskeygenassist_si128::<0x01>(r));
    let k2: [u64; 2] = std::mem::transmute(_mm_aeskeygenassist_si128::<0x36>(a));
    println!("aeskeygenassist: {k1:x?} {k2:x?}");
}

#[target_feature(enable = "vaes,avx2")]
unsafe fn vaes() {
    let a = _mm256_set_epi64x(1, 2, 0x0123_4567_89ab_cdef, 0x0f1e_2d3c_4b5a_6978);
    let b = _mm256_set_epi64x(3, 4, 5, 6);
    let rounds = [
        _mm256_aesenc_epi128(a, b),
        _mm256_aesenclast_epi128(a, b),
        _mm256_aesdec_epi128(a, b),
        _mm256_aesdeclast_epi128(a, b),
    ];
    for r in rounds {
        let r: [u64; 4] = std::mem::transmute(r);
        println!("vaes 256: {r:x?}");
    }
}

fn main() {
    sse_baseline();
    if is_x86_feature_detected!("sse4.2") && is_x86_feature_detected!("ssse3") {
        unsafe { sse4() };
    }
    if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("f16c") {
        unsafe { avx() };
    }
    if is_x86_feature_detected!("aes") {
        unsafe { aes() };
    }
    if is_x86_feature_detected!("vaes") && is_x86_feature_detected!("avx2") {
        unsafe { vaes() };
    }
    if is_x86_feature_detected!("rdrand") {
        let mut v = 0u32;
        let ok = unsafe { _rdrand32_step(&mut v) };
        let mut w = 0u64;
        let ok64 = unsafe { _rdrand64_step(&mut w) };
        let mut h = 0u16;
        let ok16 = unsafe { _rdrand16_step(&mut h) };
        println!("rdrand succeeded: {}", ok == 1 && ok64 == 1 && ok16 == 1);
    }
    if is_x86_feature_detected!("rdseed") {
        let mut v = 0u64;
        let ok = unsafe { _rdseed64_step(&mut v) };
        println!("rdseed returns 0 or 1: {}", ok == 0 || ok == 1);
    }
}
