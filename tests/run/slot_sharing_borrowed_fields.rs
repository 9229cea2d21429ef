// Locals borrowed through a field (`&mut it.0`) or a raw pointer to a field keep their stack
// slot for as long as their storage is live, even where they are not named: sharing it with a
// local of an inlined callee there lost the iterator's state at -O.
use std::hint::black_box;

struct Pair {
    a: [u64; 3],
    b: Vec<u32>,
}

#[inline(never)]
fn through_field_borrow() {
    let mut it = (0..5).skip(black_box(1)).take(black_box(usize::MAX));
    println!("{:?}", it.next());
    println!("{:?}", it.next_back());
}

#[inline(never)]
fn through_raw_field(n: u64) -> u64 {
    let mut p = Pair { a: [n, n + 1, n + 2], b: vec![1, 2, 3] };
    let raw = &raw mut p.a[1];
    let mut acc = 0;
    for i in 0..n {
        let tmp = Pair { a: [i; 3], b: vec![i as u32; 2] };
        acc += tmp.a[0] + tmp.b.len() as u64;
        unsafe { *raw = raw.read().wrapping_mul(3).wrapping_add(i) };
    }
    acc + p.a.iter().sum::<u64>() + p.b.iter().map(|&x| x as u64).sum::<u64>()
}

#[inline(never)]
fn chained_adapters(v: &[i64]) -> Vec<i64> {
    let mut a = v.iter().copied().rev().skip(1).step_by(2).peekable();
    let mut b = v.iter().map(|x| x * 10).enumerate().skip(2);
    let mut out = vec![];
    while let Some(x) = a.next() {
        if let Some(&next) = a.peek() {
            out.push(x - next);
        }
        if let Some((i, y)) = b.next_back() {
            out.push(i as i64 + y);
        }
    }
    out.extend(b.map(|(i, y)| i as i64 * y));
    out
}

fn main() {
    through_field_borrow();
    println!("{}", through_raw_field(black_box(9)));
    println!("{:?}", chained_adapters(&black_box([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])));
}
