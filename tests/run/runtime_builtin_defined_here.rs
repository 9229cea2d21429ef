// Checks a crate that defines a runtime function our backend also calls for f128 arithmetic
// (as compiler-builtins does): the call must reach this definition, not stop the compile.
//@ only-arch: x86_64
//@ compile-flags: -Ccodegen-units=1
#![feature(f128)]
use std::hint::black_box;

/// Word-sized result as in compiler-builtins (our calls expect an `i32`). Equal bit patterns
/// compare equal, enough for the values below; counted so the output
/// shows the comparisons went through here.
#[unsafe(no_mangle)]
pub extern "C" fn __eqtf2(a: f128, b: f128) -> isize {
    CALLS.with(|c| c.set(c.get() + 1));
    (a.to_bits() != b.to_bits()) as isize
}

thread_local! {
    static CALLS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn main() {
    let a: f128 = black_box(1.5);
    let b: f128 = black_box(1.5);
    let c: f128 = black_box(2.0);
    println!("{} {} {}", a == b, a == c, b != c);
    println!("calls: {}", CALLS.with(|c| c.get()));
}
