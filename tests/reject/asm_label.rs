// Checks that `asm!` with a `label` operand, which the backend cannot lower yet, gets a clear error.
//@ error: `label` operands

fn main() {
    let mut hit = false;
    unsafe {
        core::arch::asm!("jmp {}", label { hit = true; });
    }
    println!("{hit}");
}
