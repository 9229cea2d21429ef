// Line tables: breakpoints by file:line and by function, `next`, `step` into a call and
// `finish` out of it, and `bt`, in functions without parameters (their values are #8's second
// part).
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn bump() {
    let before = COUNTER.load(Ordering::Relaxed);
    COUNTER.store(before + 2, Ordering::Relaxed);
}

fn twice() {
    bump();
    bump();
}

fn main() {
    let start = COUNTER.load(Ordering::Relaxed);
    twice();
    let after = COUNTER.load(Ordering::Relaxed);
    println!("{start} -> {after}");
    for _ in 0..3 {
        bump();
    }
    println!("end {}", COUNTER.load(Ordering::Relaxed));
}
