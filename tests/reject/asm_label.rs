// Checks that `asm!` with a `label` operand, which the backend cannot lower yet, gets a clear error.
//@ only-arch: x86_64
//@ error: `label` operands

fn main() {
    let mut hit = false;
    unsafe {
        core::arch::asm!("jmp {}", label { hit = true; });
    }
    println!("{hit}");
}
