// Checks consts: const items of ints/arrays/structs/&str, const fn evaluated at compile time and at runtime, associated consts, const generics, inline const blocks.
#![allow(dead_code)]
use std::hint::black_box;

const MAX: u32 = 1_000;
const SHIFTED: u64 = (1 << 40) | 0xff;
const NEG: i16 = -32_000;
const NAMES: [&str; 3] = ["zero", "one", "two"];
const TABLE: [u8; 16] = make_table();
const FACT10: u64 = factorial(10);

#[derive(Debug, Clone, Copy)]
struct Limits {
    lo: i32,
    hi: i32,
}

const LIMITS: Limits = Limits { lo: -5, hi: 5 };

const fn make_table() -> [u8; 16] {
    let mut t = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = (i * i % 17) as u8;
        i += 1;
    }
    t
}

const fn factorial(n: u64) -> u64 {
    if n == 0 { 1 } else { n * factorial(n - 1) }
}

struct Circle;
impl Circle {
    const SIDES: u32 = 0;
    const NAME: &'static str = "circle";
}

trait Shape {
    const SIDES: u32;
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}
struct Tri;
struct Sq;
impl Shape for Tri {
    const SIDES: u32 = 3;
}
impl Shape for Sq {
    const SIDES: u32 = 4;
}

fn total_sides<A: Shape, B: Shape>() -> u32 {
    A::SIDES + B::SIDES
}

struct Buf<const N: usize> {
    data: [u8; N],
}

impl<const N: usize> Buf<N> {
    const CAP: usize = N * 2;
    fn new(fill: u8) -> Self {
        Buf { data: [fill; N] }
    }
    fn sum(&self) -> usize {
        self.data.iter().map(|&x| x as usize).sum()
    }
}

fn clamp(x: i32) -> i32 {
    if x < LIMITS.lo {
        LIMITS.lo
    } else if x > LIMITS.hi {
        LIMITS.hi
    } else {
        x
    }
}

fn main() {
    println!("{} {} {} {:?}", MAX, SHIFTED, NEG, NAMES);
    println!("{:?}", TABLE);
    println!("fact10 {} runtime fact {}", FACT10, factorial(black_box(15)));
    println!("{:?} {:?}", LIMITS, [-10, -5, 0, 5, 10].map(|x| clamp(black_box(x))));
    println!("{} {} {} {}", Circle::SIDES, Circle::NAME, Tri.sides(), Sq.sides());
    println!("total {}", total_sides::<Tri, Sq>());
    let b3 = Buf::<3>::new(black_box(7));
    let b10 = Buf::<10>::new(black_box(200));
    println!("{} {} {} {}", b3.sum(), Buf::<3>::CAP, b10.sum(), Buf::<10>::CAP);
    let x = black_box(3usize);
    println!("names[x%3] {}", NAMES[x % 3]);
    let inline = const { factorial(5) * 2 };
    println!("inline const {}", inline);
    let arr = [const { Vec::<u8>::new() }; 3];
    println!("arr of const vecs {:?}", arr);
    let mut counter = MAX;
    for t in TABLE {
        counter -= t as u32;
    }
    println!("counter {}", counter);
    println!("{}", (u32::MAX as u64).wrapping_add(i8::MIN as u64));
}
