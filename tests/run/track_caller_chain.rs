// Checks #[track_caller] propagation through chains of annotated fns (location of the outermost non-tracked call), in methods, generic fns, trait impls and via fn pointers (which lose tracking).
use std::hint::black_box;
use std::panic::Location;

#[track_caller]
fn here() -> &'static Location<'static> {
    Location::caller()
}

#[track_caller]
fn level2() -> (u32, u32) {
    let l = here();
    (l.line(), l.column())
}

#[track_caller]
fn level1(n: u32) -> (u32, u32) {
    if black_box(n) == 0 { level2() } else { level1(n - 1) }
}

fn untracked() -> u32 {
    here().line()
}

struct Tracker {
    seen: Vec<u32>,
}

impl Tracker {
    #[track_caller]
    fn record(&mut self) -> &mut Self {
        self.seen.push(Location::caller().line());
        self
    }
}

trait Where {
    #[track_caller]
    fn where_am_i(&self) -> u32;
}

impl Where for u8 {
    #[track_caller]
    fn where_am_i(&self) -> u32 {
        Location::caller().line() * 1000 + *self as u32
    }
}

#[track_caller]
fn generic_loc<T: std::fmt::Debug>(t: T) -> String {
    let l = Location::caller();
    format!("{:?}@{}:{}", t, l.line(), l.column())
}

fn main() {
    let base = line!();
    let a = level2();
    println!("level2 line offset {} col {}", a.0 - base, a.1);
    let b = level1(3);
    println!("level1 line offset {} col {}", b.0 - base, b.1);
    let c = untracked();
    println!("untracked reports line inside untracked(): {}", c < base);

    let mut t = Tracker { seen: Vec::new() };
    t.record()
        .record()
        .record();
    let rel: Vec<u32> = t.seen.iter().map(|l| l - base).collect();
    println!("chained record offsets {:?}", rel);

    let x = black_box(7u8);
    println!("trait method offset {}", x.where_am_i() - base * 1000);
    let dynx: &dyn Where = &x;
    let via_dyn = dynx.where_am_i();
    println!("dyn trait method offset {}", via_dyn - base * 1000);

    let s = generic_loc(black_box("str"));
    let n = generic_loc(black_box(42i64));
    println!("generic {} | {}", s, n);

    // A fn pointer to a track_caller fn reports the location of the shim's call site, not ours.
    let fp: fn() -> (u32, u32) = level2;
    let via_ptr = black_box(fp)();
    println!("via fn pointer is inside main: {}", via_ptr.0 >= base);

    let f = Location::caller;
    let l = f();
    println!("file ends with .rs: {} line offset {}", l.file().ends_with(".rs"), l.line() - base);
}
