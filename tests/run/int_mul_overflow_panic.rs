// Checks that i64 multiplication overflow panics in a debug build after some successful iterations.
use std::hint::black_box;

fn main() {
    let mut v: i64 = black_box(3);
    for i in 0..100 {
        v *= black_box(-7);
        println!("step {} value {}", i, v);
    }
    println!("unreachable {}", v);
}
