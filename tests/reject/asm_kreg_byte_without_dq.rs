// A one-byte `kreg` operand needs `kmovb`, an AVX512DQ instruction, to move between the mask
// register and memory; with AVX512F alone LLVM widens it through a general register, which the
// asm wrapper does not do yet: a clear error instead of code that faults on such a CPU.
//@ only-arch: x86_64
//@ error: a one-byte `kreg` operand in `asm!` without `avx512dq` is not yet supported
use std::arch::asm;

#[target_feature(enable = "avx512f")]
unsafe fn invert(c: u8) -> u8 {
    let z: u8;
    unsafe {
        asm!("knotw {z}, {c}", c = in(kreg) c, z = out(kreg) z);
    }
    z
}

fn main() {
    if is_x86_feature_detected!("avx512f") {
        println!("{}", unsafe { invert(3) });
    }
}
