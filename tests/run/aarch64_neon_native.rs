// NEON intrinsics that run as the instruction they are named after: saturating, halving and
// rounding arithmetic, absolute differences, shifts by a vector, float max/min (NaN
// propagating and not), reciprocal and square-root estimates and steps (the hardware's own
// bits), absolute compares, polynomial multiply, and the accumulating usqadd/suqadd, at 64-
// and 128-bit widths and as a single 64-bit lane.
//@ only-arch: aarch64
use std::arch::aarch64::*;
use std::hint::black_box;

fn show<T: std::fmt::Debug + Copy, const N: usize>(label: &str, v: impl Copy) {
    assert_eq!(std::mem::size_of_val(&v), std::mem::size_of::<[T; N]>());
    let lanes: [T; N] = unsafe { std::mem::transmute_copy(&v) };
    println!("{label}: {lanes:?}");
}

fn main() {
    unsafe {
        let a8: [u8; 16] =
            black_box([0, 1, 2, 100, 200, 250, 255, 128, 7, 9, 11, 13, 15, 17, 19, 21]);
        let b8: [u8; 16] =
            black_box([255, 1, 254, 100, 100, 10, 1, 128, 3, 30, 5, 50, 7, 70, 9, 90]);
        let (ua, ub) = (vld1q_u8(a8.as_ptr()), vld1q_u8(b8.as_ptr()));
        let (sa, sb) = (vreinterpretq_s8_u8(ua), vreinterpretq_s8_u8(ub));
        show::<u8, 16>("vqaddq_u8", vqaddq_u8(ua, ub));
        show::<u8, 16>("vqsubq_u8", vqsubq_u8(ua, ub));
        show::<i8, 16>("vqaddq_s8", vqaddq_s8(sa, sb));
        show::<i8, 16>("vqsubq_s8", vqsubq_s8(sa, sb));
        show::<u8, 16>("vhaddq_u8", vhaddq_u8(ua, ub));
        show::<u8, 16>("vrhaddq_u8", vrhaddq_u8(ua, ub));
        show::<i8, 16>("vhsubq_s8", vhsubq_s8(sa, sb));
        show::<u8, 16>("vabdq_u8", vabdq_u8(ua, ub));
        show::<i8, 16>("vabdq_s8", vabdq_s8(sa, sb));
        show::<u8, 16>("vmulq_p8", vmulq_p8(vreinterpretq_p8_u8(ua), vreinterpretq_p8_u8(ub)));
        show::<i8, 16>("vabsq_s8", vabsq_s8(sa));
        show::<i8, 16>("vqabsq_s8", vqabsq_s8(sa));
        show::<i8, 16>("vqnegq_s8", vqnegq_s8(sa));
        show::<i8, 16>("vclsq_s8", vclsq_s8(sa));
        show::<i8, 16>("vuqaddq_s8", vuqaddq_s8(sa, ub));
        show::<u8, 16>("vsqaddq_u8", vsqaddq_u8(ua, sb));

        let h: [i16; 8] = black_box([i16::MIN, -300, -1, 0, 1, 300, i16::MAX, 12345]);
        let sh: [i16; 8] = black_box([1, -2, 15, -15, 16, 3, -1, 4]);
        let (h, sh) = (vld1q_s16(h.as_ptr()), vld1q_s16(sh.as_ptr()));
        show::<i16, 8>("vshlq_s16", vshlq_s16(h, sh));
        show::<i16, 8>("vqshlq_s16", vqshlq_s16(h, sh));
        show::<i16, 8>("vrshlq_s16", vrshlq_s16(h, sh));
        show::<i16, 8>("vqrshlq_s16", vqrshlq_s16(h, sh));
        let uh = vreinterpretq_u16_s16(h);
        show::<u16, 8>("vqshlq_u16", vqshlq_u16(uh, sh));
        show::<u16, 8>("vrshlq_u16", vrshlq_u16(uh, sh));
        show::<i16, 4>("vqadd_s16 (64-bit)", vqadd_s16(vget_low_s16(h), vget_high_s16(h)));
        show::<i16, 4>("vabd_s16 (64-bit)", vabd_s16(vget_low_s16(h), vget_high_s16(h)));

        let q: [i64; 2] = black_box([i64::MAX, i64::MIN + 5]);
        let q = vld1q_s64(q.as_ptr());
        show::<i64, 2>("vqaddq_s64", vqaddq_s64(q, q));
        show::<i64, 1>("vqadd_s64 (one lane)", vqadd_s64(vget_low_s64(q), vget_low_s64(q)));
        show::<u64, 1>("vqsub_u64 (one lane)", vqsub_u64(vcreate_u64(5), vcreate_u64(9)));

        let f: [f32; 4] = black_box([3.0, -0.1, f32::NAN, 1e-3]);
        let g: [f32; 4] = black_box([2.0, 0.5, 1.0, -7.0]);
        let (f, g) = (vld1q_f32(f.as_ptr()), vld1q_f32(g.as_ptr()));
        show::<u32, 4>("vrecpeq_f32 (bits)", vreinterpretq_u32_f32(vrecpeq_f32(f)));
        show::<u32, 4>("vrsqrteq_f32 (bits)", vreinterpretq_u32_f32(vrsqrteq_f32(g)));
        show::<f32, 4>("vrecpsq_f32", vrecpsq_f32(f, g));
        show::<f32, 4>("vrsqrtsq_f32", vrsqrtsq_f32(f, g));
        show::<f32, 4>("vmulxq_f32", vmulxq_f32(f, g));
        show::<f32, 4>("vabdq_f32", vabdq_f32(f, g));
        show::<u32, 4>("vmaxq_f32 (bits)", vreinterpretq_u32_f32(vmaxq_f32(f, g)));
        show::<f32, 4>("vminnmq_f32", vminnmq_f32(f, g));
        show::<u32, 4>("vcageq_f32", vcageq_f32(f, g));
        show::<u32, 4>("vcagtq_f32", vcagtq_f32(g, f));
        show::<u32, 4>("vrecpeq_u32", vrecpeq_u32(vdupq_n_u32(0x9000_0000)));
        show::<u32, 4>("vrsqrteq_u32", vrsqrteq_u32(vdupq_n_u32(0x4000_0000)));
        let d: [f64; 2] = black_box([9.0, -0.0]);
        let d = vld1q_f64(d.as_ptr());
        show::<u64, 2>("vrecpeq_f64 (bits)", vreinterpretq_u64_f64(vrecpeq_f64(d)));
        show::<f64, 2>("vmaxnmq_f64", vmaxnmq_f64(d, vdupq_n_f64(1.0)));
        show::<f64, 1>("vmax_f64 (one lane)", vmax_f64(vget_low_f64(d), vdup_n_f64(10.0)));
    }
}
