// Checks enums whose niche lives in a later (non-first) field of a variant, plus multi-variant niche filling: sizes, construction and matching.
use std::hint::black_box;
use std::mem::size_of;

#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
enum Shape {
    Big { id: u32, pad: u16, flag: bool },
    Small,
    Tiny,
}

#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
enum WithRef<'a> {
    Data(u64, &'a str),
    Nothing,
}

#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
enum CharLater {
    Full(u8, u8, char),
    A,
    B,
    C,
}

#[derive(Debug)]
#[allow(dead_code)]
enum Nested {
    Inner(u32, Option<bool>),
    Other,
}

fn score(s: Shape) -> u64 {
    match s {
        Shape::Big { id, pad, flag: true } => id as u64 * 3 + pad as u64,
        Shape::Big { id, pad, flag: false } => id as u64 + pad as u64 * 5,
        Shape::Small => 1,
        Shape::Tiny => 2,
    }
}

fn wr(w: WithRef) -> String {
    match w {
        WithRef::Data(n, s) => format!("{}:{}", n, s),
        WithRef::Nothing => "nothing".into(),
    }
}

fn cl(c: CharLater) -> u32 {
    match c {
        CharLater::Full(a, b, ch) => a as u32 + b as u32 + ch as u32,
        CharLater::A => 10,
        CharLater::B => 20,
        CharLater::C => 30,
    }
}

fn main() {
    println!("size Shape={} WithRef={} CharLater={} Nested={}", size_of::<Shape>(), size_of::<WithRef>(), size_of::<CharLater>(), size_of::<Nested>());
    let shapes = [
        Shape::Big { id: black_box(100), pad: black_box(7), flag: black_box(true) },
        Shape::Big { id: black_box(100), pad: black_box(7), flag: black_box(false) },
        black_box(Shape::Small),
        black_box(Shape::Tiny),
    ];
    for s in shapes {
        println!("{:?} -> {}", s, score(black_box(s)));
    }
    let text = String::from("hello niche");
    let ws = [WithRef::Data(black_box(u64::MAX), &text[..5]), black_box(WithRef::Nothing), WithRef::Data(0, "")];
    for w in ws {
        println!("{}", wr(black_box(w)));
    }
    let cs = [CharLater::Full(black_box(1), black_box(2), black_box('Z')), CharLater::A, CharLater::B, CharLater::C, CharLater::Full(255, 255, '\u{10FFFF}')];
    for c in cs {
        println!("{:?} -> {}", c, cl(black_box(c)));
    }
    let ns = vec![Nested::Inner(black_box(5), None), Nested::Inner(6, Some(true)), Nested::Other, Nested::Inner(7, Some(false))];
    for n in &ns {
        let v = match n {
            Nested::Inner(x, None) => *x as i32,
            Nested::Inner(x, Some(true)) => *x as i32 * 100,
            Nested::Inner(x, Some(false)) => -(*x as i32),
            Nested::Other => 0,
        };
        println!("{:?} -> {}", n, v);
    }
    let opt: Option<Shape> = black_box(Some(Shape::Tiny));
    println!("Option<Shape> size={} value={:?}", size_of::<Option<Shape>>(), opt);
}
