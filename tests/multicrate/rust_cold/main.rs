// Binary half of the `rust_cold` multicrate case: optimized, so that LLVM keeps values in
// registers across the calls of the library's `extern "rust-cold"` functions, also through
// pointers and when the callee panics.
//@ compile-flags: -Copt-level=2
#![feature(rust_cold_cc)]

use std::hint::black_box as bb;

use mylib::{fail, many, record};

fn main() {
    let rec: extern "rust-cold" fn(&mut Vec<u64>, u64) = bb(record);
    let mut log = Vec::new();
    let (mut a, mut b, mut c, mut d, mut e) = (bb(1u64), bb(2u64), bb(3u64), bb(4u64), bb(5u64));
    let mut x = bb(1.5f64);
    for i in 0..bb(6u64) {
        rec(&mut log, i);
        many(&mut log, a, b, c, d, e, i, a ^ e);
        a += 1;
        b = b.wrapping_mul(3);
        c ^= i;
        d += a;
        e += b;
        x *= 1.25;
    }
    println!("{a} {b} {c} {d} {e} {x}");
    println!("{log:?}");
    let mut caught = Vec::new();
    for i in 0..bb(3u64) {
        let (p, q) = (bb(i * 7), bb(i * 11));
        let r = std::panic::catch_unwind(|| fail(bb(i)));
        caught.push((r.is_err(), p + q));
    }
    println!("{caught:?}");
}
