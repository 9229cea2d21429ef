// 128-bit atomics (aarch64 has them; x86_64-unknown-linux-gnu does not): every operation and
// ordering, values that use both halves, and threads racing on one location.
//@ only-arch: aarch64
#![feature(integer_atomics)]
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::Ordering::*;
use std::sync::atomic::{AtomicI128, AtomicU128};

const HIGH: u128 = 0x0123_4567_89ab_cdef_0000_0000_0000_0001;

fn main() {
    let a = AtomicU128::new(black_box(HIGH));
    println!("load {:#x} {:#x} {:#x}", a.load(Relaxed), a.load(Acquire), a.load(SeqCst));
    a.store(u64::MAX as u128 + 1, Release);
    println!("store {:#x}", a.load(SeqCst));
    a.store(7, Relaxed);
    a.store(black_box(u128::MAX), SeqCst);
    println!("store {:#x}", a.load(Relaxed));

    println!("swap {:#x} -> {:#x}", a.swap(HIGH, AcqRel), a.load(SeqCst));
    println!("cas ok {:?}", a.compare_exchange(HIGH, 5, SeqCst, Relaxed));
    println!("cas fail {:?}", a.compare_exchange(HIGH, 6, Acquire, Acquire));
    println!("cas weak {:?}", a.compare_exchange_weak(5, 1 << 100, Release, Relaxed));
    println!("now {:#x}", a.load(SeqCst));

    println!("add {:#x} -> {:#x}", a.fetch_add(u64::MAX as u128, SeqCst), a.load(SeqCst));
    println!("sub {:#x} -> {:#x}", a.fetch_sub(HIGH, Relaxed), a.load(SeqCst));
    println!("and {:#x} -> {:#x}", a.fetch_and(HIGH, Acquire), a.load(SeqCst));
    println!("nand {:#x} -> {:#x}", a.fetch_nand(0xff << 64, Release), a.load(SeqCst));
    println!("or {:#x} -> {:#x}", a.fetch_or(1 << 127, AcqRel), a.load(SeqCst));
    println!("xor {:#x} -> {:#x}", a.fetch_xor(HIGH, SeqCst), a.load(SeqCst));
    println!("max {:#x} -> {:#x}", a.fetch_max(1 << 126, SeqCst), a.load(SeqCst));
    println!("min {:#x} -> {:#x}", a.fetch_min(3, SeqCst), a.load(SeqCst));
    println!("update {:?}", a.try_update(SeqCst, SeqCst, |v| Some(v * 3)));

    let s = AtomicI128::new(black_box(-5));
    println!("smax {} -> {}", s.fetch_max(-7, SeqCst), s.load(SeqCst));
    println!("smax {} -> {}", s.fetch_max(i128::MAX, SeqCst), s.load(SeqCst));
    println!("smin {} -> {}", s.fetch_min(i128::MIN, SeqCst), s.load(SeqCst));
    println!("umax {:#x}", {
        a.store(1, SeqCst);
        a.fetch_max(u128::MAX, SeqCst);
        a.load(SeqCst)
    });
    println!("umin {:#x}", {
        a.fetch_min(2, SeqCst);
        a.load(SeqCst)
    });

    // Each step carries into the upper half; a lost update would show in the total.
    let shared = Arc::new(AtomicU128::new(0));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let shared = Arc::clone(&shared);
            std::thread::spawn(move || {
                for _ in 0..2000 {
                    shared.fetch_add(u64::MAX as u128, AcqRel);
                    let mut v = shared.load(Relaxed);
                    while let Err(seen) = shared.compare_exchange_weak(v, v + 1, SeqCst, Relaxed) {
                        v = seen;
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    println!("total {:#x}", shared.load(SeqCst));
}
