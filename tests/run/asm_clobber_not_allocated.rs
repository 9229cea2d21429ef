// A register the template clobbers (`out("rax") _`) must not be given to a class operand: the
// operand `x` got `rax`, the first register of the pool, and the template's write to `rax`
// overwrote it (200 instead of 105). A late clobber (`lateout`, as `clobber_abi` makes them)
// may share a register with an input, which is read first, but not with an output.
use std::arch::asm;
use std::hint::black_box;

fn main() {
    let mut v: u64 = black_box(5);
    let w: u64 = black_box(7);
    let sum: u64;
    let late: u64;
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!("mov rax, 100", "add {x}, rax", x = inout(reg) v, out("rax") _);
        #[cfg(target_arch = "aarch64")]
        asm!("mov x0, #100", "add {x}, {x}, x0", x = inout(reg) v, out("x0") _);
    }
    println!("{v}");
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!("mov {y}, 7", "mov rax, 1", y = out(reg) late, lateout("rax") _);
        #[cfg(target_arch = "aarch64")]
        asm!("mov {y}, #7", "mov x0, #1", y = out(reg) late, lateout("x0") _);
    }
    println!("{late}");
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!("lea r12, [{a} + {b}]", a = in(reg) v, b = in(reg) w, out("r12") sum, clobber_abi("C"));
        #[cfg(target_arch = "aarch64")]
        asm!("add x20, {a}, {b}", a = in(reg) v, b = in(reg) w, out("x20") sum, clobber_abi("C"));
    }
    println!("{sum}");
}
