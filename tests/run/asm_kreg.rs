// AVX-512 mask registers in `asm!`: `kreg` operands of every width (`kmovb`/`w`/`d`/`q` by the
// operand's type) and an explicit `k` register; they were refused. On a machine without
// AVX-512 both builds print the same fallback line.
//@ only-arch: x86_64
use std::arch::asm;

#[target_feature(enable = "avx512f")]
unsafe fn mask16(a: u16, b: u16) -> (u16, u16, u16) {
    let and: u16;
    let not: u16;
    let fixed: u16;
    unsafe {
        asm!(
            "kandw {and}, {a}, {b}",
            "knotw {not}, {a}",
            "korw k3, {a}, {b}",
            "kmovw {fixed:e}, k3",
            a = in(kreg) a,
            b = in(kreg) b,
            and = out(kreg) and,
            not = out(kreg) not,
            fixed = out(reg) fixed,
            out("k3") _,
        );
    }
    (and, not, fixed)
}

#[target_feature(enable = "avx512f,avx512bw,avx512dq")]
unsafe fn mask_wide(a: u64, b: u32, c: u8) -> (u64, u32, u8) {
    let (x, y, z): (u64, u32, u8);
    unsafe {
        asm!(
            "kxorq {x}, {a}, {a}",
            "kaddq {x}, {x}, {a}",
            "kshiftrd {y}, {b}, 3",
            "knotb {z}, {c}",
            a = in(kreg) a,
            b = in(kreg) b,
            c = in(kreg) c,
            x = out(kreg) x,
            y = out(kreg) y,
            z = inout(kreg) c => z,
        );
    }
    (x, y, z)
}

fn main() {
    let (a, b) = std::hint::black_box((0xf0f0u16, 0x3c3cu16));
    if is_x86_feature_detected!("avx512f") {
        println!("{:x?}", unsafe { mask16(a, b) });
    } else {
        println!("no avx512f");
    }
    if is_x86_feature_detected!("avx512bw") && is_x86_feature_detected!("avx512dq") {
        let wide = std::hint::black_box((0x0123_4567_89ab_cdefu64, 0xdead_beefu32, 0x5au8));
        println!("{:x?}", unsafe { mask_wide(wide.0, wide.1, wide.2) });
    } else {
        println!("no avx512bw/dq");
    }
}
