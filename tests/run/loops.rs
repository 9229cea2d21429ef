// Checks loop/while/for control flow: break with value, labeled break/continue, nested loops, continue.
use std::hint::black_box;

fn main() {
    // loop with break value
    let mut n = black_box(27u64);
    let mut steps = 0;
    let steps_taken = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("collatz 27 -> {} steps", steps_taken);

    // while with continue
    let mut i = 0;
    let mut odd_sum = 0;
    while i < black_box(50) {
        i += 1;
        if i % 2 == 0 {
            continue;
        }
        odd_sum += i;
    }
    println!("odd sum {}", odd_sum);

    // labeled loops
    let mut found = (0, 0);
    'outer: for a in 1..black_box(30) {
        for b in a..30 {
            let c2 = a * a + b * b;
            let mut c = 1;
            while c * c < c2 {
                c += 1;
            }
            if c * c == c2 && a > 6 {
                found = (a, b);
                break 'outer;
            }
        }
    }
    println!("first pythagorean with a>6: {:?}", found);

    let mut skipped = 0;
    let mut visited = Vec::new();
    'rows: for r in 0..5 {
        for c in 0..5 {
            if c > r {
                skipped += 1;
                continue 'rows;
            }
            if (r + c) % 3 == 0 {
                continue;
            }
            visited.push(r * 10 + c);
        }
    }
    println!("visited {:?} skipped {}", visited, skipped);

    // labeled block
    let x = black_box(17);
    let kind = 'blk: {
        if x < 10 {
            break 'blk "small";
        }
        if x % 2 == 1 {
            break 'blk "big odd";
        }
        "big even"
    };
    println!("kind {}", kind);

    // primes sieve with nested while
    let mut sieve = [true; 100];
    sieve[0] = false;
    sieve[1] = false;
    let mut p = 2;
    while p * p < 100 {
        if sieve[p] {
            let mut m = p * p;
            while m < 100 {
                sieve[m] = false;
                m += p;
            }
        }
        p += 1;
    }
    let primes: Vec<usize> = (0..100).filter(|&k| sieve[k]).collect();
    println!("primes {:?}", primes);

    // loop counting down with unsigned types
    let mut k: u8 = black_box(10);
    let mut out = String::new();
    loop {
        out.push_str(&k.to_string());
        if k == 0 {
            break;
        }
        out.push(',');
        k -= 1;
    }
    println!("{}", out);
    // empty ranges and loop that never runs
    let mut never = 0;
    for _ in black_box(5)..3 {
        never += 1;
    }
    while black_box(false) {
        never += 1;
    }
    println!("never {}", never);
}
