// Checks that i32::MIN / -1 panics with "attempt to divide with overflow" (distinct from divide-by-zero; would trap as SIGFPE if unchecked).
use std::hint::black_box;

fn main() {
    let a: i32 = black_box(i32::MIN);
    println!("MIN / 2 = {}", a / black_box(2));
    println!("MIN / -2 = {}", a / black_box(-2));
    let q = a / black_box(-1);
    println!("unreachable {}", q);
}
