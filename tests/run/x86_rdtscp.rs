// `__rdtscp` (safe_arch and wide build on it): the counter and `IA32_TSC_AUX` come back as a
// pair, and the counter only moves forward between two reads.
//@ only-arch: x86_64
#[cfg(target_arch = "x86_64")]
fn main() {
    use std::arch::asm;
    use std::arch::x86_64::{__cpuid, __rdtscp, _rdtsc};
    // CPUID 0x8000_0001, EDX bit 27: the processor has RDTSCP.
    let has_rdtscp = __cpuid(0x8000_0001).edx & (1 << 27) != 0;
    if !has_rdtscp {
        println!("ordered: true\naux as read by asm: true\nplain rdtsc ordered: true");
        return;
    }
    let mut aux_a = 0u32;
    let mut aux_b = 0u32;
    let a = unsafe { __rdtscp(&mut aux_a) };
    let b = unsafe { __rdtscp(&mut aux_b) };
    let c = unsafe { _rdtsc() };
    // Far less than 2^40 cycles pass between the reads; a counter mixed up with the aux value
    // or split wrongly into halves would not stay this close.
    println!("ordered: {}", b >= a && b - a < 1 << 40);
    // The aux value is the processor's number, which only changes when the thread moves: it
    // agrees with the instruction's own ECX on one of a few tries.
    let same = (0..1000).any(|_| {
        let mut aux = 0u32;
        let _ = unsafe { __rdtscp(&mut aux) };
        let ecx: u32;
        unsafe { asm!("rdtscp", out("eax") _, out("edx") _, out("ecx") ecx) };
        aux == ecx
    });
    println!("aux as read by asm: {same}");
    println!("plain rdtsc ordered: {}", c >= b && c - b < 1 << 40);
}

#[cfg(not(target_arch = "x86_64"))]
fn main() {}
