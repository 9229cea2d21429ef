// `sym` operands of `global_asm!` and of naked functions naming this crate's private functions
// and statics. That assembly goes into an object of its own, which cannot reach a local symbol
// of the CGU's object: the link failed with "undefined symbol". Such items are now hidden
// globals (as `asm!`'s `sym` operands already made them).
use std::arch::{global_asm, naked_asm};

extern "C" fn helper() -> u64 {
    4242
}

extern "C" fn other_helper(x: u64) -> u64 {
    x * 3
}

static VALUE: u64 = 17;
static mut COUNTER: u64 = 5;

#[cfg(target_arch = "x86_64")]
global_asm!(
    ".globl asm_sym_local_load",
    "asm_sym_local_load:",
    "mov rax, qword ptr [rip + {value}]",
    "add rax, qword ptr [rip + {counter}]",
    "ret",
    ".globl asm_sym_local_call",
    "asm_sym_local_call:",
    "jmp {other}",
    value = sym VALUE,
    counter = sym COUNTER,
    other = sym other_helper,
);

#[cfg(target_arch = "aarch64")]
global_asm!(
    ".globl asm_sym_local_load",
    "asm_sym_local_load:",
    "adrp x9, {value}",
    "ldr x0, [x9, :lo12:{value}]",
    "adrp x9, {counter}",
    "ldr x10, [x9, :lo12:{counter}]",
    "add x0, x0, x10",
    "ret",
    ".globl asm_sym_local_call",
    "asm_sym_local_call:",
    "b {other}",
    value = sym VALUE,
    counter = sym COUNTER,
    other = sym other_helper,
);

unsafe extern "C" {
    fn asm_sym_local_load() -> u64;
    fn asm_sym_local_call(x: u64) -> u64;
}

#[unsafe(naked)]
extern "C" fn trampoline() -> u64 {
    #[cfg(target_arch = "x86_64")]
    naked_asm!("jmp {}", sym helper);
    #[cfg(target_arch = "aarch64")]
    naked_asm!("b {}", sym helper);
}

fn main() {
    println!("{}", trampoline());
    unsafe {
        COUNTER += 1;
        println!("{}", asm_sym_local_load());
        println!("{}", asm_sym_local_call(std::hint::black_box(14)));
    }
}
