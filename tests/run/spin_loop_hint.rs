// Checks `core::hint::spin_loop` (a barrier intrinsic on aarch64, a pause on x86_64) in a loop
// waiting for another thread.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

fn main() {
    let ready = Arc::new(AtomicBool::new(false));
    let value = Arc::new(AtomicU32::new(0));
    let (r, v) = (ready.clone(), value.clone());
    let worker = std::thread::spawn(move || {
        v.store(41, Ordering::Relaxed);
        r.store(true, Ordering::Release);
    });
    let mut spins = 0u64;
    while !ready.load(Ordering::Acquire) {
        std::hint::spin_loop();
        spins += 1;
    }
    worker.join().unwrap();
    println!("{}", value.load(Ordering::Relaxed) + 1);
    println!("spun: {}", spins < u64::MAX);
}
