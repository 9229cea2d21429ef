// Checks that `asm!` with a `label` operand, which the backend cannot lower yet, gets a clear error.
//@ error: `label` operands

fn main() {
    let mut hit = false;
    unsafe {
        #[cfg(target_arch = "x86_64")]
        core::arch::asm!("jmp {}", label { hit = true; });
        #[cfg(target_arch = "aarch64")]
        core::arch::asm!("b {}", label { hit = true; });
    }
    println!("{hit}");
}
