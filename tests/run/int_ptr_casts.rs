// Integer <-> pointer `as` casts for every integer width (found through rustix's
// `fd.as_raw_fd() as *mut c_void`): an `i32`/`u8`/`i128` source or target was an ICE ("bitcast
// between i32 and i64") or, through memory, garbage in the upper bytes. Signed integers become
// addresses sign-extended, addresses become narrower integers truncated and wider ones
// zero-extended.

use std::hint::black_box;

macro_rules! to_ptr {
    ($($t:ty),*) => {$(
        let x: $t = black_box(<$t>::MAX);
        let y: $t = black_box(<$t>::MIN);
        let z: $t = black_box(7 as $t);
        println!("{:>5}: {:p} {:p} {:p}", stringify!($t), x as *const u8, y as *mut u16, z as *const ());
    )*};
}

macro_rules! from_ptr {
    ($p:expr; $($t:ty),*) => {$(
        println!("{:>5}: {}", stringify!($t), $p as $t);
    )*};
}

#[inline(never)]
fn fd_to_ptr(fd: i32) -> *mut std::ffi::c_void {
    fd as *mut std::ffi::c_void
}

#[inline(never)]
fn low_byte(p: *const u8) -> u8 {
    p as u8
}

fn main() {
    println!("{:p} {:p}", fd_to_ptr(black_box(-1)), fd_to_ptr(black_box(3)));
    println!("{}", low_byte(black_box(0x1ff as *const u8)));
    to_ptr!(i8, u8, i16, u16, i32, u32, i64, u64, isize, usize, i128, u128);
    let p = black_box(0x9234_5678_9abc_def0usize as *const u8);
    from_ptr!(p; i8, u8, i16, u16, i32, u32, i64, u64, isize, usize, i128, u128);
    let f: fn() = main;
    let addr = f as usize;
    println!("{}", addr as u8 == (f as *const () as usize) as u8);
}
