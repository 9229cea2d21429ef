// Checks that `asm!` on aarch64, which the backend cannot lower yet, gets a clear error at the
// `asm!` instead of x86 assembly or a crash.
//@ only-arch: aarch64
//@ error: inline assembly (`asm!`) on aarch64
use std::arch::asm;

fn main() {
    let mut x: u64 = 1;
    unsafe { asm!("add {0}, {0}, #1", inout(reg) x) };
    println!("{x}");
}
