// `asm!` with `options(may_unwind)` calling a function that panics: the unwind goes through the
// asm wrapper's frame (described by its call frame information) into the caller's landing pad,
// which drops the guard, and on to `catch_unwind`; also through a caller without cleanup.
// It used to be refused as not yet supported.
#![feature(asm_unwind)]
use std::arch::asm;
use std::panic::catch_unwind;

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

extern "C-unwind" fn may_panic(x: u64) -> u64 {
    if x > 10 {
        panic!("too big: {}", x);
    }
    x * 2
}

#[inline(never)]
fn call_in_asm(x: u64) -> u64 {
    let out: u64;
    unsafe {
        #[cfg(target_arch = "x86_64")]
        asm!(
            "call {f}",
            f = sym may_panic,
            inout("rdi") x => _,
            out("rax") out,
            clobber_abi("C"),
            options(may_unwind),
        );
        #[cfg(target_arch = "aarch64")]
        asm!(
            "bl {f}",
            f = sym may_panic,
            inout("x0") x => out,
            clobber_abi("C"),
            options(may_unwind),
        );
    }
    out
}

#[inline(never)]
fn guarded(x: u64) -> u64 {
    let _guard = Guard("guarded");
    let kept = std::hint::black_box(x + 1000);
    let out = call_in_asm(x) + call_in_asm(x / 2);
    out + kept - 1000
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        println!("panicked: {}", info.payload_as_str().unwrap_or("?"));
    }));
    println!("{:?}", catch_unwind(|| guarded(3)));
    println!("{:?}", catch_unwind(|| guarded(30)).is_err());
    println!("{:?}", catch_unwind(|| call_in_asm(40)).is_err());
    println!("{:?}", catch_unwind(|| guarded(18)).is_err());
}
