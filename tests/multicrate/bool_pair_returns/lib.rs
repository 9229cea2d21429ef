// Library half of the `bool_pair_returns` multicrate case: results passed as a pair whose
// first or second half is bool-like (a `bool`, or an enum tag that is 0 or 1). LLVM returns
// such a pair as `{ i1, .. }` and defines only the lowest bit of that register: optimized,
// it returns a tag computed as `h & 1` as `h` itself. We used to read the whole byte, and a
// `V0(..)` came back as `V1`.
//@ compile-flags: -Copt-level=2
#![allow(clippy::all)]

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Two {
    V0(i8),
    V1(),
}

#[derive(Debug, Clone, Copy)]
pub enum Flag {
    Off,
    On,
}

fn step(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x100000001b3).rotate_left(17)
}

#[inline(never)]
pub fn make_two(h: u64) -> Two {
    match h % 2 {
        0 => Two::V0(step(h, 20) as i8),
        1 => Two::V1(),
        _ => unreachable!(),
    }
}

#[inline(never)]
pub fn odd_and_half(h: u64) -> (bool, u32) {
    let odd = match h % 2 {
        0 => false,
        1 => true,
        _ => unreachable!(),
    };
    (odd, (h / 2) as u32)
}

#[inline(never)]
pub fn half_and_odd(h: u64) -> (u64, bool) {
    (h / 2, h & 1 != 0)
}

#[inline(never)]
pub fn flag_of(h: u32) -> (Flag, u16) {
    let flag = match h % 2 {
        0 => Flag::Off,
        1 => Flag::On,
        _ => unreachable!(),
    };
    (flag, h as u16)
}

pub trait Maker {
    fn make(&self, h: u64) -> Two;
}

pub struct Lib;

impl Maker for Lib {
    #[inline(never)]
    fn make(&self, h: u64) -> Two {
        make_two(h)
    }
}

pub fn maker() -> Box<dyn Maker> {
    Box::new(Lib)
}

/// Calls back a function of the binary returning such a pair.
#[inline(never)]
pub fn call_back(f: fn(u64) -> Two, h: u64) -> Two {
    f(h)
}
