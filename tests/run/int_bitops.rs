// Checks & | ^ ! << >> (arithmetic vs logical), rotates, count_ones/zeros, swap_bytes, reverse_bits.
use std::hint::black_box;

fn main() {
    let a: u8 = black_box(0b1011_0110);
    let b: u8 = black_box(0b0110_1100);
    println!("u8 {:08b} {:08b} {:08b} {:08b}", a & b, a | b, a ^ b, !a);
    println!("u8 shifts {} {} {} {}", a << 1, a >> 3, a << black_box(7), a >> black_box(7));
    let c: i8 = black_box(-100);
    println!("i8 shifts {} {} {} {}", c >> 1, c >> 7, c << 1, (c as u8) >> 1);
    let d: i16 = black_box(-12345);
    println!("i16 {} {} {} {}", d >> 4, d << 3, !d, d & 0x0ff0);
    let e: u32 = black_box(0x8000_0001);
    println!("u32 {:#x} {:#x} {:#x} {:#x}", e >> 1, e << 1, e.rotate_left(4), e.rotate_right(4));
    println!("u32 {} {} {} {}", e.count_ones(), e.count_zeros(), e.leading_zeros(), e.trailing_zeros());
    let f: i32 = black_box(-1);
    println!("i32 {} {} {} {}", f >> 31, (f as u32) >> 31, f << 31, f.count_ones());
    let g: u64 = black_box(0x0102_0304_0506_0708);
    println!("u64 {:#018x} {:#018x} {:#018x}", g.swap_bytes(), g.reverse_bits(), g.rotate_left(12));
    println!("u64 {} {} {}", g.leading_zeros(), g.trailing_zeros(), g.count_ones());
    let h: i64 = black_box(i64::MIN);
    println!("i64 {} {} {}", h >> 63, h >> 1, (h as u64) >> 63);
    println!("u16 {:#06x} {} {}", black_box(0xabcdu16).swap_bytes(), 0u16.leading_zeros(), black_box(0u16).trailing_zeros());
    println!("lz {} {} {} {}", black_box(1u8).leading_zeros(), black_box(1u16).leading_zeros(), black_box(1u32).leading_zeros(), black_box(1u64).leading_zeros());
    println!("pow2 {} {} {}", black_box(64u32).is_power_of_two(), black_box(65u32).is_power_of_two(), black_box(65u32).next_power_of_two());

    // Shift amounts of various widths (shift rhs type differs from lhs type).
    let sh8: u8 = black_box(5);
    let sh64: u64 = black_box(9);
    let sh_i16: i16 = black_box(3);
    println!("mixed {} {} {} {}", 1u64 << sh8, 0xffffu16 >> sh64, (-64i32) >> sh_i16, 1u8 << sh_i16);

    // Bit manipulation loop: popcount by hand vs builtin.
    let mut total_manual = 0u32;
    let mut total_builtin = 0u32;
    let mut x: u64 = black_box(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20 {
        let mut v = x;
        while v != 0 {
            v &= v - 1;
            total_manual += 1;
        }
        total_builtin += x.count_ones();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    println!("popcount {} {} final {:#x}", total_manual, total_builtin, x);

    // Compound bit assignment.
    let mut m: u32 = black_box(0);
    for i in 0..32 {
        if i % 3 == 0 {
            m |= 1 << i;
        }
    }
    m ^= 0xffff;
    m &= !0xf000_000f;
    m <<= 1;
    m >>= 2;
    println!("m {:#034b}", m);
}
