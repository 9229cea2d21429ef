// Control-flow shapes around MIR blocks that continue in their predecessor's Cranelift block:
// a function whose first block is a loop header, call chains with and without cleanups, empty
// drop glue, intrinsics, `if const` switches with one live arm, and panics unwinding out of
// merged blocks.
use std::hint::black_box;
use std::panic;

fn countdown(mut n: u32) -> u32 {
    // The first MIR block is the loop's header: something jumps back to it.
    let mut steps = 0;
    loop {
        if n == 0 {
            break steps;
        }
        n -= 1;
        steps += 1;
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn chain(x: u64) -> u64 {
    let _guard = Noisy("chain");
    let a = black_box(x).wrapping_mul(3);
    let b = black_box(a).rotate_left(7);
    let c = black_box(b) ^ 0x5555;
    let v = vec![a, b, c];
    let s: u64 = v.iter().copied().fold(0, u64::wrapping_add);
    let d = u64::from(s.count_ones()) + u64::from(black_box(c).leading_zeros());
    d.wrapping_add(black_box(s))
}

fn maybe_panic(x: i32) -> i32 {
    let _a = Noisy("a");
    let y = black_box(x) + 1;
    let _b = Noisy("b");
    if y > 10 {
        panic!("too big: {y}");
    }
    let z = black_box(y) * 2;
    z - 1
}

fn generic_const<const N: usize>() -> usize {
    let mut total = 0;
    if N > 2 {
        total += black_box(N) * 10;
    } else {
        total += black_box(N);
    }
    let _plain = (1u8, 2u16); // dropping it runs no code
    total
}

fn sum_all(values: &[u8]) -> u8 {
    // Integer `Sum` inherits the crate's overflow checks.
    values.iter().copied().map(|v| black_box(v)).sum()
}

fn nested_calls(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let s = format!("{i}:{}", black_box(i * i));
        out.push_str(&s);
        out.push(if i % 2 == 0 { ',' } else { ';' });
    }
    out
}

fn main() {
    // Messages only: a panic inside core's generic code reports a path that depends on where
    // the standard library's sources are.
    panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("(no message)");
        eprintln!("panicked: {message}");
    }));
    println!("{}", countdown(black_box(7)));
    println!("{}", chain(black_box(12345)));
    println!("{}", maybe_panic(3));
    let caught = panic::catch_unwind(|| maybe_panic(black_box(20)));
    println!("caught: {}", caught.is_err());
    println!("{} {}", generic_const::<1>(), generic_const::<5>());
    println!("{}", sum_all(&[1, 2, 3, 4]));
    let wrapped = panic::catch_unwind(|| sum_all(black_box(&[200, 100])));
    println!("sum overflow panicked: {}", wrapped.is_err());
    println!("{}", nested_calls(6));
}
