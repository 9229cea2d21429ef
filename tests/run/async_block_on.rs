// Checks async fns and blocks (coroutines after rustc's state transform) driven by a minimal executor, with drops across await points.
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

/// Pending once, then ready: forces a real suspension.
struct YieldOnce(bool);
impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

async fn add_later(a: u64, b: u64) -> u64 {
    let _n = Noisy("add_later");
    YieldOnce(false).await;
    a + b
}

async fn pipeline(xs: Vec<u64>) -> (u64, String) {
    let mut total = 0;
    for (i, x) in xs.iter().enumerate() {
        total = add_later(total, *x * i as u64).await;
    }
    let label = async { format!("n={}", xs.len()) }.await;
    (total, label)
}

fn block_on<F: Future>(fut: F) -> (F::Output, u32) {
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return (v, polls);
        }
    }
}

fn main() {
    let ((total, label), polls) = block_on(pipeline(vec![3, 5, 7, 9]));
    println!("{total} {label} after {polls} polls");
    let captured = String::from("captured");
    let fut = async move {
        YieldOnce(false).await;
        captured.len()
    };
    println!("{:?}", block_on(fut));
    let closure = async |x: u32| x * 2;
    println!("{:?}", block_on(closure(21)).0);
}
