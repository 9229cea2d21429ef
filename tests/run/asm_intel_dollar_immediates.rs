// Intel-syntax `asm!` templates whose immediates carry `$` or `$$` prefixes, which LLVM's
// assembler accepts in inline assembly (the `codspeed` crate's valgrind client request does
// `rol rdi, $$3`); the GNU assembler refused them, so the crate did not build.
//@ only-arch: x86_64
use std::arch::asm;
use std::hint::black_box;

#[inline(never)]
fn rotate(x: u64, table: &[u64; 4]) -> u64 {
    let mut v = x;
    unsafe {
        asm!(
            "rol {v}, $$3",
            "rol {v}, $$13",
            "add {v}, $$0x10",
            "mov {t}, $7",
            "add {v}, {t}",
            "add {v}, qword ptr [{p} + $$8]",
            v = inout(reg) v,
            t = out(reg) _,
            p = in(reg) table.as_ptr(),
        );
    }
    v
}

fn main() {
    println!("{}", rotate(black_box(5), &[1, 1000, 2, 3]));
}
