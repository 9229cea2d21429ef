// Checks generic functions monomorphized at many types (ints, bool, char, tuples, structs, &str), trait bounds and const generics.
use std::fmt::Debug;
use std::hint::black_box;
use std::ops::{Add, Mul};

fn identity<T>(x: T) -> T {
    x
}

fn swap<A, B>(p: (A, B)) -> (B, A) {
    (p.1, p.0)
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn sum_sq<T: Add<Output = T> + Mul<Output = T> + Copy + Default>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs {
        acc = acc + x * x;
    }
    acc
}

fn show_all<T: Debug>(items: &[T]) -> String {
    let mut s = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push('|');
        }
        s += &format!("{:?}", it);
    }
    s
}

fn repeat_arr<T: Copy, const N: usize>(x: T) -> [T; N] {
    [x; N]
}

fn size_and_align<T>() -> (usize, usize) {
    (std::mem::size_of::<T>(), std::mem::align_of::<T>())
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Point {
    x: i32,
    y: i32,
}

trait Describe {
    fn describe(&self) -> String;
}
impl Describe for u8 {
    fn describe(&self) -> String {
        format!("byte {}", self)
    }
}
impl Describe for i64 {
    fn describe(&self) -> String {
        format!("long {}", self)
    }
}
impl Describe for Point {
    fn describe(&self) -> String {
        format!("point ({}, {})", self.x, self.y)
    }
}
impl<T: Describe> Describe for Option<T> {
    fn describe(&self) -> String {
        match self {
            Some(x) => format!("some {}", x.describe()),
            None => "nothing".to_string(),
        }
    }
}

fn describe_twice<T: Describe>(x: &T) -> String {
    format!("{} / {}", x.describe(), x.describe())
}

fn main() {
    println!("{} {} {} {:?} {} {:?}", identity(black_box(5u8)), identity(-3i64), identity(true), identity('x'), identity("str"), identity((1u16, 2i8)));
    println!("{:?} {:?}", swap((black_box(1u8), "one")), swap((Point { x: 1, y: 2 }, 9u64)));
    println!("{} {} {} {}", largest(&[3i8, -4, 7, 1]), largest(&[300u16, 2, 65000]), largest(&['q', 'z', 'a']), largest(&[-5i64, -2, -9]));
    println!("{:?}", largest(&[Point { x: 1, y: 9 }, Point { x: 2, y: 0 }, Point { x: 2, y: -1 }]));
    println!("{} {} {}", sum_sq(&[1u32, 2, 3, 4]), sum_sq(&[-3i16, 4]), sum_sq(&[black_box(100000u64), 3]));
    println!("{}", show_all(&[Some(1), None, Some(3)]));
    println!("{}", show_all(&["a", "bc"]));
    let a: [u8; 3] = repeat_arr(black_box(7));
    let b: [(i32, bool); 2] = repeat_arr((black_box(-1), true));
    println!("{:?} {:?}", a, b);
    println!("{:?} {:?} {:?} {:?}", size_and_align::<u8>(), size_and_align::<(u8, u32)>(), size_and_align::<Point>(), size_and_align::<[u16; 5]>());
    println!("{}", describe_twice(&black_box(200u8)));
    println!("{}", describe_twice(&black_box(-7i64)));
    println!("{}", describe_twice(&Point { x: black_box(3), y: 4 }));
    println!("{}", describe_twice(&Some(Some(black_box(1u8)))));
    println!("{}", describe_twice::<Option<i64>>(&None));
}
