// Checks module-level global_asm! with a function called from Rust.

#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".globl reject_test_answer",
    "reject_test_answer:",
    "    mov eax, 42",
    "    ret",
);

#[cfg(target_arch = "aarch64")]
core::arch::global_asm!(
    ".globl reject_test_answer",
    "reject_test_answer:",
    "    mov w0, #42",
    "    ret",
);

unsafe extern "C" {
    fn reject_test_answer() -> u32;
}

fn main() {
    println!("{}", unsafe { reject_test_answer() });
}
