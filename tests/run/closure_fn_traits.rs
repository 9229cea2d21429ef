// Checks closures implementing FnOnce/FnMut/Fn with captures by move and by reference, passed to generic and dyn parameters, and captured state observed afterwards.
use std::hint::black_box;

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn call_mut_n<F: FnMut(u32) -> u32>(mut f: F, n: u32) -> u32 {
    let mut last = 0;
    for i in 0..n {
        last = f(i);
    }
    last
}

fn call_fn_twice(f: &dyn Fn(i64) -> i64, x: i64) -> i64 {
    f(f(x))
}

fn apply_all(fs: &mut [&mut dyn FnMut() -> i32]) -> Vec<i32> {
    fs.iter_mut().map(|f| f()).collect()
}

fn make_once(v: Vec<u8>) -> impl FnOnce(usize) -> usize {
    move |k| v.into_iter().map(|b| b as usize * k).sum()
}

fn main() {
    // FnOnce consuming a moved String.
    let owned = format!("owned-{}", black_box(7));
    let once = move || {
        let mut s = owned;
        s.push_str("-consumed");
        s
    };
    println!("{}", call_once(once));

    // FnMut capturing by mutable reference.
    let mut acc = black_box(100u32);
    let r = call_mut_n(|i| {
        acc += i * i;
        acc
    }, 5);
    println!("fnmut last={} acc={}", r, acc);

    // FnMut capturing by move: the original stays unchanged.
    let mut counter = black_box(10u32);
    let mut moved = move |i: u32| {
        counter += i;
        counter
    };
    let a = moved(1);
    let b = moved(2);
    println!("moved counter results {} {} original={}", a, b, counter);

    // Fn capturing by shared reference.
    let factor = black_box(3i64);
    let offset = black_box(-4i64);
    let lin = |x: i64| x * factor + offset;
    println!("fn twice: {}", call_fn_twice(&lin, 5));
    println!("fn direct: {} {}", lin(0), lin(-10));

    // Closure capturing a field of a struct (disjoint capture) while another field is mutated.
    struct S {
        a: Vec<i32>,
        b: i32,
    }
    let mut s = S { a: vec![1, 2, 3], b: 0 };
    {
        let total = || s.a.iter().sum::<i32>();
        s.b = 5;
        println!("disjoint total={} b={}", total(), s.b);
    }

    // Several FnMut trait objects with separate state.
    let mut x = 0;
    let mut y = 1000;
    let mut fx = || {
        x += 1;
        x
    };
    let mut fy = || {
        y -= 7;
        y
    };
    for _ in 0..3 {
        println!("apply_all: {:?}", apply_all(&mut [&mut fx, &mut fy]));
    }
    println!("x={} y={}", x, y);

    // impl FnOnce returned from a fn and consumed.
    let v = vec![black_box(1u8), 2, 3];
    let once2 = make_once(v);
    println!("impl FnOnce {}", once2(10));

    // Closures returning closures.
    let adder = |n: i32| move |m: i32| n + m;
    let add5 = adder(black_box(5));
    let add9 = adder(black_box(9));
    println!("adders {} {}", add5(1), add9(add5(1)));
}
