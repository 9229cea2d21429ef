// Checks closures: capture by ref/mut/move, FnOnce/FnMut/Fn passed to generic fns and as &dyn Fn, returning closures (impl Fn and Box<dyn Fn>), closure state.
use std::hint::black_box;

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(f: F, x: u64) -> u64
where
    F: Fn(u64) -> u64,
{
    f(f(x))
}

fn call_mut_n<F: FnMut() -> u32>(mut f: F, n: usize) -> Vec<u32> {
    (0..n).map(|_| f()).collect()
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn dyn_call(f: &dyn Fn(&str) -> usize, s: &str) -> usize {
    f(s)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn make_op(kind: u8) -> Box<dyn Fn(i64, i64) -> i64> {
    match kind {
        0 => Box::new(|a, b| a + b),
        1 => Box::new(|a, b| a * b),
        _ => {
            let k = kind as i64;
            Box::new(move |a, b| (a - b) * k)
        }
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let k = black_box(7);
    println!("apply {}", apply(|x| x * k, 6));
    println!("apply_twice {}", apply_twice(|x| x * x + 1, black_box(3)));
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(5);
    add(black_box(10));
    println!("total {}", total);
    let mut state = black_box(1u32);
    println!("fnmut {:?}", call_mut_n(|| { state *= 3; state }, 5));
    println!("state after {}", state);
    let owned = String::from("moved string");
    println!("once {}", consume(move || owned + "!"));
    let prefix = black_box("pre");
    println!("dyn {} {}", dyn_call(&|s| s.len() + prefix.len(), "abcd"), dyn_call(&str::len, "xy"));
    let add5 = make_adder(black_box(5));
    let add_neg = make_adder(-100);
    println!("adders {} {}", add5(1), add_neg(add5(2)));
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("counters {} {} {} {}", c1(), c1(), c2(), c1());
    for kind in 0..3u8 {
        let op = make_op(black_box(kind));
        println!("op{} {}", kind, op(7, 3));
    }
    let f = compose(|x: u8| x as u32 * 1000, |y: u32| format!("<{}>", y));
    println!("compose {}", f(black_box(42)));
    let fns: Vec<Box<dyn Fn(u32) -> u32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 2), Box::new(move |x| x ^ k as u32)];
    let r = fns.iter().fold(black_box(10u32), |acc, f| f(acc));
    println!("chain {}", r);
    let big = (black_box(1u64), 2u64, 3u64, 4u64, 5u64);
    let sum_big = move || big.0 + big.1 + big.2 + big.3 + big.4;
    println!("big capture {}", sum_big());
    let v = vec![1, 2, 3];
    let borrow_len = || v.len();
    println!("borrow {} {:?}", borrow_len(), v);
    let fp: fn(i32) -> i32 = |x| x - 1;
    println!("coerced {}", apply(fp, black_box(0)));
    let rec_fact = |n: u64| -> u64 {
        fn inner(n: u64) -> u64 {
            if n == 0 { 1 } else { n * inner(n - 1) }
        }
        inner(n)
    };
    println!("fact {}", rec_fact(black_box(12)));
}
