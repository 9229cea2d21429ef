// The address of a naked `extern "custom"` function (as compiler-builtins defines them), called
// from `asm!`: its declaration needs a calling convention even though Rust never calls it.
//@ only-arch: x86_64
#![feature(abi_custom)]
use std::arch::naked_asm;
#[unsafe(naked)]
unsafe extern "custom" fn add_rdi_rsi() {
    naked_asm!("lea rax, [rdi + rsi]", "ret")
}
fn main() {
    let p = add_rdi_rsi as unsafe extern "custom" fn();
    let r: u64;
    unsafe { std::arch::asm!("call {f}", f = in(reg) p, in("rdi") 40u64, in("rsi") 2u64, out("rax") r, clobber_abi("C")); }
    println!("{r} {}", p as usize != 0);
}
