// 128-bit saturating arithmetic with optimizations: Cranelift's optimizer turned the select of
// our lowering into `umax.i128`, which x86_64 cannot lower (a compile error at -Copt-level=2).
//@ compile-flags: -Copt-level=2
use std::hint::black_box;

fn main() {
    through_calls();
    let us = [0u128, 1, 2, u64::MAX as u128, u128::MAX - 1, u128::MAX];
    let is = [i128::MIN, i128::MIN + 1, -1, 0, 1, i128::MAX - 1, i128::MAX];
    for &a in &us {
        for &b in &us {
            let (a, b) = (black_box(a), black_box(b));
            println!("u {:x} {:x}: {:x} {:x}", a, b, a.saturating_add(b), a.saturating_sub(b));
        }
    }
    for &a in &is {
        for &b in &is {
            let (a, b) = (black_box(a), black_box(b));
            println!("i {} {}: {} {}", a, b, a.saturating_add(b), a.saturating_sub(b));
        }
    }
}

fn b<T>(x: T) -> T {
    black_box(x)
}

#[inline(never)]
fn through_calls() {
    println!("{} {}", b(u128::MAX).saturating_add(b(1)), b(i128::MIN).saturating_sub(b(1)));
    println!("{} {}", b(5u128).saturating_sub(b(7)), b(i128::MAX).saturating_add(b(1)));
}
