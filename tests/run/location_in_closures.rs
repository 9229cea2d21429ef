// Checks std::panic::Location::caller() and panic locations inside closures, #[track_caller] closures, and a custom panic hook that prints the location line of a caught panic.
#![feature(closure_track_caller, stmt_expr_attributes)]
use std::hint::black_box;
use std::panic::{self, Location};
use std::sync::atomic::{AtomicU32, Ordering};

static HOOK_LINE: AtomicU32 = AtomicU32::new(0);
static HOOK_COL: AtomicU32 = AtomicU32::new(0);

#[track_caller]
fn loc_line() -> u32 {
    Location::caller().line()
}

fn call<F: Fn() -> u32>(f: F) -> u32 {
    f()
}

fn main() {
    let base = line!();
    let plain = || loc_line();
    let tracked = #[track_caller] || Location::caller().line();
    println!("plain closure offset {}", plain() - base);
    println!("plain closure via call offset {}", call(plain) - base);
    println!("tracked closure direct offset {}", tracked() - base);
    println!("tracked closure via generic call is inside call(): {}", call(tracked) < base);

    let nested = |x: u32| {
        let inner = |y: u32| loc_line() + y;
        inner(x) - x
    };
    println!("nested closure offset {}", nested(black_box(5)) - base);

    panic::set_hook(Box::new(|info| {
        if let Some(l) = info.location() {
            HOOK_LINE.store(l.line(), Ordering::SeqCst);
            HOOK_COL.store(l.column(), Ordering::SeqCst);
        }
        let msg = info.payload().downcast_ref::<String>().cloned().or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
        println!("hook saw message: {}", msg);
    }));

    let v: Vec<u32> = vec![black_box(1), 2, 3];
    let r = panic::catch_unwind(|| {
        let idx = black_box(10usize);
        v[idx]
    });
    println!("index panic caught {} at offset {} col {}", r.is_err(), HOOK_LINE.load(Ordering::SeqCst) - base, HOOK_COL.load(Ordering::SeqCst));

    let r = panic::catch_unwind(|| {
        let o: Option<u8> = black_box(None);
        o.expect("closure expect")
    });
    println!("expect panic caught {} at offset {} col {}", r.is_err(), HOOK_LINE.load(Ordering::SeqCst) - base, HOOK_COL.load(Ordering::SeqCst));

    let r = panic::catch_unwind(|| {
        let d = black_box(0u32);
        100 / d
    });
    println!("div panic caught {} at offset {} col {}", r.is_err(), HOOK_LINE.load(Ordering::SeqCst) - base, HOOK_COL.load(Ordering::SeqCst));

    let r = panic::catch_unwind(|| -> u32 { panic!("formatted {} {}", black_box(1), "two") });
    println!("explicit panic caught {} at offset {}", r.is_err(), HOOK_LINE.load(Ordering::SeqCst) - base);
}
