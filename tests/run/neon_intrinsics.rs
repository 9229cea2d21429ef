// Checks the NEON functions of `core::arch::aarch64` that reach LLVM intrinsics (pairwise and
// across-vector operations, saturating doubling multiplies, barriers) and some written with
// generic SIMD intrinsics, on values including the saturating corner cases.
//@ only-arch: aarch64
use std::arch::aarch64::*;
use std::hint::black_box;

fn bytes(v: uint8x16_t) -> [u8; 16] {
    unsafe { std::mem::transmute(v) }
}

fn main() {
    unsafe {
        let data: [u8; 16] = black_box([3, 250, 7, 0, 128, 127, 9, 9, 1, 2, 200, 4, 5, 6, 255, 8]);
        let other: [u8; 16] = black_box([1; 16]);
        let a = vld1q_u8(data.as_ptr());
        let b = vld1q_u8(other.as_ptr());
        println!("umaxp {:?}", bytes(vpmaxq_u8(a, b)));
        println!("uminp {:?}", bytes(vpminq_u8(a, b)));
        println!("addp {:?}", bytes(vpaddq_u8(a, a)));
        println!("umaxv {} uminv {}", vmaxvq_u8(a), vminvq_u8(a));
        println!("addv {} addlv {}", vaddvq_u8(a), vaddlvq_u8(a));
        let s: int8x16_t = vreinterpretq_s8_u8(a);
        println!("smaxv {} sminv {} saddlv {}", vmaxvq_s8(s), vminvq_s8(s), vaddlvq_s8(s));
        let eq = vceqq_u8(a, vdupq_n_u8(9));
        let mask = vget_lane_u64::<0>(vreinterpret_u64_u8(vshrn_n_u16::<4>(vreinterpretq_u16_u8(eq))));
        println!("eq mask {mask:#x}");

        let x: [i32; 4] = black_box([i32::MIN, i32::MAX, -12345678, 1 << 30]);
        let y: [i32; 4] = black_box([i32::MIN, 2, 87654321, -(1 << 30)]);
        let (vx, vy) = (vld1q_s32(x.as_ptr()), vld1q_s32(y.as_ptr()));
        let d: [i32; 4] = std::mem::transmute(vqdmulhq_s32(vx, vy));
        let r: [i32; 4] = std::mem::transmute(vqrdmulhq_s32(vx, vy));
        println!("sqdmulh {d:?} sqrdmulh {r:?}");
        let h: [i16; 8] = black_box([i16::MIN, -1, 3, 16384, -16384, 7, i16::MAX, 100]);
        let vh = vld1q_s16(h.as_ptr());
        let d: [i16; 8] = std::mem::transmute(vqdmulhq_n_s16(vh, i16::MIN));
        let r: [i16; 8] = std::mem::transmute(vqrdmulhq_s16(vh, vh));
        println!("sqdmulh16 {d:?} sqrdmulh16 {r:?}");
        let d2: [i32; 2] = std::mem::transmute(vqdmulh_n_s32(vld1_s32(x.as_ptr()), -3));
        println!("sqdmulh64 {d2:?}");
        println!("smaxv32 {} uminv32 {}", vmaxvq_s32(vx), vminvq_u32(vreinterpretq_u32_s32(vx)));

        let table = vld1q_u8(data.as_ptr());
        let idx: [u8; 16] = black_box([15, 0, 16, 3, 255, 7, 8, 1, 31, 2, 64, 14, 13, 12, 5, 4]);
        let vi = vld1q_u8(idx.as_ptr());
        println!("tbl1 {:?}", bytes(vqtbl1q_u8(table, vi)));
        println!("tbx1 {:?}", bytes(vqtbx1q_u8(vdupq_n_u8(0xee), table, vi)));
        let pair = uint8x16x2_t(table, vdupq_n_u8(0x77));
        println!("tbl2 {:?}", bytes(vqtbl2q_u8(pair, vi)));
        if std::arch::is_aarch64_feature_detected!("aes") {
            println!("pmull {:#x}", carryless(black_box(0xf00f_1234_5678_9abc), black_box(0x8000_0000_0000_0003)));
        }
        std::hint::spin_loop();
        println!("barriers ok");
    }
}

#[target_feature(enable = "aes")]
fn carryless(a: u64, b: u64) -> u128 {
    vmull_p64(a, b)
}
