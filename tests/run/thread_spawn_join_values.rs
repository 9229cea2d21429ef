// Checks thread::spawn + join returning values of various types (ints, Strings, Vecs, big structs, Results), moved captures, Builder with names and stack sizes, and available thread name lookup.
use std::hint::black_box;
use std::thread;

#[derive(Debug, Clone, PartialEq)]
struct Report {
    id: u32,
    primes: Vec<u32>,
    label: String,
    stats: [u64; 6],
}

fn primes_upto(n: u32) -> Vec<u32> {
    let mut sieve = vec![true; n as usize + 1];
    let mut out = Vec::new();
    for i in 2..=n as usize {
        if sieve[i] {
            out.push(i as u32);
            let mut j = i * i;
            while j <= n as usize {
                sieve[j] = false;
                j += i;
            }
        }
    }
    out
}

fn main() {
    let h1 = thread::spawn(|| black_box(6u64) * 7);
    let words = vec!["alpha".to_string(), "beta".into(), "gamma".into()];
    let h2 = thread::spawn(move || words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("+"));
    let h3 = thread::spawn(|| -> Result<u8, String> { "300".parse::<u8>().map_err(|e| e.to_string()) });
    println!("h1 {}", h1.join().unwrap());
    println!("h2 {}", h2.join().unwrap());
    println!("h3 {:?}", h3.join().unwrap());

    let handles: Vec<thread::JoinHandle<Report>> = (0..5u32)
        .map(|id| {
            thread::Builder::new()
                .name(format!("worker-{}", id))
                .stack_size(256 * 1024)
                .spawn(move || {
                    let n = black_box(20 + id * 15);
                    let primes = primes_upto(n);
                    let mut stats = [0u64; 6];
                    for (i, p) in primes.iter().enumerate() {
                        stats[i % 6] += *p as u64 * (id as u64 + 1);
                    }
                    Report { id, primes, label: thread::current().name().unwrap().to_string(), stats }
                })
                .unwrap()
        })
        .collect();
    let reports: Vec<Report> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    for r in &reports {
        println!("{} id={} nprimes={} last={:?} stats={:?}", r.label, r.id, r.primes.len(), r.primes.last(), r.stats);
    }
    let total: u64 = reports.iter().flat_map(|r| r.stats.iter()).sum();
    println!("total {}", total);

    // Nested spawning: a thread that spawns and joins its own children.
    let outer = thread::spawn(|| {
        let kids: Vec<_> = (1..=3u64).map(|k| thread::spawn(move || (1..=k * 10).fold(1u64, |a, x| a * x % 1_000_000_007))).collect();
        kids.into_iter().map(|k| k.join().unwrap()).collect::<Vec<_>>()
    });
    println!("nested {:?}", outer.join().unwrap());
    println!("main thread name {:?}", thread::current().name());
}
