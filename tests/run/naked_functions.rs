// Checks `#[unsafe(naked)]` functions: private and public, called directly, through a fn
// pointer and from another function, on x86_64 and aarch64.
use std::hint::black_box;

#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
extern "C" fn add_one(x: u64) -> u64 {
    core::arch::naked_asm!("lea rax, [rdi + 1]", "ret")
}

#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
extern "C" fn add_one(x: u64) -> u64 {
    core::arch::naked_asm!("add x0, x0, #1", "ret")
}

#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub extern "C" fn naked_mul3(x: u32) -> u32 {
    core::arch::naked_asm!("lea eax, [rdi + rdi*2]", "ret")
}

#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub extern "C" fn naked_mul3(x: u32) -> u32 {
    core::arch::naked_asm!("add w0, w0, w0, lsl #1", "ret")
}

fn twice(f: extern "C" fn(u64) -> u64, x: u64) -> u64 {
    f(f(x))
}

fn main() {
    println!("{}", add_one(black_box(41)));
    println!("{}", twice(black_box(add_one), 1));
    println!("{}", naked_mul3(black_box(14)));
}
