// Inline assembly on aarch64: register classes and modifiers, explicit registers, callee-saved
// and link registers, vector registers by view, const and sym operands, local labels.
//@ only-arch: aarch64
use std::arch::asm;
use std::hint::black_box;

extern "C" fn times_ten(x: u64) -> u64 {
    x * 10
}

static TABLE: [u32; 4] = [11, 22, 33, 44];

fn main() {
    let (a, b): (u64, u64) = (black_box(40), black_box(2));
    let c: u64;
    unsafe { asm!("add {c}, {a}, {b}", a = in(reg) a, b = in(reg) b, c = out(reg) c) };

    // 32-bit views wrap at 32 bits and zero the upper half.
    let mut w: u32 = black_box(0xffff_fff0);
    unsafe { asm!("add {0:w}, {0:w}, #0x20", inout(reg) w) };

    // Explicit registers, including the area register x0 and callee-saved x20/x28.
    let (r0, r20): (u64, u64);
    unsafe {
        asm!(
            "add x0, x0, x5",
            "mov x20, #7",
            "mul x20, x20, x28",
            inout("x0") black_box(100u64) => r0,
            in("x5") 23u64,
            in("x28") 6u64,
            lateout("x20") r20,
        )
    };

    // A loop with a local label: count the set bits of a value.
    let mut bits = black_box(0b1011_0110_u64);
    let count: u64;
    unsafe {
        asm!(
            "mov {n}, #0",
            "1:",
            "cbz {v}, 2f",
            "sub {t}, {v}, #1",
            "and {v}, {v}, {t}",
            "add {n}, {n}, #1",
            "b 1b",
            "2:",
            v = inout(reg) bits,
            n = out(reg) count,
            t = out(reg) _,
        )
    };

    // Scalar views of vector registers: f32 and f64 arithmetic, rounding to nearest even.
    let mut f: f32 = black_box(2.5);
    unsafe { asm!("frintn {0:s}, {0:s}", inout(vreg) f, options(nomem, nostack, pure)) };
    let mut g: f32 = black_box(3.5);
    unsafe { asm!("frintn {0:s}, {0:s}", inout(vreg) g, options(nomem, nostack, pure)) };
    let d: f64;
    unsafe { asm!("fmul {d:d}, {x:d}, {y:d}", x = in(vreg) 1.5f64, y = in(vreg) -4.0f64, d = lateout(vreg) d) };

    // Whole vectors by the `v` view, in the low-16 class and an explicit high register.
    let lanes: std::arch::aarch64::uint32x4_t = unsafe { std::mem::transmute([1u32, 2, 3, 4]) };
    let sum: std::arch::aarch64::uint32x4_t;
    unsafe {
        asm!(
            "add {s:v}.4s, {x:v}.4s, v31.4s",
            x = in(vreg_low16) lanes,
            in("v31") lanes,
            s = lateout(vreg) sum,
        )
    };
    let sum: [u32; 4] = unsafe { std::mem::transmute(sum) };

    // Callee-saved vector registers: the wrapper must give back v8's low half.
    let kept = black_box(1.25f64);
    unsafe { asm!("fmov d8, #2.0", "fmov d9, #3.0", out("v8") _, out("v9") _) };

    // A call through `sym`, clobbering what the C ABI lets a call clobber (x30 included).
    let called: u64;
    unsafe {
        asm!(
            "bl {f}",
            f = sym times_ten,
            inout("x0") 9u64 => called,
            clobber_abi("C"),
        )
    };

    // `const` operands and the address of a static through `sym`.
    let k: u64;
    unsafe { asm!("mov {0}, #{k}", out(reg) k, k = const 4321) };
    let third: u32;
    unsafe {
        asm!(
            "adrp {p}, {t}",
            "add {p}, {p}, :lo12:{t}",
            "ldr {r:w}, [{p}, #8]",
            t = sym TABLE,
            p = out(reg) _,
            r = out(reg) third,
        )
    };

    println!("{c} {w:#x} {r0} {r20} {count} {bits}");
    println!("{f} {g} {d} {sum:?} {kept}");
    println!("{called} {k} {third}");
}
