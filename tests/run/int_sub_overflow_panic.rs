// Checks that usize subtraction underflow panics (a common `len - 1` bug) with "attempt to subtract with overflow".
use std::hint::black_box;

fn last_index(v: &[u32]) -> usize {
    v.len() - 1
}

fn main() {
    println!("last index of 3 elements: {}", last_index(&[1, 2, 3]));
    let empty: Vec<u32> = black_box(Vec::new());
    println!("last index of empty: {}", last_index(&empty));
}
