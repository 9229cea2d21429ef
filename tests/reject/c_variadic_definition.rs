// Checks that a C-variadic definition with a fixed parameter passed on the stack other than an
// 8-byte integer or float gets a clear error: a struct passed by value in memory would move the
// start of the `...` arguments by its own size and alignment, which the backend does not compute
// yet (it was an internal compiler error). Integer and float parameters past the registers work
// (multicrate/c_variadic), as do calls of C's variadic functions (run/variadic_snprintf).
// (AArch64 passes such a struct by reference, in a register.)
//@ only-arch: x86_64
//@ error: defining a C-variadic function (`...` parameter) with a fixed parameter passed on the stack other than an integer or float of at most 8 bytes is not yet supported
#![feature(c_variadic)]

#[repr(C)]
pub struct Big {
    words: [i64; 5],
}

unsafe extern "C" fn sum_big(big: Big, count: i32, mut rest: ...) -> i64 {
    let mut total: i64 = big.words.iter().sum();
    for _ in 0..count {
        total += unsafe { rest.next_arg::<i64>() };
    }
    total
}

fn main() {
    let big = Big { words: [1, 2, 3, 4, 5] };
    println!("{}", unsafe { sum_big(big, 2, 10i64, 20i64) });
}
