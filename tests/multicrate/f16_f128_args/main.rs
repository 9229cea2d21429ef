// Binary half of the `f16_f128_args` multicrate case: calls the library's functions and hands
// it callbacks of the same shapes.
#![feature(f16, f128)]
use std::hint::black_box;

use mylib::*;

fn f(x: f16, y: f128) -> f128 {
    x as f128 * y
}

extern "C" fn g(h: H3, f: f128, k: H3, q: Q2) -> H3 {
    H3 { a: h.b + k.c, b: f as f16, c: (q.a - q.b) as f16 }
}

extern "C" fn s(a: [f64; 4], b: [f64; 3], h: H3, k: f16, g: H3, n: u32) -> f32 {
    println!("s {a:?} {b:?} {} {} {} {} {n}", h.a as f32, h.b as f32, k as f32, g.c as f32);
    (h.a * g.a - k) as f32 * n as f32
}

fn main() {
    let half = black_box(1.5f16);
    println!("{}", rust_mix(half, 2.25, 3.5, (4.5, 5.5), 6) as f64);
    println!("{}", c_mix(half, 2.25, 3.5, 6, 7.75, 8.5) as f32);
    let h = H3 { a: 1.0, b: 2.0, c: 3.0 };
    let q = Q2 { a: -1.5, b: 1e30 };
    println!("{}", c_aggregates(h, 9.5, H3 { a: 4.0, b: 5.0, c: 6.0 }, q).c as f32);
    println!("{}", c_spilled([0.5; 4], [0.25; 3], h, half, H3 { a: 7.0, b: 8.0, c: 9.0 }, 10));
    println!("{}", call_back(rust_mix_two, c_aggregates, c_spilled));
    println!("{}", call_back(f, g, s));
}

fn rust_mix_two(x: f16, y: f128) -> f128 {
    rust_mix(x, y, 0.0, (x, x), 1)
}
