// Checks that an explicit tail call is refused by name: Cranelift's `return_call` needs its own
// `tail` calling convention, which LLVM-compiled callers of these functions do not use.
//@ error: a `become` tail call is not yet supported
#![feature(explicit_tail_calls)]
#![allow(incomplete_features)]

fn count(n: u64, acc: u64) -> u64 {
    if n == 0 {
        return acc;
    }
    become count(n - 1, acc + 1)
}

fn main() {
    println!("{}", count(1_000_000, 0));
}
