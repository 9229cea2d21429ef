// Checks Drop for elements of Vec<T>, Box<T>, arrays, Vec::clear/truncate/pop/remove, and String/Vec of String freeing.
use std::hint::black_box;

static mut DROPS: u32 = 0;

struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        unsafe { *(&raw mut DROPS) += 1 };
        println!("drop D({})", self.0);
    }
}

fn count() -> u32 {
    unsafe { *(&raw const DROPS) }
}

fn main() {
    let mut v: Vec<D> = Vec::new();
    for i in 0..black_box(6) {
        v.push(D(i));
    }
    println!("len {}", v.len());
    let popped = v.pop();
    println!("popped {:?}", popped.as_ref().map(|d| d.0));
    drop(popped);
    let removed = v.remove(black_box(1));
    println!("removed {}", removed.0);
    drop(removed);
    v.truncate(3);
    println!("after truncate {:?} drops {}", v.iter().map(|d| d.0).collect::<Vec<_>>(), count());
    v.clear();
    println!("after clear drops {}", count());
    v.push(D(100));
    v.push(D(101));
    println!("dropping vec");
    drop(v);
    println!("drops {}", count());

    println!("-- array");
    {
        let _arr = [D(200), D(201), D(202)];
    }
    println!("-- box");
    {
        let b: Box<D> = Box::new(D(300));
        let _b2 = Box::new([D(301), D(302)]);
        println!("box inner {}", b.0);
    }
    println!("-- vec of vec");
    {
        let _vv = vec![vec![D(400), D(401)], vec![], vec![D(402)]];
    }
    println!("-- into_iter partially consumed");
    {
        let vi = vec![D(500), D(501), D(502), D(503)];
        let mut it = vi.into_iter();
        let first = it.next().unwrap();
        println!("first {}", first.0);
        let _second = it.next();
        println!("dropping rest");
    }
    println!("-- retain");
    let mut w: Vec<D> = (600..606).map(D).collect();
    w.retain(|d| d.0 % 2 == 0);
    println!("kept {:?}", w.iter().map(|d| d.0).collect::<Vec<_>>());
    println!("-- strings");
    let names: Vec<String> = (0..3).map(|i| format!("name{}", i)).collect();
    let joined = names.join("+");
    drop(names);
    println!("{}", joined);
    println!("total drops before end {}", count());
}
