// Checks `asm!` whose template is only a comment (an optimization barrier some crates use): values pass through unchanged.
use std::arch::asm;

fn barrier(mut x: u64) -> u64 {
    unsafe { asm!("/*{0}*/", inout(reg) x) };
    x
}

fn main() {
    let mut total = 0u64;
    for i in 0..10u64 {
        total += barrier(i * 3);
    }
    let mut y: u32 = 7;
    unsafe { asm!("# {0} keeps its value", inout(reg) y, options(nomem, nostack)) };
    println!("{total} {y}");
}
