// Checks Cell/RefCell/Rc: interior mutability, borrow/borrow_mut scoping, Rc strong counts, Rc<RefCell<T>> shared mutation, Weak upgrade, Drop when last Rc goes away.
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::rc::{Rc, Weak};

struct Node {
    val: i32,
    children: RefCell<Vec<Rc<Node>>>,
    parent: RefCell<Weak<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.val);
    }
}

struct Account {
    balance: Cell<i64>,
    log: RefCell<Vec<String>>,
}

impl Account {
    fn deposit(&self, amt: i64) {
        self.balance.set(self.balance.get() + amt);
        self.log.borrow_mut().push(format!("+{}", amt));
    }
    fn withdraw(&self, amt: i64) -> bool {
        if self.balance.get() >= amt {
            self.balance.set(self.balance.get() - amt);
            self.log.borrow_mut().push(format!("-{}", amt));
            true
        } else {
            self.log.borrow_mut().push(format!("!{}", amt));
            false
        }
    }
}

fn main() {
    let c = Cell::new(black_box(5u32));
    c.set(c.get() * 3);
    let old = c.replace(100);
    println!("cell {} old {} take {}", c.get(), old, c.take());

    let acct = Account { balance: Cell::new(0), log: RefCell::new(Vec::new()) };
    acct.deposit(black_box(100));
    let w1 = acct.withdraw(30);
    let w2 = acct.withdraw(500);
    acct.deposit(7);
    println!("balance {} {} {} log {:?}", acct.balance.get(), w1, w2, acct.log.borrow());

    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let a = Rc::clone(&shared);
    let b = shared.clone();
    println!("strong {}", Rc::strong_count(&shared));
    a.borrow_mut().push(black_box(4));
    b.borrow_mut()[0] = 100;
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("two readers {:?} {}", *r1, r2.len());
        println!("try_borrow_mut while reading: {}", shared.try_borrow_mut().is_err());
    }
    println!("try_borrow_mut after: {}", shared.try_borrow_mut().is_ok());
    drop(a);
    println!("strong after drop {} sum {}", Rc::strong_count(&shared), b.borrow().iter().sum::<i32>());

    let leaf = Rc::new(Node { val: 3, children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) });
    println!("leaf parent {:?}", leaf.parent.borrow().upgrade().map(|p| p.val));
    {
        let branch = Rc::new(Node { val: 5, children: RefCell::new(vec![Rc::clone(&leaf)]), parent: RefCell::new(Weak::new()) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("leaf parent {:?}", leaf.parent.borrow().upgrade().map(|p| p.val));
        println!("branch strong {} weak {} leaf strong {}", Rc::strong_count(&branch), Rc::weak_count(&branch), Rc::strong_count(&leaf));
        println!("children {:?}", branch.children.borrow().iter().map(|c| c.val).collect::<Vec<_>>());
    }
    println!("after branch scope parent {:?} leaf strong {}", leaf.parent.borrow().upgrade().map(|p| p.val), Rc::strong_count(&leaf));
    let counter = Rc::new(Cell::new(0));
    let handlers: Vec<Box<dyn Fn()>> = (1..=3)
        .map(|k| {
            let c = Rc::clone(&counter);
            Box::new(move || c.set(c.get() + k)) as Box<dyn Fn()>
        })
        .collect();
    for h in &handlers {
        h();
        h();
    }
    println!("counter {} strong {}", counter.get(), Rc::strong_count(&counter));
    drop(handlers);
    println!("strong after {}", Rc::strong_count(&counter));
    println!("end");
}
