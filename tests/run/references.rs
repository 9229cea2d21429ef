// Checks references: &/&mut to locals, fields, array elements; reborrowing; passing refs to fns; refs to refs; mutating through &mut in loops.
use std::hint::black_box;

fn inc(x: &mut i32) {
    *x += 1;
}

fn larger<'a>(a: &'a i64, b: &'a i64) -> &'a i64 {
    if *a > *b { a } else { b }
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn largest_mut(xs: &mut [u32]) -> &mut u32 {
    let mut best = 0;
    for i in 1..xs.len() {
        if xs[i] > xs[best] {
            best = i;
        }
    }
    &mut xs[best]
}

struct Counter {
    hits: u32,
    misses: u32,
}

fn pick(c: &mut Counter, hit: bool) -> &mut u32 {
    if hit { &mut c.hits } else { &mut c.misses }
}

fn deref_chain(r: &&&u16) -> u16 {
    ***r + 1
}

fn swap_refs(a: &mut (u8, u8)) {
    let (x, y) = a;
    std::mem::swap(x, y);
}

fn main() {
    let mut n = black_box(41);
    inc(&mut n);
    {
        let r = &mut n;
        inc(r);
        inc(&mut *r);
        *r *= 2;
    }
    println!("n {}", n);
    let a = black_box(-5i64);
    let b = black_box(3i64);
    println!("larger {}", larger(&a, &b));
    println!("first_word {:?} {:?}", first_word(black_box("hello world")), first_word("single"));
    let mut v = [3u32, 9, 4, 9, 1];
    *largest_mut(&mut v) += 100;
    println!("{:?}", v);
    let mut c = Counter { hits: 0, misses: 0 };
    for i in 0..black_box(10) {
        *pick(&mut c, i % 3 == 0) += i;
    }
    println!("hits {} misses {}", c.hits, c.misses);
    let x = black_box(99u16);
    let rx = &x;
    let rrx = &rx;
    println!("chain {}", deref_chain(&rrx));
    let mut pair = (black_box(1u8), 2u8);
    swap_refs(&mut pair);
    println!("{:?}", pair);
    let mut total = 0;
    let data = vec![1, 2, 3, 4];
    for r in &data {
        total += *r * 10;
    }
    for r in data.iter() {
        total += r;
    }
    println!("total {}", total);
    let mut m = [[0u8; 3]; 3];
    for (i, row) in m.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = (i * 3 + j) as u8;
        }
    }
    let r: &mut [u8; 3] = &mut m[1];
    r[2] = 200;
    let cell: &mut u8 = &mut m[2][0];
    *cell += 50;
    println!("{:?}", m);
    let s = String::from("borrowed");
    let rs: &String = &s;
    let rstr: &str = rs;
    println!("{} {} {}", rs.len(), rstr.to_uppercase(), std::ptr::eq(rs.as_str(), rstr));
    let opt = Some(black_box(5));
    if let Some(ref v) = opt {
        println!("ref binding {}", v + 1);
    }
    let mut optm = Some(black_box(String::from("abc")));
    if let Some(s) = &mut optm {
        s.push('d');
    }
    println!("{:?}", optm);
}
