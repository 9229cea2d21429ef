// Checks that optimized builds with several codegen units (-Copt-level=2 -Ccodegen-units=4) work like LLVM's.
//@ compile-flags: -Copt-level=2 -Ccodegen-units=4
fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let best = (1..10_000u64).max_by_key(|&n| (collatz(n), std::cmp::Reverse(n))).unwrap_or(0);
    let squares: Vec<u64> = (1..100).map(|x| x * x).collect();
    println!("{best} {} {}", collatz(best), squares.iter().sum::<u64>());
}
