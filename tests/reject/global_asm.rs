// Module-level global_asm! must be rejected by the Cranelift backend with a clear error.
//@ error: global_asm

#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".globl reject_test_answer",
    "reject_test_answer:",
    "    mov eax, 42",
    "    ret",
);

unsafe extern "C" {
    fn reject_test_answer() -> u32;
}

fn main() {
    println!("{}", unsafe { reject_test_answer() });
}
