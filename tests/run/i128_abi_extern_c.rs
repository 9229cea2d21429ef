// Checks i128/u128 as function args and returns (Rust ABI and extern "C" defined in Rust, called directly and via fn pointers), inside structs by value, and mixed with other args.
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Wide {
    tag: u8,
    v: i128,
    w: u128,
}

#[derive(Debug, Clone, Copy)]
#[repr(C)]
struct CWide {
    a: u64,
    b: i128,
}

fn rust_mix(a: u8, b: i128, c: u32, d: u128, e: f64) -> i128 {
    b.wrapping_mul(a as i128) + c as i128 - (d >> 100) as i128 + e as i128
}

fn rust_wide(w: Wide) -> Wide {
    Wide { tag: w.tag.wrapping_add(1), v: w.v.wrapping_neg(), w: w.w.rotate_left(8) }
}

extern "C" fn c_add(a: i128, b: i128) -> i128 {
    a.wrapping_add(b)
}

extern "C" fn c_mix(x: u32, a: u128, y: u8, b: i128, z: u64) -> u128 {
    a ^ (b as u128) ^ ((x as u128) << 96) ^ ((y as u128) << 64) ^ z as u128
}

extern "C" fn c_struct(s: CWide) -> CWide {
    CWide { a: s.a.wrapping_mul(3), b: s.b.wrapping_sub(1) }
}

extern "C" fn c_many(a: i128, b: i128, c: i128, d: i128, e: i128) -> i128 {
    a.wrapping_sub(b).wrapping_add(c).wrapping_sub(d).wrapping_add(e)
}

fn split(v: u128) -> (u64, u64) {
    ((v >> 64) as u64, v as u64)
}

fn main() {
    let r = rust_mix(black_box(3), black_box(-(1i128 << 90)), black_box(7), black_box(u128::MAX), black_box(-2.5));
    println!("rust_mix = {}", r);
    let w = Wide { tag: black_box(255), v: black_box(i128::MIN + 5), w: black_box(0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10) };
    let w2 = rust_wide(w);
    println!("rust_wide {:?} -> {:?}", w, w2);
    println!("twice eq {}", rust_wide(rust_wide(w)).v == w.v);

    println!("c_add direct {}", c_add(black_box(i128::MAX), black_box(2)));
    let fp: extern "C" fn(i128, i128) -> i128 = black_box(c_add);
    println!("c_add ptr {}", fp(black_box(-5), black_box(1i128 << 100)));

    let m = c_mix(black_box(0xabcd), black_box(u128::MAX / 7), black_box(0x5a), black_box(-3), black_box(0x1111_2222_3333_4444));
    let (hi, lo) = split(m);
    println!("c_mix direct {:#018x} {:#018x}", hi, lo);
    let mp: extern "C" fn(u32, u128, u8, i128, u64) -> u128 = black_box(c_mix);
    let m2 = mp(1, 2, 3, 4, 5);
    println!("c_mix ptr {:#x}", m2);

    let s = CWide { a: black_box(0x5555_5555_5555_5555), b: black_box(i128::MIN + 1) };
    let s2 = c_struct(s);
    println!("c_struct direct {:?}", s2);
    let sp: extern "C" fn(CWide) -> CWide = black_box(c_struct);
    println!("c_struct ptr {:?}", sp(s2));

    let mp5: extern "C" fn(i128, i128, i128, i128, i128) -> i128 = black_box(c_many);
    println!("c_many {} {}", c_many(1, 2, 3, 4, 5), mp5(black_box(i128::MAX), -1, i128::MIN, 1, 7));

    let table: [(&str, fn(i128) -> i128); 3] = [("neg", |x| -x), ("dbl", |x| x * 2), ("sq", |x| x.wrapping_mul(x))];
    for (n, f) in table {
        println!("{} {}", n, f(black_box(-(1i128 << 62) - 3)));
    }
    let v: Vec<Wide> = (0..4).map(|i| Wide { tag: i as u8, v: -(i as i128) << 70, w: (i as u128) << 120 }).collect();
    let sum: i128 = v.iter().map(|w| w.v).sum();
    let or: u128 = v.iter().fold(0, |a, w| a | w.w);
    println!("sum {} or {:#x}", sum, or);
}
