// Checks tuples: construction, field access, destructuring, nesting, tuples of mixed widths, comparison, as args/returns.
use std::hint::black_box;

fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn minmax(xs: &[i32]) -> (i32, i32) {
    let mut r = (i32::MAX, i32::MIN);
    for &x in xs {
        if x < r.0 {
            r.0 = x;
        }
        if x > r.1 {
            r.1 = x;
        }
    }
    r
}

fn rotate3<A, B, C>((a, b, c): (A, B, C)) -> (B, C, A) {
    (b, c, a)
}

fn main() {
    let t = (black_box(1u8), -2i16, 3u32, -4i64, true, 'c', "str");
    println!("{:?}", t);
    println!("{} {} {} {} {} {} {}", t.0, t.1, t.2, t.3, t.4, t.5, t.6);
    let (q, r) = divmod(black_box(1000), black_box(7));
    println!("divmod {} {}", q, r);
    println!("minmax {:?}", minmax(&[5, -3, 12, 0, -8, 7]));
    println!("{:?}", rotate3((black_box(1u8), "two", (3u16, 4u64))));
    let mut nested = ((1u8, 2u16), (3u32, (4u64, 5i8)));
    (nested.1).1.0 += black_box(10);
    nested.0.1 *= 300;
    let ((a, b), (c, (d, e))) = nested;
    println!("{:?} -> {} {} {} {} {}", nested, a, b, c, d, e);
    let mut pair = (black_box(10), 20);
    pair = (pair.1, pair.0);
    println!("swapped {:?}", pair);
    let (x, _, z) = (1, black_box(2), 3);
    println!("ignore {} {}", x, z);
    let cmp = [(1, 'b'), (1, 'a'), (0, 'z'), (2, 'a')];
    let mut sorted = cmp;
    sorted.sort();
    println!("{:?} {} {}", sorted, (1, 2, 3) < (1, 3, 0), (black_box(5u8), false) == (5, false));
    let unit = ();
    println!("{:?} {}", unit, std::mem::size_of::<(u8, u64, u8)>());
    let tuple_vec: Vec<(String, u32)> = vec![("a".to_string(), 1), ("bb".to_string(), 22)];
    for (s, n) in &tuple_vec {
        println!("{}={}", s, n);
    }
    let sum: u32 = tuple_vec.iter().map(|(s, n)| s.len() as u32 * n).sum();
    println!("weighted {}", sum);
    let single = (black_box(7u64),);
    println!("{:?} {}", single, single.0);
}
