// Checks recursive and mutually recursive functions: fib, ackermann, gcd, is_even/is_odd, recursion over slices and structs.
use std::hint::black_box;

fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ackermann(m - 1, 1),
        (m, n) => ackermann(m - 1, ackermann(m, n - 1)),
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn rsum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [first, rest @ ..] => *first + rsum(rest),
    }
}

fn rmax(xs: &[i32]) -> Option<i32> {
    let (first, rest) = xs.split_first()?;
    Some(match rmax(rest) {
        Some(m) if m > *first => m,
        _ => *first,
    })
}

fn hanoi(n: u32, from: u8, to: u8, via: u8, moves: &mut Vec<(u8, u8)>) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    moves.push((from, to));
    hanoi(n - 1, via, to, from, moves);
}

#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

fn build(depth: u32, start: i32) -> Tree {
    if depth == 0 {
        Tree::Leaf(start)
    } else {
        let left = build(depth - 1, start);
        let right = build(depth - 1, start + (1 << (depth - 1)));
        Tree::Node(Box::new(left), Box::new(right))
    }
}

fn tree_sum(t: &Tree) -> i64 {
    match t {
        Tree::Leaf(v) => *v as i64,
        Tree::Node(l, r) => tree_sum(l) + tree_sum(r),
    }
}

fn tree_depth(t: &Tree) -> u32 {
    match t {
        Tree::Leaf(_) => 0,
        Tree::Node(l, r) => 1 + tree_depth(l).max(tree_depth(r)),
    }
}

fn power(base: u64, exp: u32) -> u64 {
    if exp == 0 {
        1
    } else if exp % 2 == 0 {
        let h = power(base, exp / 2);
        h * h
    } else {
        base * power(base, exp - 1)
    }
}

fn main() {
    println!("fib {:?}", (0..20).map(|n| fib(black_box(n))).collect::<Vec<_>>());
    println!("fib25 {}", fib(black_box(25)));
    println!("ack(2,3)={} ack(3,3)={}", ackermann(black_box(2), 3), ackermann(black_box(3), 3));
    println!("gcd {} {}", gcd(black_box(1071), 462), gcd(black_box(2u64.pow(40)), 6u64.pow(20)));
    println!("even {} {} odd {}", is_even(black_box(100)), is_even(black_box(7)), is_odd(black_box(7)));
    let xs = [3, -1, 4, 1, -5, 9, 2, 6];
    println!("rsum {} rmax {:?} {:?}", rsum(&xs), rmax(&xs), rmax(&[]));
    let mut moves = Vec::new();
    hanoi(black_box(4), 1, 3, 2, &mut moves);
    println!("hanoi {} moves, first {:?}, last {:?}", moves.len(), &moves[..3], moves[moves.len() - 1]);
    let t = build(black_box(4), 1);
    println!("tree sum {} depth {}", tree_sum(&t), tree_depth(&t));
    let small = build(black_box(1), 7);
    println!("{:?}", small);
    println!("power {} {}", power(black_box(3), 30), power(black_box(2), 63));
}
