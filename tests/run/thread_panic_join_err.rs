// Checks that a panicking spawned thread is observed via join().is_err(), the payload can be downcast (&str and String), other threads and Mutex poisoning behave deterministically.
use std::hint::black_box;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let ok = thread::Builder::new().name("fine".into()).spawn(|| black_box(41) + 1).unwrap();
    println!("ok thread -> {:?}", ok.join().map_err(|_| "panicked"));

    let bad = thread::Builder::new()
        .name("static-msg".into())
        .spawn(|| {
            if black_box(true) {
                panic!("static message");
            }
            5
        })
        .unwrap();
    let r = bad.join();
    println!("bad thread is_err {}", r.is_err());
    let payload = r.unwrap_err();
    println!("payload &str: {:?}", payload.downcast_ref::<&str>());

    let bad2 = thread::Builder::new()
        .name("fmt-msg".into())
        .spawn(move || {
            let v: Vec<u32> = vec![1, 2, 3];
            let total: u32 = v.iter().sum();
            panic!("formatted total={} idx={}", total, black_box(9));
        })
        .unwrap();
    let r2: thread::Result<()> = bad2.join();
    match r2 {
        Ok(()) => println!("unexpected ok"),
        Err(e) => println!("payload String: {:?}", e.downcast_ref::<String>()),
    }

    // Poisoned mutex after a panic while holding the lock.
    let shared = Arc::new(Mutex::new(vec![1, 2, 3]));
    let s2 = Arc::clone(&shared);
    let poisoner = thread::Builder::new()
        .name("poisoner".into())
        .spawn(move || {
            let mut g = s2.lock().unwrap();
            g.push(4);
            let idx = black_box(10usize);
            g[idx] += 1;
        })
        .unwrap();
    println!("poisoner is_err {}", poisoner.join().is_err());
    println!("mutex poisoned {}", shared.is_poisoned());
    let data = match shared.lock() {
        Ok(g) => g.clone(),
        Err(p) => {
            println!("recovering from poison");
            p.into_inner().clone()
        }
    };
    println!("data after poison {:?}", data);
    shared.clear_poison();
    println!("poison cleared {}", !shared.is_poisoned());

    // Panicking thread with resources: drops still run during unwinding.
    struct Loud(u32);
    impl Drop for Loud {
        fn drop(&mut self) {
            println!("drop Loud({}) during unwind", self.0);
        }
    }
    let h = thread::Builder::new()
        .name("dropper".into())
        .spawn(|| {
            let _a = Loud(1);
            let _b = Loud(2);
            let o: Option<u8> = black_box(None);
            o.unwrap()
        })
        .unwrap();
    println!("dropper is_err {}", h.join().is_err());
    println!("main continues");
}
