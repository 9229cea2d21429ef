// `asm!` goto with outputs: the outputs hold on the fall-through path and in the label blocks,
// also when an output sits in the register the wrapper returns its exit in (rax, x0), and
// with a class operand the allocator may put there.
#![feature(asm_goto_with_outputs)]
use std::arch::asm;
use std::hint::black_box;

#[inline(never)]
fn step(x: u64) -> (u64, u64, &'static str) {
    let a: u64;
    let b: u64;
    let mut path = "fell through";
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!(
            "lea rax, [{x} + 1]",
            "lea {b}, [{x} + 2]",
            "cmp {x}, 10",
            "jb {small}",
            "cmp {x}, 100",
            "jb {medium}",
            x = in(reg) x,
            b = out(reg) b,
            out("rax") a,
            small = label { path = "small"; },
            medium = label { path = "medium"; },
        );
        #[cfg(target_arch = "aarch64")]
        asm!(
            "add x0, {x}, #1",
            "add {b}, {x}, #2",
            "cmp {x}, #10",
            "b.lo {small}",
            "cmp {x}, #100",
            "b.lo {medium}",
            x = in(reg) x,
            b = out(reg) b,
            out("x0") a,
            small = label { path = "small"; },
            medium = label { path = "medium"; },
        );
    }
    (a, b, path)
}

#[inline(never)]
fn class_only(x: u64) -> (u64, bool) {
    let out: u64;
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!(
            "lea {o}, [{x} * 2 + 1]",
            "test {x}, 1",
            "jnz {odd}",
            x = in(reg) x,
            o = out(reg) out,
            odd = label { return (out, true) },
        );
        #[cfg(target_arch = "aarch64")]
        asm!(
            "lsl {o}, {x}, #1",
            "add {o}, {o}, #1",
            "tbnz {x}, #0, {odd}",
            x = in(reg) x,
            o = out(reg) out,
            odd = label { return (out, true) },
        );
    }
    (out, false)
}

fn main() {
    for x in [3u64, 50, 1000] {
        println!("{:?}", step(black_box(x)));
    }
    for x in [0x1234_5678u64, 7] {
        println!("{:?}", class_only(black_box(x)));
    }
}
