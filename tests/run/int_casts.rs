// Checks `as` casts between integer widths: truncation, sign-extension, zero-extension, bool/char casts.
use std::hint::black_box;

fn main() {
    let x: i64 = black_box(-2);
    println!("from i64 -2: {} {} {} {} {} {} {}", x as i8, x as u8, x as i16, x as u16, x as i32, x as u32, x as u64);
    let y: u64 = black_box(0xfedc_ba98_7654_3210);
    println!("from u64: {} {} {} {} {} {} {}", y as i8, y as u8, y as i16, y as u16, y as i32, y as u32, y as i64);
    let z: i8 = black_box(-1);
    println!("from i8 -1: {} {} {} {} {} {}", z as u8, z as i16, z as u16, z as i32, z as u32, z as u64);
    let w: u8 = black_box(200);
    println!("from u8 200: {} {} {} {} {}", w as i8, w as i16, w as i32, w as i64, w as u64);
    let v: i16 = black_box(-32768);
    println!("from i16 min: {} {} {} {}", v as u16, v as i32, v as u32, v as u8);
    let u: u32 = black_box(0x8000_0000);
    println!("from u32: {} {} {} {}", u as i32, u as i64, u as u64, u as i16);
    let t: i32 = black_box(-123456789);
    println!("from i32: {} {} {} {}", t as u64, t as i64, t as usize, t as isize);
    let s: usize = black_box(usize::MAX);
    println!("from usize max: {} {} {}", s as isize, s as u32, s as i8);
    let b: bool = black_box(true);
    let nb: bool = black_box(false);
    println!("bool: {} {} {} {}", b as u8, b as i32, nb as u64, b as i64 - 2);
    let c: char = black_box('é');
    println!("char: {} {} {}", c as u32, c as u8, c as i64);
    let byte: u8 = black_box(0x41);
    println!("u8 as char: {}", byte as char);
    // Chain of casts through intermediate widths.
    let q: i32 = black_box(300);
    println!("chain: {} {} {}", q as u8 as i8 as i32, q as i8 as u16, (q as u16 as i16) * -1);
    // From-conversions and try_from.
    let big: u64 = black_box(70000);
    println!("try_from: {:?} {:?} {:?}", u16::try_from(big).is_ok(), u32::try_from(big), i8::try_from(black_box(-5i64)));
    println!("from: {} {}", u64::from(black_box(7u8)), i64::from(black_box(-7i32)));
}
