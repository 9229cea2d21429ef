// Checks atomic read-modify-write ops (fetch_add/sub/and/or/xor/max/min, swap) from several threads whose final values are independent of scheduling; printed after joining.
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::thread;

struct Shared {
    sum: AtomicUsize,
    net: AtomicI64,
    or_bits: AtomicU64,
    and_bits: AtomicU64,
    xor_bits: AtomicU64,
    max: AtomicI64,
    min: AtomicI64,
    small: AtomicU8,
    any_flag: AtomicBool,
    all_flag: AtomicBool,
    swaps: AtomicU64,
}

fn main() {
    let sh = Arc::new(Shared {
        sum: AtomicUsize::new(0),
        net: AtomicI64::new(0),
        or_bits: AtomicU64::new(0),
        and_bits: AtomicU64::new(u64::MAX),
        xor_bits: AtomicU64::new(0),
        max: AtomicI64::new(i64::MIN),
        min: AtomicI64::new(i64::MAX),
        small: AtomicU8::new(0),
        any_flag: AtomicBool::new(false),
        all_flag: AtomicBool::new(true),
        swaps: AtomicU64::new(0),
    });
    let n_threads = black_box(6u64);
    let per = black_box(2000u64);
    let mut handles = Vec::new();
    for t in 0..n_threads {
        let sh = Arc::clone(&sh);
        handles.push(thread::spawn(move || {
            let mut swapped_sum = 0u64;
            for i in 0..per {
                let v = t * per + i;
                sh.sum.fetch_add(v as usize, Ordering::Relaxed);
                if v % 3 == 0 {
                    sh.net.fetch_sub(v as i64, Ordering::Relaxed);
                } else {
                    sh.net.fetch_add(1, Ordering::Relaxed);
                }
                sh.or_bits.fetch_or(1u64 << (v % 61), Ordering::Relaxed);
                sh.and_bits.fetch_and(!(1u64 << (v % 37)) | (1u64 << 63), Ordering::Relaxed);
                sh.xor_bits.fetch_xor(v.wrapping_mul(0x9e37_79b9_7f4a_7c15), Ordering::Relaxed);
                let signed = (v as i64 - 5000) * if v % 2 == 0 { 3 } else { -2 };
                sh.max.fetch_max(signed, Ordering::Relaxed);
                sh.min.fetch_min(signed, Ordering::Relaxed);
                sh.small.fetch_add(1, Ordering::Relaxed); // wraps mod 256
                sh.any_flag.fetch_or(v == 7777, Ordering::Relaxed);
                sh.all_flag.fetch_and(v < 100_000, Ordering::Relaxed);
                // swap returns the previous value; the sum of all returned values plus the
                // final stored value equals the sum of all stored values (+ initial 0).
                swapped_sum = swapped_sum.wrapping_add(sh.swaps.swap(v + 1, Ordering::AcqRel));
            }
            swapped_sum
        }));
    }
    let mut swapped_total = 0u64;
    for h in handles {
        swapped_total = swapped_total.wrapping_add(h.join().unwrap());
    }
    let total = n_threads * per;
    let expected_sum = (total - 1) * total / 2;
    println!("sum {} expected {}", sh.sum.load(Ordering::SeqCst), expected_sum);
    println!("net {}", sh.net.load(Ordering::SeqCst));
    println!("or {:#x}", sh.or_bits.load(Ordering::SeqCst));
    println!("and {:#x}", sh.and_bits.load(Ordering::SeqCst));
    println!("xor {:#x}", sh.xor_bits.load(Ordering::SeqCst));
    println!("max {} min {}", sh.max.load(Ordering::SeqCst), sh.min.load(Ordering::SeqCst));
    println!("small {}", sh.small.load(Ordering::SeqCst));
    println!("any {} all {}", sh.any_flag.load(Ordering::SeqCst), sh.all_flag.load(Ordering::SeqCst));
    let final_swap = sh.swaps.load(Ordering::SeqCst);
    let stored_total: u64 = (1..=total).sum();
    println!("swap conservation holds: {}", swapped_total.wrapping_add(final_swap) == stored_total);
}
