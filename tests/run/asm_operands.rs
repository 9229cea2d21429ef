// Checks inline assembly: register classes and modifiers, explicit registers, const and sym operands, AT&T syntax, cpuid, global_asm.
//@ only-arch: x86_64
use std::arch::{asm, global_asm};
global_asm!(
    ".globl triple_plus_one",
    "triple_plus_one:",
    "lea rax, [rdi + rdi*2 + 1]",
    "ret",
);
unsafe extern "C" { fn triple_plus_one(x: u64) -> u64; }
extern "C" fn helper(x: u64) -> u64 { x * 10 }
fn main() {
    let r = unsafe { std::arch::x86_64::__cpuid_count(0, 0) };
    println!("cpuid leaf0 max>0: {} vendor-len {}", r.eax > 0, [r.ebx, r.edx, r.ecx].iter().map(|v| v.to_le_bytes().len()).sum::<usize>());
    let a: u64 = 40; let b: u64 = 2; let c: u64;
    unsafe { asm!("mov {c}, {a}", "add {c}, {b}", a = in(reg) a, b = in(reg) b, c = out(reg) c) };
    let mut x: u32 = 5;
    unsafe { asm!("shl {0:e}, 3", inout(reg) x) };
    let y: u64;
    unsafe { asm!("mov {0}, 7", "imul {0}, {0}, 6", out(reg) y) };
    let mut z: u64 = 3;
    unsafe { asm!("addq $100, {0}", inout(reg) z, options(att_syntax)) };
    let w: u64;
    unsafe { asm!("call {f}", f = sym helper, in("rdi") 4u64, out("rax") w, clobber_abi("C")) };
    let v: u32;
    unsafe { asm!("mov eax, {k}", k = const 1234, out("eax") v) };
    println!("{c} {x} {y} {z} {w} {v} {}", unsafe { triple_plus_one(5) });
}
