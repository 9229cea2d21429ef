//@ only-arch: x86_64
// `asm!` with AVX-512 `zmm_reg` operands (and explicit `zmm`/`xmm16+` registers, the `x`/`y`
// modifiers): 64-byte values in and out of the operand area. Runs only where the CPU has
// AVX-512F; both builds print the same line otherwise.
use std::arch::asm;
use std::arch::x86_64::__m512i;

#[target_feature(enable = "avx512f")]
unsafe fn roundtrip(input: &[u8; 64]) -> [u8; 64] {
    let mut output = [0u8; 64];
    unsafe {
        asm!(
            "vmovdqu64 {z}, [{i}]",
            "vmovdqu64 [{o}], {z}",
            i = in(reg) input.as_ptr(),
            o = in(reg) output.as_mut_ptr(),
            z = out(zmm_reg) _,
        );
    }
    output
}

#[target_feature(enable = "avx512f")]
unsafe fn add_lanes(a: __m512i, b: __m512i) -> __m512i {
    let out: __m512i;
    unsafe {
        asm!("vpaddd {o}, {a}, {b}", a = in(zmm_reg) a, b = in(zmm_reg) b, o = lateout(zmm_reg) out);
    }
    out
}

#[target_feature(enable = "avx512f")]
unsafe fn high_regs(a: __m512i) -> (__m512i, u64) {
    let out: __m512i;
    let low: u64;
    unsafe {
        asm!(
            "vmovdqa64 zmm17, zmm20",
            "vpaddq zmm17, zmm17, zmm17",
            "vmovdqa64 {x}, zmm17",
            "vmovq {low}, {x:x}",
            in("zmm20") a,
            out("zmm17") out,
            x = out(zmm_reg) _,
            low = out(reg) low,
        );
    }
    (out, low)
}

fn main() {
    if !is_x86_feature_detected!("avx512f") {
        println!("no avx512f");
        return;
    }
    let input: [u8; 64] = std::array::from_fn(|i| (i * 7 + 3) as u8);
    let output = unsafe { roundtrip(&input) };
    println!("{}", input == output);

    let a: [u32; 16] = std::array::from_fn(|i| i as u32 * 1000);
    let b: [u32; 16] = std::array::from_fn(|i| 0xffff_0000 + i as u32);
    let sum: [u32; 16] = unsafe {
        std::mem::transmute(add_lanes(std::mem::transmute(a), std::mem::transmute(b)))
    };
    println!("{sum:x?}");

    let q: [u64; 8] = std::array::from_fn(|i| (i as u64 + 1) << 40);
    let (doubled, low) = unsafe { high_regs(std::mem::transmute(q)) };
    let doubled: [u64; 8] = unsafe { std::mem::transmute(doubled) };
    println!("{doubled:x?} {low:#x}");
}
