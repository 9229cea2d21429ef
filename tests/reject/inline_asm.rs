// Inline assembly must be rejected by the Cranelift backend with a clear error.
//@ error: inline assembly

#[cfg(target_arch = "x86_64")]
fn spin() -> u32 {
    unsafe {
        core::arch::asm!("nop");
    }
    1
}

fn main() {
    println!("{}", spin());
}
