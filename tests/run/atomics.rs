// Checks atomic types used single-threaded: load/store/swap/fetch_{add,sub,and,or,xor,max,min}/compare_exchange, get_mut/into_inner on AtomicBool/U8/I16/U32/I64/Usize, in statics and locals.
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicI16, AtomicI64, AtomicU8, AtomicU32, AtomicUsize, Ordering::*};

static COUNTER: AtomicUsize = AtomicUsize::new(0);
static FLAG: AtomicBool = AtomicBool::new(false);

fn next_id() -> usize {
    COUNTER.fetch_add(1, SeqCst)
}

fn main() {
    let ids: Vec<usize> = (0..5).map(|_| next_id()).collect();
    println!("ids {:?} counter {}", ids, COUNTER.load(SeqCst));
    println!("flag swap {} {} now {}", FLAG.swap(true, AcqRel), FLAG.swap(black_box(true), AcqRel), FLAG.load(Acquire));
    println!("flag fetch_and {} fetch_xor {} now {}", FLAG.fetch_and(false, SeqCst), FLAG.fetch_xor(true, SeqCst), FLAG.load(Relaxed));

    let a = AtomicU8::new(black_box(250));
    println!("u8 fetch_add {} -> {}", a.fetch_add(10, Relaxed), a.load(Relaxed));
    println!("u8 fetch_sub {} -> {}", a.fetch_sub(5, Relaxed), a.load(Relaxed));
    println!("u8 fetch_or {} fetch_and {} fetch_xor {} -> {}", a.fetch_or(0x80, Relaxed), a.fetch_and(0xf0, Relaxed), a.fetch_xor(0xff, Relaxed), a.load(Relaxed));

    let b = AtomicI16::new(black_box(-100));
    println!("i16 fetch_max {} fetch_min {} -> {}", b.fetch_max(50, SeqCst), b.fetch_min(-300, SeqCst), b.load(SeqCst));
    println!("i16 cas ok {:?} cas fail {:?} -> {}", b.compare_exchange(-300, 7, SeqCst, SeqCst), b.compare_exchange(-300, 8, SeqCst, SeqCst), b.load(SeqCst));

    let c = AtomicU32::new(black_box(1));
    let mut attempts = 0;
    loop {
        let cur = c.load(Relaxed);
        attempts += 1;
        if cur > 1000 {
            break;
        }
        if let Err(actual) = c.compare_exchange(cur, cur * 3, AcqRel, Relaxed) {
            println!("unexpected cas failure {}", actual);
        }
    }
    println!("u32 {} after {} loads", c.load(Relaxed), attempts);
    let halve_odd = |a: &AtomicU32| -> Result<u32, u32> {
        let cur = a.load(SeqCst);
        if cur % 2 == 1 { a.compare_exchange(cur, cur / 2, SeqCst, SeqCst) } else { Err(cur) }
    };
    println!("u32 halve_odd {:?} {:?} -> {}", halve_odd(&c), halve_odd(&c), c.load(SeqCst));

    let d = AtomicI64::new(i64::MAX - 1);
    println!("i64 wrapping fetch_add {} -> {}", d.fetch_add(black_box(3), SeqCst), d.load(SeqCst));
    d.store(black_box(-42), Release);
    println!("i64 store/load {} into_inner {}", d.load(Acquire), d.into_inner());
    let mut e = AtomicUsize::new(5);
    *e.get_mut() += 10;
    println!("get_mut {}", e.load(Relaxed));
}
