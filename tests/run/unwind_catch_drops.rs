// Checks catch_unwind, drops on unwound frames, panics crossing std frames (sort_by, map), thread join, uncaught panic.
struct G(&'static str);
impl Drop for G { fn drop(&mut self) { println!("drop {}", self.0); } }
fn inner(n: u32) -> u32 { let _g = G("inner"); if std::hint::black_box(n) > 2 { panic!("boom {}", n); } n }
fn outer(n: u32) -> u32 { let _a = G("outer-a"); let v = vec![G("in-vec1"), G("in-vec2")]; let r = inner(n); drop(v); r }
fn main() {
    let r = std::panic::catch_unwind(|| outer(1)); println!("{:?}", r.is_ok());
    let r = std::panic::catch_unwind(|| outer(5)); println!("caught: {:?}", r.map_err(|e| e.downcast_ref::<String>().cloned()));
    let mut v = vec![3, 1, 2];
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| v.sort_by(|a, b| { if *a == 2 { panic!("cmp") } a.cmp(b) })));
    println!("sort panicked: {}", r.is_err());
    let h = std::thread::spawn(|| { let _g = G("thread"); panic!("in thread") });
    println!("join err: {}", h.join().is_err());
    let r: Result<Vec<u32>, _> = std::panic::catch_unwind(|| (0..5).map(|x| if x == 3 { panic!("map") } else { x }).collect());
    println!("map: {}", r.is_err());
    let _z = G("main-end");
    outer(7);
}
