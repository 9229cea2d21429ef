// Binary half of the `byval_aligned` multicrate case: calls the library's functions with
// 16-byte-aligned structs on the stack, directly and through pointers, and hands it a callback
// taking them.
use mylib::*;
use std::hint::black_box;

extern "C" fn cb(o: Odd24, a: Al16, w: Wide) -> u128 {
    o.v[1] as u128 * 11 + a.b as u128 + a.c[11] as u128 + w.x + w.y as u128
}

fn main() {
    let a = black_box(Al16 { a: 7, b: 9, c: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    let w = black_box(Wide { x: u128::MAX / 5, y: 42 });
    let o = black_box(Odd24 { v: [100, 200, 300] });
    println!("{}", first(a, 3));
    println!("{}", after_odd(o, a, w));
    let f: extern "C" fn(Odd24, Al16, Wide) -> u128 = black_box(after_odd);
    println!("{}", f(o, make(5), w));
    println!("{}", after_spill(1, 2, 3, 4, 5, 6, 7, w, 0.5));
    println!("{:?}", make(black_box(0x1234)));
    println!("{}", call_back(cb, 9));
}
