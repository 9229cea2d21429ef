// 128-bit atomic intrinsics on x86_64 with `cmpxchg16b`: Cranelift lowers them to `lock
// cmpxchg16b` (in a loop for read-modify-write), as LLVM does. They were refused. Every
// operation and ordering kind, signed min/max, and four threads adding to one location.
//@ only-arch: x86_64
//@ compile-flags: -Ctarget-feature=+cmpxchg16b
#![feature(core_intrinsics)]
#![allow(internal_features)]
use std::intrinsics::{AtomicOrdering as O, *};
use std::hint::black_box;

#[repr(align(16))]
struct Cell(u128);

fn main() {
    let c = Cell(black_box(5));
    let p = &c.0 as *const u128 as *mut u128;
    unsafe {
        println!("{}", atomic_load::<u128, { O::SeqCst }>(p));
        atomic_store::<u128, { O::Release }>(p, 1 << 100);
        println!("{}", atomic_load::<u128, { O::Acquire }>(p));
        println!("{:?}", atomic_cxchg::<u128, { O::SeqCst }, { O::SeqCst }>(p, 1 << 100, 7));
        println!("{:?}", atomic_cxchg::<u128, { O::SeqCst }, { O::SeqCst }>(p, 8, 9));
        println!("{:?}", atomic_cxchgweak::<u128, { O::AcqRel }, { O::Acquire }>(p, 7, u128::MAX));
        println!("{}", atomic_xadd::<u128, u128, { O::SeqCst }>(p, 2));
        println!("{}", atomic_xsub::<u128, u128, { O::SeqCst }>(p, 5));
        println!("{}", atomic_and::<u128, u128, { O::SeqCst }>(p, (1 << 127) | 0xffff));
        println!("{}", atomic_or::<u128, u128, { O::SeqCst }>(p, 1 << 64));
        println!("{}", atomic_xor::<u128, u128, { O::SeqCst }>(p, 3));
        println!("{}", atomic_nand::<u128, u128, { O::SeqCst }>(p, 0xff));
        println!("{}", atomic_xchg::<u128, { O::SeqCst }>(p, 1 << 90));
        println!("{}", atomic_umax::<u128, { O::SeqCst }>(p, 1 << 91));
        println!("{}", atomic_umin::<u128, { O::SeqCst }>(p, 1 << 89));
        println!("{}", atomic_load::<u128, { O::Relaxed }>(p));
        let q = p as *mut i128;
        atomic_store::<i128, { O::SeqCst }>(q, -5);
        println!("{}", atomic_max::<i128, { O::SeqCst }>(q, -10));
        println!("{}", atomic_max::<i128, { O::SeqCst }>(q, 3));
        println!("{}", atomic_min::<i128, { O::SeqCst }>(q, i128::MIN + 1));
        println!("{}", atomic_load::<i128, { O::SeqCst }>(q));
    }
    // Many threads hammering one location.
    let cell = std::sync::Arc::new(Cell(0));
    let threads: Vec<_> = (0..4).map(|_| {
        let cell = cell.clone();
        std::thread::spawn(move || {
            let p = &cell.0 as *const u128 as *mut u128;
            for _ in 0..10000 {
                unsafe { atomic_xadd::<u128, u128, { O::SeqCst }>(p, (1 << 64) + 1) };
            }
        })
    }).collect();
    threads.into_iter().for_each(|t| t.join().unwrap());
    println!("{:x}", cell.0);
}
