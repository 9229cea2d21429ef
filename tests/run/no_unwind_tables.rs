// With `-Cpanic=abort -Cforce-unwind-tables=no` and no debuginfo LLVM gives our functions no
// `.eh_frame` entries, so a panic's backtrace stops at the first of them; this backend described
// every function anyway and printed the whole stack.
//@ compile-flags: -Cpanic=abort -Cforce-unwind-tables=no
use std::hint::black_box;

#[inline(never)]
fn check(depth: u32) {
    if black_box(depth) == 3 {
        panic!("depth {depth}");
    }
    check(depth + 1);
}

fn main() {
    // Still single-threaded here.
    unsafe { std::env::set_var("RUST_BACKTRACE", "1") };
    println!("start");
    check(0);
}
