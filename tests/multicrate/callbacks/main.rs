// Binary half of the `callbacks` multicrate case: passes closures/fn pointers into mylib, receives structs of several sizes by value, and moves String/Vec across the boundary.
use std::hint::black_box;

use mylib::{Big, Pair, Tiny};

fn triple(x: i64) -> i64 {
    x * 3
}

fn main() {
    println!("apply_fn {} {}", mylib::apply_fn(triple, black_box(7)), mylib::apply_fn(|x| x - 1, 0));
    let k = black_box(5);
    println!("apply_closure {}", mylib::apply_closure(|x| x * k + 1, 2));
    let mut seen = Vec::new();
    mylib::apply_mut(|i| seen.push(i * i), black_box(5));
    println!("apply_mut {:?}", seen);
    let owned = String::from("owned");
    println!("apply_once {}", mylib::apply_once(move || owned + " value"));
    let min = black_box(3);
    println!("apply_dyn {:?}", mylib::apply_dyn(&|w: &str| w.len().saturating_sub(min), &["a", "abcd", "abcdefg"]));
    let m = mylib::make_multiplier(black_box(-4));
    println!("multiplier {} {}", m(10), mylib::apply_closure(&m, 3));
    let mut counter = mylib::make_boxed(black_box(7));
    println!("boxed {} {} {}", counter(), counter(), counter());

    let t: Tiny = mylib::tiny(black_box(100));
    let p: Pair = mylib::pair(black_box(0xabcd));
    let b: Big = mylib::big(black_box(12));
    println!("{:?} {:?}", t, p);
    println!("{:?}", b);
    let c = mylib::combine(t, p, b);
    println!("{:?}", c);
    println!("eq {} {}", c == b, mylib::tiny(100) == t);
    println!("{:?} {:?}", mylib::tuple3(black_box(65535)), mylib::tuple3(black_box(8)));

    let s = mylib::shout(String::from("hello"));
    println!("{} {}", s, s.len());
    let words: Vec<String> = vec!["x".into(), "four".into(), String::new()];
    println!("{:?}", mylib::lengths(&words));
    let r = mylib::build_report("numbers", vec![3, 1, black_box(-4)]);
    println!("{:?}", r);
    let r2 = mylib::build_report("positive", (1..=4).collect());
    println!("{} {:?} {}", r2.title, r2.values, r2.ok);
    let strs = mylib::transform_vec(vec![1u8, 2, 3], |x| format!("#{}", x));
    println!("{:?}", strs);
    let doubled = mylib::transform_vec(strs, |s| s.repeat(2));
    println!("{:?}", doubled);
    let mut v = vec![1u32];
    let mut st = String::from("start");
    for _ in 0..3 {
        mylib::extend_in_place(&mut v, &mut st);
    }
    println!("{:?} {}", v, st);
}
