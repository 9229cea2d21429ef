// Checks that a C-variadic definition with a fixed `i128` parameter passed on the stack gets a
// clear error: its slot may be aligned past the next word, which moves the start of the `...`
// arguments in a way the backend does not compute yet (it was an internal compiler error).
// Integer, float and by-value struct parameters past the registers work (multicrate/c_variadic),
// as do calls of C's variadic functions (run/variadic_snprintf).
//@ error: defining a C-variadic function (`...` parameter) with a fixed `i128`, `f16`, `f128` or SIMD vector parameter passed on the stack is not yet supported
#![feature(c_variadic)]

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn sum_wide(
    a: i64,
    b: i64,
    c: i64,
    d: i64,
    e: i64,
    f: i64,
    g: i64,
    h: i64,
    wide: i128,
    count: i32,
    mut rest: ...
) -> i128 {
    let mut total = wide + i128::from(a + b + c + d + e + f + g + h);
    for _ in 0..count {
        total += i128::from(unsafe { rest.next_arg::<i64>() });
    }
    total
}

fn main() {
    println!("{}", unsafe { sum_wide(1, 2, 3, 4, 5, 6, 7, 8, 1 << 100, 2, 10i64, 20i64) });
}
