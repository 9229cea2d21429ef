// Trait objects and fn pointers in statics and consts (vtables in read-only data), panic payloads
// of every kind through catch_unwind with a custom hook, nested catch_unwind, fn_addr_eq.
use std::any::Any;
use std::fmt::Debug;
use std::panic;

trait Shape: Debug + Sync {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        format!("{:?}", self)
    }
}
trait Sides {
    const SIDES: u32 = 0;
}
impl Sides for Sq {}
impl Sides for Tri {}
#[derive(Debug)]
struct Sq(f64);
#[derive(Debug)]
struct Tri {
    b: f64,
    h: f64,
}
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Shape for Tri {
    fn area(&self) -> f64 {
        0.5 * self.b * self.h
    }
    fn name(&self) -> String {
        "triangle".into()
    }
}

static SHAPES: &[&dyn Shape] = &[&Sq(2.0), &Tri { b: 3.0, h: 4.0 }, &Sq(0.5)];
static DEBUGS: [&(dyn Debug + Sync); 4] = [&1u8, &"two", &[3i16, -3], &Some('4')];
const TABLE: &[(&str, fn(f64) -> f64)] =
    &[("sqrt", f64::sqrt), ("neg", |x| -x), ("double", double)];
fn double(x: f64) -> f64 {
    x * 2.0
}

static mut HOOK_CALLS: u32 = 0;

#[derive(Debug)]
struct Custom {
    code: i32,
}

fn payload_desc(p: &Box<dyn Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("&str {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String {s}")
    } else if let Some(c) = p.downcast_ref::<Custom>() {
        format!("Custom {}", c.code)
    } else if let Some(n) = p.downcast_ref::<u64>() {
        format!("u64 {n}")
    } else {
        "unknown".into()
    }
}

fn main() {
    for s in SHAPES {
        println!("{} {:.2}", s.name(), s.area());
    }
    println!("{} {}", <Sq as Sides>::SIDES, <Tri as Sides>::SIDES);
    println!("{:?}", DEBUGS);
    for (n, f) in TABLE {
        println!("{n} {}", f(16.0));
    }
    let total: f64 = SHAPES.iter().map(|s| s.area()).sum();
    println!("total {total}");

    panic::set_hook(Box::new(|info| {
        unsafe {
            HOOK_CALLS += 1;
        }
        let loc = info.location().map(|l| l.line()).unwrap_or(0);
        eprintln!(
            "hook: line {loc} payload str? {}",
            info.payload().downcast_ref::<&str>().is_some()
        );
    }));
    let results: Vec<Box<dyn Any + Send>> = vec![
        panic::catch_unwind(|| panic!("static message")).unwrap_err(),
        panic::catch_unwind(|| panic!("formatted {}", 42)).unwrap_err(),
        panic::catch_unwind(|| panic::panic_any(Custom { code: -7 })).unwrap_err(),
        panic::catch_unwind(|| panic::resume_unwind(Box::new(99u64))).unwrap_err(),
        panic::catch_unwind(|| {
            let v: Vec<i32> = vec![];
            v[3]
        })
        .unwrap_err(),
        panic::catch_unwind(|| {
            let _ = u8::try_from(300i32).unwrap();
        })
        .unwrap_err(),
    ];
    for r in &results {
        println!("{}", payload_desc(r));
    }
    let _ = panic::take_hook();
    println!("hook calls {}", unsafe { HOOK_CALLS });
    let nested = panic::catch_unwind(|| {
        let inner = panic::catch_unwind(|| panic!("inner"));
        println!("inner caught {}", inner.is_err());
        panic!("outer");
    });
    println!("outer caught {}", nested.is_err());
    let f1: fn(f64) -> f64 = double;
    let f2: fn(f64) -> f64 = double;
    println!("fn eq {}", std::ptr::fn_addr_eq(f1, f2));
}
