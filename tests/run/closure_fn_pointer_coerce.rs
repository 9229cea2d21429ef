// Checks non-capturing closures coerced to fn pointers, fn pointer tables, recursion through fn pointers, and higher-order fns taking fn pointers.
use std::hint::black_box;

type BinOp = fn(i64, i64) -> i64;
type Rec = fn(u64, &dyn Fn(u64) -> u64) -> u64;

fn fact_via(n: u64, f: fn(u64) -> u64) -> u64 {
    if n <= 1 { 1 } else { n * f(n - 1) }
}

fn fact(n: u64) -> u64 {
    fact_via(n, fact)
}

struct RecFn {
    f: fn(&RecFn, u32) -> u32,
}

fn ackermann_like(r: &RecFn, n: u32) -> u32 {
    if n == 0 { 1 } else { (r.f)(r, n - 1) * 2 + n }
}

fn is_even(n: u32, odd: fn(u32) -> bool) -> bool {
    if n == 0 { true } else { odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1, is_odd) }
}

fn apply(op: BinOp, a: i64, b: i64) -> i64 {
    op(a, b)
}

fn compose(f: fn(i32) -> i32, g: fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}

fn main() {
    let ops: [(&str, BinOp); 5] = [
        ("add", |a, b| a + b),
        ("sub", |a, b| a - b),
        ("mul", |a, b| a.wrapping_mul(b)),
        ("max", |a, b| if a > b { a } else { b }),
        ("pow", |a, b| a.pow(b as u32)),
    ];
    for (name, op) in ops.iter() {
        let r = apply(black_box(*op), black_box(7), black_box(3));
        println!("{} 7 3 = {}", name, r);
    }
    let mut sel = black_box(2usize);
    let chosen: BinOp = ops[sel].1;
    sel += 1;
    println!("chosen(-6, 9) = {} next={}", chosen(-6, 9), ops[sel].1(-6, 9));

    for n in [0u64, 1, 5, 10, 20] {
        println!("fact({}) = {}", n, fact(black_box(n)));
    }
    let r = RecFn { f: ackermann_like };
    for n in 0..6 {
        println!("rec({}) = {}", n, (r.f)(&r, black_box(n)));
    }
    for n in [0u32, 1, 10, 13] {
        println!("is_odd({}) = {}", n, is_odd(black_box(n)));
    }

    let double: fn(i32) -> i32 = |x| x * 2;
    let inc: fn(i32) -> i32 = |x| x + 1;
    let c1 = compose(double, inc);
    let c2 = compose(inc, double);
    println!("compose {} {}", c1(black_box(10)), c2(black_box(10)));

    // Fn pointer equality after copying and into Option.
    let p1: fn(u64) -> u64 = fact;
    let p2 = black_box(p1);
    let maybe: Option<fn(u64) -> u64> = Some(p2);
    println!("fnptr eq {} option call {}", std::ptr::fn_addr_eq(p1, p2), maybe.map(|f| f(6)).unwrap());

    // Recursion with a closure trait object parameter passed down via fn pointer.
    let rec: Rec = |n, k| if n == 0 { k(0) } else { k(n) + n };
    let kk = |x: u64| x * 10;
    println!("rec with dyn = {}", rec(black_box(4), &kk));

    // Sort with a fn pointer comparator.
    let mut v = vec![5i32, -3, 12, 0, -8, 7];
    let cmp: fn(&i32, &i32) -> std::cmp::Ordering = |a, b| a.abs().cmp(&b.abs()).then(b.cmp(a));
    v.sort_by(black_box(cmp));
    println!("sorted by abs {:?}", v);
}
