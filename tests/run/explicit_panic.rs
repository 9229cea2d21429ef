// Checks an explicit panic!("...") with formatted arguments raised from a nested function call.
use std::hint::black_box;

fn validate(n: i32) -> i32 {
    if n > 3 {
        panic!("value {} is too large (limit {}), tag={:?}", n, 3, ("x", n * 2));
    }
    n * 10
}

fn main() {
    for i in 0..10 {
        println!("validated {}", validate(black_box(i)));
    }
}
