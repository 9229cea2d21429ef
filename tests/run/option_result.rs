// Checks Option/Result: match, if let, let-else, combinators (map, and_then, unwrap_or, ok_or, filter, zip), ?, niche layouts (Option<&T>, Option<Box<T>>, Option<NonZero>).
#![allow(dead_code)]
use std::hint::black_box;
use std::num::NonZeroU32;

#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i64),
}

fn div(a: i64, b: i64) -> Result<i64, MathError> {
    if b == 0 { Err(MathError::DivByZero) } else { Ok(a / b) }
}

fn isqrt(x: i64) -> Result<i64, MathError> {
    if x < 0 {
        return Err(MathError::Negative(x));
    }
    let mut r = 0;
    while (r + 1) * (r + 1) <= x {
        r += 1;
    }
    Ok(r)
}

fn compute(a: i64, b: i64) -> Result<i64, MathError> {
    let q = div(a, b)?;
    let s = isqrt(q)?;
    Ok(s + 1)
}

fn describe(o: Option<u8>) -> String {
    let Some(v) = o else {
        return "none".to_string();
    };
    if let 0..=9 = v { format!("digit {}", v) } else { format!("big {}", v) }
}

fn lookup(key: &str) -> Option<u32> {
    match key {
        "one" => Some(1),
        "two" => Some(2),
        "ten" => Some(10),
        _ => None,
    }
}

fn main() {
    for (a, b) in [(100, 4), (1, 0), (-50, 2), (99, 1)] {
        match compute(black_box(a), black_box(b)) {
            Ok(v) => println!("compute({}, {}) = {}", a, b, v),
            Err(MathError::DivByZero) => println!("compute({}, {}): division by zero", a, b),
            Err(e) => println!("compute({}, {}): {:?}", a, b, e),
        }
    }
    println!("{} {} {}", describe(None), describe(Some(black_box(4))), describe(Some(black_box(200))));
    let keys = ["one", "three", "ten"];
    for k in keys {
        let v = lookup(black_box(k));
        println!("{}: {:?} map {:?} and_then {:?} unwrap_or {} filter {:?} ok_or {:?}", k, v, v.map(|x| x * 100), v.and_then(|x| x.checked_sub(2)), v.unwrap_or(0), v.filter(|x| x % 2 == 0), v.ok_or("missing"));
    }
    let sum: Option<u32> = keys.iter().map(|k| lookup(k)).sum();
    let sum_ok: Option<u32> = ["one", "two"].iter().map(|k| lookup(k)).sum();
    println!("sum {:?} {:?}", sum, sum_ok);
    let collected: Result<Vec<i64>, MathError> = [4, 9, 16].iter().map(|&x| isqrt(black_box(x))).collect();
    let failed: Result<Vec<i64>, MathError> = [4, -9, 16].iter().map(|&x| isqrt(black_box(x))).collect();
    println!("{:?} {:?}", collected, failed);
    let r: Result<u8, String> = "300".parse::<u8>().map_err(|e| e.to_string());
    println!("{:?} {:?}", r, "25".parse::<u8>().map(|x| x * 2));
    println!("{:?} {:?}", Some(black_box(1)).zip(Some('a')), Some(2).zip(None::<char>));
    println!("{:?} {:?}", Some(black_box(3)).xor(None), Some(3).or(Some(4)));
    let mut o = Some(black_box(5));
    if let Some(x) = o.as_mut() {
        *x += 10;
    }
    println!("{:?}", o);
    let taken = o.take();
    println!("take {:?} then {:?}", taken, o);
    println!("replace {:?} insert {}", o.replace(1), o.insert(7));
    println!("get_or_insert {}", None.get_or_insert(black_box(8)));
    let ok: Result<i32, i32> = Ok(black_box(3));
    let err: Result<i32, i32> = Err(black_box(-3));
    println!("{} {} {:?} {:?} {} {}", ok.is_ok(), err.is_err(), ok.ok(), err.err(), ok.unwrap_or_default(), err.unwrap_or_else(|e| e * 10));
    println!("sizes {} {} {} {}", std::mem::size_of::<Option<&u64>>(), std::mem::size_of::<Option<Box<u8>>>(), std::mem::size_of::<Option<NonZeroU32>>(), std::mem::size_of::<Option<u32>>());
    let nz = NonZeroU32::new(black_box(0));
    let nz2 = NonZeroU32::new(black_box(17));
    println!("{:?} {:?}", nz, nz2.map(|n| n.get() * 2));
    let r = &black_box(64u64);
    let optref: Option<&u64> = Some(r);
    println!("{:?} {:?}", optref.copied(), optref.map(|x| x.trailing_zeros()));
    let ob: Option<Box<i32>> = Some(Box::new(black_box(-1)));
    println!("{:?}", ob.map(|b| *b - 1));
    let bools: Vec<Option<bool>> = vec![Some(true), None, Some(false)];
    println!("{:?}", bools.iter().flatten().collect::<Vec<_>>());
}
