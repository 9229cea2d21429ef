// Checks code paths crates use to probe the CPU: cpuid, xgetbv (llvm.x86.xgetbv), rdtsc and spin_loop (llvm.x86.sse2.pause).
//@ only-arch: x86_64
use std::arch::x86_64::{__cpuid, _rdtsc, _xgetbv};

fn main() {
    let leaf1 = unsafe { __cpuid(1) };
    let osxsave = leaf1.ecx & (1 << 27) != 0;
    if osxsave {
        let xcr0 = unsafe { _xgetbv(0) };
        // SSE and x87 state are always enabled by a 64-bit OS.
        println!("xcr0 has x87+sse: {}", xcr0 & 3 == 3);
    } else {
        println!("xcr0 has x87+sse: true");
    }
    let t0 = unsafe { _rdtsc() };
    for _ in 0..100 {
        std::hint::spin_loop();
    }
    let t1 = unsafe { _rdtsc() };
    println!("tsc moves forward: {}", t1 >= t0);
    println!("sse2 detected: {}", is_x86_feature_detected!("sse2"));
}
