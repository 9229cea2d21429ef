// A hand-written executor: `Wake` through `Arc`, boxed `dyn Future`s returned by `dyn` trait methods,
// drops across await points, `OnceLock`/`LazyLock`, condvars, thread-local destructors that send on
// a channel at thread exit, and a panic caught with a drop guard.
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, OnceLock, LazyLock, Condvar, mpsc};
use std::task::{Context, Poll, Wake, Waker};
use std::collections::VecDeque;

struct Task { fut: Mutex<Option<Pin<Box<dyn Future<Output = ()> + Send>>>>, q: Arc<Mutex<VecDeque<Arc<Task>>>> }
impl Wake for Task { fn wake(self: Arc<Self>) { let q = self.q.clone(); q.lock().unwrap().push_back(self); } }

struct Yield(u32);
impl Future for Yield {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 { Poll::Ready(7) } else { self.0 -= 1; cx.waker().wake_by_ref(); Poll::Pending }
    }
}

trait Service { fn call(&self, x: u64) -> Pin<Box<dyn Future<Output = u64> + Send + '_>>; }
struct Doubler(u64);
impl Service for Doubler {
    fn call(&self, x: u64) -> Pin<Box<dyn Future<Output = u64> + Send + '_>> {
        Box::pin(async move { Yield(2).await; x * 2 + self.0 })
    }
}

async fn chain(svc: &(dyn Service + Sync), n: u64, log: Arc<Mutex<Vec<String>>>) -> u64 {
    let mut acc = 0;
    for i in 0..n {
        let guard = Droppy(format!("step{i}"), log.clone());
        acc += svc.call(i).await + Yield(i as u32 % 3).await as u64;
        drop(guard);
    }
    acc
}

struct Droppy(String, Arc<Mutex<Vec<String>>>);
impl Drop for Droppy { fn drop(&mut self) { self.1.lock().unwrap().push(format!("drop {}", self.0)); } }

static CELL: OnceLock<Vec<u32>> = OnceLock::new();
static LAZY: LazyLock<String> = LazyLock::new(|| (0..5).map(|i| i.to_string()).collect());

thread_local! {
    static TL: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}
struct TlDrop(mpsc::Sender<String>);
impl Drop for TlDrop { fn drop(&mut self) { let _ = self.0.send("tl dropped".into()); } }
thread_local! { static TLD: RefCell<Option<TlDrop>> = const { RefCell::new(None) }; }

fn main() {
    let q = Arc::new(Mutex::new(VecDeque::new()));
    let log = Arc::new(Mutex::new(Vec::new()));
    let results = Arc::new(Mutex::new(Vec::new()));
    for t in 0..3u64 {
        let (log, results) = (log.clone(), results.clone());
        let fut = async move {
            let svc = Doubler(t * 100);
            let r = chain(&svc, 3 + t, log).await;
            results.lock().unwrap().push((t, r));
        };
        q.lock().unwrap().push_back(Arc::new(Task { fut: Mutex::new(Some(Box::pin(fut))), q: q.clone() }));
    }
    let mut polls = 0;
    loop {
        let Some(task) = q.lock().unwrap().pop_front() else { break };
        let waker = Waker::from(task.clone());
        let mut cx = Context::from_waker(&waker);
        let mut slot = task.fut.lock().unwrap();
        if let Some(mut f) = slot.take() {
            polls += 1;
            if f.as_mut().poll(&mut cx).is_pending() { *slot = Some(f); }
        }
    }
    println!("polls {polls} {:?}", results.lock().unwrap());
    println!("{:?}", log.lock().unwrap());
    println!("{:?} {}", CELL.get_or_init(|| vec![1, 2, 3]), *LAZY);
    let pair = Arc::new((Mutex::new(0u32), Condvar::new()));
    let (tx, rx) = mpsc::channel();
    let handles: Vec<_> = (0..4).map(|i| {
        let pair = pair.clone(); let tx = tx.clone();
        std::thread::spawn(move || {
            TL.with_borrow_mut(|v| v.push(i));
            TLD.with_borrow_mut(|d| *d = Some(TlDrop(tx.clone())));
            let (m, c) = &*pair;
            let mut g = m.lock().unwrap();
            *g += 1; c.notify_all();
            while *g < 4 { g = c.wait(g).unwrap(); }
            TL.with_borrow(|v| v.len())
        })
    }).collect();
    drop(tx);
    let lens: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{lens:?} {}", rx.iter().count());
    let r = std::panic::catch_unwind(|| { let _d = Droppy("in panic".into(), log.clone()); panic!("boom {}", 5) });
    println!("{:?} {:?}", r.err().and_then(|e| e.downcast_ref::<String>().cloned()), log.lock().unwrap().last());
}
