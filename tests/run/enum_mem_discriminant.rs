// Checks std::mem::discriminant equality across variants with and without data, used as a grouping key, and discriminant_value via `as` on field-less enums.
use std::collections::BTreeMap;
use std::hint::black_box;
use std::mem::{discriminant, Discriminant};

#[derive(Debug, Clone)]
#[allow(dead_code)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Scroll(f64),
    Quit,
    Resize(u16, u16),
}

#[derive(Debug, Clone, Copy)]
enum Level {
    Low = 3,
    Mid = 30,
    High = 300,
}

fn same_kind(a: &Event, b: &Event) -> bool {
    discriminant(a) == discriminant(b)
}

fn kind_index(e: &Event, kinds: &[Discriminant<Event>]) -> usize {
    kinds.iter().position(|d| *d == discriminant(e)).unwrap()
}

fn main() {
    let events = vec![
        Event::Click { x: black_box(1), y: 2 },
        Event::Key(black_box('q')),
        Event::Scroll(black_box(-1.5)),
        Event::Click { x: 10, y: black_box(-20) },
        Event::Quit,
        Event::Key('w'),
        Event::Resize(black_box(800), 600),
        Event::Scroll(0.25),
        Event::Quit,
        Event::Resize(1, 1),
    ];
    let kinds = [
        discriminant(&Event::Click { x: 0, y: 0 }),
        discriminant(&Event::Key(' ')),
        discriminant(&Event::Scroll(0.0)),
        discriminant(&Event::Quit),
        discriminant(&Event::Resize(0, 0)),
    ];
    let names = ["click", "key", "scroll", "quit", "resize"];
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &events {
        let k = kind_index(e, &kinds);
        *counts.entry(names[k]).or_insert(0) += 1;
    }
    println!("counts: {:?}", counts);
    for i in 0..events.len() {
        let mut row = String::new();
        for j in 0..events.len() {
            row.push(if same_kind(black_box(&events[i]), black_box(&events[j])) { '1' } else { '.' });
        }
        println!("{:>2} {}", i, row);
    }
    let a = Some(black_box(5u8));
    let b: Option<u8> = Some(200);
    let c: Option<u8> = None;
    println!("Some==Some {} Some==None {}", discriminant(&a) == discriminant(&b), discriminant(&a) == discriminant(&c));
    let r1: Result<i32, String> = Ok(1);
    let r2: Result<i32, String> = Err("x".into());
    println!("Ok==Err {}", discriminant(&r1) == discriminant(&r2));
    for l in [Level::Low, Level::Mid, Level::High] {
        let l = black_box(l);
        println!("{:?} = {} same-as-Mid={}", l, l as i32, discriminant(&l) == discriminant(&Level::Mid));
    }
}
