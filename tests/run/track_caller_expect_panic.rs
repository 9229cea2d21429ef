// Checks that Option::expect/unwrap inside #[track_caller] helpers report the location of the outermost untracked caller in the panic message (exit 101).
use std::hint::black_box;

#[track_caller]
fn must_get(v: &[i32], i: usize) -> i32 {
    *v.get(i).expect("index must exist")
}

#[track_caller]
fn must_get_twice(v: &[i32], i: usize, j: usize) -> i32 {
    must_get(v, i) + must_get(v, j)
}

#[track_caller]
fn first_even(v: &[i32]) -> i32 {
    *v.iter().find(|x| *x % 2 == 0).unwrap()
}

fn main() {
    let v = vec![1, 3, 4, 7, 10];
    println!("must_get 2 -> {}", must_get(&v, black_box(2)));
    println!("twice 0 4 -> {}", must_get_twice(&v, black_box(0), black_box(4)));
    println!("first_even -> {}", first_even(&v));
    let odd = vec![black_box(1), 3, 5];
    let r = std::panic::catch_unwind(|| first_even(&odd));
    println!("caught unwrap panic: {}", r.is_err());
    println!("about to fail");
    let total = must_get_twice(&v, black_box(1), black_box(9));
    println!("unreachable {}", total);
}
