// Under -Cpanic=abort, `catch_unwind` calls its closure in place, as LLVM does: the backtrace of
// a panic inside it has no `__rust_try` frame (this backend used to add one).
//@ compile-flags: -Cpanic=abort
use std::hint::black_box;

fn inner(n: u32) -> u32 {
    if n > 2 {
        panic!("too big: {n}");
    }
    n * 2
}

fn main() {
    let fine = std::panic::catch_unwind(|| inner(black_box(1)));
    println!("{fine:?}");
    let _ = std::panic::catch_unwind(|| inner(black_box(7)));
    println!("not reached");
}
