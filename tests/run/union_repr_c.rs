// Checks #[repr(C)] unions: writing one field and reading another (int/float bits, byte views, struct overlays), size/align, and unions passed by value.
use std::hint::black_box;
use std::mem::{align_of, size_of};

#[repr(C)]
#[derive(Clone, Copy)]
union Bits32 {
    f: f32,
    u: u32,
    i: i32,
    b: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
union Bits64 {
    f: f64,
    u: u64,
    halves: [u32; 2],
    b: [u8; 8],
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Pair {
    lo: u16,
    hi: u16,
}

#[repr(C)]
#[derive(Clone, Copy)]
union Overlay {
    whole: u32,
    parts: Pair,
}

#[repr(C)]
#[derive(Clone, Copy)]
union Mixed {
    small: u8,
    big: u64,
    tuple: (u8, u32),
}

fn flip_sign(x: Bits32) -> Bits32 {
    unsafe { Bits32 { u: x.u ^ 0x8000_0000 } }
}

fn main() {
    println!("Bits32 size={} align={}", size_of::<Bits32>(), align_of::<Bits32>());
    println!("Bits64 size={} align={}", size_of::<Bits64>(), align_of::<Bits64>());
    println!("Overlay size={} Mixed size={} align={}", size_of::<Overlay>(), size_of::<Mixed>(), align_of::<Mixed>());

    for f in [1.0f32, -2.5, 0.1, f32::MAX, f32::MIN_POSITIVE, -0.0] {
        let u = Bits32 { f: black_box(f) };
        unsafe {
            println!("f32 {:e}: u={:#010x} i={} bytes={:?}", u.f, u.u, u.i, u.b);
            let n = flip_sign(u);
            println!("  flipped = {}", n.f);
        }
    }
    for f in [1.0f64, -0.1, 1e300, f64::EPSILON] {
        let u = Bits64 { f: black_box(f) };
        unsafe {
            println!("f64 {:e}: u={:#018x} halves=[{:#x}, {:#x}] b0={} b7={}", u.f, u.u, u.halves[0], u.halves[1], u.b[0], u.b[7]);
        }
    }
    let mut o = Overlay { whole: black_box(0xdead_beef) };
    unsafe {
        println!("overlay lo={:#x} hi={:#x}", o.parts.lo, o.parts.hi);
        o.parts.hi = black_box(0x1234);
        println!("after write hi: whole={:#x}", o.whole);
        o.parts.lo = o.parts.lo.wrapping_add(1);
        println!("after lo+1: whole={:#x}", o.whole);
    }
    let mut m = Mixed { big: black_box(0) };
    m.small = black_box(0xab);
    unsafe {
        println!("mixed big after small write = {:#x}", m.big);
    }
    m.tuple = (black_box(7), black_box(0x01020304));
    unsafe {
        println!("mixed tuple=({}, {:#x}) small={}", m.tuple.0, m.tuple.1, m.small);
    }
    let arr = [Bits32 { u: 0x3f80_0000 }, Bits32 { i: -1 }, Bits32 { b: [0, 0, 0x20, 0x41] }];
    let total: f32 = arr.iter().map(|x| unsafe { x.f }).filter(|f| !f.is_nan()).sum();
    println!("sum of non-nan = {}", total);
}
