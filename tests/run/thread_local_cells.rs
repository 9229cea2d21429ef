// Checks thread_local! with Cell and RefCell (const and lazy init): per-thread independence across spawned threads joined in order, TLS destructors running at thread exit, and with_borrow_mut.
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

static DTOR_SUM: AtomicU64 = AtomicU64::new(0);

struct Guard(u64);
impl Drop for Guard {
    fn drop(&mut self) {
        DTOR_SUM.fetch_add(self.0, Ordering::SeqCst);
    }
}

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
    static LOG: RefCell<Vec<String>> = RefCell::new(Vec::new());
    static LAZY: RefCell<String> = RefCell::new(format!("init-{}", black_box(7)));
    static GUARD: RefCell<Option<Guard>> = const { RefCell::new(None) };
}

fn bump(n: u32) -> u32 {
    COUNTER.with(|c| {
        c.set(c.get() + n);
        c.get()
    })
}

fn log(s: &str) {
    LOG.with_borrow_mut(|l| l.push(s.to_string()));
}

fn work(id: u64) -> (u32, Vec<String>, String) {
    for i in 0..=id as u32 {
        bump(i);
    }
    log(&format!("thread {} start", id));
    LAZY.with_borrow_mut(|s| s.push_str(&format!("-t{}", id)));
    GUARD.with_borrow_mut(|g| *g = Some(Guard(id * 100 + 1)));
    log("end");
    (COUNTER.get(), LOG.with_borrow(|l| l.clone()), LAZY.with_borrow(|s| s.clone()))
}

fn main() {
    bump(black_box(1000));
    log("main");
    let handles: Vec<_> = (1..=4u64).map(|id| thread::spawn(move || work(black_box(id)))).collect();
    let mut results = Vec::new();
    for h in handles {
        results.push(h.join().unwrap());
    }
    for (i, (c, l, s)) in results.iter().enumerate() {
        println!("thread {} counter {} log {:?} lazy {}", i + 1, c, l, s);
    }
    println!("main counter {} log {:?} lazy {}", COUNTER.get(), LOG.with_borrow(|l| l.clone()), LAZY.with_borrow(|s| s.clone()));
    println!("dtor sum after joins {}", DTOR_SUM.load(Ordering::SeqCst));

    // Sequential threads each see fresh state.
    let mut seq = Vec::new();
    for k in 0..3u32 {
        let v = thread::spawn(move || {
            let before = COUNTER.get();
            bump(k + 1);
            bump(k + 1);
            (before, COUNTER.get())
        })
        .join()
        .unwrap();
        seq.push(v);
    }
    println!("sequential {:?}", seq);

    // replace/take on TLS cells.
    let old = COUNTER.replace(black_box(5));
    let taken = LOG.take();
    println!("replaced {} now {} taken {:?} now empty {}", old, COUNTER.get(), taken, LOG.with_borrow(|l| l.is_empty()));
}
