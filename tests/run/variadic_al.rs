// x86_64 SysV: a variadic callee reads from `al` whether vector registers carry arguments, so
// every variadic call must set it. Doubles passed right after calls that leave zero in `rax`
// (and the same through a function pointer without floats, which needs no `al`).
use std::ffi::{c_char, c_int, CStr};
use std::hint::black_box;

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

#[inline(never)]
fn zero() -> u64 {
    black_box(0)
}

fn show(buf: &[u8], r: c_int) {
    let s = CStr::from_bytes_until_nul(buf).unwrap().to_str().unwrap();
    println!("{r} [{s}]");
}

fn main() {
    let mut buf = [0u8; 128];
    let p = buf.as_mut_ptr().cast::<c_char>();
    for i in 0..3 {
        let x = zero() as f64 + 1.5 * i as f64;
        let z = zero();
        let r = unsafe { snprintf(p, 128, c"%.2f %d %.1f".as_ptr(), x, z as c_int, black_box(2.5f64)) };
        show(&buf, r);
    }
    let y = black_box(0.0f64);
    let r = unsafe { snprintf(p, 128, c"%g|%g|%g".as_ptr(), y, y - 1.0, zero() as f64) };
    show(&buf, r);
    let f: unsafe extern "C" fn(*mut c_char, usize, *const c_char, ...) -> c_int = snprintf;
    let r = unsafe { f(p, 128, c"%d-%s".as_ptr(), 42 as c_int, c"ptr".as_ptr()) };
    show(&buf, r);
}
