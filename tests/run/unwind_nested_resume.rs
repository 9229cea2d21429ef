// Checks nested catch_unwind, resume_unwind with a custom payload, and panics inside drops that run during normal scope exit.
use std::panic::{self, AssertUnwindSafe};

struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

fn level(n: u32) -> u32 {
    let _n = Noisy(n);
    if n == 0 {
        panic::resume_unwind(Box::new(1234u64));
    }
    level(n - 1) + 1
}

fn main() {
    panic::set_hook(Box::new(|info| println!("hook: {}", info.payload().downcast_ref::<&str>().unwrap_or(&"?"))));
    let outer = panic::catch_unwind(|| {
        let inner = panic::catch_unwind(|| level(3));
        match inner {
            Err(payload) => println!("inner caught u64 {:?}", payload.downcast_ref::<u64>()),
            Ok(v) => println!("inner ok {v}"),
        }
        let _k = Noisy(99);
        panic!("second");
    });
    println!("outer is_err {}", outer.is_err());
    let mut count = 0;
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut v: Vec<u32> = (0..10).collect();
        v.retain(|&x| {
            count += 1;
            if x == 7 { panic!("retain") }
            x % 2 == 0
        });
        v.len()
    }));
    println!("retain {:?} after {count} calls", r.is_err());
    let ok = panic::catch_unwind(|| Noisy(5).0 * 2);
    println!("{:?}", ok.ok());
}
