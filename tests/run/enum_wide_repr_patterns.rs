// Enums with u128/negative/i64 explicit discriminants (with data), nested niches, and matches on
// i128, char and f64 ranges; transmutes of niche-optimized arrays and u128 byte order.
use std::num::{NonZeroI64, NonZeroU8, NonZeroU128};

#[repr(u128)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Wide {
    Small = 1,
    Big = 1 << 100,
    Max = u128::MAX,
}

#[repr(i8)]
#[derive(Debug, Clone, Copy)]
enum Neg {
    A = -128,
    B = -1,
    C = 0,
    D = 127,
}

#[repr(i64)]
#[derive(Debug)]
enum WithData {
    X(u8) = -5,
    Y { a: u32, b: i16 } = 1 << 40,
    Z = i64::MIN,
}

#[derive(Debug)]
enum Nested {
    A(Option<Option<bool>>),
    B(Result<(), Box<dyn std::error::Error>>),
    C(Option<NonZeroU128>),
    D(char),
}

fn classify(x: i128) -> &'static str {
    match x {
        i128::MIN..=-1_000_000_000_000_000_000_000 => "hugely negative",
        -999_999_999_999_999_999_999..=-1 => "negative",
        0 => "zero",
        1..=0xffff_ffff_ffff_ffff => "fits u64",
        _ => "wide",
    }
}

fn chars(c: char) -> u32 {
    match c {
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '\u{80}'..='\u{7ff}' => 3,
        '\u{10000}'..=char::MAX => 4,
        _ => 0,
    }
}

fn floats(f: f64) -> &'static str {
    match f {
        f64::NEG_INFINITY => "-inf",
        -1.0..0.0 => "small negative",
        0.0 => "zero (either sign)",
        0.0..=1.0 => "unit",
        x if x.is_nan() => "nan",
        _ => "other",
    }
}

fn main() {
    for w in [Wide::Small, Wide::Big, Wide::Max] {
        println!("{w:?} = {} ({})", w as u128, w as u128 as i8);
    }
    let ws = [Wide::Max, Wide::Small];
    println!("{}", ws.iter().filter(|&&w| w == Wide::Max).count());
    for n in [Neg::A, Neg::B, Neg::C, Neg::D] {
        println!("{n:?} {} {} {}", n as i8, n as i64, n as u8);
    }
    println!("{}", std::mem::size_of::<WithData>());
    for v in [WithData::X(3), WithData::Y { a: 9, b: -2 }, WithData::Z] {
        let d = unsafe { *(&v as *const WithData as *const i64) };
        println!("{v:?} tag {d}");
    }
    let nested = vec![
        Nested::A(None),
        Nested::A(Some(None)),
        Nested::A(Some(Some(true))),
        Nested::B(Ok(())),
        Nested::B(Err("bad".into())),
        Nested::C(NonZeroU128::new(1 << 127)),
        Nested::C(None),
        Nested::D('\u{10ffff}'),
    ];
    for n in &nested {
        let k = match n {
            Nested::A(Some(Some(b))) => format!("a{b}"),
            Nested::A(Some(None)) => "a-some-none".into(),
            Nested::A(None) => "a-none".into(),
            Nested::B(Err(e)) => format!("err {e}"),
            Nested::B(Ok(())) => "ok".into(),
            Nested::C(Some(v)) if v.get() > 100 => format!("big {v}"),
            Nested::C(_) => "c".into(),
            Nested::D(c) => format!("{}", *c as u32),
        };
        println!("{n:?} -> {k}");
    }
    println!(
        "sizes {} {} {} {}",
        size_of::<Nested>(),
        size_of::<Option<Option<bool>>>(),
        size_of::<Option<NonZeroU8>>(),
        size_of::<Option<Option<NonZeroI64>>>()
    );
    for x in [i128::MIN, -1_000_000_000_000_000_000_000, -5, 0, 7, u64::MAX as i128, 1 << 64] {
        println!("{x}: {}", classify(std::hint::black_box(x)));
    }
    for c in ['q', 'Q', 'é', '€', '😀', '\0'] {
        print!("{} ", chars(std::hint::black_box(c)));
    }
    println!();
    for f in [f64::NEG_INFINITY, -0.5, -0.0, 0.0, 0.5, 1.0, f64::NAN, 2.0] {
        print!("{} | ", floats(std::hint::black_box(f)));
    }
    println!();
    let opt: Option<Option<Option<u8>>> = Some(Some(None));
    println!("{:?} {}", opt, matches!(opt, Some(Some(None))));
    let arr: [Option<NonZeroU8>; 4] =
        [NonZeroU8::new(0), NonZeroU8::new(1), None, NonZeroU8::new(255)];
    let bytes: [u8; 4] = unsafe { std::mem::transmute(arr) };
    println!("{bytes:?}");
    let x: u128 = u128::from_le_bytes(std::hint::black_box([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ]));
    println!("{x:#x} {:?}", x.to_be_bytes());
}
