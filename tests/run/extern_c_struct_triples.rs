// Checks extern "C" fns defined in Rust passing/returning three-element structs by value ({u64;3} memory-class, {f32;3}, {u8;3}, {f64;3}), directly and through fn pointers, with trailing scalar args.
use std::hint::black_box;

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct U64x3 {
    a: u64,
    b: u64,
    c: u64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct F32x3 {
    x: f32,
    y: f32,
    z: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct U8x3 {
    r: u8,
    g: u8,
    b: u8,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct F64x3([f64; 3]);

extern "C" fn rot3(v: U64x3, k: u32) -> U64x3 {
    U64x3 { a: v.b.rotate_left(k), b: v.c ^ v.a, c: v.a.wrapping_add(v.b).wrapping_add(v.c) }
}

extern "C" fn cross(a: F32x3, b: F32x3) -> F32x3 {
    F32x3 { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x }
}

extern "C" fn blend(p: U8x3, q: U8x3, t: u8) -> U8x3 {
    let mix = |a: u8, b: u8| ((a as u16 * (255 - t) as u16 + b as u16 * t as u16) / 255) as u8;
    U8x3 { r: mix(p.r, q.r), g: mix(p.g, q.g), b: mix(p.b, q.b) }
}

extern "C" fn scale3(v: F64x3, s: f64, n: i32) -> F64x3 {
    F64x3([v.0[0] * s + n as f64, v.0[1] * s - n as f64, v.0[2] / s])
}

extern "C" fn sum_all(a: U64x3, b: U8x3, c: F32x3, d: F64x3, e: U64x3, f: U8x3) -> U64x3 {
    let ints = a.a.wrapping_mul(3) ^ a.b.wrapping_mul(5) ^ a.c.wrapping_mul(7) ^ e.a.rotate_left(1) ^ e.b.rotate_left(2) ^ e.c.rotate_left(3);
    let bytes = (b.r as u64) | (b.g as u64) << 8 | (b.b as u64) << 16 | (f.r as u64) << 24 | (f.g as u64) << 32 | (f.b as u64) << 40;
    let floats = (c.x as f64) * 1.0 + (c.y as f64) * 10.0 + (c.z as f64) * 100.0 + d.0[0] * 1000.0 + d.0[1] * 10000.0 + d.0[2] * 100000.0;
    U64x3 { a: ints, b: bytes, c: floats.to_bits() }
}

fn main() {
    let v = U64x3 { a: black_box(1), b: black_box(0x8000_0000_0000_0001), c: black_box(u64::MAX) };
    let r = rot3(v, black_box(4));
    println!("rot3 direct {:x?}", r);
    let rp: extern "C" fn(U64x3, u32) -> U64x3 = black_box(rot3);
    let mut w = v;
    for k in 0..4 {
        w = rp(w, k * 17);
    }
    println!("rot3 ptr x4 {:x?}", w);

    let ex = F32x3 { x: black_box(1.0), y: 0.0, z: 0.0 };
    let ey = F32x3 { x: 0.0, y: black_box(1.0), z: 0.0 };
    println!("cross direct {:?}", cross(ex, ey));
    let cp: extern "C" fn(F32x3, F32x3) -> F32x3 = black_box(cross);
    let a = F32x3 { x: black_box(1.5), y: -2.25, z: 3.0 };
    let b = F32x3 { x: 0.5, y: black_box(4.0), z: -1.0 };
    println!("cross ptr {:?} anti {:?}", cp(a, b), cp(b, a));

    let red = U8x3 { r: black_box(255), g: 0, b: 10 };
    let blue = U8x3 { r: 0, g: black_box(20), b: 255 };
    for t in [0u8, 64, 128, 255] {
        println!("blend {} direct {:?}", t, blend(red, blue, black_box(t)));
    }
    let bp: extern "C" fn(U8x3, U8x3, u8) -> U8x3 = black_box(blend);
    println!("blend ptr {:?}", bp(blue, red, 100));

    let d = F64x3([black_box(1.0), 2.5, -8.0]);
    println!("scale3 direct {:?}", scale3(d, 4.0, -3));
    let sp: extern "C" fn(F64x3, f64, i32) -> F64x3 = black_box(scale3);
    println!("scale3 ptr {:?}", sp(d, 0.5, 7));

    let s1 = sum_all(v, red, a, d, r, blue);
    println!("sum_all direct {:x?} floats {}", s1, f64::from_bits(s1.c));
    let sap: extern "C" fn(U64x3, U8x3, F32x3, F64x3, U64x3, U8x3) -> U64x3 = black_box(sum_all);
    let s2 = sap(r, blue, b, d, v, red);
    println!("sum_all ptr {:x?} floats {}", s2, f64::from_bits(s2.c));

    let arr = [red, blue, U8x3 { r: 1, g: 2, b: 3 }];
    let folded = arr.iter().fold(U8x3 { r: 0, g: 0, b: 0 }, |acc, c| bp(acc, *c, 128));
    println!("folded {:?}", folded);
}
