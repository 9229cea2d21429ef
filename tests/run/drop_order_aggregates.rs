// Checks drop order of struct fields (declaration order), nested structs, tuple fields, array elements, Vec elements, partially moved structs, temporaries in expressions/match scrutinees and edition-2024 tail-expression temporaries.
#![allow(unused_assignments, dead_code)]
use std::cell::RefCell;
use std::hint::black_box;

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(s: String) {
    LOG.with_borrow_mut(|l| l.push(s));
}

fn flush(title: &str) {
    let l = LOG.take();
    println!("{}: {}", title, l.join(" "));
}

struct D(&'static str, u32);
impl Drop for D {
    fn drop(&mut self) {
        log(format!("{}{}", self.0, self.1));
    }
}
impl D {
    fn val(&self) -> u32 {
        self.1
    }
}

struct Inner {
    _p: D,
    _q: D,
}
struct Outer {
    _a: D,
    _inner: Inner,
    _z: D,
}

struct Pair {
    left: D,
    right: D,
}

fn make(n: u32) -> D {
    D("t", n)
}

fn tail_temp() -> u32 {
    // In edition 2024 the temporary make(..) is dropped before the local `_l`.
    let _l = D("local", 0);
    make(black_box(7)).val()
}

fn main() {
    {
        let _o = Outer { _a: D("a", 1), _inner: Inner { _p: D("p", 2), _q: D("q", 3) }, _z: D("z", 4) };
    }
    flush("struct fields");
    {
        let _t = (D("t", 1), (D("t", 2), D("t", 3)), D("t", 4));
    }
    flush("tuple fields");
    {
        let _arr = [D("e", 0), D("e", 1), D("e", 2), D("e", 3)];
    }
    flush("array elems");
    {
        let mut v: Vec<D> = (0..5).map(|i| D("v", black_box(i))).collect();
        v.swap(0, 4);
        v.remove(2);
        log("removed".into());
    }
    flush("vec elems");
    {
        let p = Pair { left: D("L", 1), right: D("R", 2) };
        let Pair { right, .. } = p; // partial move: `left` stays in p
        log("moved right".into());
        drop(right);
        log("after drop right".into());
    }
    flush("partial move");
    {
        let a = D("first", 1);
        let _b = D("second", 2);
        let _a2 = a; // moved: dropped with _a2, which is declared last
    }
    flush("move reorders");
    {
        let sum = make(1).val() + make(2).val() * make(3).val();
        log(format!("sum={}", sum));
    }
    flush("temporaries in expr");
    {
        match make(black_box(10)).val() {
            10 => log("matched 10".into()),
            _ => log("other".into()),
        }
        log("after match".into());
    }
    flush("match scrutinee temp");
    {
        let r = &make(20); // lifetime extended to end of block
        log(format!("got {}", r.val()));
    }
    flush("extended temp");
    {
        let v = tail_temp();
        log(format!("tail returned {}", v));
    }
    flush("tail expr temp");
    {
        let _x = D("shadow", 1);
        let _x = D("shadow", 2);
        log("shadowed".into());
    }
    flush("shadowing");
    {
        let mut slot = D("slot", 1);
        log("assign".into());
        slot = D("slot", 2);
        log(format!("now {}", slot.val()));
    }
    flush("reassign");
}
