// Checks that a C-variadic definition whose fixed parameters do not all fit in registers gets a
// clear error: its `...` arguments would start at a stack offset the backend does not compute
// yet (it was an internal compiler error). Definitions with fewer fixed parameters work
// (run/c_variadic_definition), as do calls of C's variadic functions (run/variadic_snprintf).
//@ error: defining a C-variadic function (`...` parameter) with fixed parameters passed on the stack is not yet supported
#![feature(c_variadic)]

unsafe extern "C" fn ninth(
    _a: i64,
    _b: i64,
    _c: i64,
    _d: i64,
    _e: i64,
    _f: i64,
    _g: i64,
    _h: i64,
    i: i64,
    _rest: ...
) -> i64 {
    i * 2
}

fn main() {
    println!("{}", unsafe { ninth(1, 2, 3, 4, 5, 6, 7, 8, 21, 1.5f64, 7i32) });
}
