// Checks returning small aggregates by value: 1- and 2-field u64 structs, (u8,u32), (u64,bool), (i16,i8), newtypes, and passing them back as args.
use std::hint::black_box;

#[derive(Debug, Clone, Copy)]
struct One {
    a: u64,
}

#[derive(Debug, Clone, Copy)]
struct Two {
    a: u64,
    b: u64,
}

#[derive(Debug, Clone, Copy)]
struct Mixed {
    flag: bool,
    x: u32,
    tag: u8,
}

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

#[derive(Debug, Clone, Copy)]
struct Unit;

fn make_one(x: u64) -> One {
    One { a: x * 3 }
}

fn make_two(x: u64) -> Two {
    Two { a: x + 1, b: x.wrapping_mul(0x9e37_79b9_7f4a_7c15) }
}

fn pair_u8_u32(x: u32) -> (u8, u32) {
    ((x & 0xff) as u8, x >> 8)
}

fn pair_u64_bool(x: u64) -> (u64, bool) {
    (x.wrapping_sub(100), x < 100)
}

fn pair_i16_i8(x: i16) -> (i16, i8) {
    (x / 3, (x % 3) as i8)
}

fn pair_u32_u32(a: u32, b: u32) -> (u32, u32) {
    (a.max(b), a.min(b))
}

fn make_mixed(x: u32) -> Mixed {
    Mixed { flag: x % 2 == 1, x: x * 7, tag: (x % 251) as u8 }
}

fn meters(x: u32) -> Meters {
    Meters(x * 1000)
}

fn unit() -> Unit {
    Unit
}

fn sum_two(t: Two) -> u64 {
    t.a.wrapping_add(t.b)
}

fn swap_two(t: Two) -> Two {
    Two { a: t.b, b: t.a }
}

fn bump_mixed(m: Mixed) -> Mixed {
    Mixed { flag: !m.flag, x: m.x + 1, tag: m.tag.wrapping_add(200) }
}

fn nested(x: u8) -> ((u8, u8), u16) {
    ((x, x.wrapping_mul(2)), x as u16 * 300)
}

fn opt_u32(x: u32) -> Option<u32> {
    if x > 10 { Some(x - 10) } else { None }
}

fn opt_u8(x: u8) -> Option<u8> {
    x.checked_mul(2)
}

fn main() {
    let o = make_one(black_box(14));
    println!("{:?} {}", o, o.a);
    let t = make_two(black_box(5));
    println!("{:?} sum {}", t, sum_two(t));
    println!("{:?}", swap_two(black_box(t)));
    println!("{:?} {:?}", pair_u8_u32(black_box(0x1234_56ab)), pair_u8_u32(black_box(255)));
    println!("{:?} {:?}", pair_u64_bool(black_box(50)), pair_u64_bool(black_box(500)));
    println!("{:?} {:?}", pair_i16_i8(black_box(-200)), pair_i16_i8(black_box(32767)));
    println!("{:?}", pair_u32_u32(black_box(3), black_box(0xffff_fff0)));
    let m = make_mixed(black_box(1001));
    println!("{:?} -> {:?}", m, bump_mixed(m));
    println!("{:?} {}", meters(black_box(42)), meters(black_box(7)).0);
    println!("{:?}", unit());
    println!("{:?}", nested(black_box(200)));
    println!("{:?} {:?} {:?} {:?}", opt_u32(black_box(15)), opt_u32(black_box(5)), opt_u8(black_box(100)), opt_u8(black_box(200)));
    // Accumulate through several calls to check values survive across calls.
    let mut acc = Two { a: 0, b: 0 };
    for i in 0..10u64 {
        let r = make_two(black_box(i));
        acc = Two { a: acc.a + r.a, b: acc.b ^ r.b };
        let (lo, hi) = pair_u8_u32(black_box(i as u32 * 1000));
        acc.a += lo as u64 + hi as u64;
    }
    println!("acc {:?}", acc);
}
