// Checks Arc<Mutex<_>>, Arc<RwLock<_>> and Condvar shared between threads: counters, shared Vec/BTreeMap updates, Arc strong counts before/after joins, and Mutex::into_inner.
use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    let table = Arc::new(Mutex::new(BTreeMap::<u32, Vec<u32>>::new()));
    let config = Arc::new(RwLock::new(vec![1u32, 2, 3]));
    println!("strong before spawn {}", Arc::strong_count(&counter));
    let hs: Vec<_> = (0..6u32)
        .map(|t| {
            let counter = Arc::clone(&counter);
            let table = Arc::clone(&table);
            let config = Arc::clone(&config);
            thread::spawn(move || {
                for i in 0..250u64 {
                    *counter.lock().unwrap() += i * (t as u64 + 1);
                }
                let cfg_sum: u32 = config.read().unwrap().iter().sum();
                table.lock().unwrap().entry(t % 3).or_default().push(t * 10 + cfg_sum);
                if t == 5 {
                    // Appending 0 keeps the sum every reader sees the same, whatever the order.
                    config.write().unwrap().push(0);
                }
            })
        })
        .collect();
    println!("strong while running >= 1: {}", Arc::strong_count(&counter) >= 1);
    for h in hs {
        h.join().unwrap();
    }
    println!("strong after joins {}", Arc::strong_count(&counter));
    println!("counter {}", *counter.lock().unwrap());
    let mut tbl = Arc::try_unwrap(table).unwrap().into_inner().unwrap();
    for v in tbl.values_mut() {
        v.sort();
    }
    println!("table {:?}", tbl);
    println!("config {:?}", config.read().unwrap());

    // Condvar handshake: a worker waits for a value, doubles it, and signals back.
    let pair = Arc::new((Mutex::new((0u32, false)), Condvar::new()));
    let p2 = Arc::clone(&pair);
    let worker = thread::spawn(move || {
        let (m, cv) = &*p2;
        let mut g = cv.wait_while(m.lock().unwrap(), |s| s.0 == 0).unwrap();
        g.0 *= 2;
        g.1 = true;
        cv.notify_all();
        g.0
    });
    {
        let (m, cv) = &*pair;
        m.lock().unwrap().0 = black_box(21);
        cv.notify_all();
        let g = cv.wait_while(m.lock().unwrap(), |s| !s.1).unwrap();
        println!("main saw {:?}", *g);
    }
    println!("worker returned {}", worker.join().unwrap());

    // Mutex holding a String, built from multiple threads, sorted afterwards.
    let parts = Arc::new(Mutex::new(Vec::<String>::new()));
    let hs: Vec<_> = ["delta", "alpha", "charlie", "bravo"]
        .into_iter()
        .map(|w| {
            let parts = parts.clone();
            thread::spawn(move || parts.lock().unwrap().push(w.to_uppercase()))
        })
        .collect();
    hs.into_iter().for_each(|h| h.join().unwrap());
    let mut v = Arc::into_inner(parts).unwrap().into_inner().unwrap();
    v.sort();
    println!("parts {}", v.join(","));
    let m = Mutex::new(black_box(5));
    {
        let mut g = m.lock().unwrap();
        *g += 1;
        println!("try_lock while held is_err {}", m.try_lock().is_err());
    }
    println!("into_inner {}", m.into_inner().unwrap());
}
