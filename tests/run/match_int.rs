// Checks match on integers (SwitchInt): dense, sparse, ranges, guards, large/negative values at each width.
use std::hint::black_box;

fn dense(x: u8) -> &'static str {
    match x {
        0 => "zero",
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => "many",
    }
}

const BIG: i32 = 1 << 20;

fn sparse(x: i32) -> i32 {
    match x {
        -1000000 => 1,
        -1 => 2,
        0 => 3,
        7 => 4,
        BIG => 5,
        i32::MAX => 6,
        i32::MIN => 7,
        _ => 0,
    }
}

fn ranges(x: i16) -> u32 {
    match x {
        i16::MIN..=-1000 => 0,
        -999..=-1 => 1,
        0 => 2,
        1..=9 => 3,
        10..=99 => 4,
        100..=999 => 5,
        _ => 6,
    }
}

fn big(x: u64) -> char {
    match x {
        0xffff_ffff_ffff_ffff => 'M',
        0x8000_0000_0000_0000 => 'H',
        0x1_0000_0000 => 'W',
        0xffff_ffff => 'w',
        42 => 'a',
        _ => '.',
    }
}

fn guard(x: i64) -> &'static str {
    match x {
        n if n < 0 && n % 2 == 0 => "neg-even",
        n if n < 0 => "neg-odd",
        0 => "zero",
        n if n % 15 == 0 => "fizzbuzz",
        n if n % 5 == 0 => "buzz",
        n if n % 3 == 0 => "fizz",
        _ => "num",
    }
}

fn tuple_match(a: u8, b: bool) -> u8 {
    match (a, b) {
        (0, true) => 10,
        (0, false) => 20,
        (1..=9, true) => 30,
        (x, false) if x > 100 => x / 2,
        (x, _) => x,
    }
}

fn bind(x: u32) -> String {
    match x {
        small @ 0..=9 => format!("small {}", small),
        n @ (10 | 20 | 30) => format!("round {}", n),
        other => format!("other {}", other),
    }
}

fn main() {
    for i in 0..8u8 {
        print!("{} ", dense(black_box(i)));
    }
    println!("{}", dense(black_box(255)));
    let s: Vec<i32> = [-1000000, -1, 0, 7, 1 << 20, i32::MAX, i32::MIN, 8, -2].iter().map(|&x| sparse(black_box(x))).collect();
    println!("{:?}", s);
    let r: Vec<u32> = [i16::MIN, -1000, -999, -1, 0, 1, 9, 10, 99, 100, 999, 1000, i16::MAX].iter().map(|&x| ranges(black_box(x))).collect();
    println!("{:?}", r);
    let b: String = [u64::MAX, 1 << 63, 1 << 32, (1 << 32) - 1, 42, 43, 0].iter().map(|&x| big(black_box(x))).collect();
    println!("{}", b);
    for x in [-4i64, -3, 0, 30, 25, 9, 7] {
        print!("{} ", guard(black_box(x)));
    }
    println!();
    println!("{} {} {} {} {} {}", tuple_match(black_box(0), true), tuple_match(0, black_box(false)), tuple_match(5, true), tuple_match(black_box(200), false), tuple_match(50, false), tuple_match(black_box(50), true));
    println!("{} / {} / {}", bind(black_box(3)), bind(black_box(20)), bind(black_box(21)));
    let c: i8 = black_box(-128);
    let m = match c { -128 => "min", 127 => "max", _ => "mid" };
    let u: u16 = black_box(65535);
    let n = match u { 0 => 0, 65535 => 1, _ => 2 };
    println!("{} {}", m, n);
    // if/else chains
    let mut counts = [0u32; 4];
    for i in 0..100i32 {
        let v = black_box(i * 37 % 101);
        if v < 25 {
            counts[0] += 1;
        } else if v < 50 {
            counts[1] += 1;
        } else if v >= 75 {
            counts[3] += 1;
        } else {
            counts[2] += 1;
        }
    }
    println!("{:?}", counts);
}
