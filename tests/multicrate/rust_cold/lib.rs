// Library half of the `rust_cold` multicrate case: `extern "rust-cold"` functions that use many
// registers. LLVM calls them with `preserve_most`, keeping its own values in argument
// registers across the call, so ours must preserve those (an LLVM-compiled caller printed
// garbage). Only functions that return nothing in registers do so yet (see the README).
#![feature(rust_cold_cc)]

use std::hint::black_box;

#[inline(never)]
pub extern "rust-cold" fn record(log: &mut Vec<u64>, x: u64) {
    let v = black_box([x, x * 3, x ^ 0x55, x + 7, x.rotate_left(9), x * x, !x, x >> 3]);
    let mixed = v.iter().fold(0u64, |a, &b| a.wrapping_mul(31).wrapping_add(b));
    let f = black_box([x as f64 * 1.5, 2.25, -(x as f64)]);
    log.push(mixed ^ f.iter().sum::<f64>().to_bits());
}

#[inline(never)]
pub extern "rust-cold" fn many(log: &mut Vec<u64>, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64) {
    let spread = black_box([a, b, c, d, e, f, g]);
    log.push(spread.iter().fold(1u64, |acc, &v| acc.wrapping_mul(v | 1)));
}

#[inline(never)]
pub extern "rust-cold" fn fail(x: u64) -> ! {
    let v = black_box([x, x + 1, x + 2, x + 3, x + 4, x + 5]);
    panic!("cold failure {}", v.iter().sum::<u64>())
}
