// A one-byte `kreg` operand where AVX512DQ (and with it `kmovb`) is not enabled: the mask
// moves as a word. It was refused. The word's high byte is unspecified (LLVM leaves whatever
// its register held), so only the low byte of `wide` is printed.
//@ only-arch: x86_64
use std::arch::asm;
use std::hint::black_box;

#[target_feature(enable = "avx512f")]
unsafe fn invert(c: u8) -> (u8, u32, u8) {
    let z: u8;
    let wide: u32;
    let mut acc = c;
    unsafe {
        asm!(
            "knotw {z}, {c}",
            "kmovw {wide:e}, {c}",
            "kaddw {acc}, {acc}, {c}",
            c = in(kreg) c,
            z = out(kreg) z,
            wide = out(reg) wide,
            acc = inout(kreg) acc,
        );
    }
    (z, wide & 0xff, acc)
}

fn main() {
    if is_x86_feature_detected!("avx512f") {
        for c in [0u8, 3, 0x80, 0xff] {
            println!("{c:#x}: {:x?}", unsafe { invert(black_box(c)) });
        }
    } else {
        println!("no avx512f");
    }
}
