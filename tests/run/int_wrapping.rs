// Checks wrapping_{add,sub,mul,neg,shl,shr,div,rem,pow} across integer widths.
use std::hint::black_box;

fn main() {
    let a: u8 = black_box(250);
    println!("u8 {} {} {} {}", a.wrapping_add(10), a.wrapping_sub(251), a.wrapping_mul(3), a.wrapping_neg());
    let b: i8 = black_box(-128);
    println!("i8 {} {} {} {} {}", b.wrapping_add(-1), b.wrapping_sub(1), b.wrapping_mul(-1), b.wrapping_neg(), b.wrapping_div(-1));
    println!("i8 rem {}", b.wrapping_rem(-1));
    let c: u16 = black_box(65000);
    println!("u16 {} {} {}", c.wrapping_add(1000), c.wrapping_mul(c), c.wrapping_sub(65001));
    let d: i16 = black_box(i16::MIN + 3);
    println!("i16 {} {} {}", d.wrapping_sub(10), d.wrapping_mul(7), d.wrapping_abs());
    let e: u32 = black_box(0xdead_beef);
    println!("u32 {} {} {} {}", e.wrapping_add(e), e.wrapping_mul(0x1234_5678), e.wrapping_shl(36), e.wrapping_shr(40));
    let f: i32 = black_box(i32::MIN);
    println!("i32 {} {} {} {}", f.wrapping_neg(), f.wrapping_abs(), f.wrapping_div(-1), f.wrapping_sub(1));
    let g: u64 = black_box(0x0123_4567_89ab_cdef);
    println!("u64 {} {} {}", g.wrapping_mul(0xfedc_ba98_7654_3210), g.wrapping_add(u64::MAX), g.wrapping_shl(68));
    let h: i64 = black_box(i64::MAX - 2);
    println!("i64 {} {} {}", h.wrapping_add(5), h.wrapping_mul(h), (-h).wrapping_sub(10));
    println!("pow {} {} {}", 3u8.wrapping_pow(black_box(7)), 7i32.wrapping_pow(black_box(20)), 13u64.wrapping_pow(black_box(25)));

    // A simple hash that relies on wrapping arithmetic.
    let mut hash: u32 = black_box(2166136261);
    for byte in b"the quick brown fox" {
        hash ^= *byte as u32;
        hash = hash.wrapping_mul(16777619);
    }
    println!("fnv1a {:08x}", hash);
    let mut h64: u64 = black_box(0xcbf29ce484222325);
    for byte in b"jumps over the lazy dog" {
        h64 ^= *byte as u64;
        h64 = h64.wrapping_mul(0x100000001b3);
    }
    println!("fnv1a64 {:016x}", h64);

    // std::num::Wrapping.
    use std::num::Wrapping;
    let mut w = Wrapping(black_box(200u8));
    w += Wrapping(100);
    w *= Wrapping(3);
    w -= Wrapping(250);
    println!("Wrapping {}", w);
}
