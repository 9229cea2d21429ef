// A `no_std` program defining the unwinding personality itself (as std does): functions with
// landing pads point their frame info at this definition.
#![no_std]
#![no_main]
#![feature(lang_items)]
#![allow(internal_features)]

#[link(name = "c")]
unsafe extern "C" {
    fn printf(format: *const u8, ...) -> i32;
}

#[lang = "eh_personality"]
extern "C" fn rust_eh_personality(
    _version: i32,
    _actions: i32,
    _class: u64,
    _exception: *mut u8,
    _context: *mut u8,
) -> i32 {
    // _URC_FATAL_PHASE1_ERROR: nothing here unwinds.
    3
}

/// No unwinder is linked and nothing unwinds; landing pads resume here. (A `core` built by
/// LLVM needs none for this program: optimizing, LLVM proves the calls it makes cannot unwind.)
#[unsafe(no_mangle)]
extern "C" fn _Unwind_Resume(_exception: *mut u8) -> ! {
    loop {}
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        unsafe { printf(c"drop %d\n".as_ptr().cast(), self.0) };
    }
}

/// Not inlined, and may unwind as far as the caller knows, so the caller needs a landing pad.
#[inline(never)]
fn announce(n: i32) {
    unsafe { printf(c"announce %d\n".as_ptr().cast(), n) };
}

/// Keeps `value` alive across a call that may unwind; with a type without drop glue, its
/// cleanup does nothing.
#[inline(never)]
fn keep_across_call<T>(value: T, n: i32) -> T {
    announce(n);
    value
}

#[unsafe(no_mangle)]
extern "C" fn main() -> i32 {
    let first = Noisy(1);
    announce(core::hint::black_box(7));
    let second = Noisy(2);
    announce(8);
    let kept = keep_across_call(40, 9) + keep_across_call(2u8, 10) as i32;
    unsafe { printf(c"kept %d\n".as_ptr().cast(), kept) };
    drop(first);
    drop(second);
    3
}
