// Checks #[unsafe(no_mangle)] fns and statics defined in this crate and reached through `extern` declarations (also via fn pointers), plus #[used] statics read at runtime.
use std::hint::black_box;
use std::sync::atomic::{AtomicU32, Ordering};

#[unsafe(no_mangle)]
pub extern "C" fn cgclif_test_mix(a: u32, b: u64, c: f64) -> f64 {
    (a as f64) * 2.0 + (b as f64) / 4.0 - c
}

#[unsafe(no_mangle)]
pub extern "C" fn cgclif_test_bump(by: u32) -> u32 {
    CGCLIF_TEST_COUNTER.fetch_add(by, Ordering::SeqCst) + by
}

#[unsafe(no_mangle)]
pub static CGCLIF_TEST_COUNTER: AtomicU32 = AtomicU32::new(100);

#[unsafe(no_mangle)]
pub static CGCLIF_TEST_TABLE: [i32; 5] = [3, 1, 4, 1, 5];

#[unsafe(no_mangle)]
pub static mut CGCLIF_TEST_MUT: u64 = 7;

#[used]
static USED_MAGIC: [u8; 8] = *b"USEDSTAT";

#[used]
static USED_NUM: u64 = 0x0123_4567_89ab_cdef;

mod ffi {
    use std::sync::atomic::AtomicU32;
    unsafe extern "C" {
        pub fn cgclif_test_mix(a: u32, b: u64, c: f64) -> f64;
        pub fn cgclif_test_bump(by: u32) -> u32;
        pub static CGCLIF_TEST_COUNTER: AtomicU32;
        pub static CGCLIF_TEST_TABLE: [i32; 5];
        pub static mut CGCLIF_TEST_MUT: u64;
    }
}

fn main() {
    unsafe {
        println!("mix via extern decl {}", ffi::cgclif_test_mix(black_box(10), black_box(100), black_box(0.5)));
        let p: unsafe extern "C" fn(u32, u64, f64) -> f64 = black_box(ffi::cgclif_test_mix);
        println!("mix via extern fn ptr {}", p(1, 2, 3.0));
        let local: extern "C" fn(u32, u64, f64) -> f64 = black_box(cgclif_test_mix);
        println!("mix via local fn ptr {}", local(7, 8, 9.5));
        for i in 1..4 {
            println!("bump({}) -> {}", i, ffi::cgclif_test_bump(black_box(i)));
        }
        println!("counter direct {} via extern {}", CGCLIF_TEST_COUNTER.load(Ordering::SeqCst), ffi::CGCLIF_TEST_COUNTER.load(Ordering::SeqCst));
        let t = &*(&raw const ffi::CGCLIF_TEST_TABLE);
        println!("table via extern {:?} sum {} equals local {}", t, t.iter().sum::<i32>(), *t == CGCLIF_TEST_TABLE);
        *(&raw mut ffi::CGCLIF_TEST_MUT) += black_box(35);
        println!("mut static via local name {}", *(&raw const CGCLIF_TEST_MUT));
    }
    let magic = black_box(&USED_MAGIC);
    println!("used magic {:?} num {:#x}", std::str::from_utf8(magic).unwrap(), *black_box(&USED_NUM));
}
