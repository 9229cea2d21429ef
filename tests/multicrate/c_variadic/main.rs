// Binary half of the `c_variadic` multicrate case: an upstream generic C-variadic function
// instantiated here was called through the `al` trampoline, which cannot reach the local copy
// (undefined symbol at link time); the non-generic one is the library backend's code and needs
// `al` set for its float arguments.
use mylib::{mixed, plus_doubles};

fn main() {
    println!("{}", unsafe { plus_doubles(1.5f32, 2, 2.0f64, 0.25f64) });
    println!("{}", unsafe { plus_doubles(3u8, 3, 1.0f64, 2.0f64, 4.0f64) });
    println!("{}", unsafe { mixed(4, 1.5f64, 2i64, 3.25f64, 4i64) });
}
