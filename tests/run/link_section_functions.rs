// `#[link_section]` on functions, as `inventory`, `ctor` and `linkme` use it: a constructor in
// `.text.startup` registered through `.init_array` runs before main, and functions in a section
// named like a C identifier lie between the linker's start/stop symbols for it. Generic and
// inlinable functions keep their placement, and calls into the sections still work.
use std::sync::atomic::{AtomicU32, Ordering};

static REGISTERED: AtomicU32 = AtomicU32::new(0);

#[unsafe(link_section = ".text.startup")]
extern "C" fn register() {
    REGISTERED.fetch_add(describe(3) as u32, Ordering::SeqCst);
}

#[used]
#[unsafe(link_section = ".init_array")]
static CTOR: extern "C" fn() = register;

#[inline(never)]
#[unsafe(link_section = "clif_placed_fns")]
fn hash(x: u32) -> u32 {
    x.wrapping_mul(2654435761).rotate_left(7)
}

#[inline(never)]
#[unsafe(link_section = "clif_placed_fns")]
fn describe(n: usize) -> usize {
    format!("{n:>width$}", width = n).len()
}

#[unsafe(link_section = "clif_placed_fns")]
fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    items.iter().copied().fold(None, |best, x| match best {
        Some(b) if b >= x => Some(b),
        _ => Some(x),
    })
}

#[inline]
#[unsafe(link_section = ".text.clif_inlinable")]
fn small(x: i64) -> i64 {
    x * 3 + 1
}

#[unsafe(link_section = "clif_placed_fns")]
fn may_panic(x: u8) -> u8 {
    if x > 200 {
        panic!("too large: {}", x)
    }
    x + 1
}

unsafe extern "C" {
    static __start_clif_placed_fns: u8;
    static __stop_clif_placed_fns: u8;
}

fn in_placed_section(addr: usize) -> bool {
    let start = &raw const __start_clif_placed_fns as usize;
    let stop = &raw const __stop_clif_placed_fns as usize;
    (start..stop).contains(&addr)
}

fn main() {
    println!("registered before main: {}", REGISTERED.load(Ordering::SeqCst));
    let hashes: Vec<u32> = (0..5).map(hash).collect();
    println!("hashes: {hashes:?}");
    println!(
        "largest: {:?} {:?} {:?}",
        largest(&[3, 9, 2]),
        largest(&[1.5, -2.0]),
        largest::<u8>(&[])
    );
    println!("small: {}", (0..4).map(small).sum::<i64>());
    println!("described: {}", describe(12));
    let placed: [(&str, usize); 5] = [
        ("hash", hash as fn(u32) -> u32 as usize),
        ("describe", describe as fn(usize) -> usize as usize),
        ("largest::<i32>", largest::<i32> as fn(&[i32]) -> Option<i32> as usize),
        ("largest::<f64>", largest::<f64> as fn(&[f64]) -> Option<f64> as usize),
        ("may_panic", may_panic as fn(u8) -> u8 as usize),
    ];
    for (name, addr) in placed {
        println!("{name} in clif_placed_fns: {}", in_placed_section(addr));
    }
    println!("main in clif_placed_fns: {}", in_placed_section(main as fn() as usize));
    println!("may_panic(4) = {}", may_panic(4));
    let caught = std::panic::catch_unwind(|| may_panic(std::hint::black_box(250)));
    println!("may_panic(250) unwound: {}", caught.is_err());
}
