// Checks while-let loops: popping a Vec stack, draining iterators, Option chains, nested while-let, let chains in while conditions with breaks.
use std::collections::VecDeque;
use std::hint::black_box;

fn main() {
    let mut stack = vec![black_box(1), 2, 3, 4, 5];
    let mut popped = Vec::new();
    while let Some(top) = stack.pop() {
        popped.push(top * 10);
        if top == 3 {
            stack.push(100);
            stack.push(200);
        }
    }
    println!("popped {:?}", popped);

    let mut it = "a1b22c333".chars();
    let mut letters = String::new();
    let mut digit_sum = 0;
    while let Some(c) = it.next() {
        if let Some(d) = c.to_digit(10) {
            digit_sum += d;
        } else {
            letters.push(c);
        }
    }
    println!("letters {} digit_sum {}", letters, digit_sum);

    let mut queue: VecDeque<(u32, u32)> = VecDeque::new();
    queue.push_back((black_box(1), 0));
    let mut order = Vec::new();
    while let Some((node, depth)) = queue.pop_front() {
        order.push(node);
        if depth < 3 {
            queue.push_back((node * 2, depth + 1));
            queue.push_back((node * 2 + 1, depth + 1));
        }
    }
    println!("bfs {:?}", order);

    let mut n = Some(black_box(1u32));
    let mut chain = Vec::new();
    while let Some(v) = n {
        chain.push(v);
        n = v.checked_mul(7).filter(|&x| x < 100_000);
    }
    println!("chain {:?}", chain);

    let data = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let mut outer = data.into_iter();
    let mut total = 0;
    while let Some(inner) = outer.next() {
        let mut inner_it = inner.into_iter();
        while let Some(x) = inner_it.next() {
            total += x;
            if x == 4 {
                break;
            }
        }
    }
    println!("total {}", total);

    let words = ["alpha", "beta", "", "gamma"];
    let mut i = 0;
    while let Some(w) = words.get(i) && !w.is_empty() {
        println!("word {} {}", i, w);
        i += 1;
    }
    println!("stopped at {}", i);

    let mut pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    while let Some((n, c)) = pairs.pop() {
        if n == 1 {
            println!("last {} {}", n, c);
            break;
        }
        println!("pair {} {}", n, c);
    }
}
