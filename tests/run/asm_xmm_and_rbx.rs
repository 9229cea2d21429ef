// Checks asm! with xmm registers, the reg_abcd class, clobbered callee-saved registers and preserved values around it.
//@ only-arch: x86_64
use std::arch::asm;
use std::arch::x86_64::{__m128i, _mm_set_epi32};

fn main() {
    let a = unsafe { _mm_set_epi32(1, 2, 3, 4) };
    let b = unsafe { _mm_set_epi32(10, 20, 30, 40) };
    let sum: __m128i;
    unsafe { asm!("movdqa {s}, {a}", "paddd {s}, {b}", a = in(xmm_reg) a, b = in(xmm_reg) b, s = out(xmm_reg) sum) };
    let lanes: [i32; 4] = unsafe { std::mem::transmute(sum) };
    let kept = [7u64, 8, 9, 10, 11];
    let mut v: u32 = 0x1234;
    unsafe {
        asm!(
            "mov r12, 1", "mov r13, 2", "mov r14, 3", "mov r15, 4",
            "add {v:x}, 1",
            v = inout(reg_abcd) v,
            out("r12") _, out("r13") _, out("r14") _, out("r15") _,
        )
    };
    let mut w: u32 = 0x0102;
    unsafe { asm!("add {w:h}, 5", w = inout(reg_abcd) w) };
    println!("{lanes:?} {v:#x} {w:#x} {}", kept.iter().sum::<u64>());
}
