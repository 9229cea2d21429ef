// Library half of the `c_variadic` multicrate case: C-variadic functions defined in Rust, one
// generic (instantiated by the binary's crate, so compiled by the binary's backend) and one not
// (compiled with the library), called with floating-point variadic arguments.
#![feature(c_variadic)]

use std::ffi::{c_double, c_int};

/// `x` plus the `count` doubles that follow.
pub unsafe extern "C" fn plus_doubles<T: Into<f64>>(x: T, count: c_int, mut args: ...) -> c_double {
    let mut total = x.into();
    for _ in 0..count {
        total += unsafe { args.next_arg::<c_double>() };
    }
    total
}

/// Alternately a double and a long, `count` of them.
pub unsafe extern "C" fn mixed(count: c_int, mut args: ...) -> c_double {
    let mut total = 0.0;
    for i in 0..count {
        total += if i % 2 == 0 {
            unsafe { args.next_arg::<c_double>() }
        } else {
            unsafe { args.next_arg::<i64>() as f64 }
        };
    }
    total
}

/// Nine fixed integers and nine fixed doubles: the last of each class arrive on the stack
/// (x86_64: from the seventh integer on), so the `...` arguments start after them.
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn past_registers(
    a: i64,
    b: i32,
    c: u8,
    d: i64,
    e: i64,
    f: i64,
    g: i64,
    h: i64,
    i: i64,
    x0: f64,
    x1: f32,
    x2: f64,
    x3: f64,
    x4: f64,
    x5: f64,
    x6: f64,
    x7: f64,
    x8: f64,
    count: c_int,
    mut args: ...
) -> c_double {
    let ints = [a, b.into(), c.into(), d, e, f, g, h, i];
    let floats = [x0, x1.into(), x2, x3, x4, x5, x6, x7, x8];
    let mut total = 0.0;
    for (k, (int, float)) in ints.iter().zip(floats).enumerate() {
        total += (*int as f64) * (k as f64 + 1.0) + float / (k as f64 + 2.0);
    }
    for k in 0..count {
        total += if k % 2 == 0 {
            unsafe { args.next_arg::<i64>() as f64 * 1000.0 }
        } else {
            unsafe { args.next_arg::<c_double>() * 100.0 }
        };
    }
    total
}

#[repr(C)]
pub struct Big {
    pub words: [i64; 5],
}

#[repr(C, align(16))]
pub struct Aligned {
    pub a: i32,
    pub b: f64,
    pub c: u8,
}

/// Structs passed by value: in memory on x86_64 (the aligned one at a 16-byte offset, after
/// padding), by reference on AArch64; the `...` arguments start after them.
pub unsafe extern "C" fn after_structs(
    big: Big,
    n: i64,
    aligned: Aligned,
    again: Big,
    count: c_int,
    mut args: ...
) -> c_double {
    let mut total = big.words.iter().sum::<i64>() as f64 * 2.0 + n as f64;
    total += f64::from(aligned.a) * 3.0 + aligned.b + f64::from(aligned.c) * 5.0;
    total += again.words.iter().enumerate().map(|(k, w)| (k as i64 + 1) * w).sum::<i64>() as f64;
    for k in 0..count {
        total += if k % 2 == 0 {
            unsafe { args.next_arg::<i64>() as f64 * 1000.0 }
        } else {
            unsafe { args.next_arg::<c_double>() * 100.0 }
        };
    }
    total
}

/// Every integer register taken before the struct, so the struct follows stack integers.
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn ints_then_struct(
    a: i64,
    b: i64,
    c: i64,
    d: i64,
    e: i64,
    f: i64,
    g: i64,
    big: Big,
    mut args: ...
) -> i64 {
    let mut total = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g;
    total += big.words.iter().product::<i64>();
    for k in 1..=3 {
        total += k * unsafe { args.next_arg::<i64>() };
    }
    total
}
