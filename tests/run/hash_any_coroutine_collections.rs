// Derived `Hash` of enums through a fixed-key SipHash (so iteration order is part of the output),
// `Any` downcasts and `type_name`, a resumable coroutine, f16/f128 arithmetic, and std collections
// and formatting flags.
#![feature(coroutines, coroutine_trait, stmt_expr_attributes, f16, f128)]
use std::any::{Any, TypeId};
use std::collections::{BTreeMap, HashMap, HashSet, BinaryHeap, VecDeque};
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};
use std::ops::{Coroutine, CoroutineState};
use std::pin::Pin;
use std::fmt::Write as _;

#[derive(Hash, PartialEq, Eq, Debug, Clone, PartialOrd, Ord)]
enum Key { A(u8), B { x: i64, y: String }, C(Option<Box<Key>>), D }

fn h<T: Hash>(t: &T) -> u64 { let mut s = DefaultHasher::new(); t.hash(&mut s); s.finish() }

fn describe(a: &dyn Any) -> String {
    if let Some(x) = a.downcast_ref::<i32>() { format!("i32 {x}") }
    else if let Some(s) = a.downcast_ref::<String>() { format!("string {s}") }
    else if a.type_id() == TypeId::of::<Key>() { "key".into() }
    else { "other".into() }
}

fn main() {
    let n = std::env::args().count() as i64;
    let keys = vec![Key::A(3), Key::B { x: -n, y: "hi".into() }, Key::C(Some(Box::new(Key::D))), Key::D, Key::C(None)];
    for k in &keys { println!("{:?} {:x}", k, h(k)); }
    let mut m: HashMap<Key, usize, BuildHasherDefault<DefaultHasher>> = Default::default();
    for (i, k) in keys.iter().enumerate() { m.insert(k.clone(), i); }
    let mut v: Vec<_> = m.iter().collect(); v.sort();
    println!("{:?}", v);
    let s: HashSet<u128, BuildHasherDefault<DefaultHasher>> = (0..50u128).map(|i| i * i << 70).collect();
    let mut order = String::new();
    for x in &s { write!(order, "{},", x % 1000).unwrap(); }
    println!("{order}");
    println!("{} {} {}", describe(&5i32), describe(&String::from("z")), describe(&keys[0]));
    println!("{} {}", std::any::type_name::<HashMap<Key, Vec<&str>>>(), std::any::type_name_of_val(&main));
    let mut co = #[coroutine] move |mut x: i64| {
        let mut acc = Vec::new();
        for i in 0..4 { acc.push(i * x); x = yield acc.len() as i64 * n; }
        acc.iter().sum::<i64>()
    };
    let mut step = 1;
    loop {
        match Pin::new(&mut co).resume(step) {
            CoroutineState::Yielded(y) => { println!("yield {y}"); step += 3; }
            CoroutineState::Complete(r) => { println!("done {r}"); break; }
        }
    }
    let a: f16 = 1.5; let b: f16 = n as f16 * 0.3;
    println!("{:?} {:?} {:?} {:?} {:?}", a + b, a * b, a / b, (a - b).abs(), a.max(b));
    println!("{:?} {:?} {}", b as f32, (b as f64).sqrt(), (a + b) as i32);
    let q: f128 = 3.25; let r: f128 = n as f128 / 7.0;
    println!("{:?} {:?} {}", (q * r) as f64, (q - r) as f32, (q / r) as u64);
    println!("{}", q > r);
    let mut heap: BinaryHeap<(u32, i8)> = (0..20).map(|i| ((i * 7919) % 31, -(i as i8))).collect();
    while let Some(x) = heap.pop() { print!("{x:?}"); } println!();
    let mut dq: VecDeque<i32> = VecDeque::with_capacity(3);
    for i in 0..10 { if i % 3 == 0 { dq.push_front(i) } else { dq.push_back(i) } if dq.len() > 5 { dq.pop_front(); } }
    dq.rotate_left(2); dq.make_contiguous().sort(); println!("{dq:?}");
    let bt: BTreeMap<String, Vec<f64>> = (0..30).map(|i| (format!("k{:03}", (i * 17) % 30), vec![i as f64 / 3.0; i % 4])).collect();
    println!("{:?}", bt.range("k010".to_string().."k020".to_string()).collect::<Vec<_>>());
    println!("{:>10.3e}|{:<+8}|{:^#12x}|{:08.2}|{:?}|{:#?}", 12345.678f64, 42, 255u8, -3.14159f32, "tab\t\"q\"", (1, "a"));
    println!("{:e} {:E} {:?} {:?} {}", 0.0001234f32, 1e300f64, f64::MIN_POSITIVE, 1.0e-7f64, f32::MAX);
    println!("{:?}", "héllo wörld ß".to_uppercase().char_indices().rev().take(5).collect::<Vec<_>>());
    let text = "the quick brown fox jumps over the lazy dog";
    let mut words: Vec<&str> = text.split_whitespace().collect(); words.sort_by_key(|w| (w.len(), *w)); words.dedup();
    println!("{:?} {:?}", words, text.rsplitn(3, ' ').collect::<Vec<_>>());
    println!("{:?}", "1,2,,x,-5".split(',').map(|s| s.parse::<i8>()).collect::<Vec<_>>());
}
