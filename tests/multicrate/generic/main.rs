// Binary half of the `generic` multicrate case: instantiates mylib's generics at local and primitive types and calls its non-generic/#[inline] fns.
use std::hint::black_box;

use mylib::{Ring, describe, inline_always_clamp, inline_mix, largest, non_generic_hash, pair_up, sum_all};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Score(u16);

fn main() {
    println!("{:?} {:?} {:?}", largest(&[3u8, 200, 7]), largest(&[-5i64, -1, -9]), largest::<char>(&[]));
    println!("{:?}", largest(&[Score(10), Score(black_box(30)), Score(20)]));
    println!("{} {} {}", sum_all(&[1u32, 2, 3]), sum_all(&[black_box(-10i16), 4]), sum_all::<u64>(&[]));
    println!("{} {} {}", describe("n", black_box(5u8)), describe("s", "str"), describe("t", (Score(1), 'x')));
    println!("{:?}", pair_up(&[1, 2, 3], &["a", "b"]));
    let mut r = Ring::new(vec![10, 20, 30, 40]);
    r.rotate(black_box(3));
    println!("{:?} {:?} len {}", r.current(), r.to_vec(), r.len());
    let rs = r.map(|x| format!("<{}>", x));
    println!("{:?}", rs.to_vec());
    let mut rc = Ring::new("ring".chars().collect());
    rc.rotate(6);
    println!("{:?}", rc.to_vec().into_iter().collect::<String>());
    let empty: Ring<Score> = Ring::new(vec![]);
    println!("{:?} {}", empty.current(), empty.len());
    println!("hash {:#x}", non_generic_hash(black_box(b"multicrate")));
    println!("mix {:#x}", inline_mix(black_box(1), 2));
    println!("clamp {} {} {}", inline_always_clamp(black_box(-5), 0, 10), inline_always_clamp(5, 0, 10), inline_always_clamp(black_box(50), 0, 10));
}
