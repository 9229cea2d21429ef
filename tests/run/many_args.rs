// Checks calls with many arguments of mixed types (more than fit in registers), mixed small structs as args, and a callee that forwards all args to another fn.
use std::hint::black_box;

#[derive(Debug, Clone, Copy)]
struct Small {
    a: u8,
    b: u16,
}

#[derive(Debug, Clone, Copy)]
struct Medium {
    x: u32,
    y: u64,
}

#[allow(clippy::too_many_arguments)]
fn twelve(a: u8, b: i16, c: u32, d: i64, e: u64, f: i8, g: u16, h: i32, i: usize, j: isize, k: bool, l: char) -> i64 {
    let mut r = a as i64;
    r = r.wrapping_mul(3).wrapping_add(b as i64);
    r = r.wrapping_mul(3).wrapping_add(c as i64);
    r = r.wrapping_mul(3).wrapping_add(d);
    r = r.wrapping_mul(3).wrapping_add((e % 1000) as i64);
    r = r.wrapping_mul(3).wrapping_add(f as i64);
    r = r.wrapping_mul(3).wrapping_add(g as i64);
    r = r.wrapping_mul(3).wrapping_add(h as i64);
    r = r.wrapping_mul(3).wrapping_add(i as i64);
    r = r.wrapping_mul(3).wrapping_add(j as i64);
    r = r.wrapping_mul(3).wrapping_add(k as i64);
    r.wrapping_mul(3).wrapping_add(l as i64)
}

#[allow(clippy::too_many_arguments)]
fn forward(a: u8, b: i16, c: u32, d: i64, e: u64, f: i8, g: u16, h: i32, i: usize, j: isize, k: bool, l: char) -> (i64, i64) {
    (twelve(a, b, c, d, e, f, g, h, i, j, k, l), twelve(a.wrapping_add(1), b, c, d, e, f, g, h, i, j, !k, l))
}

fn structs(s1: Small, m1: Medium, s2: Small, t: (u8, u64), m2: Medium, arr: [u16; 3], s3: Small, last: u64) -> u64 {
    println!("  s1 {:?} m1 {:?} s2 {:?} t {:?} m2 {:?} arr {:?} s3 {:?} last {}", s1, m1, s2, t, m2, arr, s3, last);
    s1.a as u64 + s1.b as u64 + m1.x as u64 + m1.y + s2.a as u64 + s2.b as u64 + t.0 as u64 + t.1 + m2.x as u64 + m2.y + arr.iter().map(|&v| v as u64).sum::<u64>() + s3.a as u64 + s3.b as u64 + last
}

fn sixteen_u64(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64, i: u64, j: u64, k: u64, l: u64, m: u64, n: u64, o: u64, p: u64) -> u64 {
    let v = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p];
    v.iter().enumerate().fold(0u64, |acc, (idx, &x)| acc.wrapping_mul(31).wrapping_add(x ^ idx as u64))
}

fn eight_u8(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, h: u8) -> u64 {
    u64::from_le_bytes([a, b, c, d, e, f, g, h])
}

fn main() {
    let r = twelve(black_box(1), -2, 3, -4, 5_000_000_005, -6, 7, -8, 9, -10, true, 'Z');
    println!("twelve {}", r);
    println!("forward {:?}", forward(black_box(200), i16::MIN, u32::MAX, i64::MIN / 1000, u64::MAX, i8::MIN, u16::MAX, i32::MAX, 12345, -12345, false, '日'));
    let total = structs(
        Small { a: black_box(1), b: 2 },
        Medium { x: 3, y: 4 },
        Small { a: 5, b: black_box(6) },
        (7, 8),
        Medium { x: black_box(9), y: 10 },
        [11, 12, 13],
        Small { a: 14, b: 15 },
        black_box(16),
    );
    println!("structs total {}", total);
    println!("sixteen {}", sixteen_u64(black_box(1), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, black_box(16)));
    println!("eight {:#018x}", eight_u8(black_box(0x01), 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, black_box(0xef)));
    let f: fn(u8, u8, u8, u8, u8, u8, u8, u8) -> u64 = eight_u8;
    println!("via ptr {:#x}", f(8, 7, 6, 5, 4, 3, 2, black_box(1)));
}
