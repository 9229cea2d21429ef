// Checks that Option::unwrap on None panics with "called `Option::unwrap()` on a `None` value".
use std::hint::black_box;

fn find(v: &[u8], x: u8) -> Option<usize> {
    v.iter().position(|&y| y == x)
}

fn main() {
    let v = [4u8, 8, 15, 16, 23, 42];
    println!("found 15 at {}", find(&v, black_box(15)).unwrap());
    println!("found 99 at {}", find(&v, black_box(99)).unwrap());
}
