// Binary half of the `win64_abi` multicrate case: calls the library's `extern "win64"`
// functions, directly and through pointers, and hands it an `extern "win64"` callback.
//@ only-arch: x86_64
use mylib::*;
use std::hint::black_box;

extern "win64" fn cb(i: u32, x: f64, p: Pair) -> f64 {
    i as f64 + x * 100.0 + p.a as f64 * 1000.0 + p.b as f64
}

fn main() {
    println!("{}", mixed(black_box(1), 2.5, -3, 0.25, 1 << 40, -6.5, -7, u32::MAX));
    let f = black_box(table());
    println!("{}", f(9, 8.0, 7, 6.0, 5, 4.0, 3, 2));
    let p = black_box(Pair { a: 5, b: 6.75 });
    let t = black_box(Triple { x: 1, y: 2, z: 3 });
    println!("{:?}", structs(p, t, 11));
    println!("{}", wide(black_box(u128::MAX / 7), black_box(-12345), 3.5e10, 0.75));
    println!("{}", call_back(cb, 4));
}
