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
