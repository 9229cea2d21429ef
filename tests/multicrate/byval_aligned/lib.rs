// Library half of the `byval_aligned` multicrate case: C-ABI structs of the memory class with
// 16-byte alignment, passed by value on the stack, where LLVM starts each at a 16-byte
// boundary: after other stack arguments, after registers ran out, after odd-sized structs.
// This backend used to reject them (Cranelift places struct arguments 8-byte aligned).
#![allow(improper_ctypes_definitions)]

#[repr(C, align(16))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Al16 {
    pub a: u64,
    pub b: u32,
    pub c: [u8; 12],
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wide {
    pub x: u128,
    pub y: u64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Odd24 {
    pub v: [u64; 3],
}

pub extern "C" fn first(a: Al16, k: u32) -> u64 {
    a.a + a.b as u64 * k as u64 + a.c.iter().map(|&x| x as u64).sum::<u64>()
}

/// `Odd24` takes 24 stack bytes, so `Al16` would start at 24 without padding.
pub extern "C" fn after_odd(o: Odd24, a: Al16, w: Wide) -> u128 {
    o.v[0] as u128 + o.v[2] as u128 * 3 + a.a as u128 * 5 + w.x + w.y as u128 * 7
}

/// Seven integers: the seventh goes to the stack before the struct.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn after_spill(r1: u64, r2: u64, r3: u64, r4: u64, r5: u64, r6: u64, r7: u8, w: Wide, f: f64) -> String {
    format!("{} {} {:?} {f}", r1 + r2 + r3 + r4 + r5 + r6, r7, w)
}

pub extern "C" fn make(seed: u64) -> Al16 {
    Al16 { a: seed, b: seed as u32 ^ 0xffff, c: [seed as u8; 12] }
}

pub extern "C" fn call_back(f: extern "C" fn(Odd24, Al16, Wide) -> u128, seed: u64) -> u128 {
    f(Odd24 { v: [seed, seed + 1, seed + 2] }, make(seed), Wide { x: seed as u128 * 1000, y: 3 })
}
