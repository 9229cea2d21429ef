// The SHA extensions' intrinsics (sha2's and sha1's x86_64 paths would not compile): SHA-256
// message schedule and rounds, SHA-1 message steps, next-E and all four round functions, on a
// CPU that has them.
//@ only-arch: x86_64
use std::arch::x86_64::*;
use std::hint::black_box;

fn show(label: &str, v: __m128i) {
    let lanes: [u32; 4] = unsafe { std::mem::transmute(v) };
    println!("{label}: {lanes:08x?}");
}

#[target_feature(enable = "sha,sse2,ssse3,sse4.1")]
fn run(a: __m128i, b: __m128i, c: __m128i) {
    show("sha256msg1", _mm_sha256msg1_epu32(a, b));
    show("sha256msg2", _mm_sha256msg2_epu32(a, b));
    show("sha256rnds2", _mm_sha256rnds2_epu32(a, b, c));
    show("sha1msg1", _mm_sha1msg1_epu32(a, b));
    show("sha1msg2", _mm_sha1msg2_epu32(a, b));
    show("sha1nexte", _mm_sha1nexte_epu32(a, b));
    show("sha1rnds4 0", _mm_sha1rnds4_epu32::<0>(a, b));
    show("sha1rnds4 1", _mm_sha1rnds4_epu32::<1>(a, b));
    show("sha1rnds4 2", _mm_sha1rnds4_epu32::<2>(a, b));
    show("sha1rnds4 3", _mm_sha1rnds4_epu32::<3>(a, c));
    // A few chained rounds, as a compression loop does.
    let mut state = a;
    let mut msg = b;
    for _ in 0..8 {
        msg = _mm_sha256msg1_epu32(msg, state);
        state = _mm_sha256rnds2_epu32(state, msg, c);
    }
    show("chained", state);
}

fn main() {
    if !is_x86_feature_detected!("sha") || !is_x86_feature_detected!("sse4.1") {
        println!("no sha");
        return;
    }
    unsafe {
        let a = _mm_set_epi32(0x01234567, 0x89abcdefu32 as i32, 0x0badf00d, 0x12345678);
        let b = _mm_set_epi32(0x11111111, 0x22222222, 0x33333333, 0x44444444);
        let c = _mm_set_epi32(0x55555555, 0x66666666, 0x77777777u32 as i32, 0x88888888u32 as i32);
        run(black_box(a), black_box(b), black_box(c));
    }
}
