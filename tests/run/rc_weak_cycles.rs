// Checks Rc/Weak: parent<->child trees with Weak back-pointers, strong/weak counts at each step, cycles broken by Weak (all nodes dropped), upgrade after drop, Rc::try_unwrap and make_mut.
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.name);
    }
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) })
}

fn adopt(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(n: &Rc<Node>) -> String {
    let mut parts = vec![n.name.clone()];
    let mut cur = n.parent.borrow().upgrade();
    while let Some(p) = cur {
        parts.push(p.name.clone());
        cur = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

struct Cyc {
    id: u32,
    next: RefCell<Option<Rc<Cyc>>>,
    prev: RefCell<Weak<Cyc>>,
}
impl Drop for Cyc {
    fn drop(&mut self) {
        println!("drop cyc {}", self.id);
    }
}

fn main() {
    let leaf;
    {
        let root = node("root");
        let mid = node("mid");
        leaf = node("leaf");
        println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
        adopt(&root, mid.clone());
        adopt(&mid, leaf.clone());
        println!("after adopt root s={} w={} mid s={} w={} leaf s={} w={}", Rc::strong_count(&root), Rc::weak_count(&root), Rc::strong_count(&mid), Rc::weak_count(&mid), Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("path {}", path(&leaf));
        drop(mid);
        println!("mid handle dropped, leaf parent alive {}", leaf.parent.borrow().upgrade().is_some());
        println!("leaving scope");
    }
    println!("root gone; leaf parent alive {} leaf strong={}", leaf.parent.borrow().upgrade().is_some(), Rc::strong_count(&leaf));
    println!("path now {}", path(&leaf));

    // A ring of 4 nodes: forward strong links, backward weak links; closing the ring with a strong link leaks,
    // so the last link is weak and everything is freed.
    {
        let n: Vec<Rc<Cyc>> = (0..4).map(|i| Rc::new(Cyc { id: black_box(i), next: RefCell::new(None), prev: RefCell::new(Weak::new()) })).collect();
        for i in 0..3 {
            *n[i].next.borrow_mut() = Some(n[i + 1].clone());
            *n[i + 1].prev.borrow_mut() = Rc::downgrade(&n[i]);
        }
        *n[0].prev.borrow_mut() = Rc::downgrade(&n[3]);
        let counts: Vec<(usize, usize)> = n.iter().map(|x| (Rc::strong_count(x), Rc::weak_count(x))).collect();
        println!("ring counts {:?}", counts);
        let back = n[0].prev.borrow().upgrade().map(|x| x.id);
        println!("n0.prev = {:?}", back);
        let head = n[0].clone();
        drop(n);
        println!("vec dropped, head strong={}", Rc::strong_count(&head));
        let mut walk = Vec::new();
        let mut cur = Some(head.clone());
        while let Some(c) = cur {
            walk.push(c.id);
            cur = c.next.borrow().clone();
        }
        println!("walk {:?}", walk);
        println!("dropping head");
    }
    println!("ring gone");

    let weak_only: Weak<String>;
    {
        let s = Rc::new(String::from("temp"));
        weak_only = Rc::downgrade(&s);
        println!("upgrade while alive {:?}", weak_only.upgrade());
    }
    println!("upgrade after drop {:?} strong={} weak={}", weak_only.upgrade(), weak_only.strong_count(), weak_only.weak_count());

    let mut a = Rc::new(vec![1, 2, 3]);
    let b = a.clone();
    Rc::make_mut(&mut a).push(black_box(4));
    println!("make_mut cloned: a={:?} b={:?} ptr_eq={}", a, b, Rc::ptr_eq(&a, &b));
    println!("try_unwrap b {:?}", Rc::try_unwrap(b));
    let c = a.clone();
    println!("try_unwrap shared is_err {}", Rc::try_unwrap(c).is_err());
    println!("a strong after failed unwrap {}", Rc::strong_count(&a));
}
