// Checks dyn-compatible traits with generic methods gated by `where Self: Sized`, default methods calling required ones through dyn, supertrait methods via dyn, and Box/&/Rc trait objects.
use std::fmt::Display;
use std::hint::black_box;
use std::rc::Rc;

trait Store {
    fn get(&self, i: usize) -> i64;
    fn len(&self) -> usize;
    fn name(&self) -> String {
        format!("store[{}]", self.len())
    }
    fn total(&self) -> i64 {
        (0..self.len()).map(|i| self.get(i)).sum()
    }
    // Generic method: not callable on dyn Store, but the trait stays dyn-compatible.
    fn map_all<F: Fn(i64) -> T, T>(&self, f: F) -> Vec<T>
    where
        Self: Sized,
    {
        (0..self.len()).map(|i| f(self.get(i))).collect()
    }
    fn boxed(self) -> Box<dyn Store>
    where
        Self: Sized + 'static,
    {
        Box::new(self)
    }
}

trait Labeled: Store {
    fn label(&self) -> String;
    fn full(&self) -> String {
        format!("{}={}", self.label(), self.total())
    }
}

struct VecStore(Vec<i64>);
struct RangeStore {
    start: i64,
    n: usize,
}

impl Store for VecStore {
    fn get(&self, i: usize) -> i64 {
        self.0[i]
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl Store for RangeStore {
    fn get(&self, i: usize) -> i64 {
        self.start + i as i64 * 3
    }
    fn len(&self) -> usize {
        self.n
    }
    fn name(&self) -> String {
        format!("range from {}", self.start)
    }
}

impl Labeled for RangeStore {
    fn label(&self) -> String {
        "R".into()
    }
}

impl Labeled for VecStore {
    fn label(&self) -> String {
        format!("V{}", self.0.len())
    }
}

fn show_all(items: &[&dyn Store]) {
    for s in items {
        println!("{} total {}", s.name(), s.total());
    }
}

fn join_mapped<S: Store, T: Display>(s: &S, f: impl Fn(i64) -> T) -> String {
    s.map_all(f).iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ")
}

fn main() {
    let v = VecStore(vec![black_box(4), -2, 9, 15]);
    let r = RangeStore { start: black_box(-5), n: 6 };
    show_all(&[&v, &r]);
    println!("mapped v {}", join_mapped(&v, |x| x * x));
    println!("mapped r {}", join_mapped(&r, |x| format!("<{}>", x)));
    let bools: Vec<bool> = r.map_all(|x| x > 0);
    println!("bools {:?}", bools);

    let boxes: Vec<Box<dyn Store>> = vec![v.boxed(), r.boxed(), VecStore(vec![]).boxed()];
    for b in &boxes {
        println!("boxed {} len {} total {}", b.name(), b.len(), b.total());
    }
    let labeled: Vec<Rc<dyn Labeled>> = vec![Rc::new(RangeStore { start: 100, n: 2 }), Rc::new(VecStore(vec![1, 1, 2, 3, 5, 8]))];
    for l in &labeled {
        let as_store: &dyn Store = &**l;
        println!("labeled {} name {} via upcast total {}", l.full(), l.name(), as_store.total());
    }
    let sel = black_box(1usize);
    let chosen: &dyn Labeled = &*labeled[sel];
    println!("chosen get(5) = {}", chosen.get(5));
}
