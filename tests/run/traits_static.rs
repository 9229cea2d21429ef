// Checks static dispatch: traits with generic methods, associated types, impls on primitives, blanket impls, operator overloading (Add/Mul/Neg/Index), PartialEq/Ord derives.
use std::hint::black_box;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct V3 {
    x: i32,
    y: i32,
    z: i32,
}

impl Add for V3 {
    type Output = V3;
    fn add(self, o: V3) -> V3 {
        V3 { x: self.x + o.x, y: self.y + o.y, z: self.z + o.z }
    }
}

impl Mul<i32> for V3 {
    type Output = V3;
    fn mul(self, k: i32) -> V3 {
        V3 { x: self.x * k, y: self.y * k, z: self.z * k }
    }
}

impl Neg for V3 {
    type Output = V3;
    fn neg(self) -> V3 {
        V3 { x: -self.x, y: -self.y, z: -self.z }
    }
}

impl AddAssign for V3 {
    fn add_assign(&mut self, o: V3) {
        *self = *self + o;
    }
}

impl Index<usize> for V3 {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        match i {
            0 => &self.x,
            1 => &self.y,
            _ => &self.z,
        }
    }
}

impl IndexMut<usize> for V3 {
    fn index_mut(&mut self, i: usize) -> &mut i32 {
        match i {
            0 => &mut self.x,
            1 => &mut self.y,
            _ => &mut self.z,
        }
    }
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Container for Stack<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn last_item<C: Container>(c: &C) -> Option<&C::Item> {
    if c.size() == 0 { None } else { c.get(c.size() - 1) }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for u8 {
    fn double(&self) -> u8 {
        self.wrapping_mul(2)
    }
}

impl Double for i64 {
    fn double(&self) -> i64 {
        self * 2
    }
}

impl Double for String {
    fn double(&self) -> String {
        self.repeat(2)
    }
}

trait Loud {
    fn loud(&self) -> String;
}

impl<T: std::fmt::Debug> Loud for T {
    fn loud(&self) -> String {
        format!("{:?}!", self).to_uppercase()
    }
}

trait Summary {
    fn summarize_with<F: Fn(i32) -> bool>(&self, pred: F) -> i32;
}

impl Summary for [i32] {
    fn summarize_with<F: Fn(i32) -> bool>(&self, pred: F) -> i32 {
        self.iter().filter(|&&x| pred(x)).sum()
    }
}

fn sum_all<T: Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    xs.iter().fold(T::default(), |a, &b| a + b)
}

fn main() {
    let a = V3 { x: black_box(1), y: 2, z: 3 };
    let b = V3 { x: -4, y: black_box(5), z: -6 };
    let mut c = a + b * 2;
    println!("{:?} {:?}", c, -c);
    c += a;
    c[1] = black_box(100);
    c[2] *= 3;
    println!("{:?} {} {} {}", c, c[0], c[1], c[2]);
    println!("eq {} cmp {:?} max {:?}", a == V3 { x: 1, y: 2, z: 3 }, a.cmp(&b), std::cmp::max(a, b));
    let mut vs = vec![b, a, c, V3::default()];
    vs.sort();
    println!("{:?}", vs);
    println!("sum {:?} {}", sum_all(&vs), sum_all(&[black_box(1u16), 2, 3]));
    let st = Stack { items: vec!["x", "y", "z"] };
    println!("{:?} {:?} {}", st.first(), last_item(&st), st.size());
    let empty: Stack<u8> = Stack { items: vec![] };
    println!("{:?} {:?}", empty.first(), last_item(&empty));
    println!("{} {} {}", black_box(200u8).double(), black_box(-21i64).double(), String::from("ab").double());
    println!("{} {} {}", 5.loud(), "quiet".loud(), Some(a).loud());
    let data = [1, -2, 3, -4, 5, 6];
    let limit = black_box(2);
    println!("summarize {} {}", data[..].summarize_with(|x| x > limit), data.summarize_with(|x| x % 2 == 0));
}
