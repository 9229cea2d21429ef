// Checks `as` casts between every pair of integer types (i8..i128, u8..u128, isize, usize) on boundary values: truncation, sign extension and zero extension.
use std::hint::black_box;

macro_rules! cast_row {
    ($src:ty, $v:expr) => {{
        let x: $src = black_box($v);
        println!(
            "{}({}) -> i8={} i16={} i32={} i64={} i128={} isize={} u8={} u16={} u32={} u64={} u128={} usize={}",
            stringify!($src),
            x,
            x as i8,
            x as i16,
            x as i32,
            x as i64,
            x as i128,
            x as isize,
            x as u8,
            x as u16,
            x as u32,
            x as u64,
            x as u128,
            x as usize
        );
    }};
}

macro_rules! cast_all {
    ($src:ident) => {{
        let vals: [$src; 9] = [
            $src::MIN,
            $src::MAX,
            0,
            1,
            $src::MAX / 2,
            $src::MAX / 2 + 1,
            (0x5a5a_5a5a_5a5a_5a5a_5a5a_5a5a_5a5a_5a5au128 as $src),
            $src::MIN.wrapping_add(1),
            $src::MAX.wrapping_sub(0x7f_u8 as $src),
        ];
        for v in vals {
            cast_row!($src, v);
        }
    }};
}

fn negatives() {
    for v in [-1i64, -2, -128, -129, -32768, -32769, -2147483648, -2147483649] {
        cast_row!(i64, v);
    }
    for v in [-1i8, -100] {
        cast_row!(i8, v);
    }
    for v in [-1i128, i128::MIN + 12345] {
        cast_row!(i128, v);
    }
}

fn main() {
    cast_all!(i8);
    cast_all!(i16);
    cast_all!(i32);
    cast_all!(i64);
    cast_all!(i128);
    cast_all!(isize);
    cast_all!(u8);
    cast_all!(u16);
    cast_all!(u32);
    cast_all!(u64);
    cast_all!(u128);
    cast_all!(usize);
    negatives();
    // Chained casts.
    let a = black_box(-3i8);
    println!("chain i8->u8->i32 = {} i8->i32->u8 = {} i8->u64->i16 = {}", a as u8 as i32, a as i32 as u8, a as u64 as i16);
    let b = black_box(0xfedc_ba98u32);
    println!("u32->i16->u64 = {:#x} u32->i32->i64 = {} u32->u16->i16 = {}", b as i16 as u64, b as i32 as i64, b as u16 as i16);
    let c = black_box(true);
    println!("bool casts: {} {} {} {}", c as u8, c as i128, false as i8, c as usize);
}
