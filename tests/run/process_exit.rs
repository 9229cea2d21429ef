// Checks std::process::exit with a non-zero code after printing to stdout and stderr (no destructors run).
use std::hint::black_box;

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard dropped (should not be printed)");
    }
}

fn compute_code(x: i32) -> i32 {
    (x * 7) % 50
}

fn main() {
    let _g = Guard;
    let code = compute_code(black_box(6));
    println!("about to exit with {}", code);
    eprintln!("stderr before exit");
    if code != 0 {
        std::process::exit(code);
    }
    println!("not reached");
}
