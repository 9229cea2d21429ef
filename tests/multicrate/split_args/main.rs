// Binary half of the `split_args` multicrate case: calls the library's functions directly and
// through pointers, and hands it callbacks and a closure of the same shapes.
#![allow(clippy::too_many_arguments)]
use std::hint::black_box;

use mylib::*;

fn rust_cb(a: u8, b: u16, c: u32, d: u64, e: usize, x: u128, y: u64, z: i32) -> String {
    format!("rust_cb {a} {b} {c} {d} {e} {x:#x} {y} {z}")
}

extern "C" fn c_cb(
    a: u8,
    b: u8,
    c: u8,
    d: u8,
    e: u8,
    f: u8,
    g: u8,
    two: Two,
    three: Three,
    y: u64,
) -> u64 {
    println!("c_cb {a} {b} {c} {d} {e} {f} {g} {two:?} {three:?} {y}");
    two.a * 3 + three.b as u64 + y
}

extern "C" fn f_cb(
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
    h3: Hfa3,
    g: f32,
    h4: Hfa4,
    k: f64,
) -> f64 {
    println!("f_cb {a} {b} {c} {d} {e} {f} {h3:?} {g} {h4:?} {k}");
    h3.y as f64 * h4.v[0] - k
}

fn main() {
    let big = black_box(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128);
    println!("{}", rust_five(1, 2, 3, 4, 5, big, 6, -7));
    println!("{}", c_five(1, 2, 3, 4, -5, big, 6, -7));
    rust_mixed(1, 2, 3, 4, 5, -(big as i128), 0.5, !big, 9, 10);
    rust_seven(1, 2, 3, 4, 5, 6, 7, big, 8, 9);
    let two = Two { a: u64::MAX, b: 3 };
    let three = Three { a: 4, b: 5, c: 6 };
    println!("{}", c_composites(1, 2, 3, 4, 5, 6, 7, two, three, 8));
    let h3 = Hfa3 { x: 1.0, y: 2.0, z: 3.0 };
    let h4 = Hfa4 { v: [4.0, 5.0, 6.0, 7.0] };
    println!("{}", c_floats(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, h3, 6.5, h4, 7.5));
    let h2 = Hfa2 { x: 8.5, y: 9.5 };
    let p = [0.25, 0.75];
    println!("{}", c_floats_spilled(p, p, p, [1.0, 2.0], h3, h2, 10.5, 11, h4));
    let f: extern "C" fn([f64; 2], [f64; 2], [f64; 2], [f64; 2], Hfa3, Hfa2, f32, u8, Hfa4) -> f32 =
        black_box(c_floats_spilled);
    println!("{}", f(p, p, p, p, h3, h2, 1.5, 2, h4));
    rust_floats(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, big, 7.5);

    let r: fn(u8, u16, u32, u64, usize, u128, u64, i32) -> String = black_box(rust_five);
    println!("{}", r(9, 8, 7, 6, 5, big, 4, 3));
    call_back(rust_five, c_composites, c_floats, &|a, b, c, d, e| {
        println!("closure (lib) {a} {b} {c:?} {d:#x} {e:?}");
        b + 1
    });
    let k = black_box(100u64);
    call_back(rust_cb, c_cb, f_cb, &move |a, b, c, d, e| {
        println!("closure {a} {b} {c:?} {d:#x} {e:?} {k}");
        b + k
    });
}
