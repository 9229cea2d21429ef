// `SwitchInt` in every shape the lowering distinguishes: compare chains for one to four values,
// jump tables beyond, exhaustive matches whose `otherwise` is unreachable (the last value then
// takes it), negative and 128-bit values, and niche-encoded enums with one or several niche
// values.

use std::cmp::Ordering;
use std::hint::black_box;

#[derive(Clone, Copy)]
enum Three {
    A,
    B,
    C,
}

#[derive(Clone, Copy)]
enum Niches {
    Data(bool),
    X,
    Y,
    Z,
}

fn three(t: Three) -> u32 {
    match t {
        Three::A => 10,
        Three::B => 20,
        Three::C => 30,
    }
}

fn signed(x: i8) -> &'static str {
    match x {
        -128 => "min",
        -1 => "minus one",
        0 => "zero",
        127 => "max",
        _ => "other",
    }
}

fn wide(x: u128) -> u32 {
    match x {
        0 => 0,
        1 => 1,
        u128::MAX => 2,
        0x1_0000_0000_0000_0000 => 3,
        _ => 4,
    }
}

fn many(x: u16) -> u16 {
    match x {
        1 => 11,
        2 => 22,
        3 => 33,
        5 => 55,
        8 => 88,
        13 => 130,
        1000 => 7,
        _ => 0,
    }
}

fn niches(n: Niches) -> u8 {
    match n {
        Niches::Data(false) => 1,
        Niches::Data(true) => 2,
        Niches::X => 3,
        Niches::Y => 4,
        Niches::Z => 5,
    }
}

fn option_ref(o: Option<&u64>) -> u64 {
    match o {
        Some(v) => *v,
        None => 99,
    }
}

fn ordering(a: i32, b: i32) -> char {
    match a.cmp(&b) {
        Ordering::Less => '<',
        Ordering::Equal => '=',
        Ordering::Greater => '>',
    }
}

fn only_one(x: u8) -> bool {
    matches!(x, 42)
}

fn main() {
    for t in [Three::A, Three::B, Three::C] {
        print!("{} ", three(black_box(t)));
    }
    println!();
    for x in [-128i8, -1, 0, 1, 127, 64] {
        print!("{} ", signed(black_box(x)));
    }
    println!();
    for x in [0u128, 1, u128::MAX, 1 << 64, 5, u128::MAX - 1] {
        print!("{} ", wide(black_box(x)));
    }
    println!();
    for x in 0..16u16 {
        print!("{} ", many(black_box(x)));
    }
    println!("{}", many(black_box(1000)));
    for n in [Niches::Data(false), Niches::Data(true), Niches::X, Niches::Y, Niches::Z] {
        print!("{} ", niches(black_box(n)));
    }
    println!();
    let v = 7u64;
    println!("{} {}", option_ref(black_box(Some(&v))), option_ref(black_box(None)));
    println!("{}{}{}", ordering(1, 2), ordering(2, 2), ordering(3, 2));
    println!("{} {}", only_one(black_box(42)), only_one(black_box(41)));
}
