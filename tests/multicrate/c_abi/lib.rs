// Library half of the `c_abi` multicrate case: `extern "C"` functions whose arguments and
// results need every part of the C calling convention (SysV x86_64, AAPCS64): homogeneous float
// aggregates, mixed int/float structs, structs passed in memory, i128, small integers that
// must be extended, more arguments than registers, and callbacks the other crate defines.

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hfa4 {
    pub a: f32,
    pub b: f32,
    pub c: f32,
    pub d: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hfa2d {
    pub x: f64,
    pub y: f64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mixed {
    pub tag: u8,
    pub weight: f32,
    pub id: u32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IntFloat {
    pub n: i64,
    pub f: f64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Large {
    pub words: [u64; 5],
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Odd {
    pub bytes: [u8; 7],
}

#[repr(C, align(16))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aligned {
    pub lo: u64,
    pub hi: u64,
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_hfa4(h: Hfa4, scale: f32) -> Hfa4 {
    Hfa4 { a: h.a * scale, b: h.b + scale, c: h.c - scale, d: h.d / scale }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_hfa2d(a: Hfa2d, b: Hfa2d) -> Hfa2d {
    Hfa2d { x: a.x * b.y, y: a.y - b.x }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_mixed(m: Mixed, k: i16) -> Mixed {
    Mixed { tag: m.tag.wrapping_add(k as u8), weight: m.weight * k as f32, id: m.id ^ k as u32 }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_int_float(v: IntFloat) -> IntFloat {
    IntFloat { n: v.n.wrapping_mul(-3), f: v.f * 0.5 }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_large(l: Large, extra: u64) -> Large {
    let mut words = l.words;
    for (i, w) in words.iter_mut().enumerate() {
        *w = w.wrapping_mul(i as u64 + 1) ^ extra;
    }
    Large { words }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_odd(o: Odd) -> Odd {
    let mut bytes = o.bytes;
    bytes.reverse();
    Odd { bytes }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_aligned(pad: u32, a: Aligned) -> Aligned {
    Aligned { lo: a.hi.wrapping_add(pad as u64), hi: a.lo }
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_i128(pad: u8, a: i128, b: u128) -> i128 {
    a.wrapping_mul(3).wrapping_add(b as i128).wrapping_sub(pad as i128)
}

#[unsafe(no_mangle)]
pub extern "C" fn abi_small_ints(a: i8, b: u8, c: i16, d: u16, e: bool) -> i64 {
    a as i64 * 1_000_000 + b as i64 * 10_000 + c as i64 * 10 + d as i64 + e as i64
}

/// Ten integers and ten floats: more of each than there are argument registers.
#[unsafe(no_mangle)]
pub extern "C" fn abi_many(
    i0: i32, f0: f64, i1: i64, f1: f32, i2: u8, f2: f64, i3: i16, f3: f32, i4: i64, f4: f64,
    i5: i32, f5: f64, i6: i64, f6: f32, i7: u8, f7: f64, i8: i16, f8: f32, i9: i64, f9: f64,
) -> f64 {
    let ints = [i0 as i64, i1, i2 as i64, i3 as i64, i4, i5 as i64, i6, i7 as i64, i8 as i64, i9];
    let floats = [f0, f1 as f64, f2, f3 as f64, f4, f5, f6 as f64, f7, f8 as f64, f9];
    let mut acc = 0.0;
    for (k, (i, f)) in ints.iter().zip(floats).enumerate() {
        acc += (*i as f64) * f * (k as f64 + 1.0);
    }
    acc
}

/// Calls back into the other crate with every kind of value.
#[unsafe(no_mangle)]
pub extern "C" fn abi_call_back(
    hfa: extern "C" fn(Hfa4, f32) -> Hfa4,
    large: extern "C" fn(Large, u64) -> Large,
    wide: extern "C" fn(u8, i128, u128) -> i128,
) -> (f32, u64, i128) {
    let h = hfa(Hfa4 { a: 1.5, b: -2.0, c: 3.25, d: 8.0 }, 2.0);
    let l = large(Large { words: [1, 2, 3, 4, 5] }, 0xff);
    let w = wide(9, -170141183460469231731687303715884105728 / 7, u128::MAX / 3);
    (h.a + h.b + h.c + h.d, l.words.iter().sum(), w)
}
