// Checks generic structs/enums with impls monomorphized at several types: Pair<T>, Stack<T>, Matrix<const N>, a generic enum, trait-bounded impl blocks, PhantomData.
use std::fmt::Debug;
use std::hint::black_box;
use std::marker::PhantomData;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

impl<T> Pair<T> {
    fn map<U, F: Fn(T) -> U>(self, f: F) -> Pair<U> {
        Pair { a: f(self.a), b: f(self.b) }
    }
}

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
    max_seen: usize,
}

impl<T: Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new(), max_seen: 0 }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
        self.max_seen = self.max_seen.max(self.items.len());
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

#[derive(Debug, Clone, Copy)]
struct Matrix<const N: usize> {
    m: [[u32; N]; N],
}

impl<const N: usize> Matrix<N> {
    fn identity() -> Self {
        let mut m = [[0; N]; N];
        for i in 0..N {
            m[i][i] = 1;
        }
        Matrix { m }
    }
    fn trace(&self) -> u32 {
        (0..N).map(|i| self.m[i][i]).sum()
    }
    fn mul(&self, o: &Self) -> Self {
        let mut r = [[0; N]; N];
        for i in 0..N {
            for j in 0..N {
                for k in 0..N {
                    r[i][j] += self.m[i][k] * o.m[k][j];
                }
            }
        }
        Matrix { m: r }
    }
}

#[derive(Debug)]
enum Tree<T> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}

impl<T: PartialOrd + Copy + Debug> Tree<T> {
    fn insert(self, v: T) -> Tree<T> {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x {
                    Tree::Node(Box::new(l.insert(v)), x, r)
                } else {
                    Tree::Node(l, x, Box::new(r.insert(v)))
                }
            }
        }
    }
    fn in_order(&self, out: &mut Vec<T>) {
        if let Tree::Node(l, x, r) = self {
            l.in_order(out);
            out.push(*x);
            r.in_order(out);
        }
    }
}

struct Meters;
struct Feet;

#[derive(Debug, Clone, Copy)]
struct Length<U> {
    v: u32,
    _u: PhantomData<U>,
}

impl<U> Length<U> {
    fn new(v: u32) -> Self {
        Length { v, _u: PhantomData }
    }
}

impl Length<Feet> {
    fn to_meters(self) -> Length<Meters> {
        Length::new(self.v * 3048 / 10000)
    }
}

fn main() {
    let p = Pair { a: black_box(3u8), b: 9 };
    let q = Pair { a: black_box(-5i64), b: -50 };
    let r = Pair { a: 'x', b: 'b' };
    println!("{:?} {} {:?}", p, p.larger(), p.swap());
    println!("{:?} {} {:?}", q, q.larger(), q.swap());
    println!("{} {:?}", r.larger(), r.map(|c| c as u32));
    println!("{:?}", p.map(|x| format!("<{}>", x)));
    let mut s1: Stack<u16> = Stack::new();
    let mut s2: Stack<String> = Stack::new();
    for i in 0..black_box(5u16) {
        s1.push(i * 1000);
        if i % 2 == 0 {
            s2.push(format!("s{}", i));
        }
    }
    s1.pop();
    println!("{:?} peek {:?}", s1, s1.peek());
    println!("{:?}", s2.peek());
    let popped = s2.pop();
    println!("pop {:?} {:?}", popped, s2);
    let mut m3 = Matrix::<3>::identity();
    m3.m[0][2] = black_box(5);
    m3.m[2][1] = 2;
    let m3sq = m3.mul(&m3);
    println!("{:?} trace {}", m3sq, m3sq.trace());
    let m5 = Matrix::<5>::identity();
    println!("trace5 {} size {}", m5.trace(), std::mem::size_of::<Matrix<5>>());
    let mut t = Tree::Leaf;
    for v in [50, 30, 70, 20, 40, 60, 80, 35] {
        t = t.insert(black_box(v));
    }
    let mut out = Vec::new();
    t.in_order(&mut out);
    println!("{:?}", out);
    let mut tc = Tree::Leaf;
    for c in "generic".chars() {
        tc = tc.insert(c);
    }
    let mut outc = Vec::new();
    tc.in_order(&mut outc);
    println!("{:?}", outc.into_iter().collect::<String>());
    let f: Length<Feet> = Length::new(black_box(1000));
    let feet = f.v;
    println!("{} ft = {} m, size {}", feet, f.to_meters().v, std::mem::size_of::<Length<Feet>>());
}
