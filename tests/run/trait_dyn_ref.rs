// Checks &dyn Trait: vtable dispatch for several impls incl. ZST and large structs, default methods, supertraits, &mut dyn, dyn with generic method callers.
use std::hint::black_box;

trait Shape {
    fn area(&self) -> u64;
    fn name(&self) -> &'static str;
    fn describe(&self) -> String {
        format!("{} with area {}", self.name(), self.area())
    }
}

trait Scalable: Shape {
    fn scale(&mut self, k: u64);
}

struct Square(u64);
struct Rect {
    w: u64,
    h: u64,
}
struct Dot;
struct Poly {
    pts: [(i64, i64); 5],
    tag: u8,
}

impl Shape for Square {
    fn area(&self) -> u64 {
        self.0 * self.0
    }
    fn name(&self) -> &'static str {
        "square"
    }
}

impl Shape for Rect {
    fn area(&self) -> u64 {
        self.w * self.h
    }
    fn name(&self) -> &'static str {
        "rect"
    }
    fn describe(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

impl Shape for Dot {
    fn area(&self) -> u64 {
        0
    }
    fn name(&self) -> &'static str {
        "dot"
    }
}

impl Shape for Poly {
    fn area(&self) -> u64 {
        // Shoelace formula (twice the area, abs).
        let mut s: i64 = 0;
        for i in 0..5 {
            let (x1, y1) = self.pts[i];
            let (x2, y2) = self.pts[(i + 1) % 5];
            s += x1 * y2 - x2 * y1;
        }
        s.unsigned_abs() / 2 + self.tag as u64 * 0
    }
    fn name(&self) -> &'static str {
        "poly"
    }
}

impl Scalable for Square {
    fn scale(&mut self, k: u64) {
        self.0 *= k;
    }
}

impl Scalable for Rect {
    fn scale(&mut self, k: u64) {
        self.w *= k;
        self.h += k;
    }
}

fn total_area(shapes: &[&dyn Shape]) -> u64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn grow(s: &mut dyn Scalable, k: u64) -> String {
    s.scale(k);
    s.describe()
}

fn pick(i: usize) -> &'static dyn Shape {
    static SQ: Square = Square(9);
    static RC: Rect = Rect { w: 2, h: 50 };
    static DT: Dot = Dot;
    match i % 3 {
        0 => &SQ,
        1 => &RC,
        _ => &DT,
    }
}

trait Visitor {
    fn visit(&mut self, n: i32);
    fn result(&self) -> i32;
}

struct Summer(i32);
struct Maxer(i32);

impl Visitor for Summer {
    fn visit(&mut self, n: i32) {
        self.0 += n;
    }
    fn result(&self) -> i32 {
        self.0
    }
}

impl Visitor for Maxer {
    fn visit(&mut self, n: i32) {
        self.0 = self.0.max(n);
    }
    fn result(&self) -> i32 {
        self.0
    }
}

fn walk(data: &[i32], v: &mut dyn Visitor) -> i32 {
    for &d in data {
        v.visit(d);
    }
    v.result()
}

fn main() {
    let sq = Square(black_box(4));
    let rc = Rect { w: black_box(3), h: 7 };
    let dot = Dot;
    let poly = Poly { pts: [(0, 0), (4, 0), (black_box(4), 3), (2, 5), (0, 3)], tag: 1 };
    let shapes: [&dyn Shape; 4] = [&sq, &rc, &dot, &poly];
    for s in shapes.iter() {
        println!("{}", s.describe());
    }
    println!("total {}", total_area(&shapes));
    let mut sq2 = Square(2);
    let mut rc2 = Rect { w: 1, h: 1 };
    println!("{}", grow(&mut sq2, black_box(5)));
    println!("{}", grow(&mut rc2, black_box(5)));
    println!("{}", grow(&mut rc2, 2));
    for i in 0..4 {
        let s = pick(black_box(i));
        println!("pick {} -> {} {}", i, s.name(), s.area());
    }
    let data = [3, -1, 12, 7, -20];
    let mut visitors: Vec<Box<dyn Visitor>> = vec![Box::new(Summer(0)), Box::new(Maxer(i32::MIN))];
    for v in visitors.iter_mut() {
        println!("visitor result {}", walk(&data, v.as_mut()));
    }
    let as_dyn: &dyn std::fmt::Debug = &(black_box(1u8), "dbg");
    println!("{:?}", as_dyn);
    let disp: &dyn std::fmt::Display = &black_box(77i16);
    println!("[{:>5}]", disp.to_string());
}
