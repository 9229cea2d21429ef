// Checks {:?} and {:#?} on derived Debug structs/enums/tuples/arrays/Option/Result/nested containers/strings with escapes, and a manual Display impl.
#![allow(dead_code)]
use std::fmt;
use std::hint::black_box;

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Tup(u8, &'static str);

#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
    tags: Vec<&'static str>,
    partner: Option<Box<Person>>,
}

#[derive(Debug)]
enum Shape {
    Empty,
    Circle { r: u32 },
    Rect(u16, u16),
}

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.cents.abs() / 100, self.cents.abs() % 100)
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Money").field("cents", &self.cents).finish()
    }
}

struct Padded(u32);

impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // Respect width/fill given by the caller.
        f.pad(&format!("P{}", self.0))
    }
}

fn main() {
    println!("{:?} {:?}", Unit, Tup(black_box(3), "three"));
    let p = Person {
        name: "Ann".to_string(),
        age: black_box(31),
        tags: vec!["x", "y"],
        partner: Some(Box::new(Person { name: "Bob".into(), age: 33, tags: vec![], partner: None })),
    };
    println!("{:?}", p);
    println!("{:#?}", p);
    let shapes = [Shape::Empty, Shape::Circle { r: black_box(5) }, Shape::Rect(2, 3)];
    println!("{:?}", shapes);
    println!("{:#?}", shapes[1]);
    let t = (black_box(1u8), -2i32, 'c', "s\"q", true, ());
    println!("{:?}", t);
    let o: Option<Option<i32>> = Some(None);
    let r1: Result<u8, String> = Ok(black_box(9));
    let r2: Result<u8, String> = Err("bad\tthing".to_string());
    println!("{:?} {:?} {:?} {:?}", o, Some(Some(black_box(4))), r1, r2);
    let nested = vec![vec![(1, 'a')], vec![], vec![(2, 'b'), (3, 'c')]];
    println!("{:?}", nested);
    println!("{:#?}", (black_box(1), [2, 3]));
    let m = Money { cents: black_box(-12345) };
    println!("{} {:?} [{:>12}]", m, m, m.to_string());
    println!("[{:>6}] [{:<6}] [{:^6}] [{}]", Padded(7), Padded(42), Padded(1), Padded(black_box(999)));
    println!("{:?} {:?}", "tab\t newline\n quote\" backslash\\ unicode é \u{7f}", '\'');
    println!("{:5?}|{:<5?}|{:05?}", black_box(42), Some(1), -3);
    let empty: Vec<u8> = Vec::new();
    println!("{:?} {:?} {:#?}", empty, Vec::<Unit>::new(), Vec::<u8>::new());
    println!("{:?}", std::cmp::Ordering::Less);
    println!("{:?}", (0..3, 1..=4, ..5));
    println!("{:?}", "a b".split(' ').collect::<Vec<_>>());
}
