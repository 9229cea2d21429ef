// Async cancellation: futures dropped after N polls drop exactly the locals live at their
// suspension point, boxed and dyn futures included; a round-robin over pinned boxed futures.
use std::cell::RefCell;
use std::future::Future;
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

struct Noisy(&'static str, Rc<RefCell<Vec<String>>>);
impl Drop for Noisy {
    fn drop(&mut self) {
        self.1.borrow_mut().push(format!("drop {}", self.0));
    }
}

struct Yield(u32);
impl Future for Yield {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 {
            Poll::Ready(7)
        } else {
            self.0 -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

async fn leaf(log: Rc<RefCell<Vec<String>>>, name: &'static str, n: u32) -> u32 {
    let _g = Noisy(name, log.clone());
    log.borrow_mut().push(format!("start {name}"));
    let v = Yield(n).await;
    log.borrow_mut().push(format!("end {name}"));
    v + n
}

async fn tree(log: Rc<RefCell<Vec<String>>>, depth: u32) -> u32 {
    let _g = Noisy("tree", log.clone());
    let a = leaf(log.clone(), "a", depth).await;
    let held = Noisy("held across await", log.clone());
    let b = Box::pin(leaf(log.clone(), "b", depth + 1)).await;
    drop(held);
    let c: Pin<Box<dyn Future<Output = u32>>> = Box::pin(async move { a * b });
    c.await
}

fn poll_n<F: Future>(mut fut: Pin<&mut F>, n: usize) -> Option<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..n {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return Some(v);
        }
    }
    None
}

fn main() {
    for budget in [1, 2, 3, 4, 5, 100] {
        let log = Rc::new(RefCell::new(Vec::new()));
        {
            let fut = pin!(tree(log.clone(), 2));
            let r = poll_n(fut, budget);
            log.borrow_mut().push(format!("result {r:?}"));
        }
        println!("budget {budget}: {:?}", log.borrow());
    }
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut futs: Vec<Pin<Box<dyn Future<Output = u32>>>> = (0..4)
        .map(|i| Box::pin(leaf(log.clone(), ["w", "x", "y", "z"][i], i as u32)) as _)
        .collect();
    let mut cx = Context::from_waker(Waker::noop());
    let mut done = vec![];
    while !futs.is_empty() {
        let mut i = 0;
        while i < futs.len() {
            if let Poll::Ready(v) = futs[i].as_mut().poll(&mut cx) {
                done.push(v);
                drop(futs.remove(i));
            } else {
                i += 1;
            }
        }
    }
    println!("{done:?} {:?}", log.borrow());
    let size = std::mem::size_of_val(&tree(log.clone(), 1));
    println!("future size nonzero: {}", size > 0);
}
