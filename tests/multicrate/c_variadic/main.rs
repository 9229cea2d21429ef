// Binary half of the `c_variadic` multicrate case: an upstream generic C-variadic function
// instantiated here was called through the `al` trampoline, which cannot reach the local copy
// (undefined symbol at link time); the non-generic one is the library backend's code and needs
// `al` set for its float arguments.
use mylib::{Aligned, Big, after_structs, ints_then_struct, mixed, past_registers, plus_doubles};

fn main() {
    println!("{}", unsafe { plus_doubles(1.5f32, 2, 2.0f64, 0.25f64) });
    println!("{}", unsafe { plus_doubles(3u8, 3, 1.0f64, 2.0f64, 4.0f64) });
    println!("{}", unsafe { mixed(4, 1.5f64, 2i64, 3.25f64, 4i64) });
    let x = std::hint::black_box(0.5f64);
    let total = unsafe {
        past_registers(
            1, -2, 3, 4, 5, 6, 7, 8, 9, x, 1.25, x * 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.5, 4, 11i64,
            0.125f64, -12i64, x,
        )
    };
    println!("{total}");
    // The registers of the variadic part are all free, then they run out too.
    let total = unsafe {
        past_registers(
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6, 1i64, 2.0f64,
            3i64, 4.0f64, 5i64, 6.0f64,
        )
    };
    println!("{total}");
    let big = || Big { words: [1, 2, 3, 4, std::hint::black_box(5)] };
    let aligned = Aligned { a: -7, b: x, c: 9 };
    let total = unsafe { after_structs(big(), 11, aligned, big(), 4, 1i64, 2.5f64, -3i64, x) };
    println!("{total}");
    let total = unsafe { ints_then_struct(1, 2, 3, 4, 5, 6, 7, big(), 100i64, 200i64, 300i64) };
    println!("{total}");
}
