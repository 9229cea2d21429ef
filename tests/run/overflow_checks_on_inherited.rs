// With overflow checks on, also at -O, the checks in core's `#[rustc_inherit_overflow_checks]`
// functions (`Sum`, `Product`, operator traits, `Step`) panic as in the crate's own code.
//@ compile-flags: -Coverflow-checks=on
use std::hint::black_box;
use std::ops::{Add, Neg, Shl};
use std::panic::catch_unwind;

fn report(name: &str, r: std::thread::Result<String>) {
    match r {
        Ok(v) => println!("{name}: {v}"),
        Err(e) => {
            println!("{name}: panicked: {}", e.downcast_ref::<&str>().copied().unwrap_or("?"))
        }
    }
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    report("sum", catch_unwind(|| black_box([u64::MAX, 2]).iter().sum::<u64>().to_string()));
    report("sum ok", catch_unwind(|| black_box([7u64, 2]).iter().sum::<u64>().to_string()));
    report(
        "product",
        catch_unwind(|| black_box([i32::MAX, 3]).iter().product::<i32>().to_string()),
    );
    report("add", catch_unwind(|| Add::add(black_box(u32::MAX), 10).to_string()));
    report("neg", catch_unwind(|| Neg::neg(black_box(i32::MIN)).to_string()));
    report("shl", catch_unwind(|| Shl::shl(black_box(1u32), black_box(40u32)).to_string()));
    report(
        "range",
        catch_unwind(|| format!("{:?}", (black_box(250u8)..).take(10).collect::<Vec<_>>())),
    );
}
