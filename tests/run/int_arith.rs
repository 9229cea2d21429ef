// Checks + - * / % on every integer width (i8..i64, u8..u64), signed division/remainder rounding.
use std::hint::black_box;

fn ops_i8(a: i8, b: i8) -> [i8; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_i16(a: i16, b: i16) -> [i16; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_i32(a: i32, b: i32) -> [i32; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_i64(a: i64, b: i64) -> [i64; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_u8(a: u8, b: u8) -> [u8; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_u16(a: u16, b: u16) -> [u16; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_u32(a: u32, b: u32) -> [u32; 5] { [a + b, a - b, a * b, a / b, a % b] }
fn ops_u64(a: u64, b: u64) -> [u64; 5] { [a + b, a - b, a * b, a / b, a % b] }

fn main() {
    println!("i8  {:?}", ops_i8(black_box(11), black_box(3)));
    println!("i8  {:?}", ops_i8(black_box(-11), black_box(3)));
    println!("i8  {:?}", ops_i8(black_box(11), black_box(-3)));
    println!("i8  {:?}", ops_i8(black_box(-11), black_box(-3)));
    println!("i8  {:?}", ops_i8(black_box(-64), black_box(1)));
    println!("i16 {:?}", ops_i16(black_box(1234), black_box(-17)));
    println!("i16 {:?}", ops_i16(black_box(-3000), black_box(7)));
    println!("i32 {:?}", ops_i32(black_box(123456), black_box(789)));
    println!("i32 {:?}", ops_i32(black_box(-700_000_000), black_box(-3)));
    println!("i32 {:?}", ops_i32(black_box(7), black_box(-2)));
    println!("i64 {:?}", ops_i64(black_box(1_000_000_007), black_box(-1_000_003)));
    println!("i64 {:?}", ops_i64(black_box(-4_611_686_018_427_387_904), black_box(2)));
    println!("i64 {:?}", ops_i64(black_box(-9), black_box(4)));
    println!("u8  {:?}", ops_u8(black_box(19), black_box(13)));
    println!("u8  {:?}", ops_u8(black_box(15), black_box(15)));
    println!("u16 {:?}", ops_u16(black_box(4000), black_box(15)));
    println!("u32 {:?}", ops_u32(black_box(65_537), black_box(65_521)));
    println!("u32 {:?}", ops_u32(black_box(65_535), black_box(65_535)));
    println!("u64 {:?}", ops_u64(black_box(4_000_000_000_000), black_box(1_000_007)));
    println!("u64 {:?}", ops_u64(black_box(4_294_967_296), black_box(4_294_967_295)));

    // Negation and unary minus on each signed width.
    let a: i8 = black_box(-127);
    let b: i16 = black_box(32767);
    let c: i32 = black_box(-5);
    let d: i64 = black_box(i64::MAX);
    println!("neg {} {} {} {}", -a, -b, -c, -d);

    // Accumulate with compound assignment operators.
    let mut acc: u32 = black_box(1);
    for i in 1..=10u32 {
        acc *= 3;
        acc += i;
        acc -= i / 2;
        acc %= 1_000_003;
    }
    println!("acc {}", acc);
    let mut s: i64 = black_box(0);
    for i in -20i64..20 {
        s += i * i * i / 7 - i % 5;
    }
    println!("s {}", s);
}
