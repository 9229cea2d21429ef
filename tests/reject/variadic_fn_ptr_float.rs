// A C-variadic call through a function pointer with floating-point arguments goes through a
// trampoline that gets the target in an integer argument register the call leaves free (the
// callee reads `al`, x86_64 SysV). With all six taken by the call's own arguments it would
// need the stack: a clear error, not a callee that reads zeros.
//@ only-arch: x86_64
//@ error: calling a C-variadic function pointer with floating-point arguments and six integer arguments is not yet supported
use std::ffi::{c_char, c_int};

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

fn main() {
    let f: unsafe extern "C" fn(*mut c_char, usize, *const c_char, ...) -> c_int = snprintf;
    let mut buf = [0u8; 64];
    let fmt = c"%d %d %d %.1f".as_ptr();
    let n = unsafe { f(buf.as_mut_ptr().cast(), 64, fmt, 1 as c_int, 2 as c_int, 3 as c_int, 2.5f64) };
    println!("{n}");
}
