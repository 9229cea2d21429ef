// Checks closures returned as Box<dyn FnMut>, stored in struct fields (generic and boxed), and in Vecs, with state kept across calls.
use std::collections::BTreeMap;
use std::hint::black_box;

fn make_counter(start: i32, step: i32) -> Box<dyn FnMut() -> i32> {
    let mut cur = start;
    Box::new(move || {
        let r = cur;
        cur += step;
        r
    })
}

fn make_fib() -> impl FnMut() -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    move || {
        let r = a;
        let n = a + b;
        a = b;
        b = n;
        r
    }
}

struct Machine<F: Fn(u32) -> u32> {
    name: &'static str,
    op: F,
    runs: u32,
}

impl<F: Fn(u32) -> u32> Machine<F> {
    fn run(&mut self, x: u32) -> u32 {
        self.runs += 1;
        (self.op)(x)
    }
}

struct Registry {
    handlers: BTreeMap<String, Box<dyn Fn(&str) -> String>>,
    log: Vec<Box<dyn FnMut(i32) -> i32>>,
}

fn main() {
    let mut c1 = make_counter(black_box(0), 3);
    let mut c2 = make_counter(black_box(100), -10);
    for _ in 0..4 {
        println!("counters {} {}", c1(), c2());
    }

    let mut fib = make_fib();
    let fibs: Vec<u64> = (0..15).map(|_| fib()).collect();
    println!("fib {:?}", fibs);

    let k = black_box(7u32);
    let mut m = Machine { name: "mulk", op: move |x| x * k + 1, runs: 0 };
    let outs: Vec<u32> = (0..5).map(|i| m.run(i)).collect();
    println!("{} outs {:?} runs {}", m.name, outs, m.runs);

    let mut reg = Registry { handlers: BTreeMap::new(), log: Vec::new() };
    let prefix = String::from(">> ");
    let p2 = prefix.clone();
    reg.handlers.insert("upper".into(), Box::new(move |s| format!("{}{}", p2, s.to_uppercase())));
    reg.handlers.insert("rev".into(), Box::new(|s| s.chars().rev().collect()));
    reg.handlers.insert("len".into(), Box::new(|s| s.len().to_string()));
    for (name, h) in &reg.handlers {
        println!("handler {} -> {}", name, h(black_box("closure")));
    }
    let mut total = 0;
    reg.log.push(Box::new(move |x| {
        total += x;
        total
    }));
    let mut hist = Vec::new();
    reg.log.push(Box::new(move |x| {
        hist.push(x);
        hist.len() as i32 * 1000 + x
    }));
    for x in [5, -2, 10] {
        let rs: Vec<i32> = reg.log.iter_mut().map(|f| f(black_box(x))).collect();
        println!("log results {:?}", rs);
    }
    println!("prefix still usable: {:?}", prefix);

    // Vec of boxed closures composed together.
    let pipeline: Vec<Box<dyn Fn(i64) -> i64>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * x),
        Box::new(move |x| x - k as i64),
        Box::new(|x| -x),
    ];
    for start in [0i64, 3, -5] {
        let r = pipeline.iter().fold(black_box(start), |acc, f| f(acc));
        println!("pipeline({}) = {}", start, r);
    }
}
