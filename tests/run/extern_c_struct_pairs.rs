// Checks extern "C" fns defined in Rust passing/returning two-field structs by value ({u8,u32}, {f32,f32}, {f64,u64}, {i16,f32}), called directly and through `extern "C" fn` pointers, incl. register exhaustion.
use std::hint::black_box;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct ByteWord {
    a: u8,
    b: u32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct F32Pair {
    x: f32,
    y: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct FloatInt {
    d: f64,
    n: u64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct ShortFloat {
    s: i16,
    f: f32,
}

extern "C" fn bw(v: ByteWord, k: u32) -> ByteWord {
    ByteWord { a: v.a.wrapping_add(k as u8), b: v.b.wrapping_mul(k).wrapping_add(v.a as u32) }
}

extern "C" fn fp(v: F32Pair, w: F32Pair) -> F32Pair {
    F32Pair { x: v.x * w.x - v.y * w.y, y: v.x * w.y + v.y * w.x }
}

extern "C" fn fi(v: FloatInt) -> FloatInt {
    FloatInt { d: v.d * 0.5 + v.n as f64, n: v.n.rotate_left(13) ^ v.d.to_bits() }
}

extern "C" fn sf(v: ShortFloat, scale: f32) -> ShortFloat {
    ShortFloat { s: v.s.wrapping_neg(), f: v.f * scale + v.s as f32 }
}

// Enough arguments that later structs go on the stack.
#[allow(clippy::too_many_arguments)]
extern "C" fn many(a: FloatInt, b: FloatInt, c: F32Pair, d: FloatInt, e: ByteWord, f: FloatInt, g: F32Pair, h: ByteWord, i: FloatInt, j: ShortFloat) -> FloatInt {
    let d_sum = a.d + b.d + c.x as f64 + c.y as f64 + d.d + f.d + g.x as f64 * 2.0 + g.y as f64 * 3.0 + i.d + j.f as f64;
    let n_sum = a.n ^ b.n.wrapping_mul(3) ^ d.n.wrapping_mul(5) ^ e.a as u64 ^ (e.b as u64) << 8 ^ f.n.wrapping_mul(7) ^ (h.a as u64) << 40 ^ (h.b as u64) << 16 ^ i.n.wrapping_mul(11) ^ j.s as u64;
    FloatInt { d: d_sum, n: n_sum }
}

fn main() {
    let v = ByteWord { a: black_box(250), b: black_box(0x1234_5678) };
    let r = bw(v, black_box(9));
    println!("bw direct {:?}", r);
    let p: extern "C" fn(ByteWord, u32) -> ByteWord = black_box(bw);
    println!("bw ptr {:?}", p(r, 300));

    let a = F32Pair { x: black_box(1.5), y: black_box(-2.0) };
    let b = F32Pair { x: black_box(0.25), y: black_box(4.0) };
    println!("fp direct {:?}", fp(a, b));
    let q: extern "C" fn(F32Pair, F32Pair) -> F32Pair = black_box(fp);
    let mut z = F32Pair { x: 1.0, y: 0.0 };
    for _ in 0..5 {
        z = q(z, a);
    }
    println!("fp ptr power5 {:?}", z);

    let x = FloatInt { d: black_box(-3.75), n: black_box(0xdead_beef_0000_0001) };
    println!("fi direct {:?}", fi(x));
    let fip: extern "C" fn(FloatInt) -> FloatInt = black_box(fi);
    println!("fi ptr {:?}", fip(fip(x)));

    let s = ShortFloat { s: black_box(-300), f: black_box(2.5) };
    println!("sf direct {:?}", sf(s, 4.0));
    let sfp: extern "C" fn(ShortFloat, f32) -> ShortFloat = black_box(sf);
    println!("sf ptr {:?}", sfp(s, -0.5));

    let fis: Vec<FloatInt> = (0..5).map(|i| FloatInt { d: i as f64 * 1.25, n: 0x1111 * (i as u64 + 1) }).collect();
    let m = many(fis[0], fis[1], a, fis[2], v, fis[3], b, r, fis[4], s);
    println!("many direct {:?}", m);
    let mp: extern "C" fn(FloatInt, FloatInt, F32Pair, FloatInt, ByteWord, FloatInt, F32Pair, ByteWord, FloatInt, ShortFloat) -> FloatInt = black_box(many);
    let m2 = mp(fis[4], fis[3], b, fis[2], r, fis[1], a, v, fis[0], sf(s, 2.0));
    println!("many ptr {:?}", m2);
}
