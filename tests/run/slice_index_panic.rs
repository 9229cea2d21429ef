// Checks that indexing a &mut [T] slice (not an array) out of bounds panics with the index/len message.
use std::hint::black_box;

fn bump(s: &mut [u64], i: usize) {
    s[i] += 1;
}

fn main() {
    let mut data = vec![0u64; 4];
    let s = &mut data[1..];
    bump(s, black_box(0));
    bump(s, black_box(2));
    println!("{:?}", s);
    bump(s, black_box(3));
    println!("unreachable {:?}", data);
}
