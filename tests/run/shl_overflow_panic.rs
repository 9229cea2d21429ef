// Checks that shifting a u32 by >= 32 bits panics in a debug build ("attempt to shift left with overflow").
use std::hint::black_box;

fn main() {
    let mut total = 0u64;
    for s in [0u32, 5, 31] {
        let v = 1u32 << black_box(s);
        total += v as u64;
        println!("1 << {} = {}", s, v);
    }
    println!("total {}", total);
    let bad = 1u32 << black_box(32u32);
    println!("unreachable {}", bad);
}
