// Checks #[repr(u8)], #[repr(i64)], #[repr(i8)] and #[repr(u8)] enums with fields: discriminant casts, transmute round-trips, sizes and matching.
use std::hint::black_box;
use std::mem::size_of;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Nop = 0,
    Push = 0x10,
    Pop,
    Add = 0x80,
    Halt = 0xff,
}

#[repr(i64)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Wide {
    Min = i64::MIN,
    MinusOne = -1,
    Max = i64::MAX,
}

#[repr(i8)]
#[derive(Debug, Clone, Copy)]
enum Sign {
    Neg = -1,
    Zero = 0,
    Pos = 1,
}

#[repr(u8)]
#[derive(Debug)]
enum Tagged {
    Empty = 1,
    Byte(u8) = 5,
    Pair(u16, u32) = 9,
}

fn decode(b: u8) -> Option<Op> {
    match b {
        0 => Some(Op::Nop),
        0x10 => Some(Op::Push),
        0x11 => Some(Op::Pop),
        0x80 => Some(Op::Add),
        0xff => Some(Op::Halt),
        _ => None,
    }
}

fn tag_of(t: &Tagged) -> u8 {
    // Reading the tag of a repr(u8) enum through a pointer cast is defined.
    unsafe { *(t as *const Tagged as *const u8) }
}

fn main() {
    println!("sizes Op={} Wide={} Sign={} Tagged={} Option<Op>={}", size_of::<Op>(), size_of::<Wide>(), size_of::<Sign>(), size_of::<Tagged>(), size_of::<Option<Op>>());
    for b in [0u8, 1, 0x10, 0x11, 0x12, 0x80, 0xfe, 0xff] {
        let d = decode(black_box(b));
        match d {
            Some(op) => {
                let back = op as u8;
                let t: u8 = unsafe { std::mem::transmute(op) };
                println!("{:#04x} -> {:?} back={:#04x} transmute={:#04x} as i8={}", b, op, back, t, op as i8);
            }
            None => println!("{:#04x} -> invalid", b),
        }
    }
    for w in [Wide::Min, Wide::MinusOne, Wide::Max] {
        let w = black_box(w);
        let raw: i64 = unsafe { std::mem::transmute(w) };
        println!("{:?}: as i64={} as u64={:#x} as i32={} as u8={} raw={}", w, w as i64, w as u64, w as i32, w as u8, raw);
    }
    let wv: Wide = unsafe { std::mem::transmute(black_box(-1i64)) };
    println!("transmuted -1 -> {:?} eq={}", wv, wv == Wide::MinusOne);
    for s in [Sign::Neg, Sign::Zero, Sign::Pos] {
        let s = black_box(s);
        println!("{:?}: i8={} u8={} i32={} u32={}", s, s as i8, s as u8, s as i32, s as u32);
    }
    let items = [Tagged::Empty, Tagged::Byte(black_box(200)), Tagged::Pair(black_box(65000), black_box(4_000_000_000))];
    for t in &items {
        let desc = match t {
            Tagged::Empty => "empty".to_string(),
            Tagged::Byte(b) => format!("byte {}", b),
            Tagged::Pair(a, b) => format!("pair {} {}", a, b),
        };
        println!("{:?} tag={} desc={}", t, tag_of(t), desc);
    }
}
