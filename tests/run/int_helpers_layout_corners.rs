// Newer integer helpers and layout corners: carrying/borrowing/widening arithmetic, funnel shifts,
// carry-less multiply, bit gather/deposit, isqrt/ilog/midpoint, NonZero methods, packed fields,
// an align(64) enum, statics holding closures and pointers into other statics, a 1 MiB stack array
// and a `Vec<()>` of `usize::MAX` elements.
#![feature(funnel_shifts, core_intrinsics, int_roundings, widening_mul, wrapping_next_power_of_two, uint_gather_scatter_bits, signed_bigint_helpers, uint_carryless_mul)]
#![allow(internal_features)]
use std::hint::black_box as bb;
use std::num::*;

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct P { a: u8, b: u64, c: u16, d: u128 }

#[repr(align(64))]
#[derive(Debug)]
enum Al { X(u8), Y(u32, u64) }

static TABLE: [&(dyn Fn(u32) -> u32 + Sync); 3] = [&|x| x + 1, &|x| x * 3, &|x| x ^ 0xff];
static NAMES: &[&str] = &["alpha", "beta", "gamma"];
static PTRS: [&u8; 2] = [&BYTES[3], &BYTES[7]];
static BYTES: [u8; 8] = *b"abcdefgh";

fn main() {
    let x: u64 = bb(0xdead_beef_1234_5678);
    let y: u64 = bb(0xffff_ffff_ffff_fff0);
    println!("{:?} {:?}", x.carrying_add(y, true), x.borrowing_sub(y, true));
    println!("{:?} {:?}", x.carrying_mul(y, 77), x.widening_mul(y));
    println!("{:?}", x.carrying_mul_add(y, 5, 9));
    println!("{:?}", (x as i64).carrying_mul(-3, 1));
    println!("{} {}", x.funnel_shl(y, 13), x.funnel_shr(y, 61));
    println!("{} {}", (x as u32).funnel_shl(y as u32, bb(31)), (x as u8).funnel_shr(y as u8, bb(0)));
    println!("{} {} {} {}", x.isqrt(), x.ilog(7), x.ilog10(), x.ilog2());
    println!("{} {} {}", x.div_ceil(1000), x.midpoint(y), (x as i64).midpoint(-(y as i64)));
    println!("{} {} {}", x.unbounded_shl(bb(70)), x.unbounded_shr(bb(3)), (x as i64).unbounded_shr(bb(100)));
    println!("{} {}", x.cast_signed(), (x as i64).cast_unsigned());
    println!("{} {}", x.is_multiple_of(bb(8)), x.is_multiple_of(bb(0)));
    println!("{:?} {:?}", x.checked_next_multiple_of(bb(1000)), (x as i32).checked_next_multiple_of(-7));
    println!("{} {}", x.bit_width(), bb(0u8).bit_width());
    println!("{} {}", x.isolate_highest_one(), x.isolate_lowest_one());
    println!("{} {}", bb(5u32).wrapping_next_power_of_two(), bb(u32::MAX).wrapping_next_power_of_two());
    println!("{} {}", x.carryless_mul(y), (x as u8).carryless_mul(y as u8));
    println!("{} {}", x.extract_bits(0xff00ff), x.deposit_bits(0xf0f0f0));
    println!("{:?} {:?}", (x as i128).carrying_mul(-(y as i128), 3), (x as u128).carrying_add(u128::MAX, false));
    println!("{:?}", NonZeroU32::new(bb(40)).map(|n| (n.ilog2(), n.leading_zeros(), n.isqrt(), n.checked_add(5))));
    println!("{:?}", NonZeroI16::new(bb(-7)).map(|n| (n.abs(), n.unsigned_abs(), n.wrapping_neg(), n.checked_mul(n))));
    let p = bb(P { a: 1, b: x, c: 0xabcd, d: u128::MAX / 3 });
    let b = p.b; let d = p.d;
    println!("{} {} {} {} {}", p.a, b, { p.c }, d, std::mem::size_of::<P>());
    let pp = std::ptr::addr_of!(p.d);
    println!("{}", unsafe { pp.read_unaligned() } == d);
    let al = [Al::X(3), Al::Y(7, x)];
    println!("{:?} {} {}", al, std::mem::align_of::<Al>(), (&al[1] as *const Al as usize) % 64);
    println!("{:?}", TABLE.iter().map(|f| f(bb(10))).collect::<Vec<_>>());
    println!("{:?} {}{}", NAMES, PTRS[0], PTRS[1]);
    println!("{:?}", std::mem::size_of::<Option<(NonZeroU128, bool)>>());
    let o: Option<(NonZeroU128, bool)> = bb(NonZeroU128::new(5).map(|n| (n, true)));
    println!("{:?}", o);
    println!("{}", std::intrinsics::three_way_compare(bb(3i8), bb(-1)) as i8);
    let mut big = [0u8; 1 << 20];
    big[bb(999_999)] = 9;
    println!("{}", big.iter().map(|&b| b as u32).sum::<u32>());
    let zs = vec![(); bb(usize::MAX)];
    println!("{} {:?}", zs.len(), zs.get(usize::MAX - 1));
    println!("{}", u128::MAX.to_string().len() + i128::MIN.to_string().len());
    println!("{:?}", (bb(-7i128)).div_euclid(bb(3)) + (bb(-7i128)).rem_euclid(bb(-3)));
    println!("{:?}", (bb(7u128) << 100).leading_zeros() + (bb(7u128) << 100).trailing_zeros() + bb(u128::MAX).count_ones());
    println!("{:?}", bb(1.0e20f64) as u128 + bb(-5.5f32) as u128 + bb(f64::NAN) as u128);
    println!("{:?} {:?}", bb(u128::MAX) as f32, bb(i128::MIN + 1) as f64);
}
