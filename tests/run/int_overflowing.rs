// Checks overflowing_* (value, flag) pairs and saturating_* at all widths.
use std::hint::black_box;

fn main() {
    let a: u8 = black_box(255);
    println!("u8 {:?} {:?} {:?}", a.overflowing_add(1), a.overflowing_sub(0), 0u8.overflowing_sub(black_box(1)));
    println!("u8 mul {:?} {:?}", a.overflowing_mul(2), 15u8.overflowing_mul(black_box(17)));
    let b: i8 = black_box(127);
    println!("i8 {:?} {:?} {:?}", b.overflowing_add(1), (-b).overflowing_sub(2), b.overflowing_mul(-1));
    println!("i8 {:?} {:?}", i8::MIN.overflowing_neg(), black_box(i8::MIN).overflowing_div(-1));
    let c: u16 = black_box(40000);
    println!("u16 {:?} {:?}", c.overflowing_add(c), c.overflowing_mul(2));
    let d: i16 = black_box(-20000);
    println!("i16 {:?} {:?}", d.overflowing_add(d), d.overflowing_mul(-1));
    let e: u32 = black_box(3_000_000_000);
    println!("u32 {:?} {:?} {:?}", e.overflowing_add(e), e.overflowing_mul(3), e.overflowing_shl(33));
    let f: i32 = black_box(i32::MAX);
    println!("i32 {:?} {:?} {:?}", f.overflowing_add(1), f.overflowing_mul(f), f.overflowing_sub(-1));
    let g: u64 = black_box(u64::MAX - 5);
    println!("u64 {:?} {:?} {:?}", g.overflowing_add(5), g.overflowing_add(6), g.overflowing_mul(g));
    let h: i64 = black_box(i64::MIN);
    println!("i64 {:?} {:?} {:?}", h.overflowing_sub(1), h.overflowing_neg(), h.overflowing_mul(-1));
    let i: isize = black_box(isize::MAX);
    println!("isize {:?}", i.overflowing_add(1));

    println!("sat u8 {} {} {}", a.saturating_add(1), 3u8.saturating_sub(black_box(9)), a.saturating_mul(2));
    println!("sat i8 {} {} {}", b.saturating_add(1), (-b).saturating_sub(5), i8::MIN.saturating_neg());
    println!("sat i32 {} {}", f.saturating_mul(-2), f.saturating_mul(2));
    println!("sat i64 {} {}", h.saturating_sub(1), h.saturating_abs());
    println!("sat u64 {} {}", g.saturating_add(100), g.saturating_mul(0));

    // carry-propagating add over u32 limbs
    let x = [black_box(0xffff_ffffu32), 0xffff_ffff, 0x1234_5678, 0];
    let y = [black_box(1u32), 0, 0xedcb_a987, 0];
    let mut out = [0u32; 4];
    let mut carry = false;
    for i in 0..4 {
        let (s1, c1) = x[i].overflowing_add(y[i]);
        let (s2, c2) = s1.overflowing_add(carry as u32);
        out[i] = s2;
        carry = c1 | c2;
    }
    println!("limbs {:x?} carry {}", out, carry);
}
