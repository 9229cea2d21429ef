// Checks calling Box<dyn FnOnce> (by-value dyn receiver through the Box FnOnce impl): with and without args, captured Strings/Vecs moved out, drained from a Vec, taken from an Option, and Box<dyn FnOnce + Send> sent to a thread.
use std::hint::black_box;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(kind: u8) -> Box<dyn FnOnce(i32) -> String> {
    let tag = format!("kind{}", kind);
    match kind {
        0 => Box::new(move |x| format!("{} plain {}", tag, x)),
        1 => {
            let v = vec![black_box(10), 20, 30];
            Box::new(move |x| format!("{} sum {}", tag, v.into_iter().sum::<i32>() + x))
        }
        _ => {
            let n = Noisy("captured");
            Box::new(move |x| {
                let owned = n;
                format!("{} consumed {} with {}", tag, owned.0, x)
            })
        }
    }
}

fn main() {
    let v = vec![black_box(1u8), 2, 3];
    let boxed: Box<dyn FnOnce() -> usize> = Box::new(move || v.into_iter().map(|b| b as usize).sum());
    println!("boxed once {}", boxed());

    for k in 0..3u8 {
        let f = make(black_box(k));
        println!("{}", f(black_box(k as i32 * 100)));
        println!("after call {}", k);
    }

    let mut jobs: Vec<Box<dyn FnOnce(&mut Vec<String>)>> = Vec::new();
    for i in 0..4 {
        let s = format!("job{}", i);
        jobs.push(Box::new(move |out| out.push(s)));
    }
    let mut out = Vec::new();
    for j in jobs.drain(..).rev() {
        j(&mut out);
    }
    println!("jobs ran {:?}", out);

    let mut slot: Option<Box<dyn FnOnce() -> Noisy>> = Some(Box::new(|| Noisy("returned")));
    if let Some(f) = slot.take() {
        let n = f();
        println!("got {} slot empty {}", n.0, slot.is_none());
    }

    let send: Box<dyn FnOnce() -> u64 + Send> = Box::new(move || (1..=black_box(20u64)).sum());
    let h = std::thread::spawn(move || send());
    println!("thread result {}", h.join().unwrap());
}
