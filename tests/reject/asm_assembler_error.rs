//! Assembly the system assembler rejects is reported at the `asm!` line that produced it, as
//! LLVM reports errors of its own assembler, and leaves no files behind.
//@ compile-flags: -Ccodegen-units=1
//@ error-pattern: the assembler rejected this inline assembly
//@ error: asm_assembler_error.rs:18:14
//@ error: asm_assembler_error.rs:29:10
//@ error: asm_assembler_error.rs:35:28
//@ error: instantiated into assembly here
//@ error: bogus_instruction
//@ error: bogus_global
//@ error: bogus_naked

fn triple(x: u64) -> u64 {
    let y: u64;
    unsafe {
        std::arch::asm!(
            "mov {y}, {x}",
            "bogus_instruction {y}",
            x = in(reg) x,
            y = out(reg) y,
        )
    };
    y
}

std::arch::global_asm!(
    ".globl global_ok",
    "global_ok:",
    "    bogus_global",
    "    ret",
);

#[unsafe(naked)]
extern "C" fn naked() -> u64 {
    std::arch::naked_asm!("bogus_naked", "ret")
}

fn main() {
    println!("{} {}", triple(3), naked());
}
