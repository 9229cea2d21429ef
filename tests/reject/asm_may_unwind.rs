// Checks that `asm!` that may unwind, which the backend cannot lower yet, gets a clear error.
//@ error: inline assembly (`asm!`) that may unwind
#![feature(asm_unwind)]

fn main() {
    unsafe { core::arch::asm!("nop", options(may_unwind)) };
    println!("after");
}
