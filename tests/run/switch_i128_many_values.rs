// `match` on 128-bit integers with more than four arms, values with bit 63 set among them
// (0xffff_ffff_ffff_fffe must not match -2), and the enum-construction check that
// `-Cdebug-assertions` adds to a transmute into an `i64` enum: it switches on the value as
// `u128`.
//@ compile-flags: -Cdebug-assertions
use std::hint::black_box;

#[allow(dead_code)]
#[repr(i64)]
#[derive(Debug)]
enum Wide {
    Min = i64::MIN,
    MinusTwo = -2,
    MinusOne = -1,
    One = 1,
    Two = 2,
    Max = i64::MAX,
}

#[inline(never)]
fn wide(x: i64) -> Wide {
    unsafe { std::mem::transmute::<i64, Wide>(x) }
}

#[inline(never)]
fn unsigned(x: u128) -> u32 {
    match x {
        0x8000_0000_0000_0000 => 1,
        0xffff_ffff_ffff_fffe => 2,
        0xffff_ffff_ffff_ffff => 3,
        1 => 4,
        2 => 5,
        0x7fff_ffff_ffff_ffff => 6,
        u128::MAX => 7,
        0x1_0000_0000_0000_0000 => 8,
        _ => 0,
    }
}

#[inline(never)]
fn signed(x: i128) -> u32 {
    match x {
        -1 => 1,
        -2 => 2,
        5 => 3,
        i128::MIN => 4,
        0x10_0000_0000_0000_0000_0000_0000 => 5,
        0xffff_ffff_ffff_ffff => 6,
        _ => 0,
    }
}

#[inline(never)]
fn unsigned64(x: u64) -> u32 {
    match x {
        0x8000_0000_0000_0000 => 1,
        0xffff_ffff_ffff_fffe => 2,
        u64::MAX => 3,
        1 => 4,
        2 => 5,
        7 => 6,
        _ => 0,
    }
}

fn main() {
    for v in [i64::MIN, -2, -1, 1, 2, i64::MAX] {
        println!("{:?}", wide(black_box(v)));
    }
    let probes = [
        0x8000_0000_0000_0000u128,
        0xffff_ffff_ffff_fffe,
        0xffff_ffff_ffff_ffff,
        1,
        2,
        0x7fff_ffff_ffff_ffff,
        u128::MAX,
        u128::MAX - 1,
        0x1_0000_0000_0000_0000,
        0x1_0000_0000_0000_0001,
        0,
    ];
    for v in probes {
        println!(
            "{:#x}: {} {} {}",
            v,
            unsigned(black_box(v)),
            signed(black_box(v as i128)),
            unsigned64(black_box(v as u64))
        );
    }
}
