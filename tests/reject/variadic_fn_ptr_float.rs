// A C-variadic call through a function pointer with floating-point arguments would need `al`
// set to the number of vector registers used (x86_64 SysV), which only direct calls get (a
// trampoline per target): a clear error, not a callee that reads zeros.
//@ only-arch: x86_64
//@ error: calling a C-variadic function pointer with floating-point arguments is not yet supported
use std::ffi::{c_char, c_int};

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

fn main() {
    let f: unsafe extern "C" fn(*mut c_char, usize, *const c_char, ...) -> c_int = snprintf;
    let mut buf = [0u8; 32];
    let n = unsafe { f(buf.as_mut_ptr().cast(), 32, c"%.1f".as_ptr(), 2.5f64) };
    println!("{n}");
}
