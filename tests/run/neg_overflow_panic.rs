// Checks that negating i32::MIN panics in a debug build ("attempt to negate with overflow").
use std::hint::black_box;

fn main() {
    let vals = [black_box(5i32), -7, i32::MIN];
    for v in vals {
        println!("-({}) = {}", v, -v);
    }
}
