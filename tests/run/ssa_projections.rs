// Locals with a register layout stay in SSA variables also when their fields are read or written
// (checked arithmetic's `(T, bool)`, `Option`s, small structs and enums, downcasts): every field
// must map to the right register, partial writes must keep the other half, and layouts whose
// fields do not line up with the registers must still go through memory.
//@ compile-flags: -Cdebuginfo=0

use std::hint::black_box;

#[derive(Clone, Copy, Debug)]
struct Pair {
    a: u32,
    b: u8,
}

#[derive(Clone, Copy, Debug)]
enum Small {
    A(u32),
    B(u8),
    C,
}

#[derive(Clone, Copy, Debug)]
enum Wide {
    P(*const u8),
    U(usize),
}

#[derive(Clone, Copy)]
union Bits {
    f: f32,
    u: u32,
}

#[derive(Clone, Copy, Debug)]
struct Wrapped(Option<u16>);

fn checked(x: u32, y: u32) -> u32 {
    let mut total = 0u32;
    for i in 0..x {
        total = total.wrapping_add(i.wrapping_mul(y)) + 1;
    }
    total
}

fn swap_pair(mut p: Pair) -> Pair {
    let a = p.a;
    p.a = p.b as u32 * 3;
    p.b = a as u8;
    p
}

fn small(s: Small) -> u32 {
    match s {
        Small::A(x) => x + 1,
        Small::B(y) => y as u32 * 2,
        Small::C => 7,
    }
}

fn wide(w: Wide) -> usize {
    match w {
        Wide::P(p) => p as usize & 0xf,
        Wide::U(u) => u,
    }
}

fn rebuild(o: Option<(u32, u8)>) -> Option<(u8, u32)> {
    let (x, y) = o?;
    Some((y.wrapping_add(1), x.checked_mul(2)?))
}

fn set_later(flag: bool) -> Option<u64> {
    let mut o = None;
    if flag {
        o = Some(41);
    }
    if let Some(ref mut v) = o {
        *v += 1;
    }
    o
}

fn through_union(x: f32) -> u32 {
    let mut b = Bits { f: x };
    unsafe {
        b.u ^= 0x8000_0000;
        b.u
    }
}

fn nested(w: Wrapped) -> u16 {
    match w.0 {
        Some(v) => v.rotate_left(3),
        None => 0xffff,
    }
}

fn i128_parts(x: i128) -> (i128, bool) {
    x.overflowing_mul(black_box(3))
}

fn main() {
    println!("{}", checked(black_box(1000), black_box(7)));
    println!("{:?}", swap_pair(black_box(Pair { a: 300, b: 9 })));
    for s in [Small::A(5), Small::B(200), Small::C] {
        println!("{}", small(black_box(s)));
    }
    let byte = 5u8;
    println!("{}", wide(black_box(Wide::U(77))));
    println!("{}", wide(black_box(Wide::P(&byte))) < 16);
    println!("{:?}", rebuild(black_box(Some((21, 255)))));
    println!("{:?}", rebuild(black_box(Some((u32::MAX, 1)))));
    println!("{:?}", rebuild(black_box(None)));
    println!("{:?} {:?}", set_later(black_box(true)), set_later(black_box(false)));
    println!("{:#x}", through_union(black_box(1.5)));
    println!("{} {}", nested(black_box(Wrapped(Some(0x1234)))), nested(black_box(Wrapped(None))));
    println!("{:?}", i128_parts(black_box(i128::MAX / 2)));
    println!("{:?}", i128_parts(black_box(-5)));
    let r: Result<u32, ()> = black_box(Ok(3));
    let v = match r {
        Ok(x) if x > 2 => x.checked_sub(1),
        _ => None,
    };
    println!("{v:?}");
    println!("{:?}", black_box(250u8).checked_add(black_box(10)));
    println!("{:?}", black_box(-128i8).overflowing_neg());
}
