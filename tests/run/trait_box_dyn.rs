// Checks Box<dyn Trait>: heterogeneous Vec<Box<dyn T>>, drop through vtable, dyn with state mutation, Box<dyn Fn>, returning Box<dyn T> from fns, downcasting via Any.
use std::any::Any;
use std::hint::black_box;

trait Animal {
    fn name(&self) -> String;
    fn speak(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
    fn feed(&mut self, amount: u32);
    fn weight(&self) -> u32;
}

struct Dog {
    name: String,
    weight: u32,
}

struct Bird {
    weight: u32,
    song: [u8; 3],
}

struct Fish;

impl Animal for Dog {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn speak(&self) -> String {
        "woof".to_string()
    }
    fn feed(&mut self, amount: u32) {
        self.weight += amount / 2;
    }
    fn weight(&self) -> u32 {
        self.weight
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        "bird".into()
    }
    fn speak(&self) -> String {
        String::from_utf8(self.song.to_vec()).unwrap()
    }
    fn legs(&self) -> u32 {
        2
    }
    fn feed(&mut self, amount: u32) {
        self.weight += amount;
        self.song.rotate_left(1);
    }
    fn weight(&self) -> u32 {
        self.weight
    }
}

impl Animal for Fish {
    fn name(&self) -> String {
        "fish".into()
    }
    fn speak(&self) -> String {
        "...".into()
    }
    fn legs(&self) -> u32 {
        0
    }
    fn feed(&mut self, _: u32) {}
    fn weight(&self) -> u32 {
        1
    }
}

impl Drop for Dog {
    fn drop(&mut self) {
        println!("dog {} dropped at weight {}", self.name, self.weight);
    }
}

impl Drop for Bird {
    fn drop(&mut self) {
        println!("bird dropped");
    }
}

fn make(kind: u8) -> Box<dyn Animal> {
    match kind {
        0 => Box::new(Dog { name: format!("rex{}", kind), weight: 30 }),
        1 => Box::new(Bird { weight: 1, song: *b"twe" }),
        _ => Box::new(Fish),
    }
}

fn describe_any(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("string {:?}", s)
    } else if v.is::<Fish>() {
        "a fish".to_string()
    } else {
        "unknown".to_string()
    }
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    for k in [0u8, 1, 2, 1] {
        zoo.push(make(black_box(k)));
    }
    zoo.push(Box::new(Dog { name: "fido".to_string(), weight: 12 }));
    for round in 0..2u32 {
        for a in zoo.iter_mut() {
            a.feed(black_box(round * 4 + 2));
        }
    }
    for a in &zoo {
        println!("{} says {} with {} legs, weight {}", a.name(), a.speak(), a.legs(), a.weight());
    }
    let legs: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("total legs {}", legs);
    println!("removing index 1");
    let removed = zoo.remove(1);
    println!("removed {}", removed.name());
    drop(removed);
    println!("truncating");
    zoo.truncate(2);
    println!("sizes {} {}", std::mem::size_of::<Box<dyn Animal>>(), std::mem::size_of::<&dyn Animal>());
    let items: Vec<Box<dyn Any>> = vec![Box::new(black_box(5i32)), Box::new(String::from("hi")), Box::new(Fish), Box::new(1u8)];
    for it in &items {
        println!("{}", describe_any(it.as_ref()));
    }
    let boxed_fn: Box<dyn Fn(u32) -> Box<dyn Animal>> = Box::new(|k| make(k as u8));
    let a = boxed_fn(black_box(0));
    println!("from fn: {}", a.name());
    println!("end of main");
}
