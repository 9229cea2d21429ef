//! A dependency whose objects only reach the binary through the LTO module.

use std::cell::Cell;

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

pub struct Square(pub f64);
pub struct Circle(pub f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle {}", self.0)
    }
}

thread_local! {
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

pub fn checked_div(a: u64, b: u64) -> Result<u64, String> {
    CALLS.with(|c| c.set(c.get() + 1));
    a.checked_div(b).ok_or_else(|| format!("{a} / 0"))
}

pub fn calls() -> u32 {
    CALLS.with(Cell::get)
}

pub fn must_be_small(n: u32) -> u32 {
    assert!(n < 10, "{n} is not small");
    n
}

pub fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    items.iter().copied().fold(None, |best, x| match best {
        Some(b) if b >= x => Some(b),
        _ => Some(x),
    })
}

// Assembly in a dependency: our backend puts it in a separate object of the rlib, which the
// LTO module must take in as well as the CGU objects.
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl helper_asm_triple",
    "helper_asm_triple:",
    "    lea rax, [rdi + rdi*2] // three times the argument",
    "    ret",
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".globl helper_asm_triple",
    "helper_asm_triple:",
    "    add x0, x0, x0, lsl #1 // three times the argument",
    "    ret",
);

unsafe extern "C" {
    fn helper_asm_triple(x: u64) -> u64;
}

pub fn asm_triple(x: u64) -> u64 {
    unsafe { helper_asm_triple(x) }
}

unsafe extern "Rust" {
    /// Defined by no crate of this build, like defmt's `_defmt_acquire` without a global logger.
    fn provided_by_nobody();
}

/// Never called: the final link must drop it with its reference to the missing symbol, as
/// LLVM's LTO drops unused functions (our LTO module once merged all function sections into one).
pub fn never_called() {
    unsafe { provided_by_nobody() }
}
