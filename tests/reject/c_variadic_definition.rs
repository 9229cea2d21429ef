// Checks that defining a C-variadic function, which the backend cannot lower yet, gets a clear
// error (it was an internal compiler error); calling C's variadic functions works
// (run/variadic_snprintf).
//@ error: defining a C-variadic function (`...` parameter) is not yet supported
#![feature(c_variadic)]

unsafe extern "C" fn first(x: i32, _rest: ...) -> i32 {
    x * 2
}

fn main() {
    println!("{}", unsafe { first(21, 1.5f64, 7i32) });
}
