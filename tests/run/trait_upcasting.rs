// Checks trait upcasting: `&dyn Sub` to `&dyn Super` (first and non-first supertraits), Box and Rc, and calls afterwards.
use std::rc::Rc;

trait Named {
    fn name(&self) -> String;
}
trait Sized2 {
    fn size(&self) -> usize;
}
trait Shape: Named + Sized2 {
    fn area(&self) -> f64;
}

struct Square(f64);
impl Named for Square {
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}
impl Sized2 for Square {
    fn size(&self) -> usize {
        self.0 as usize * 4
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s: &dyn Shape = &Square(3.0);
    let n: &dyn Named = s;
    let z: &dyn Sized2 = s;
    println!("{} {} {}", s.area(), n.name(), z.size());
    let b: Box<dyn Shape> = Box::new(Square(1.5));
    let b: Box<dyn Sized2> = b;
    println!("{}", b.size());
    let r: Rc<dyn Shape> = Rc::new(Square(2.0));
    let r2: Rc<dyn Named> = r.clone();
    println!("{} {}", r2.name(), Rc::strong_count(&r));
    let any: &dyn std::any::Any = &5u32;
    println!("{:?}", any.downcast_ref::<u32>());
}
