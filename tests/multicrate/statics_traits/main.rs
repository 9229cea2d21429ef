// Binary half of the `statics_traits` multicrate case: reads mylib's statics/consts, implements mylib's traits locally, and calls trait methods via generics and dyn across the crate boundary.
use std::hint::black_box;

use mylib::{CALLS, LIMITS, NAME, Named, Rect, Shape, Square, TABLE, VERSION};

struct Circle {
    r: u32,
}

impl Shape for Circle {
    const KIND: &'static str = "circle";
    fn area(&self) -> u64 {
        3 * self.r as u64 * self.r as u64
    }
    fn scale(&mut self, k: u32) {
        self.r *= k;
    }
}

impl Named for Circle {
    fn label(&self) -> String {
        format!("Circle(r={})", self.r)
    }
}

fn describe_generic<S: Shape + Named>(s: &mut S, k: u32) -> String {
    let before = s.name();
    s.scale(k);
    format!("{} | {} -> {} [{}]", S::KIND, before, s.name(), s.label())
}

fn main() {
    println!("{} v{}.{}.{} limits {:?}", NAME, VERSION.0, VERSION.1, VERSION.2, LIMITS);
    println!("table {:?} sum {}", TABLE, TABLE.iter().map(|&x| x as i32).sum::<i32>());
    println!("limit[i] {}", LIMITS[black_box(2)]);
    let mut sq = Square { side: black_box(3) };
    let mut rc = Rect { w: 2, h: black_box(5) };
    let mut ci = Circle { r: 2 };
    println!("{}", describe_generic(&mut sq, 2));
    println!("{}", describe_generic(&mut rc, 3));
    println!("{}", describe_generic(&mut ci, 4));
    println!("total squares {}", mylib::total_area(&[Square { side: 1 }, Square { side: 2 }, sq]));
    println!("total circles {}", mylib::total_area(&[Circle { r: 1 }, Circle { r: black_box(10) }]));
    let n: u32 = black_box(77);
    let dyns: [&dyn Named; 4] = [&sq, &rc, &ci, &n];
    println!("{:?}", mylib::labels(&dyns));
    for k in 0..3u8 {
        println!("boxed {}", mylib::boxed_named(black_box(k), 9).label());
    }
    for i in 0..12 {
        mylib::scratch_write(i, (i * 3) as u8);
    }
    println!("scratch sum {}", mylib::scratch_sum());
    let before = unsafe { *(&raw const CALLS) };
    println!("calls {} (after record {})", before, mylib::record_call());
}
