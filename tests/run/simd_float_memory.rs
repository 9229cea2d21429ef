// The float lane operations (rounding, sqrt, libm functions, fused and relaxed multiply-add,
// maximumNumber/minimumNumber), funnel shifts, carry-less products, pointer vectors and the
// masked memory intrinsics (masked load/store at the end of a slice, gather/scatter with null
// pointers in masked-off lanes), as `std::simd` and `core_simd`'s tests reach them. Values are
// printed as bits: every lane must round exactly as under LLVM, including `simd_relaxed_fma`,
// which LLVM fuses only where the target has FMA (AArch64, not baseline x86_64).
#![feature(portable_simd, core_intrinsics, repr_simd, f16)]
#![allow(internal_features)]
use std::hint::black_box;
use std::intrinsics::simd;
use std::simd::num::{SimdFloat, SimdUint};
use std::simd::ptr::SimdConstPtr;
use std::simd::{Mask, Simd, StdFloat};

#[repr(simd)]
#[derive(Clone, Copy)]
struct U8x4([u8; 4]);
#[repr(simd)]
#[derive(Clone, Copy)]
struct U32x4([u32; 4]);
#[repr(simd)]
#[derive(Clone, Copy)]
struct U64x2([u64; 2]);
#[repr(simd)]
#[derive(Clone, Copy)]
struct F16x4([f16; 4]);

fn bits32<const N: usize>(v: Simd<f32, N>) -> [u32; N] {
    v.to_bits().to_array()
}

fn bits64<const N: usize>(v: Simd<f64, N>) -> [u64; N] {
    v.to_bits().to_array()
}

fn rounding() {
    let v = Simd::from_array(black_box([-2.5f32, -0.5, 0.5, 1.5, 2.5, -1.7, 3.2, f32::NAN]));
    println!("floor {:x?}", bits32(v.floor()));
    println!("ceil  {:x?}", bits32(v.ceil()));
    println!("round {:x?}", bits32(v.round()));
    println!("trunc {:x?}", bits32(v.trunc()));
    println!("fract {:x?}", bits32(v.fract()));
    let ties = unsafe { simd::simd_round_ties_even(v) };
    println!("ties  {:x?}", bits32(ties));
    let w = Simd::from_array(black_box([-2.5f64, 0.49999999999999994, 1e300, -0.0]));
    println!("f64 floor {:x?} round {:x?}", bits64(w.floor()), bits64(w.round()));
    println!("f64 abs {:x?} sqrt {:x?}", bits64(w.abs()), bits64(w.abs().sqrt()));
}

fn libm_lanes() {
    let v = Simd::from_array(black_box([0.5f64, 1.0, 2.0, 10.0]));
    println!("sin {:x?}", bits64(v.sin()));
    println!("cos {:x?}", bits64(v.cos()));
    println!("exp {:x?}", bits64(v.exp()));
    println!("exp2 {:x?}", bits64(v.exp2()));
    println!("ln {:x?}", bits64(v.ln()));
    println!("log2 {:x?}", bits64(v.log2()));
    println!("log10 {:x?}", bits64(v.log10()));
    let f = Simd::from_array(black_box([0.5f32, 3.0]));
    println!(
        "f32 sin {:x?} ln {:x?} sqrt {:x?}",
        bits32(f.sin()),
        bits32(f.ln()),
        bits32(f.sqrt())
    );
}

fn multiply_add() {
    // a * b is 1 - 2^-46: exactly representable only before rounding, so a fused multiply-add
    // gives -2^-46 and a rounded multiply then add gives 0.
    let eps = f32::EPSILON;
    let a = Simd::from_array(black_box([1.0 + eps, 2.0]));
    let b = Simd::from_array(black_box([1.0 - eps, 3.0]));
    let c = Simd::from_array(black_box([-1.0f32, 1.0]));
    println!("mul_add {:x?}", bits32(a.mul_add(b, c)));
    let relaxed = unsafe { simd::simd_relaxed_fma(a, b, c) };
    println!("relaxed_fma {:x?}", bits32(relaxed));
    let scalar = std::intrinsics::fmuladdf32(black_box(1.0 + eps), black_box(1.0 - eps), -1.0);
    println!("fmuladdf32 {:x}", scalar.to_bits());
}

fn min_max() {
    let a = Simd::from_array(black_box([1.0f32, f32::NAN, -3.0, f32::NAN, f32::INFINITY]));
    let b = Simd::from_array(black_box([2.0f32, 5.0, f32::NAN, f32::NAN, -1.0]));
    println!("max {:x?}", bits32(a.simd_max(b)));
    println!("min {:x?}", bits32(a.simd_min(b)));
    println!("clamp {:x?}", bits32(a.simd_clamp(Simd::splat(0.0), Simd::splat(1.5))));
}

fn f16_lanes() {
    let v = F16x4(black_box([1.5f16, -2.75, 0.0, -0.0]));
    let neg: F16x4 = unsafe { simd::simd_neg(v) };
    let abs: F16x4 = unsafe { simd::simd_fabs(v) };
    let floor: F16x4 = unsafe { simd::simd_floor(v) };
    let sqrt: F16x4 = unsafe { simd::simd_fsqrt(abs) };
    for (name, r) in [("neg", neg), ("abs", abs), ("floor", floor), ("sqrt", sqrt)] {
        println!(
            "f16 {name} {:x?}",
            unsafe { std::mem::transmute::<F16x4, [f16; 4]>(r) }.map(f16::to_bits)
        );
    }
}

fn funnel_and_clmul() {
    let a = U32x4(black_box([0x8000_0001, 0xdead_beef, 0x1234_5678, 0xffff_0000]));
    let b = U32x4(black_box([0x0000_0003, 0xcafe_babe, 0x9abc_def0, 0x0000_ffff]));
    let s = U32x4(black_box([0, 1, 31, 16]));
    let shl: U32x4 = unsafe { simd::simd_funnel_shl(a, b, s) };
    let shr: U32x4 = unsafe { simd::simd_funnel_shr(a, b, s) };
    let (shl, shr): ([u32; 4], [u32; 4]) =
        unsafe { (std::mem::transmute(shl), std::mem::transmute(shr)) };
    println!("funnel_shl {shl:x?} funnel_shr {shr:x?}");
    let rot =
        Simd::from_array(black_box([0x8000_0001u32, 0x1234_5678])).rotate_elements_left::<1>();
    println!("rotate_elements {:x?}", rot.to_array());
    let q: U8x4 =
        unsafe { simd::simd_carryless_mul(U8x4([0xff, 3, 0x80, 7]), U8x4([0xff, 3, 2, 5])) };
    let q: [u8; 4] = unsafe { std::mem::transmute(q) };
    println!("clmul u8 {q:x?}");
    // LLVM (this toolchain's) gets 64-bit lanes wrong on AArch64: [0, 0] for these.
    if cfg!(target_arch = "x86_64") {
        let x = U64x2(black_box([0x8000_0000_0000_0001, 0xffff_ffff_ffff_ffff]));
        let y = U64x2(black_box([0x3, 0xffff_ffff_ffff_ffff]));
        let p: U64x2 = unsafe { simd::simd_carryless_mul(x, y) };
        let p: [u64; 2] = unsafe { std::mem::transmute(p) };
        println!("clmul u64 {p:x?}");
    }
}

fn pointers() {
    let data = [10u16, 11, 12, 13, 14, 15, 16, 17];
    let base = Simd::<*const u16, 4>::splat(data.as_ptr());
    let ptrs = base.wrapping_add(Simd::from_array(black_box([1, 2, 5, 7])));
    let read: [u16; 4] = ptrs.to_array().map(|p| unsafe { *p });
    println!("arith_offset {read:?}");
    let back = ptrs.wrapping_sub(Simd::splat(1));
    println!("back {:?}", back.to_array().map(|p| unsafe { *p }));
    let bytes = ptrs.cast::<u8>().wrapping_add(Simd::splat(1));
    println!("cast {:?}", bytes.to_array().map(|p| unsafe { *p }));
    let addrs = ptrs.expose_provenance();
    let offsets = (addrs - Simd::splat(data.as_ptr() as usize)).to_array();
    println!("exposed offsets {offsets:?}");
    let again = Simd::<*const u16, 4>::with_exposed_provenance(addrs);
    println!("with_exposed {:?}", again.to_array().map(|p| unsafe { *p }));
}

fn masked_memory() {
    // The slice ends before the vector does: the lanes past its end must not be read or written.
    let data = vec![1i32, 2, 3, 4, 5];
    let v = Simd::<i32, 8>::load_or(&data[3..], Simd::splat(-1));
    println!("load_or {:?}", v.to_array());
    let enable = Mask::from_array(black_box([true, false, true, true, false, true, true, true]));
    let w = Simd::<i32, 8>::load_select(&data, enable, Simd::splat(-7));
    println!("load_select_or {:?}", w.to_array());
    let mut out = vec![0i32; 5];
    Simd::from_array([9, 8, 7, 6, 5, 4, 3, 2]).store_select(&mut out[1..], enable);
    println!("store_select {out:?}");

    let table = [100u8, 101, 102, 103, 104, 105];
    let idx = Simd::from_array(black_box([5usize, 0, 9, 2]));
    let g = Simd::gather_or(&table, idx, Simd::splat(0));
    println!("gather_or {:?}", g.to_array());
    let mut dst = [0u8; 6];
    Simd::from_array([1u8, 2, 3, 4]).scatter(&mut dst, Simd::from_array([4, 1, 100, 1]));
    println!("scatter (second write to 1 wins) {dst:?}");

    let nulls = Simd::from_array([
        table.as_ptr(),
        std::ptr::null(),
        table.as_ptr().wrapping_add(3),
        std::ptr::null(),
    ]);
    let mask = Mask::from_array(black_box([true, false, true, false]));
    let p = unsafe { Simd::gather_select_ptr(nulls, mask, Simd::splat(77)) };
    println!("gather through pointers {:?}", p.to_array());
    let mut cell = [0u32; 2];
    let targets = Simd::from_array([
        cell.as_mut_ptr(),
        std::ptr::null_mut(),
        cell.as_mut_ptr().wrapping_add(1),
        std::ptr::null_mut(),
    ]);
    unsafe { Simd::from_array([5u32, 6, 7, 8]).scatter_select_ptr(targets, mask) };
    println!("scatter through pointers {cell:?}");
    let sum: u32 = Simd::from_array(black_box([1u32, 2, 3, 4])).reduce_sum();
    println!("sum {sum}");
}

fn main() {
    rounding();
    libm_lanes();
    multiply_add();
    min_max();
    f16_lanes();
    funnel_and_clmul();
    pointers();
    masked_memory();
}
