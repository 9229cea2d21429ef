// Calls to `#[inline(always)]` functions are inlined by our backend (as by LLVM's
// always-inliner): copies with statics, strings and thread-locals (symbol addresses the copy
// must rename), drops and panics unwinding out of a copy, `catch_unwind` inside one, copies in
// copies, recursion, `#[track_caller]`, big returns, and the same function through a pointer.
use std::cell::Cell;
use std::panic::catch_unwind;

static TABLE: [u8; 4] = [7, 11, 13, 17];
static mut COUNTER: u32 = 0;

thread_local! {
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

#[inline(always)]
fn lookup(i: usize) -> u8 {
    TABLE[i % 4]
}

#[inline(always)]
fn name(i: u32) -> &'static str {
    if i % 2 == 0 { "even" } else { "odd" }
}

#[inline(always)]
fn bump() -> u32 {
    CALLS.with(|c| c.set(c.get() + 1));
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    a.rotate_left(5) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[inline(always)]
fn mix3(a: u64, b: u64, c: u64) -> u64 {
    mix(mix(a, b), c) + lookup(a as usize) as u64
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[inline(always)]
fn guarded(x: i32) -> i32 {
    let _g = Noisy("guard");
    if x < 0 {
        panic!("negative: {}", x);
    }
    x * 2
}

#[inline(always)]
fn outer_guard(x: i32) -> i32 {
    let _g = Noisy("outer");
    guarded(x) + 1
}

#[inline(always)]
fn caught(x: i32) -> Result<i32, String> {
    catch_unwind(|| guarded(x)).map_err(|e| e.downcast_ref::<String>().cloned().unwrap_or_default())
}

#[inline(always)]
fn fact(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * fact(n - 1) }
}

#[inline(always)]
fn ping(n: u32) -> u32 {
    if n == 0 { 0 } else { 1 + pong(n - 1) }
}

#[inline(always)]
fn pong(n: u32) -> u32 {
    if n == 0 { 100 } else { 2 + ping(n - 1) }
}

#[inline(always)]
#[track_caller]
fn where_am_i() -> u32 {
    std::panic::Location::caller().line()
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Big {
    a: [u64; 5],
    tag: u8,
}

#[inline(always)]
fn make_big(seed: u64) -> Big {
    let mut a = [0; 5];
    for (i, x) in a.iter_mut().enumerate() {
        *x = seed.wrapping_mul(i as u64 + 1);
    }
    Big { a, tag: (seed % 251) as u8 }
}

#[inline(always)]
fn pick<T: Copy + PartialOrd>(xs: &[T]) -> Option<T> {
    let mut best = *xs.first()?;
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

#[inline(always)]
fn many(a: u8, b: u16, c: u32, d: u64, e: i8, f: i16, g: i32, h: i64, i: f32, j: f64) -> f64 {
    a as f64 + b as f64 + c as f64 + d as f64 + e as f64 + f as f64 + g as f64 + h as f64
        + i as f64 * j
}

fn main() {
    println!("{} {} {}", lookup(0), lookup(5), lookup(usize::MAX));
    println!("{} {}", name(2), name(3));
    for _ in 0..3 {
        print!("{} ", bump());
    }
    println!("calls {}", CALLS.with(|c| c.get()));
    println!("{:x}", mix3(1, 2, 3));
    println!("{}", outer_guard(20));
    println!("{:?}", caught(5));
    println!("{:?}", caught(-5));
    let r = catch_unwind(|| outer_guard(-1));
    println!("outer panicked: {}", r.is_err());
    println!("{} {}", fact(10), fact(20));
    println!("{} {}", ping(7), pong(8));
    println!("line {}", where_am_i());
    let b = make_big(12345);
    println!("{:?}", b);
    println!("{:?} {:?} {:?}", pick(&[3, 9, 2]), pick(&[1.5f32, -2.0]), pick::<u8>(&[]));
    println!("{}", many(1, 2, 3, 4, -5, -6, -7, -8, 0.5, 3.0));
    let f: fn(u64) -> u64 = fact;
    println!("{}", f(5));
    let total: u64 = (0..100u64).map(|i| mix(i, i + 1) % 1000).sum();
    println!("{total}");
}
