// Checks compare_exchange and compare_exchange_weak retry loops (custom atomic max, saturating add, try_update), an AtomicPtr Treiber stack shared by threads, and an AtomicBool spin lock.
use std::hint::black_box;
use std::ptr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicUsize, Ordering};
use std::thread;

fn cas_max(a: &AtomicI64, v: i64) -> i64 {
    let mut cur = a.load(Ordering::Relaxed);
    loop {
        if cur >= v {
            return cur;
        }
        match a.compare_exchange_weak(cur, v, Ordering::AcqRel, Ordering::Relaxed) {
            Ok(prev) => return prev,
            Err(actual) => cur = actual,
        }
    }
}

fn saturating_add(a: &AtomicU32, v: u32, cap: u32) {
    let mut cur = a.load(Ordering::Relaxed);
    loop {
        let new = cur.saturating_add(v).min(cap);
        match a.compare_exchange(cur, new, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => break,
            Err(x) => cur = x,
        }
    }
}

struct Node {
    val: u64,
    next: *mut Node,
}

struct Stack {
    head: AtomicPtr<Node>,
}

impl Stack {
    fn push(&self, val: u64) {
        let n = Box::into_raw(Box::new(Node { val, next: ptr::null_mut() }));
        let mut head = self.head.load(Ordering::Relaxed);
        loop {
            unsafe { (*n).next = head };
            match self.head.compare_exchange_weak(head, n, Ordering::Release, Ordering::Relaxed) {
                Ok(_) => return,
                Err(h) => head = h,
            }
        }
    }
    // Only called after all pushing threads are joined (no ABA concerns).
    fn drain(&self) -> Vec<u64> {
        let mut out = Vec::new();
        let mut p = self.head.swap(ptr::null_mut(), Ordering::Acquire);
        while !p.is_null() {
            let b = unsafe { Box::from_raw(p) };
            out.push(b.val);
            p = b.next;
        }
        out
    }
}

struct SpinLock {
    locked: AtomicBool,
}

impl SpinLock {
    fn lock(&self) {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            std::hint::spin_loop();
        }
    }
    fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }
}

struct Protected {
    lock: SpinLock,
    data: std::cell::UnsafeCell<Vec<u32>>,
}
unsafe impl Sync for Protected {}

fn main() {
    let mx = Arc::new(AtomicI64::new(i64::MIN));
    let sat = Arc::new(AtomicU32::new(0));
    let stack = Arc::new(Stack { head: AtomicPtr::new(ptr::null_mut()) });
    let prot = Arc::new(Protected { lock: SpinLock { locked: AtomicBool::new(false) }, data: std::cell::UnsafeCell::new(Vec::new()) });
    let upd = Arc::new(AtomicUsize::new(1));
    let handles: Vec<_> = (0..4u64)
        .map(|t| {
            let (mx, sat, stack, prot, upd) = (mx.clone(), sat.clone(), stack.clone(), prot.clone(), upd.clone());
            thread::spawn(move || {
                for i in 0..500u64 {
                    let v = ((t * 7919 + i * 104729) % 100_003) as i64 - 50_000;
                    cas_max(&mx, v);
                    saturating_add(&sat, (i % 50) as u32 * 1000, 60_000_000);
                    stack.push(t * 1000 + i);
                    prot.lock.lock();
                    unsafe { (*prot.data.get()).push((t * 1000 + i) as u32) };
                    prot.lock.unlock();
                    // try_update: multiply by 3 modulo a prime (commutative, so order independent).
                    upd.try_update(Ordering::SeqCst, Ordering::SeqCst, |x| Some(x * 3 % 1_000_003)).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("max {}", mx.load(Ordering::SeqCst));
    println!("saturating sum {}", sat.load(Ordering::SeqCst));
    saturating_add(&sat, black_box(20_000_000), 60_000_000);
    println!("after capped add {}", sat.load(Ordering::SeqCst));
    let mut vals = stack.drain();
    println!("stack len {}", vals.len());
    vals.sort_unstable();
    let sum: u64 = vals.iter().sum();
    println!("stack first {:?} last {:?} sum {}", &vals[..3], &vals[vals.len() - 3..], sum);
    let mut data = unsafe { (*prot.data.get()).clone() };
    data.sort_unstable();
    data.dedup();
    println!("spinlock data unique {} sum {}", data.len(), data.iter().map(|&x| x as u64).sum::<u64>());
    println!("try_update result {}", upd.load(Ordering::SeqCst));

    // Single-threaded strong CAS results.
    let a = AtomicI64::new(black_box(10));
    println!("cas ok {:?}", a.compare_exchange(10, 20, Ordering::SeqCst, Ordering::SeqCst));
    println!("cas fail {:?}", a.compare_exchange(10, 30, Ordering::SeqCst, Ordering::SeqCst));
    let p = AtomicPtr::new(ptr::null_mut::<u8>());
    let mut byte = black_box(42u8);
    let r = p.compare_exchange(ptr::null_mut(), &mut byte, Ordering::SeqCst, Ordering::SeqCst);
    println!("ptr cas from null ok {} now points to {}", r.is_ok(), unsafe { *p.load(Ordering::SeqCst) });
    let fu = a.try_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x > 100 { None } else { Some(x * 7) });
    let fu2 = a.try_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x > 100 { None } else { Some(x * 7) });
    println!("try_update {:?} {:?} final {}", fu, fu2, a.load(Ordering::SeqCst));
}
