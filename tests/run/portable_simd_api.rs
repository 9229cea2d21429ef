// The `std::simd` API beyond lane arithmetic: gathers and scatters with out-of-range indices, masked
// loads, swizzles and interleaves, reductions, `StdFloat` math, casts between lane types, masks
// to bitmasks, pointer lanes, and `as_simd` with every supported lane count.
#![feature(portable_simd)]
use std::simd::prelude::*;
use std::simd::StdFloat;


fn sum<const N: usize>(v: &[f32]) -> f32 {
    let mut acc = Simd::<f32, N>::splat(0.0);
    let (pre, mid, post) = v.as_simd::<N>();
    for m in mid { acc += *m; }
    acc.reduce_sum() + pre.iter().sum::<f32>() + post.iter().sum::<f32>()
}

#[inline(never)]
fn go(x: u32) {
    let a = u8x16::from_array(core::array::from_fn(|i| (i as u8).wrapping_mul(x as u8 + 17)));
    let b = u8x16::splat(x as u8);
    println!("{:?}", a.saturating_add(b));
    println!("{:?}", a.saturating_sub(b));
    println!("{:?}", a.simd_max(b));
    println!("{:?}", a.simd_lt(b).to_bitmask());
    println!("{:?}", a.simd_eq(b).any());
    println!("{:?}", a.reduce_max());
    println!("{:?}", a.reduce_xor());
    println!("{:?}", a.rotate_elements_left::<3>());
    println!("{:?}", a.reverse());
    let (lo, hi) = a.interleave(b);
    println!("{:?} {:?}", lo, hi);
    println!("{:?}", simd_swizzle!(a, [15, 0, 3, 3, 7, 1, 2, 9]));
    let c: Simd<i32, 8> = Simd::from_array([1, -2, 3, -4, 5, -6, 7, x as i32]);
    println!("{:?}", c.abs());
    println!("{:?}", c.cast::<f64>());
    println!("{:?}", (c.cast::<f32>() * Simd::splat(1.5)).cast::<i16>());
    println!("{:?}", c.reduce_product());
    println!("{:?}", c.reduce_min());
    println!("{:?}", c.count_ones());
    println!("{:?}", c.leading_zeros());
    println!("{:?}", c.swap_bytes());
    println!("{:?}", c.reverse_bits());
    let m = c.simd_gt(Simd::splat(0));
    println!("{:?}", m.select(c, Simd::splat(99)));
    println!("{:?} {:?}", m.to_bitmask(), m.to_array());
    let idx = Simd::from_array([0usize, 5, 2, 100]);
    let data = [10i64, 20, 30, 40, 50, 60];
    println!("{:?}", Simd::gather_or_default(&data, idx));
    let mut out = [0i64; 6];
    Simd::from_array([1i64, 2, 3, 4]).scatter(&mut out, idx);
    println!("{:?}", out);
    let f = f64x4::from_array([1.5, -0.0, f64::NAN, x as f64]);
    println!("{:?}", f.is_nan());
    println!("{:?}", f.abs());
    println!("{:?} {:?} {:?} {:?}", f.sqrt(), f.floor(), f.mul_add(f, f), f.round());
    println!("{:?}", f.simd_max(f64x4::splat(0.5)));
    println!("{:?}", f.reduce_max());
    println!("{:?}", f.to_bits());
    println!("{:?}", f.signum());
    println!("{:?}", f.copysign(f64x4::splat(-1.0)));
    println!("{:?}", Simd::<u32, 4>::from_array([1, 2, 3, x]) << Simd::splat(3));
    println!("{:?}", Simd::<i32, 4>::from_array([-100, 2, 3, x as i32]) >> Simd::splat(2));
    println!("{:?}", Simd::<u16, 8>::splat(x as u16) / Simd::from_array([1,2,3,4,5,6,7,8]));
    println!("{:?}", Simd::<u64, 2>::splat(!0).cast::<u8>());
    let masked = Simd::<i32, 4>::load_select_or_default(&[1, 2, 3], Mask::from_array([true, false, true, true]));
    println!("{:?}", masked);
    let v: Vec<f32> = (0..103).map(|i| i as f32 * 0.25).collect();
    println!("{} {} {}", sum::<4>(&v), sum::<8>(&v), sum::<16>(&v));
    let p = Simd::<*const u8, 2>::splat(core::ptr::null());
    println!("{:?}", p.is_null());
}
fn main() { go(std::env::args().count() as u32 + 4); }
