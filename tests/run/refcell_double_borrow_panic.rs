// Checks that a second mutable borrow of a RefCell while the first is alive panics with "already borrowed" (BorrowMutError).
use std::cell::RefCell;
use std::hint::black_box;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let mut b = cell.borrow_mut();
        b.push(black_box(4));
    }
    println!("after first borrow {:?}", cell.borrow());
    let first = cell.borrow_mut();
    println!("holding a mutable borrow of len {}", first.len());
    let second = cell.borrow_mut();
    println!("unreachable {} {}", first.len(), second.len());
}
