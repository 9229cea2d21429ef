// Checks that u8 addition overflow panics in a debug build ("attempt to add with overflow", exit 101).
use std::hint::black_box;

fn main() {
    let x: u8 = 255;
    println!("before overflow: x = {}", x);
    let y = x + black_box(1);
    println!("unreachable: {}", y);
}
