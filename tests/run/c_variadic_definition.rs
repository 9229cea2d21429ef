// C-variadic functions defined in Rust (`...` parameters; this was refused): integer, pointer,
// `i128` and `f64` arguments read in order with `VaList::next_arg`, more of them than argument
// registers (the overflow area), fixed parameters of both register classes before them, copies
// of a `VaList` that continue independently, a `VaList` handed to another function, and calls
// through a function pointer.
#![feature(c_variadic, c_variadic_int128)]
use std::ffi::{VaList, c_char, c_double, c_int, c_long};

/// Sums `count` arguments, each announced by a tag: b'i' c_int, b'l' c_long, b'd' c_double,
/// b'p' a pointer to c_long, b'q' an i128.
unsafe extern "C" fn sum(tags: *const c_char, args: ...) -> c_double {
    unsafe { vsum(tags, args.clone()) + 0.0 * vsum(tags, args) }
}

unsafe fn vsum(tags: *const c_char, mut args: VaList<'_>) -> c_double {
    let mut total = 0.0;
    let mut i = 0;
    loop {
        let tag = unsafe { *tags.add(i) } as u8;
        i += 1;
        let value = match tag {
            0 => break,
            b'i' => unsafe { args.next_arg::<c_int>() as f64 },
            b'l' => unsafe { args.next_arg::<c_long>() as f64 },
            b'd' => unsafe { args.next_arg::<c_double>() },
            b'p' => unsafe { *args.next_arg::<*const c_long>() as f64 },
            b'q' => unsafe { args.next_arg::<i128>() as f64 },
            _ => unreachable!(),
        };
        println!("  {} -> {value}", tag as char);
        total += value;
    }
    total
}

/// Many fixed parameters in registers, then the variadic part.
unsafe extern "C" fn after_fixed(a: i64, b: f64, c: i32, d: f64, e: u8, mut args: ...) -> i64 {
    let x = unsafe { args.next_arg::<c_long>() };
    let y = unsafe { args.next_arg::<c_double>() };
    let z = unsafe { args.next_arg::<c_long>() };
    let w = unsafe { args.next_arg::<c_double>() };
    println!("  fixed {a} {b} {c} {d} {e}; varargs {x} {y} {z} {w}");
    a + c as i64 + e as i64 + x + z + (b + d + y + w) as i64
}

/// Copies made part way through continue from where the original was.
unsafe extern "C" fn copies(n: c_int, mut args: ...) -> c_long {
    let first = unsafe { args.next_arg::<c_long>() };
    let mut copy = args.clone();
    let second = unsafe { args.next_arg::<c_long>() };
    let again = unsafe { copy.next_arg::<c_long>() };
    println!("  n={n} {first} {second} {again}");
    first * 100 + second * 10 + again
}

fn main() {
    let tags = c"iidldpiq";
    let big: c_long = 1 << 40;
    let r = unsafe { sum(tags.as_ptr(), 1 as c_int, -2 as c_int, 2.5f64, 7 as c_long, -0.25f64, &big as *const c_long, 3 as c_int, (1i128 << 70) + 5) };
    println!("sum {r}");
    // More than 6 integer and 8 float variadic arguments: the overflow area.
    let many = c"ddddddddddiiiiiiiilq";
    let r = unsafe {
        sum(many.as_ptr(), 1.0f64, 2.0f64, 3.0f64, 4.0f64, 5.0f64, 6.0f64, 7.0f64, 8.0f64, 9.5f64, 10.5f64,
            1 as c_int, 2 as c_int, 3 as c_int, 4 as c_int, 5 as c_int, 6 as c_int, 7 as c_int, 8 as c_int, -9 as c_long, -(1i128 << 100))
    };
    println!("sum {r}");
    let r = unsafe { after_fixed(1, 2.5, 3, 4.5, 5, 6 as c_long, 7.25f64, 8 as c_long, 9.75f64) };
    println!("after_fixed {r}");
    let r = unsafe { copies(2, 4 as c_long, 6 as c_long) };
    println!("copies {r}");
    let f: unsafe extern "C" fn(*const c_char, ...) -> c_double = sum;
    let r = unsafe { f(c"li".as_ptr(), 5 as c_long, 9 as c_int) };
    println!("through a pointer {r}");
}
