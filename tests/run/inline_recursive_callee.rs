// With optimizations, small functions of the CGU are inlined. An unconditionally recursive one
// called from a frame with a live destructor (a `try_call`) made Cranelift's inliner come back
// to the call inside the copy and inline again, without end: minutes of compile time and all
// the machine's memory. Calls inside copies now stay calls. Also mutual recursion, and a
// recursive callee with a base case.
//@ compile-flags: -Copt-level=1
#![allow(unconditional_recursion)]

struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn forever(n: u32) {
    std::hint::black_box(n);
    forever(n + 1);
}

fn ping(n: u32) -> u32 {
    if n == 0 { 0 } else { pong(n - 1) + 1 }
}

fn pong(n: u32) -> u32 {
    if n == 0 { 1 } else { ping(n - 1) + 2 }
}

fn ping_forever(n: u32) {
    pong_forever(std::hint::black_box(n));
}

fn pong_forever(n: u32) {
    ping_forever(n + 1);
}

fn main() {
    let _noisy = Noisy;
    let args = std::env::args().count();
    if args > 5 {
        forever(0);
        ping_forever(0);
    }
    println!("{} {}", ping(args as u32 + 20), pong(args as u32 + 7));
}
