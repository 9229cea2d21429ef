// Checks std::thread::scope: borrowing local slices across scoped threads, summing chunks, mutating disjoint chunks via chunks_mut, and returning values from scoped join handles.
use std::hint::black_box;
use std::thread;

fn main() {
    let n = black_box(10_000u64);
    let data: Vec<u64> = (1..=n).map(|x| x * x % 9973).collect();
    let chunk = data.len().div_ceil(black_box(7));

    let sums: Vec<u64> = thread::scope(|s| {
        let hs: Vec<_> = data.chunks(chunk).map(|c| s.spawn(move || c.iter().sum::<u64>())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("chunk sums {:?}", sums);
    println!("total {} serial {}", sums.iter().sum::<u64>(), data.iter().sum::<u64>());

    let mut grid = vec![0i32; 64];
    thread::scope(|s| {
        for (row, cells) in grid.chunks_mut(8).enumerate() {
            s.spawn(move || {
                for (col, c) in cells.iter_mut().enumerate() {
                    *c = (row as i32 - 3) * (col as i32 + 1) * black_box(3);
                }
            });
        }
    });
    for row in grid.chunks(8) {
        println!("{:?}", row);
    }

    // Scoped threads reading shared data and writing into a shared counter via Mutex.
    let counter = std::sync::Mutex::new(Vec::new());
    let words = ["scoped", "threads", "borrow", "locals", "safely"];
    thread::scope(|s| {
        for (i, w) in words.iter().enumerate() {
            let counter = &counter;
            s.spawn(move || {
                let score: u32 = w.bytes().map(|b| b as u32).sum::<u32>() * (i as u32 + 1);
                counter.lock().unwrap().push((i, score));
            });
        }
    });
    let mut v = counter.into_inner().unwrap();
    v.sort();
    println!("scores {:?}", v);

    // Max/min per chunk of floats with results returned in order.
    let fl: Vec<f64> = (0..999).map(|i| ((i * 37 % 101) as f64 - 50.0) / 7.0 * (1.0 + (i / 250) as f64 * 0.5)).collect();
    let extremes: Vec<(f64, f64)> = thread::scope(|s| {
        let hs: Vec<_> = fl
            .chunks(250)
            .map(|c| s.spawn(move || c.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| (lo.min(x), hi.max(x)))))
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (i, (lo, hi)) in extremes.iter().enumerate() {
        println!("chunk {} lo {:.4} hi {:.4}", i, lo, hi);
    }
}
