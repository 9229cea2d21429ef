// Checks statics: immutable statics of scalars/arrays/structs/&str, static mut via &raw mut / addr_of_mut!, statics referencing statics, statics inside fns.
use std::hint::black_box;
use std::ptr::{addr_of, addr_of_mut};

static GREETING: &str = "static greeting";
static PRIMES: [u16; 8] = [2, 3, 5, 7, 11, 13, 17, 19];
static NEG: i64 = -1234567890123;
static BYTE: u8 = 0xab;

#[derive(Debug)]
struct Config {
    name: &'static str,
    level: u8,
    limits: (u32, u32),
}

static CONFIG: Config = Config { name: "default", level: 3, limits: (10, 200) };
static CONFIG_REF: &Config = &CONFIG;
static NESTED: &[&str] = &["a", "bc", "def"];

static mut COUNTER: u64 = 0;
static mut BUFFER: [u8; 16] = [0; 16];
static mut STATE: Config = Config { name: "mutable", level: 0, limits: (0, 0) };
static mut HITS: u32 = 0;

fn bump(by: u64) -> u64 {
    unsafe {
        let p = &raw mut COUNTER;
        *p += by;
        *p
    }
}

fn record(i: usize, v: u8) {
    unsafe {
        let buf = addr_of_mut!(BUFFER);
        (*buf)[i % 16] ^= v;
    }
    unsafe { HITS += 1 };
}

fn main() {
    println!("{} {:?} {} {:#x}", GREETING, PRIMES, NEG, BYTE);
    println!("{:?} {} {}", CONFIG, CONFIG_REF.name, CONFIG_REF.limits.1);
    println!("{:?} {}", NESTED, NESTED.iter().map(|s| s.len()).sum::<usize>());
    let idx = black_box(5);
    println!("PRIMES[{}]={} sum={}", idx, PRIMES[idx], PRIMES.iter().map(|&p| p as u32).sum::<u32>());
    for i in 1..=10 {
        bump(black_box(i));
    }
    println!("counter {}", unsafe { *addr_of!(COUNTER) });
    for i in 0..40usize {
        record(i * 7, (i as u8).wrapping_mul(37));
    }
    let snapshot = unsafe { *addr_of!(BUFFER) };
    println!("buffer {:?}", snapshot);
    println!("hits {}", unsafe { HITS });
    unsafe {
        let st = &raw mut STATE;
        (*st).level = black_box(9);
        (*st).limits.0 = 5;
        (*st).limits.1 = (*st).limits.0 * 100;
        (*st).name = GREETING;
        println!("{} {} {:?}", (*st).name, (*st).level, (*st).limits);
    }
    // Statics have stable addresses: the same static accessed twice gives the same place.
    let a = addr_of!(PRIMES);
    let b = &PRIMES as *const [u16; 8];
    println!("same address {}", a == b);
    let local_static_fn = || {
        static INNER: [i8; 3] = [-1, -2, -3];
        INNER.iter().map(|&x| x as i32).sum::<i32>()
    };
    println!("inner {}", local_static_fn());
}
