// Checks returning large aggregates by value (3 and 5 u64 fields, arrays, nested structs) and passing them as args (sret / by-ref ABI).
#![allow(dead_code)]
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Three {
    a: u64,
    b: u64,
    c: u64,
}

#[derive(Debug, Clone, Copy)]
struct Five {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
    e: u64,
}

#[derive(Debug, Clone, Copy)]
struct Mixed {
    tag: u8,
    big: u64,
    small: u16,
    flag: bool,
    mid: u32,
    arr: [u8; 5],
}

#[derive(Debug, Clone, Copy)]
struct Outer {
    first: Three,
    id: u32,
    second: Five,
}

fn make_three(x: u64) -> Three {
    Three { a: x, b: x * 2, c: x * 3 }
}

fn make_five(x: u64) -> Five {
    Five { a: x, b: x + 1, c: x + 2, d: x.wrapping_mul(x), e: !x }
}

fn add_three(p: Three, q: Three) -> Three {
    Three { a: p.a + q.a, b: p.b + q.b, c: p.c + q.c }
}

fn rotate_five(f: Five) -> Five {
    Five { a: f.b, b: f.c, c: f.d, d: f.e, e: f.a }
}

fn sum_five(f: &Five) -> u64 {
    f.a.wrapping_add(f.b).wrapping_add(f.c).wrapping_add(f.d).wrapping_add(f.e)
}

fn make_mixed(seed: u32) -> Mixed {
    Mixed {
        tag: (seed % 256) as u8,
        big: (seed as u64) << 33,
        small: (seed / 3) as u16,
        flag: seed % 2 == 0,
        mid: seed ^ 0xffff,
        arr: [seed as u8, (seed >> 8) as u8, 3, 4, 5],
    }
}

fn make_outer(x: u64) -> Outer {
    Outer { first: make_three(x), id: x as u32 + 7, second: make_five(x + 10) }
}

fn array_ret(x: u32) -> [u32; 8] {
    let mut a = [0u32; 8];
    for i in 0..8 {
        a[i] = x.wrapping_mul(i as u32 + 1) ^ (i as u32);
    }
    a
}

fn big_tuple(x: i64) -> (i64, u8, i64, u16, i64) {
    (x, x as u8, -x, x as u16, x * x)
}

fn chain(x: u64) -> Three {
    let a = make_three(x);
    let b = make_three(x + 1);
    let c = add_three(a, b);
    if c.a > 100 { c } else { add_three(c, c) }
}

fn main() {
    let t = make_three(black_box(11));
    println!("{:?}", t);
    println!("{:?}", add_three(t, make_three(black_box(100))));
    let f = make_five(black_box(0x1_0000_0001));
    println!("{:?}", f);
    let r = rotate_five(f);
    println!("{:?} sum {}", r, sum_five(&r));
    println!("{:?}", make_mixed(black_box(70000)));
    println!("{:?}", make_outer(black_box(3)));
    println!("{:?}", array_ret(black_box(0x1234_5678)));
    println!("{:?}", big_tuple(black_box(-40000)));
    println!("{:?} {:?}", chain(black_box(5)), chain(black_box(50)));
    println!("eq {} {}", make_three(black_box(4)) == Three { a: 4, b: 8, c: 12 }, chain(1) == chain(2));
    // Returned into existing places, overwriting fields.
    let mut arr = [make_five(0); 3];
    for i in 0..3 {
        arr[i] = rotate_five(make_five(black_box(i as u64 * 10)));
    }
    let total: u64 = arr.iter().map(sum_five).fold(0, |a, b| a.wrapping_add(b));
    println!("arr total {}", total);
    let mut o = make_outer(black_box(1));
    o.second = make_five(black_box(99));
    o.first = add_three(o.first, o.first);
    println!("{:?}", o);
}
