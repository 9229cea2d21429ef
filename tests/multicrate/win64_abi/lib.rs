// Library half of the `win64_abi` multicrate case: `extern "win64"` functions (Microsoft's x64
// convention on Linux, as UEFI and Wine-style code use) called by a crate of the other backend.
// This backend used to give them the SysV registers, so LLVM-compiled callers and callees got
// their arguments in the wrong places.
//@ only-arch: x86_64
#![feature(f16, f128)]
#![allow(improper_ctypes_definitions)]

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub a: u32,
    pub b: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Triple {
    pub x: u64,
    pub y: u64,
    pub z: u64,
}

/// Four integer and float registers, then the stack (after the 32-byte shadow space).
#[allow(clippy::too_many_arguments)]
pub extern "win64" fn mixed(a: u8, b: f64, c: i32, d: f32, e: u64, f: f64, g: i16, h: u32) -> f64 {
    a as f64 + b * 2.0 + c as f64 * 3.0 + d as f64 * 4.0 + e as f64 * 5.0 + f * 6.0
        + g as f64 * 7.0
        + h as f64 * 8.0
}

/// An 8-byte struct in one register, a 24-byte one by hidden pointer, returned the same way.
pub extern "win64" fn structs(p: Pair, t: Triple, k: u64) -> Triple {
    Triple { x: t.z + p.a as u64, y: t.y * k, z: t.x + p.b as u64 }
}

pub extern "win64" fn wide(a: u128, b: i128, c: f128, d: f16) -> u128 {
    a.wrapping_mul(3) ^ (b as u128) ^ (c as u128) ^ (d as u128)
}

pub extern "win64" fn call_back(f: extern "win64" fn(u32, f64, Pair) -> f64, n: u32) -> f64 {
    (0..n).map(|i| f(i, i as f64 * 0.5, Pair { a: i * 10, b: -(i as f32) })).sum()
}

pub fn table() -> extern "win64" fn(u8, f64, i32, f32, u64, f64, i16, u32) -> f64 {
    mixed
}
