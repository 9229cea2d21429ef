// Backtraces of panics inside `#[inline(always)]` functions our backend inlines: the copies'
// frames (nested ones too) must show with their own function names and lines, as LLVM's
// always-inliner leaves them.
use std::panic::catch_unwind;

#[inline(always)]
fn checked_get(v: &[u32], i: usize) -> u32 {
    v[i] + 1
}

#[inline(always)]
fn twice_get(v: &[u32], i: usize) -> u32 {
    let a = checked_get(v, i);
    a + checked_get(v, i + 1)
}

#[inline(always)]
fn must_be_even(x: u32) -> u32 {
    if x % 2 == 1 {
        panic!("odd: {x}");
    }
    x / 2
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", twice_get(&v, 0));
    let r = catch_unwind(|| twice_get(&v, 2));
    println!("{}", r.is_err());
    let r = catch_unwind(|| must_be_even(twice_get(&v, 0)));
    println!("{:?}", r.is_ok());
    let r = catch_unwind(|| must_be_even(3));
    println!("{}", r.is_err());
}
