// `asm!` with `label` operands (asm goto): the template leaves through one of several Rust
// blocks or falls through, chosen at run time; also with `noreturn`, and in a loop.
use std::arch::asm;
use std::hint::black_box;

fn classify(x: u64) -> &'static str {
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!(
            "cmp {x}, 10",
            "jb {small}",
            "cmp {x}, 100",
            "jb {medium}",
            x = in(reg) x,
            small = label { return "small" },
            medium = label { return "medium" },
        );
        #[cfg(target_arch = "aarch64")]
        asm!(
            "cmp {x}, #10",
            "b.lo {small}",
            "cmp {x}, #100",
            "b.lo {medium}",
            x = in(reg) x,
            small = label { return "small" },
            medium = label { return "medium" },
        );
    }
    "large"
}

/// Every exit is a label: the block never falls through.
#[cfg(target_arch = "x86_64")]
fn parity(x: u64) -> bool {
    let even;
    unsafe {
        asm!(
            "test {x}, 1",
            "jnz {odd}",
            "jmp {even}",
            x = in(reg) x,
            odd = label { even = false },
            even = label { even = true },
            options(noreturn),
        )
    }
    even
}

#[cfg(target_arch = "aarch64")]
fn parity(x: u64) -> bool {
    let even;
    unsafe {
        asm!(
            "tbnz {x}, #0, {odd}",
            "b {even}",
            x = in(reg) x,
            odd = label { even = false },
            even = label { even = true },
            options(noreturn),
        )
    }
    even
}

fn main() {
    for x in [3, 10, 42, 99, 100, 12345] {
        println!("{x}: {}", classify(black_box(x)));
    }
    let mut evens = 0;
    let mut jumps = 0;
    for x in 0..20u64 {
        if parity(black_box(x)) {
            evens += 1;
        }
        // A label block that continues the loop instead of leaving the function.
        unsafe {
            #[cfg(target_arch = "x86_64")]
            asm!("cmp {0}, 15", "ja {1}", in(reg) x, label { jumps += 10; continue; });
            #[cfg(target_arch = "aarch64")]
            asm!("cmp {0}, #15", "b.hi {1}", in(reg) x, label { jumps += 10; continue; });
        }
        jumps += 1;
    }
    println!("evens {evens} jumps {jumps}");
}
