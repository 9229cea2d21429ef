// Library half of the `f16_f128_args` multicrate case: `f16` and `f128` arguments and results,
// alone, in pairs and in C aggregates (AArch64 passes those in `h`/`q` registers, or packed on
// the stack once the vector registers run out). Aggregates of `f16` used to be rejected.
#![feature(f16, f128)]
#![allow(improper_ctypes_definitions, clippy::too_many_arguments)]

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct H3 {
    pub a: f16,
    pub b: f16,
    pub c: f16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Q2 {
    pub a: f128,
    pub b: f128,
}

#[inline(never)]
pub fn rust_mix(x: f16, y: f128, z: f32, w: (f16, f16), n: u8) -> f128 {
    println!("rust_mix {} {} {z} {} {} {n}", x as f32, y as f64, w.0 as f32, w.1 as f32);
    y * 2.0 + x as f128
}

#[inline(never)]
pub extern "C" fn c_mix(x: f16, y: f128, z: f32, n: u8, p: f128, q: f16) -> f16 {
    println!("c_mix {} {} {z} {n} {} {}", x as f32, y as f64, p as f64, q as f32);
    x + q
}

#[inline(never)]
pub extern "C" fn c_aggregates(h: H3, f: f128, g: H3, q: Q2) -> H3 {
    println!(
        "c_aggregates {:?} {} {:?} {} {}",
        h.b as f32, f as f64, g.c as f32, q.a as f64, q.b as f64
    );
    H3 { a: h.c, b: g.a, c: (f + q.b) as f16 }
}

/// The `f16` aggregates come after the vector registers are taken.
#[inline(never)]
pub extern "C" fn c_spilled(a: [f64; 4], b: [f64; 3], h: H3, k: f16, g: H3, n: u32) -> f32 {
    println!("c_spilled {a:?} {b:?} {} {} {} {} {n}", h.a as f32, h.c as f32, k as f32, g.b as f32);
    (h.c + g.b + k) as f32 + n as f32
}

pub fn call_back(
    f: fn(f16, f128) -> f128,
    g: extern "C" fn(H3, f128, H3, Q2) -> H3,
    s: extern "C" fn([f64; 4], [f64; 3], H3, f16, H3, u32) -> f32,
) -> f64 {
    let h = H3 { a: 1.5, b: 2.5, c: 3.5 };
    let r = g(h, 4.25, H3 { a: 5.5, b: 6.5, c: 7.5 }, Q2 { a: 8.5, b: 9.75 });
    let t = s([1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0], h, 0.5, r, 9);
    (f(1.25, 2.5) + r.a as f128 + t as f128) as f64
}
