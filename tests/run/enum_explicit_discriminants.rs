// Checks dataless enums with explicit (including negative and sparse) discriminants: `as` casts, matching, comparisons and sizes.
use std::hint::black_box;
use std::mem::size_of;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sparse {
    A = -100,
    B = -1,
    C = 0,
    D = 7,
    E,
    F = 1000,
    G,
    H = 65535,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Small {
    Neg = -128,
    Zero = 0,
    Pos = 127,
}

#[derive(Debug, Clone, Copy)]
enum Implicit {
    P,
    Q,
    R,
    S,
}

#[derive(Debug, Clone, Copy)]
enum Huge {
    Low = -9_000_000_000,
    High = 9_000_000_000,
}

const ALL: [Sparse; 8] = [Sparse::A, Sparse::B, Sparse::C, Sparse::D, Sparse::E, Sparse::F, Sparse::G, Sparse::H];

fn classify(s: Sparse) -> u32 {
    match s {
        Sparse::A | Sparse::B => 1,
        Sparse::C => 2,
        Sparse::D | Sparse::E => 3,
        Sparse::F | Sparse::G => 4,
        Sparse::H => 5,
    }
}

fn from_i32(v: i32) -> Option<Sparse> {
    ALL.iter().copied().find(|s| *s as i32 == v)
}

fn main() {
    println!("sizes: Sparse={} Small={} Implicit={} Huge={}", size_of::<Sparse>(), size_of::<Small>(), size_of::<Implicit>(), size_of::<Huge>());
    println!("Option<Sparse>={} Option<Small>={}", size_of::<Option<Sparse>>(), size_of::<Option<Small>>());
    for i in 0..ALL.len() {
        let s = black_box(ALL[i]);
        println!(
            "{:?}: as i32={} as i64={} as u8={} as i8={} as u16={} class={}",
            s, s as i32, s as i64, s as u8, s as i8, s as u16, classify(s)
        );
    }
    for s in [Small::Neg, Small::Zero, Small::Pos] {
        let s = black_box(s);
        println!("{:?}: as i8={} as u8={} as i32={} as u64={}", s, s as i8, s as u8, s as i32, s as u64);
    }
    for s in [Implicit::P, Implicit::Q, Implicit::R, Implicit::S] {
        let s = black_box(s);
        println!("{:?} = {}", s, s as usize * 10);
    }
    for h in [Huge::Low, Huge::High] {
        let h = black_box(h);
        println!("{:?}: as i64={} as i32={} as u64={}", h, h as i64, h as i32, h as u64);
    }
    for v in [-100, -1, 0, 5, 7, 8, 1001, 65535, 65536] {
        println!("from_i32({}) = {:?}", v, from_i32(black_box(v)));
    }
    let a = black_box(Sparse::E);
    let b = black_box(Sparse::D);
    println!("E==D {} E==E {} E as i32 - D as i32 = {}", a == b, a == black_box(Sparse::E), a as i32 - b as i32);
}
