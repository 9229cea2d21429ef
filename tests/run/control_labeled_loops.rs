// Checks labeled breaks/continues across nested loops, loop expressions yielding values, labeled block breaks with values, while-let popping stacks/queues, and early exits from nested for loops.
use std::collections::VecDeque;
use std::hint::black_box;

fn find_pair(v: &[i32], target: i32) -> Option<(usize, usize)> {
    let found = 'outer: {
        for i in 0..v.len() {
            for j in i + 1..v.len() {
                if v[i] + v[j] == target {
                    break 'outer Some((i, j));
                }
            }
        }
        None
    };
    found
}

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
}

fn main() {
    let v = [3, 9, -4, 12, 7, 1, 20];
    for t in [8, 16, 27, 100] {
        println!("find_pair {} -> {:?}", t, find_pair(&v, black_box(t)));
    }
    for n in [1u64, 6, 27, 97] {
        println!("collatz {} -> {}", n, collatz_len(black_box(n)));
    }

    // Labeled continue skipping rows, labeled break with value from loop.
    let mut visited = Vec::new();
    let limit = black_box(5);
    let result = 'rows: loop {
        'rows_next: for r in 0..10 {
            'cols: for c in 0..10 {
                if c > r {
                    continue 'rows_next;
                }
                if (r + c) % 3 == 0 {
                    continue 'cols;
                }
                visited.push((r, c));
                if visited.len() == limit * 2 {
                    break 'rows (r, c);
                }
            }
        }
        break (99, 99);
    };
    println!("visited {:?} result {:?}", visited, result);

    // Nested loop with a labeled continue to the outer loop.
    let mut primes = Vec::new();
    'cand: for n in 2..black_box(60u32) {
        for p in &primes {
            if p * p > n {
                break;
            }
            if n % p == 0 {
                continue 'cand;
            }
        }
        primes.push(n);
    }
    println!("primes {:?}", primes);

    // while let with pop on a stack (DFS order) and a queue (BFS order).
    let edges: [&[usize]; 7] = [&[1, 2], &[3, 4], &[5, 6], &[], &[], &[], &[]];
    let mut stack = vec![0usize];
    let mut dfs = Vec::new();
    while let Some(n) = stack.pop() {
        dfs.push(n);
        for &c in edges[n].iter().rev() {
            stack.push(c);
        }
    }
    let mut q = VecDeque::from([0usize]);
    let mut bfs = Vec::new();
    while let Some(n) = q.pop_front() {
        bfs.push(n);
        q.extend(edges[n].iter().copied());
    }
    println!("dfs {:?} bfs {:?}", dfs, bfs);

    // loop with counter returning a computed value and a nested labeled block.
    let mut i = 0u32;
    let acc = loop {
        i += 1;
        let bonus = 'b: {
            if i % 4 == 0 {
                break 'b 100;
            }
            if i % 3 == 0 {
                break 'b 10;
            }
            1
        };
        if i >= black_box(12) {
            break i * 1000 + bonus;
        }
    };
    println!("acc {}", acc);
    let mut countdown = black_box(5);
    let mut trace = String::new();
    while countdown > 0 {
        countdown -= 1;
        if countdown == 2 {
            continue;
        }
        trace.push_str(&countdown.to_string());
    }
    println!("trace {}", trace);
}
