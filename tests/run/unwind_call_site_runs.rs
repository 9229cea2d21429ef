// Unwinding out of each call of a function whose calls alternate between landing pads: none
// (nothing to drop yet), one cleanup, another cleanup, a run of calls sharing a cleanup, and a
// call inside a nested catch. The LSDA's call-site entries merge runs of calls with the same
// pad; a panic in any call must run exactly the drops in scope there and reach the catch.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static PANIC_AT: Cell<u32> = const { Cell::new(u32::MAX) };
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

#[inline(never)]
fn step(value: u64) -> u64 {
    let n = CALLS.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    if n == PANIC_AT.with(Cell::get) {
        panic!("step {n}");
    }
    value.wrapping_mul(31).wrapping_add(7)
}

#[inline(never)]
fn walk(seed: u64) -> u64 {
    let mut acc = step(seed);
    acc = step(acc);
    let first = Noisy("first");
    acc = step(acc);
    acc = step(acc);
    acc = step(acc);
    {
        let second = Noisy("second");
        acc = step(acc);
        drop(second);
    }
    acc = step(acc);
    let inner = catch_unwind(AssertUnwindSafe(|| {
        let _third = Noisy("third");
        step(acc)
    }));
    acc = match inner {
        Ok(value) => value,
        Err(_) => {
            println!("  caught inside");
            acc ^ 1
        }
    };
    let moved = Noisy("moved");
    acc = step(acc);
    std::mem::forget(moved);
    acc = step(acc);
    drop(first);
    step(acc)
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<String>().cloned().unwrap_or_default();
        println!("  panicked: {msg}");
    }));
    for at in 0..14 {
        PANIC_AT.with(|p| p.set(at));
        CALLS.with(|c| c.set(0));
        println!("panic at call {at}:");
        match catch_unwind(|| walk(3)) {
            Ok(value) => println!("  returned {value}"),
            Err(_) => println!("  caught in main"),
        }
    }
}
