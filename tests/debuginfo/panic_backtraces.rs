// Backtraces of panics raised in our code, in std code instantiated in our crate (with the
// calls the MIR inliner folded into it), through trait objects, closures, threads and macros:
// every frame's function and file:line:col must be those of the LLVM build.
use std::collections::HashMap;
use std::panic::catch_unwind;

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        if self.0 < 0.0 {
            panic!("negative side {}", self.0);
        }
        self.0 * self.0
    }
}

fn nth_clone<T: std::fmt::Debug + Clone>(items: &[T], i: usize) -> T {
    items.iter().cloned().nth(i).expect("index in range")
}

fn doubled_sum(v: &[i32]) -> i32 {
    v.iter()
        .map(|x| {
            let y = x * 2;
            if y > 10 { None::<i32>.unwrap() } else { y }
        })
        .sum()
}

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    let cases: Vec<(&str, Box<dyn Fn() + std::panic::RefUnwindSafe>)> = vec![
        ("dyn", Box::new(|| {
            let s: Box<dyn Shape> = Box::new(Square(-1.0));
            println!("{}", s.area());
        })),
        ("generic", Box::new(|| println!("{:?}", nth_clone(&[1u8, 2], 5)))),
        ("closure", Box::new(|| println!("{}", doubled_sum(&[1, 2, 8])))),
        ("assert", Box::new(move || assert_eq!(m["a"], 2, "map value"))),
        ("thread", Box::new(|| {
            let joined = std::thread::spawn(|| {
                let v: Vec<u32> = Vec::new();
                v[3]
            })
            .join();
            println!("thread failed: {}", joined.is_err());
        })),
        ("overflow", Box::new(|| {
            let x: u8 = std::hint::black_box(7u8) * 40;
            println!("{x}");
        })),
        ("str", Box::new(|| {
            let s = String::from("héllo");
            println!("{}", &s[0..2]);
        })),
    ];
    for (name, case) in &cases {
        println!("== {name}");
        println!("caught: {}", catch_unwind(case).is_err());
    }
}
