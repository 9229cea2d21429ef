// Checks ranges and iterator plumbing: a..b, a..=b, rev, step_by, zip, enumerate, skip/take, peekable, windows over ranges, custom Iterator impl.
use std::hint::black_box;

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown(u8);

impl Iterator for Countdown {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn main() {
    let n = black_box(10);
    let r: Vec<i32> = (0..n).collect();
    let ri: Vec<i32> = (0..=n).rev().collect();
    println!("{:?}\n{:?}", r, ri);
    let st: Vec<u32> = (3..black_box(40u32)).step_by(7).collect();
    let st_rev: Vec<i64> = (-10i64..=10).rev().step_by(4).collect();
    println!("step_by {:?} {:?}", st, st_rev);
    let a = ['a', 'b', 'c', 'd'];
    let b = [10u8, 20, 30];
    let z: Vec<(char, u8)> = a.iter().copied().zip(b.iter().copied()).collect();
    println!("zip {:?}", z);
    for (i, c) in a.iter().enumerate().skip(1).take(2) {
        println!("enumerate {} {}", i, c);
    }
    let u8range: Vec<u8> = (250u8..=255).collect();
    let i8range: Vec<i8> = (-128i8..-124).collect();
    println!("edge ranges {:?} {:?}", u8range, i8range);
    let fib: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("fib {:?}", fib);
    let big_fib = Fib { a: 0, b: 1 }.skip_while(|&x| x < 1_000_000).next();
    println!("first fib >= 1e6 {:?}", big_fib);
    let cd: Vec<u8> = Countdown(black_box(5)).collect();
    println!("countdown {:?} sum {}", cd, Countdown(black_box(100)).map(|x| x as u32).sum::<u32>());
    let mut pk = [1, 1, 2, 3, 3, 3, 4].iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = pk.next() {
        let mut cnt = 1;
        while pk.peek() == Some(&&x) {
            pk.next();
            cnt += 1;
        }
        groups.push((x, cnt));
    }
    println!("groups {:?}", groups);
    let mut it = (1..=3).into_iter();
    println!("manual {:?} {:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next(), it.next());
    let len = (5..black_box(5)).len() + (0..=black_box(0)).count();
    println!("len {}", len);
    println!("contains {} {} {}", (1..10).contains(&black_box(9)), (1..10).contains(&black_box(10)), (1..=10).contains(&black_box(10)));
    let total: u64 = (1..=black_box(100u64)).filter(|x| x % 3 == 0 || x % 5 == 0).sum();
    println!("euler1 {}", total);
    let rev_zip: Vec<(u32, u32)> = (0..4u32).rev().zip(10..).collect();
    println!("{:?}", rev_zip);
    let unzipped: (Vec<u8>, Vec<bool>) = [(1u8, true), (2, false)].iter().copied().unzip();
    println!("{:?}", unzipped);
    let by_ref_sum: i32 = {
        let mut it = 1..10;
        let first3: i32 = it.by_ref().take(3).sum();
        first3 * 1000 + it.sum::<i32>()
    };
    println!("by_ref {}", by_ref_sum);
    println!("last {:?} min {:?} max {:?}", (0..black_box(7)).last(), (3..9).min(), (3..9).rev().max());
    let chars_rev: String = "stressed".chars().rev().collect();
    println!("{}", chars_rev);
}
