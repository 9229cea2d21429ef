// `-Ctarget-cpu` on aarch64 decides which `cfg(target_feature)` hold, as LLVM says the CPU has
// them (asked of the LLVM-backed rustc); code selected by them must match under both backends.
//@ only-arch: aarch64
//@ compile-flags: -Ctarget-cpu=neoverse-n1 -Ctarget-feature=+sha3
use std::sync::atomic::{AtomicU64, Ordering};

fn main() {
    for (name, on) in [
        ("neon", cfg!(target_feature = "neon")),
        ("lse", cfg!(target_feature = "lse")),
        ("crc", cfg!(target_feature = "crc")),
        ("rcpc", cfg!(target_feature = "rcpc")),
        ("dotprod", cfg!(target_feature = "dotprod")),
        ("sha3", cfg!(target_feature = "sha3")),
        ("sve", cfg!(target_feature = "sve")),
    ] {
        println!("{name} {on}");
    }
    // Atomics must work whether or not LSE instructions are assumed.
    let counter = AtomicU64::new(5);
    counter.fetch_add(7, Ordering::SeqCst);
    println!("{:?}", counter.compare_exchange(12, 1, Ordering::AcqRel, Ordering::Relaxed));
    #[cfg(target_feature = "crc")]
    println!("crc32 {:#x}", unsafe { std::arch::aarch64::__crc32w(0, std::hint::black_box(0x1234_5678)) });
}
