// Checks that Result::expect on Err panics with the custom message followed by the Debug of the error.
use std::hint::black_box;

fn main() {
    let good: Result<u8, _> = black_box("42").parse::<u8>();
    println!("good {}", good.expect("should parse"));
    let bad: Result<u8, _> = black_box("4200").parse::<u8>();
    let v = bad.expect("config value out of range");
    println!("unreachable {}", v);
}
