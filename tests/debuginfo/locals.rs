// Variables and types as gdb sees them: scalars, references, arrays, slices, strings, tuples,
// structs, enums of every layout, closures and their captures, boxes and trait objects, nested
// blocks with shadowing, generic functions.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
    Blue = 10,
}

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect(u32, u32),
    Empty,
}

#[derive(Debug)]
struct Inner {
    id: u64,
    tag: char,
}

#[derive(Debug)]
struct Outer<'a> {
    name: &'a str,
    inner: Inner,
    scores: [i16; 3],
    flag: bool,
}

fn consume<T: Debug>(value: T, weight: f32) -> usize {
    let text = format!("{value:?}");
    let len = text.len();
    len + weight as usize
}

fn inspect(outer: &Outer<'_>, shapes: &[Shape], pair: (i8, u128)) -> u64 {
    let first = &shapes[0];
    let maybe: Option<&Inner> = Some(&outer.inner);
    let none: Option<u32> = None;
    let some = Some(7u32);
    let ok: Result<u8, String> = Ok(3);
    let err: Result<u8, String> = Err(String::from("bad"));
    let color = Color::Blue;
    let mut total = outer.inner.id + pair.1 as u64;
    {
        let total = total * 2;
        let shadow = "inner block";
        println!("{total} {shadow}");
    }
    total += u64::from(pair.0 as u8);
    println!("{first:?} {maybe:?} {none:?} {some:?} {ok:?} {err:?} {color:?}");
    total
}

fn main() {
    let name = String::from("outer-name");
    let outer = Outer {
        name: &name,
        inner: Inner { id: 41, tag: 'λ' },
        scores: [3, -4, 5],
        flag: true,
    };
    let shapes = vec![Shape::Circle { r: 1.5 }, Shape::Rect(2, 3), Shape::Empty];
    let boxed: Box<dyn Debug> = Box::new(Color::Green);
    let numbers = [1.25f64, -2.5];
    let slice: &[f64] = &numbers;
    let offset = 100;
    let add = |x: u64| x + offset;
    let result = inspect(&outer, &shapes, (-3, 1u128 << 70));
    let total = add(result);
    println!("{total} {boxed:?} {slice:?} {}", consume((1u8, 'x'), 0.5));
    println!("{:?}", Color::Red == Color::Green);
}
