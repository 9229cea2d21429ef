// x86_64 SysV: a C-variadic callee reads from `al` how many vector registers carry arguments.
// Calls through a function pointer with floating-point arguments go through a trampoline that
// gets the target in the first integer argument register the call leaves free: here after
// three to five integer arguments, with a struct returned through memory, and with the pointer
// taken from a table so no call can be resolved at compile time.
#![feature(c_variadic)]
use std::ffi::{CStr, c_char, c_int};
use std::hint::black_box;

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

type Snprintf = unsafe extern "C" fn(*mut c_char, usize, *const c_char, ...) -> c_int;

#[repr(C)]
#[derive(Debug)]
struct Wide {
    a: f64,
    b: u64,
    c: [u32; 5],
}

/// A Rust-defined C-variadic function, called through a pointer like the C ones.
unsafe extern "C" fn wide(n: c_int, mut args: ...) -> Wide {
    let mut w = Wide { a: 0.0, b: 0, c: [0; 5] };
    for i in 0..n as usize {
        w.a += unsafe { args.next_arg::<f64>() };
        w.c[i % 5] = unsafe { args.next_arg::<u32>() };
        w.b += w.c[i % 5] as u64;
    }
    w
}

fn show(buf: &[u8], r: c_int) {
    let s = CStr::from_bytes_until_nul(buf).unwrap().to_str().unwrap();
    println!("{r} [{s}]");
}

fn main() {
    let table: [Snprintf; 2] = [snprintf, snprintf];
    let f = table[black_box(1)];
    let mut buf = [0u8; 256];
    let p = buf.as_mut_ptr().cast::<c_char>();
    let x = black_box(2.5f64);
    unsafe {
        let r = f(p, 256, c"%.1f".as_ptr(), x);
        show(&buf, r);
        let r = f(p, 256, c"%d %.3f %d".as_ptr(), 7 as c_int, x * 3.0, -1 as c_int);
        show(&buf, r);
        let r = f(
            p,
            256,
            c"%g %g %g %g %g %g %g %g %g %g %d".as_ptr(),
            x,
            x + 1.0,
            x + 2.0,
            x + 3.0,
            x + 4.0,
            x + 5.0,
            x + 6.0,
            x + 7.0,
            x + 8.0,
            x + 9.0,
            42 as c_int,
        );
        show(&buf, r);
        let r = f(p, 256, c"%ld %ld %.2e".as_ptr(), 1i64 << 40, -5i64, 1.0e-7f64);
        show(&buf, r);
    }
    let g: unsafe extern "C" fn(c_int, ...) -> Wide = black_box(wide);
    let w = unsafe { g(3, 1.5f64, 10u32, 2.25f64, 20u32, x, 30u32) };
    println!("{w:?}");
    let w = unsafe { g(black_box(0)) };
    println!("{w:?}");
}
