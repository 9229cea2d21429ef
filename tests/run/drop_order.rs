// Checks Drop: scope-end order (reverse declaration), temporaries, mem::drop, moves, struct fields order, shadowing, reassignment, Option<T> drop, nested scopes.
#![allow(unused_assignments)]
use std::hint::black_box;

struct Noisy {
    name: String,
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {} ({})", self.name, self.id);
    }
}

fn make(name: &str, id: u32) -> Noisy {
    Noisy { name: name.to_string(), id }
}

struct Pair {
    _first: Noisy,
    _second: Noisy,
}

struct Wrapper(Noisy);

impl Drop for Wrapper {
    fn drop(&mut self) {
        println!("drop wrapper around {}", self.0.name);
    }
}

fn consume(n: Noisy) -> u32 {
    println!("consuming {}", n.name);
    n.id * 2
}

fn pass_through(n: Noisy) -> Noisy {
    println!("passing {}", n.name);
    n
}

fn main() {
    println!("-- scope order");
    {
        let _a = make("a", 1);
        let _b = make("b", 2);
        let _c = make("c", 3);
        println!("end of scope");
    }
    println!("-- mem::drop");
    let x = make("x", 10);
    let y = make("y", 11);
    drop(x);
    println!("after drop x");
    std::mem::drop(y);
    println!("after drop y");
    println!("-- move into fn");
    let m = make("moved", 20);
    let r = consume(m);
    println!("consume returned {}", r);
    let p = pass_through(make("through", 21));
    println!("got back {}", p.name);
    println!("-- temporaries");
    let len = make("temp", 30).name.len();
    println!("temp len {}", len);
    println!("-- struct fields");
    {
        let _pair = Pair { _first: make("first", 40), _second: make("second", 41) };
        let _w = Wrapper(make("inner", 42));
    }
    println!("-- reassignment");
    let mut r = make("old", 50);
    println!("before reassign");
    r = make("new", 51);
    println!("after reassign {}", r.id);
    println!("-- shadowing");
    let s = make("shadow1", 60);
    let s = Noisy { name: format!("{}-2", s.name), id: s.id + 1 };
    println!("shadowed {}", s.name);
    println!("-- option");
    let mut opt = Some(make("opt", 70));
    if black_box(true) {
        opt = None;
    }
    println!("opt is_none {}", opt.is_none());
    let taken = Some(make("taken", 71)).take();
    println!("taken {}", taken.is_some());
    println!("-- conditional move");
    let c = make("cond", 80);
    if black_box(false) {
        drop(c);
    } else {
        println!("not moved");
    }
    println!("-- box");
    let b = Box::new(make("boxed", 90));
    println!("boxed id {}", b.id);
    println!("-- end of main");
}
