// Library half of the `generic` multicrate case: generic fns and a generic struct instantiated by the downstream crate, plus non-generic and #[inline] fns.
use std::fmt::Debug;
use std::ops::Add;

pub fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

pub fn sum_all<T: Add<Output = T> + Copy + Default>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs {
        acc = acc + x;
    }
    acc
}

pub fn describe<T: Debug>(label: &str, value: T) -> String {
    format!("{}={:?}", label, value)
}

pub fn pair_up<A: Clone, B: Clone>(a: &[A], b: &[B]) -> Vec<(A, B)> {
    a.iter().cloned().zip(b.iter().cloned()).collect()
}

#[derive(Debug, Clone)]
pub struct Ring<T> {
    items: Vec<T>,
    head: usize,
}

impl<T: Clone + Debug> Ring<T> {
    pub fn new(items: Vec<T>) -> Self {
        Ring { items, head: 0 }
    }

    pub fn rotate(&mut self, n: usize) {
        if !self.items.is_empty() {
            self.head = (self.head + n) % self.items.len();
        }
    }

    pub fn current(&self) -> Option<&T> {
        self.items.get(self.head)
    }

    pub fn to_vec(&self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.items.len());
        for i in 0..self.items.len() {
            out.push(self.items[(self.head + i) % self.items.len()].clone());
        }
        out
    }

    pub fn map<U, F: Fn(&T) -> U>(&self, f: F) -> Ring<U> {
        Ring { items: self.items.iter().map(f).collect(), head: self.head }
    }
}

impl<T> Ring<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

pub fn non_generic_hash(data: &[u8]) -> u32 {
    let mut h: u32 = 2166136261;
    for &b in data {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

#[inline]
pub fn inline_mix(a: u64, b: u64) -> u64 {
    (a ^ b.rotate_left(17)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[inline(always)]
pub fn inline_always_clamp(x: i32, lo: i32, hi: i32) -> i32 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}
