// Checks checked_{add,sub,mul,div,rem,neg,shl,shr,pow} returning Some/None at all widths.
use std::hint::black_box;

fn main() {
    let a: u8 = black_box(200);
    println!("u8 {:?} {:?} {:?} {:?}", a.checked_add(55), a.checked_add(56), a.checked_sub(201), a.checked_mul(2));
    let b: i8 = black_box(-128);
    println!("i8 {:?} {:?} {:?} {:?}", b.checked_neg(), b.checked_div(-1), b.checked_div(2), b.checked_rem(-1));
    println!("i8 {:?} {:?}", b.checked_abs(), (b + 1).checked_abs());
    let c: u16 = black_box(300);
    println!("u16 {:?} {:?} {:?}", c.checked_mul(218), c.checked_mul(219), c.checked_div(0));
    let d: i16 = black_box(-300);
    println!("i16 {:?} {:?} {:?}", d.checked_mul(109), d.checked_mul(110), d.checked_rem(0));
    let e: u32 = black_box(1 << 31);
    println!("u32 {:?} {:?} {:?} {:?}", e.checked_add(e), e.checked_add(e - 1), e.checked_shl(31), e.checked_shl(32));
    let f: i32 = black_box(46341);
    println!("i32 {:?} {:?} {:?}", f.checked_mul(f), (f - 1).checked_mul(f - 1), f.checked_pow(2));
    let g: u64 = black_box(u64::MAX / 3);
    println!("u64 {:?} {:?} {:?} {:?}", g.checked_mul(3), g.checked_mul(4), g.checked_sub(g + 1), g.checked_shr(64));
    let h: i64 = black_box(i64::MIN + 1);
    println!("i64 {:?} {:?} {:?}", h.checked_sub(1), h.checked_sub(2), h.checked_neg());
    println!("pow {:?} {:?} {:?}", 2u32.checked_pow(black_box(31)), 2u32.checked_pow(black_box(32)), 10i64.checked_pow(black_box(19)));

    // Factorial until overflow for several widths.
    let mut n: u32 = 1;
    let mut k: u32 = 1;
    while let Some(next) = n.checked_mul(black_box(k)) {
        n = next;
        k += 1;
    }
    println!("u32 factorial stops at {}! = {}", k - 1, n);
    let mut n: u64 = 1;
    let mut k: u64 = 1;
    while let Some(next) = n.checked_mul(black_box(k)) {
        n = next;
        k += 1;
    }
    println!("u64 factorial stops at {}! = {}", k - 1, n);
    let mut n: i16 = 1;
    let mut k: i16 = 1;
    loop {
        match n.checked_mul(black_box(k)) {
            Some(v) => n = v,
            None => break,
        }
        k += 1;
    }
    println!("i16 factorial stops at {}! = {}", k - 1, n);
}
