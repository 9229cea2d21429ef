// Checks mpsc channels (unbounded and sync_channel) with multiple producers: all messages are received, output collected and sorted for determinism, and receiver iteration ends after senders drop.
use std::hint::black_box;
use std::sync::mpsc;
use std::thread;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Msg {
    Num { from: u32, val: u64 },
    Text(u32, String),
    Done(u32),
}

fn main() {
    let (tx, rx) = mpsc::channel::<Msg>();
    let mut hs = Vec::new();
    for p in 0..4u32 {
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            for i in 0..5u64 {
                tx.send(Msg::Num { from: p, val: black_box(i * i + p as u64 * 100) }).unwrap();
            }
            tx.send(Msg::Text(p, format!("producer {} says hi", p))).unwrap();
            tx.send(Msg::Done(p)).unwrap();
        }));
    }
    drop(tx);
    let mut got: Vec<Msg> = rx.iter().collect();
    for h in hs {
        h.join().unwrap();
    }
    got.sort();
    println!("received {}", got.len());
    for m in &got {
        println!("{:?}", m);
    }

    // Per-producer ordering is preserved by the channel.
    let (tx, rx) = mpsc::channel::<(u8, u32)>();
    let hs: Vec<_> = (0..3u8)
        .map(|p| {
            let tx = tx.clone();
            thread::spawn(move || {
                for i in 0..100u32 {
                    tx.send((p, i)).unwrap();
                }
            })
        })
        .collect();
    drop(tx);
    let mut last = [None::<u32>; 3];
    let mut in_order = true;
    let mut count = 0;
    for (p, i) in rx {
        if let Some(prev) = last[p as usize] {
            in_order &= i == prev + 1;
        }
        last[p as usize] = Some(i);
        count += 1;
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("per-producer order preserved {} count {} last {:?}", in_order, count, last);

    // Bounded sync_channel with a pipeline of stages.
    let (tx1, rx1) = mpsc::sync_channel::<u32>(2);
    let (tx2, rx2) = mpsc::sync_channel::<String>(0);
    let stage1 = thread::spawn(move || {
        for x in 1..=10u32 {
            tx1.send(x * black_box(3)).unwrap();
        }
    });
    let stage2 = thread::spawn(move || {
        for x in rx1 {
            if x % 2 == 0 {
                tx2.send(format!("even:{}", x)).unwrap();
            }
        }
    });
    let out: Vec<String> = rx2.iter().collect();
    stage1.join().unwrap();
    stage2.join().unwrap();
    println!("pipeline {:?}", out);

    // try_recv on empty and disconnected channels.
    let (tx, rx) = mpsc::channel::<i32>();
    println!("try_recv empty {:?}", rx.try_recv());
    tx.send(5).unwrap();
    println!("try_recv value {:?}", rx.try_recv());
    drop(tx);
    println!("try_recv disconnected {:?} recv {:?}", rx.try_recv(), rx.recv());
}
