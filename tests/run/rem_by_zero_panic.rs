// Checks that i64 remainder by zero panics with "attempt to calculate the remainder with a divisor of zero".
use std::hint::black_box;

fn main() {
    let a: i64 = black_box(-17);
    println!("-17 % 5 = {}", a % black_box(5));
    let z: i64 = black_box(0);
    println!("unreachable {}", a % z);
}
