// With `-Cpanic=abort -Cforce-unwind-tables=no` but debuginfo, LLVM still describes every frame
// in `.eh_frame` (its debug CFI goes there), so the backtrace is complete: dropping the entries
// whenever unwind tables are off cut it short.
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
    println!("start");
    check(0);
}
