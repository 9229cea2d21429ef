// Checks u128/i128 shifts (by 0, 1, 63, 64, 65, 127 and wrapping amounts), rotates, leading/trailing zeros, count_ones, swap_bytes, reverse_bits, pow and isqrt/ilog.
use std::hint::black_box;

fn main() {
    let vals: [u128; 5] = [
        1,
        0x8000_0000_0000_0000_0000_0000_0000_0001,
        0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
        u128::MAX,
        0xffff_0000_0000_0000_0000_0000_0000_0000,
    ];
    let shifts: [u32; 9] = [0, 1, 7, 63, 64, 65, 100, 127, 128 + 3];
    for &v in &vals {
        let v = black_box(v);
        for &s in &shifts {
            let s = black_box(s);
            let sv = v as i128;
            println!(
                "{:#x} s={}: shl={:#x} shr={:#x} sar={:#x} rotl={:#x} rotr={:#x}",
                v,
                s,
                v.wrapping_shl(s),
                v.wrapping_shr(s),
                sv.wrapping_shr(s),
                v.rotate_left(s),
                v.rotate_right(s)
            );
        }
        println!(
            "{:#x}: lz={} tz={} ones={} lo={} swap={:#x} rev={:#x}",
            v,
            v.leading_zeros(),
            v.trailing_zeros(),
            v.count_ones(),
            v.leading_ones(),
            v.swap_bytes(),
            v.reverse_bits()
        );
    }
    for v in [0u128, 1, 1 << 64, (1 << 64) - 1, 1 << 127] {
        let v = black_box(v);
        println!("lz/tz of {:#x}: {} {}", v, v.leading_zeros(), v.trailing_zeros());
    }
    // Plain shift operators with runtime amounts in range.
    let mut x = black_box(1u128);
    let mut trace = Vec::new();
    for i in 0..128u32 {
        if i % 17 == 0 {
            trace.push(format!("{}:{:x}", i, x));
        }
        x <<= 1;
        x |= (i as u128 & 1) ^ 1;
    }
    println!("shift trace {:?} final {:#x}", trace, x);
    let neg = black_box(-12345678901234567890123456789i128);
    println!("neg >> 5 = {} >> 100 = {} << 3 = {}", neg >> 5, neg >> 100, neg << 3);
    println!("neg lz={} lo={} ones={} tz={}", neg.leading_zeros(), neg.leading_ones(), neg.count_ones(), neg.trailing_zeros());
    println!("pow 3^80 = {} 7^45 = {}", black_box(3u128).pow(80), black_box(7u128).pow(45));
    println!("(-3)^79 = {}", black_box(-3i128).pow(79));
    println!("isqrt(u128::MAX) = {} ilog10 = {} ilog2 = {}", black_box(u128::MAX).isqrt(), black_box(u128::MAX).ilog10(), black_box(12345u128 << 90).ilog2());
    println!("to_be_bytes {:?}", black_box(0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10u128).to_be_bytes());
    println!("from_le_bytes {:#x}", u128::from_le_bytes(black_box([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])));
}
