//@ compile-flags: -Ccodegen-units=8
// Calls and addresses of functions and statics defined in other CGUs, in std and in libc:
// direct calls go `sym@PLT`, addresses through GOT loads the linker may turn into `lea`.
// Whatever the linker does, each function and static has one address.

use std::ffi::{CStr, c_char};
use std::sync::atomic::{AtomicUsize, Ordering};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
    fn abs(x: i32) -> i32;
    static environ: *const *const c_char;
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);
static TABLE: [fn(i32) -> i32; 3] = [double, negate, twice_abs];
static mut SCRATCH: [u64; 4] = [1, 2, 3, 4];

mod a {
    #[inline(never)]
    pub fn address_of_double() -> usize {
        super::double as fn(i32) -> i32 as usize
    }
    #[inline(never)]
    pub fn address_of_strlen() -> usize {
        super::strlen as unsafe extern "C" fn(_) -> _ as usize
    }
    #[inline(never)]
    pub fn address_of_counter() -> usize {
        &super::COUNTER as *const _ as usize
    }
}

mod b {
    #[inline(never)]
    pub fn address_of_double() -> usize {
        let f: fn(i32) -> i32 = super::double;
        f as usize
    }
    #[inline(never)]
    pub fn address_of_strlen() -> usize {
        let f: unsafe extern "C" fn(*const std::ffi::c_char) -> usize = super::strlen;
        f as usize
    }
    #[inline(never)]
    pub fn address_of_counter() -> usize {
        std::ptr::addr_of!(super::COUNTER) as usize
    }
}

#[inline(never)]
fn double(x: i32) -> i32 {
    COUNTER.fetch_add(1, Ordering::Relaxed);
    x * 2
}

#[inline(never)]
fn negate(x: i32) -> i32 {
    COUNTER.fetch_add(1, Ordering::Relaxed);
    -x
}

#[inline(never)]
fn twice_abs(x: i32) -> i32 {
    unsafe { abs(x) * 2 }
}

trait Shape {
    fn area(&self) -> u64;
}
struct Square(u64);
impl Shape for Square {
    fn area(&self) -> u64 {
        self.0 * self.0
    }
}

#[inline(never)]
fn vtable_of(shape: &dyn Shape) -> usize {
    let (_data, vtable): (usize, usize) = unsafe { std::mem::transmute(shape as *const dyn Shape) };
    vtable
}

fn main() {
    println!("same fn address: {}", a::address_of_double() == b::address_of_double());
    println!("same libc fn address: {}", a::address_of_strlen() == b::address_of_strlen());
    println!("same static address: {}", a::address_of_counter() == b::address_of_counter());
    let strlen_ptr: unsafe extern "C" fn(*const c_char) -> usize =
        unsafe { std::mem::transmute(a::address_of_strlen()) };
    println!("strlen through pointer: {}", unsafe { strlen_ptr(c"twelve chars".as_ptr()) });

    let results: Vec<i32> = TABLE.iter().map(|f| f(-21)).collect();
    println!("table: {results:?}, counter {}", COUNTER.load(Ordering::Relaxed));
    println!("table entry is double: {}", TABLE[0] as usize == a::address_of_double());

    unsafe {
        let scratch = &raw mut SCRATCH;
        (*scratch)[2] += 40;
        println!("scratch: {:?}", *scratch);
        let first = *environ;
        println!("environ has an entry: {}", !first.is_null());
        if !first.is_null() {
            println!("first entry has '=': {}", CStr::from_ptr(first).to_bytes().contains(&b'='));
        }
    }

    let square = Square(7);
    let one: &dyn Shape = &square;
    let two: &dyn Shape = &Square(3);
    println!("areas {} {}", one.area(), two.area());
    println!("one vtable: {}", vtable_of(one) == vtable_of(two));
    let formatted = format!("{:>6}|{:<4}|{:x}", "ab", 5, 255u8);
    println!("{formatted}");
}
