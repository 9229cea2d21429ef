// `sym` operands naming symbols with characters an assembler does not take in a bare name:
// a versioned glibc symbol through `link_name` must be written quoted, in `asm!` and
// `global_asm!`, and still link to that version.
use std::arch::{asm, global_asm};
use std::hint::black_box;

unsafe extern "C" {
    #[cfg_attr(target_arch = "x86_64", link_name = "labs@GLIBC_2.2.5")]
    #[cfg_attr(target_arch = "aarch64", link_name = "labs@GLIBC_2.17")]
    safe fn labs(x: i64) -> i64;
    safe fn forward_labs(x: i64) -> i64;
}

#[cfg(target_arch = "x86_64")]
global_asm!(".globl forward_labs", "forward_labs:", "jmp {}", sym labs);
#[cfg(target_arch = "aarch64")]
global_asm!(".globl forward_labs", "forward_labs:", "b {}", sym labs);

fn through_asm(x: i64) -> i64 {
    let r: i64;
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!("call {f}", f = sym labs, in("rdi") x, lateout("rax") r, clobber_abi("C"));
        #[cfg(target_arch = "aarch64")]
        asm!("bl {f}", f = sym labs, in("x0") x, lateout("x0") r, clobber_abi("C"));
    }
    r
}

fn main() {
    println!("{} {}", labs(black_box(-5)), forward_labs(black_box(-7)));
    println!("{}", through_asm(black_box(-11)));
}
