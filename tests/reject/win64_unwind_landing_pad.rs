// Checks that a call to an `extern "win64-unwind"` function that needs a landing pad (Cranelift
// catches exceptions only at calls with the SysV convention) gets a clear error.
//@ only-arch: x86_64
//@ error: a landing pad for a call to an `extern "win64-unwind"` function
extern "win64-unwind" fn may_panic(n: u32) -> u32 {
    if n > 3 {
        panic!("too big");
    }
    n
}

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard");
    }
}

fn main() {
    let _g = Guard;
    println!("{}", may_panic(std::hint::black_box(1)));
}
