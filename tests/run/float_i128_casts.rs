// Checks casts between 128-bit integers and floats, including saturation, NaN and values around the limits.
use std::hint::black_box as bb;

fn main() {
    let floats = [0.0f64, -0.9, 1.5, -1.5, 1e30, -1e30, 1e40, -1e40, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1.7e38, 3.4e38, 123456789.75];
    for f in floats {
        println!("{f:e}: {} {} {} {}", bb(f) as i128, bb(f) as u128, bb(f as f32) as i128, bb(f as f32) as u128);
    }
    let ints = [0i128, 1, -1, i128::MAX, i128::MIN, 1 << 100, -(1 << 90) + 12345, 9007199254740993];
    for i in ints {
        println!("{i}: {} {} {} {}", bb(i) as f64, bb(i) as f32, bb(i as u128) as f64, bb(i as u128) as f32);
    }
}
