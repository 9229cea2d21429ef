// Checks int-to-float `as` casts with rounding (ties to even at 2^24/2^53 boundaries, u64/u128/i128 large values) and f32<->f64 conversions (rounding, overflow to inf, subnormals, NaN).
use std::hint::black_box;

fn show_u64(v: u64) {
    let v = black_box(v);
    let f = v as f32;
    let d = v as f64;
    println!("u64 {} -> f32 {} ({:#010x}) f64 {} ({:#018x})", v, f, f.to_bits(), d, d.to_bits());
}

fn show_i64(v: i64) {
    let v = black_box(v);
    let f = v as f32;
    let d = v as f64;
    println!("i64 {} -> f32 {} ({:#010x}) f64 {} ({:#018x})", v, f, f.to_bits(), d, d.to_bits());
}

fn show_u128(v: u128) {
    let v = black_box(v);
    let f = v as f32;
    let d = v as f64;
    println!("u128 {} -> f32 {:e} ({:#010x}) f64 {:e} ({:#018x})", v, f, f.to_bits(), d, d.to_bits());
}

fn show_i128(v: i128) {
    let v = black_box(v);
    let f = v as f32;
    let d = v as f64;
    println!("i128 {} -> f32 {:e} ({:#010x}) f64 {:e} ({:#018x})", v, f, f.to_bits(), d, d.to_bits());
}

fn main() {
    // Around 2^24 (f32 mantissa) and 2^53 (f64 mantissa): ties to even.
    for v in [16777215u64, 16777216, 16777217, 16777218, 16777219, 16777221, 33554435] {
        show_u64(v);
    }
    for v in [9007199254740991u64, 9007199254740992, 9007199254740993, 9007199254740994, 9007199254740995, 9007199254740997] {
        show_u64(v);
    }
    for v in [u64::MAX, u64::MAX - 1024, u64::MAX - 2048, 1u64 << 63, (1u64 << 63) + 1, 0x8000_0080_0000_0000, 0x8000_0080_0000_0001, 0] {
        show_u64(v);
    }
    for v in [i64::MIN, i64::MAX, -1, -16777217, -9007199254740993, i64::MIN + 1, -0x7fff_ff80_0000_0000] {
        show_i64(v);
    }
    for v in [u128::MAX, 1u128 << 127, (1u128 << 104) + (1u128 << 80), (1u128 << 104) + (1u128 << 80) + 1, 0xffff_ff80_0000_0000_0000_0000_0000_0000, 0xffff_ff7f_ffff_ffff_ffff_ffff_ffff_ffff] {
        show_u128(v);
    }
    for v in [i128::MIN, i128::MAX, -1, -(1i128 << 100) - 1, 12345678901234567890123456789] {
        show_i128(v);
    }
    for v in [i8::MIN as i32, u16::MAX as i32, i32::MIN, i32::MAX, 16777217, -16777217] {
        let v = black_box(v);
        println!("i32 {} -> f32 {} f64 {}", v, v as f32, v as f64);
    }
    for v in [u32::MAX, 4294967040, 4294967167, 4294967168, 4294967169] {
        let v = black_box(v);
        println!("u32 {} -> f32 {} ({:#x}) f64 {}", v, v as f32, (v as f32).to_bits(), v as f64);
    }

    // f64 -> f32 rounding and overflow.
    let f64s = [
        0.1f64,
        1.0 + f64::EPSILON,
        1.0000000596046448,
        1.0000000596046449,
        3.4028235677973366e38,
        3.4028235677973367e38,
        f64::MAX,
        -f64::MAX,
        1e-40,
        1e-46,
        -1e-50,
        f64::NAN,
        f64::INFINITY,
        -0.0,
    ];
    for d in f64s {
        let d = black_box(d);
        let f = d as f32;
        println!("f64 {:e} -> f32 {:e} bits {:#010x} back {:e}", d, f, f.to_bits(), f as f64);
    }
    // f32 -> f64 is exact.
    for f in [0.1f32, f32::MAX, f32::MIN_POSITIVE, 1e-45, -7.25, f32::NEG_INFINITY] {
        let f = black_box(f);
        let d = f as f64;
        println!("f32 {:e} -> f64 {:e} bits {:#018x}", f, d, d.to_bits());
    }
}
