//! With optimizations, a large value that MIR moves through temporaries (inlined `mem::zeroed`:
//! `_4 = move _5; _1 = copy _4 as T (Transmute)`) keeps one stack slot, as LLVM's stack
//! colouring gives it: three slots of 1 MiB each overflowed a thread's 2 MiB stack where LLVM's
//! build ran (rustc's ui test `codegen/init-large-type.rs`). The frames are measured against
//! the size of one copy, and the values checked. Without optimizations LLVM keeps more copies.
//! A `MaybeUninit` written through a pointer and then read into a variable keeps two slots
//! (its storage lasts to the end of the scope, and we do not follow the pointer), so only its
//! value is checked.
//@ compile-flags: -Copt-level=2

use std::hint::black_box;

const N: usize = 64 * 1024;

#[inline(never)]
fn stack_address() -> usize {
    let x = 0u8;
    black_box(&x) as *const u8 as usize
}

#[inline(never)]
fn zeroed_local() -> (usize, u64) {
    let m: [u8; N] = unsafe { std::mem::zeroed() };
    let sum = black_box(&m).iter().map(|&b| u64::from(b)).sum();
    (stack_address(), sum)
}

#[inline(never)]
fn moved_twice(fill: u8) -> (usize, u64) {
    let a = [fill; N];
    let b = a;
    let c = b;
    let sum = black_box(&c).iter().map(|&b| u64::from(b)).sum();
    (stack_address(), sum)
}

#[inline(never)]
fn maybe_uninit_written(fill: u8) -> (usize, u64) {
    let mut m = std::mem::MaybeUninit::<[u8; N]>::uninit();
    unsafe { m.as_mut_ptr().write_bytes(fill, 1) };
    let m = unsafe { m.assume_init() };
    let sum = black_box(&m).iter().map(|&b| u64::from(b)).sum();
    (stack_address(), sum)
}

fn report(name: &str, base: usize, (inner, sum): (usize, u64)) {
    let used = base - inner;
    // One copy plus room for the rest of the frame; two copies would not fit.
    println!("{name}: sum {sum}, one copy on the stack: {}", used < N + N / 2);
}

fn main() {
    let base = stack_address();
    report("zeroed", base, zeroed_local());
    report("moved twice", base, moved_twice(3));
    println!("maybe uninit: sum {}", maybe_uninit_written(5).1);
    let ok = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(|| {
            let big: [u8; 1024 * 1024] = unsafe { std::mem::zeroed() };
            black_box(&big);
        })
        .and_then(|t| t.join().map_err(|_| std::io::Error::other("panicked")))
        .is_ok();
    println!("1 MiB on a 2 MiB thread: {ok}");
}
