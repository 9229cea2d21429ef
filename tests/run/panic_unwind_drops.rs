// Checks that a panic unwinds through several frames running Drop impls (which print) in the right order: innermost frame first, reverse declaration order.
use std::hint::black_box;

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.0);
    }
}

fn level3(n: u32) -> u32 {
    let _g = Guard("level3");
    if n > 2 {
        panic!("level3 failed with n={}", n);
    }
    n
}

fn level2(n: u32) -> u32 {
    let _a = Guard("level2-a");
    let v = vec![Guard("vec-0"), Guard("vec-1")];
    let _b = Guard("level2-b");
    let r = level3(n) + v.len() as u32;
    println!("level2 returned normally");
    r
}

fn level1(n: u32) -> u32 {
    let _g = Guard("level1");
    let boxed = Box::new(Guard("boxed"));
    let r = level2(n);
    drop(boxed);
    r
}

fn main() {
    let _m = Guard("main");
    println!("ok call: {}", level1(black_box(1)));
    println!("failing call:");
    let r = level1(black_box(5));
    println!("unreachable {}", r);
}
