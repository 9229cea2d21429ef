// Library half of the `split_args` multicrate case: arguments that must not be split between
// registers and the stack, at the point where registers run out. x86_64: a 128-bit integer
// that finds one integer register free goes on the stack and the next integer argument takes
// that register. AArch64: a 128-bit integer, a composite or a float aggregate that does not
// fit goes on the stack whole, and later arguments of its class do not get registers.
// Cranelift placed the later arguments elsewhere than LLVM did.
#![allow(improper_ctypes_definitions, clippy::too_many_arguments)]

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Two {
    pub a: u64,
    pub b: u64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Three {
    pub a: u32,
    pub b: u32,
    pub c: u32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Hfa3 {
    pub x: f32,
    pub y: f32,
    pub z: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Hfa4 {
    pub v: [f64; 4],
}

#[inline(never)]
pub fn rust_five(a: u8, b: u16, c: u32, d: u64, e: usize, x: u128, y: u64, z: i32) -> String {
    format!("rust_five {a} {b} {c} {d} {e} {x:#x} {y} {z}")
}

#[inline(never)]
pub extern "C" fn c_five(a: u8, b: u16, c: u32, d: u64, e: i64, x: u128, y: u64, z: i32) -> u64 {
    println!("c_five {a} {b} {c} {d} {e} {x:#x} {y} {z}");
    y ^ (x >> 64) as u64
}

/// A float and a second 128-bit integer between the one left over and the integer after it.
#[inline(never)]
pub fn rust_mixed(a: u8, b: u8, c: u8, d: u8, e: u8, x: i128, f: f64, w: u128, y: u8, z: u64) {
    println!("rust_mixed {a} {b} {c} {d} {e} {x} {f} {w:#x} {y} {z}");
}

#[inline(never)]
pub fn rust_seven(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, x: u128, y: u64, z: u16) {
    println!("rust_seven {a} {b} {c} {d} {e} {f} {g} {x:#x} {y} {z}");
}

#[inline(never)]
pub extern "C" fn c_composites(
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
    println!("c_composites {a} {b} {c} {d} {e} {f} {g} {two:?} {three:?} {y}");
    two.b + three.c as u64 + y
}

#[inline(never)]
pub extern "C" fn c_floats(
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
    println!("c_floats {a} {b} {c} {d} {e} {f} {h3:?} {g} {h4:?} {k}");
    h3.z as f64 + h4.v[3] + k
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Hfa2 {
    pub x: f32,
    pub y: f32,
}

/// Float aggregates after all vector registers are taken.
#[inline(never)]
pub extern "C" fn c_floats_spilled(
    a: [f64; 2],
    b: [f64; 2],
    c: [f64; 2],
    d: [f64; 2],
    h3: Hfa3,
    h2: Hfa2,
    g: f32,
    n: u8,
    h4: Hfa4,
) -> f32 {
    println!("c_floats_spilled {a:?} {b:?} {c:?} {d:?} {h3:?} {h2:?} {g} {n} {h4:?}");
    h3.x + h2.y + g + n as f32
}

#[inline(never)]
pub fn rust_floats(a: f64, b: f64, c: f64, d: f64, e: f64, f: f64, g: f64, x: u128, h: f64) {
    println!("rust_floats {a} {b} {c} {d} {e} {f} {g} {x} {h}");
}

/// Calls back with the same shapes: through fn pointers and through `dyn Fn` (whose closure
/// takes `self` as a first register).
#[inline(never)]
pub fn call_back(
    r: fn(u8, u16, u32, u64, usize, u128, u64, i32) -> String,
    c: extern "C" fn(u8, u8, u8, u8, u8, u8, u8, Two, Three, u64) -> u64,
    f: extern "C" fn(f64, f64, f64, f64, f64, f64, Hfa3, f32, Hfa4, f64) -> f64,
    d: &dyn Fn(u8, u64, Option<i16>, u128, [(u16, f64); 2]) -> u64,
) {
    println!("{}", r(1, 2, 3, 4, 5, u128::MAX - 6, 7, -8));
    let two = Two { a: 10, b: 11 };
    let three = Three { a: 12, b: 13, c: 14 };
    println!("{}", c(1, 2, 3, 4, 5, 6, 7, two, three, 15));
    let h3 = Hfa3 { x: 0.25, y: 0.5, z: 0.75 };
    let h4 = Hfa4 { v: [1.5, 2.5, 3.5, 4.5] };
    println!("{}", f(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, h3, 7.5, h4, 8.25));
    println!("{}", d(1, 2, Some(-3), 4 << 100, [(5, 6.5), (7, 8.5)]));
}
