// Checks saturating float-to-int `as` casts: NaN -> 0, +-inf, values just inside/outside each integer range, negative to unsigned, fractional truncation, for f32 and f64 to all int widths.
use std::hint::black_box;

macro_rules! row64 {
    ($v:expr) => {{
        let x: f64 = black_box($v);
        println!(
            "f64 {:e} -> i8={} u8={} i16={} u16={} i32={} u32={} i64={} u64={} i128={} u128={}",
            x, x as i8, x as u8, x as i16, x as u16, x as i32, x as u32, x as i64, x as u64, x as i128, x as u128
        );
    }};
}

macro_rules! row32 {
    ($v:expr) => {{
        let x: f32 = black_box($v);
        println!(
            "f32 {:e} -> i8={} u8={} i16={} u16={} i32={} u32={} i64={} u64={} i128={} u128={}",
            x, x as i8, x as u8, x as i16, x as u16, x as i32, x as u32, x as i64, x as u64, x as i128, x as u128
        );
    }};
}

fn main() {
    let f64_vals = [
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        0.999999,
        -0.999999,
        1.5,
        -1.5,
        127.9,
        128.0,
        -128.9,
        -129.0,
        255.9,
        256.0,
        -1.0,
        32767.5,
        32768.0,
        65535.99,
        65536.0,
        2147483647.0,
        2147483647.9,
        2147483648.0,
        -2147483648.9,
        -2147483649.0,
        4294967295.5,
        4294967296.0,
        9223372036854774784.0,
        9223372036854775808.0,
        -9223372036854775808.0,
        -9223372036854777856.0,
        18446744073709549568.0,
        18446744073709551616.0,
        1.7014118346046921e38,
        1.7014118346046923e38,
        3.402823669209384e38,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
    ];
    for v in f64_vals {
        row64!(v);
    }
    let f32_vals = [
        f32::NAN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        -0.0,
        0.5,
        -0.5,
        127.99,
        128.0,
        -129.0,
        255.5,
        256.0,
        65535.0,
        65536.0,
        2147483520.0,
        2147483648.0,
        -2147483648.0,
        -2147483904.0,
        4294967040.0,
        4294967296.0,
        9223371487098961920.0,
        9223372036854775808.0,
        18446742974197923840.0,
        18446744073709551616.0,
        1.7014117e38,
        f32::MAX,
        f32::MIN,
        1e-45,
    ];
    for v in f32_vals {
        row32!(v);
    }
    // Accumulate many conversions so a single mismatch changes the checksum.
    let mut acc: i64 = 0;
    let mut x = black_box(-3000.25f64);
    while x < 3000.0 {
        acc = acc.wrapping_mul(31).wrapping_add(x as i8 as i64).wrapping_add((x as u8 as i64) << 8).wrapping_add((x as i16 as i64) << 16);
        x += 7.125;
    }
    println!("checksum {}", acc);
}
