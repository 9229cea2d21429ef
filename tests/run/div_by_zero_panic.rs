// Checks that integer division by zero (runtime divisor) panics with "attempt to divide by zero".
use std::hint::black_box;

fn divide(a: u32, b: u32) -> u32 {
    a / b
}

fn main() {
    for d in [5u32, 2, 1, 0] {
        println!("100 / {} = {}", d, divide(black_box(100), black_box(d)));
    }
}
