// Checks that taking a subslice with an end beyond the length panics ("range end index 9 out of range for slice of length 6").
use std::hint::black_box;

fn window(v: &[i32], start: usize, len: usize) -> &[i32] {
    &v[start..start + len]
}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    println!("{:?}", window(&v, black_box(1), black_box(3)));
    println!("{:?}", window(&v, black_box(3), black_box(3)));
    println!("{:?}", window(&v, black_box(4), black_box(5)));
}
