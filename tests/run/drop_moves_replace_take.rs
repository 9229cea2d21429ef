// Checks drops of values moved into closures (dropped with the closure or when consumed), Option::take/replace, mem::replace/swap/take, Box<dyn FnOnce> never called, and forget.
use std::cell::RefCell;
use std::hint::black_box;
use std::mem;

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}
fn log(s: String) {
    LOG.with_borrow_mut(|l| l.push(s));
}
fn flush(title: &str) {
    println!("{}: {}", title, LOG.take().join(" "));
}

#[derive(Default)]
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        log(format!("drop({})", self.0));
    }
}
fn d(s: &str) -> D {
    D(s.to_string())
}

fn main() {
    {
        let a = d("cap");
        let c = move || log(format!("closure sees {}", a.0));
        c();
        c();
        log("before closure drop".into());
        drop(c);
        log("after closure drop".into());
    }
    flush("move closure");
    {
        let a = d("once");
        let c = move || {
            let inner = a;
            log(format!("consuming {}", inner.0));
        };
        log("before call".into());
        c();
        log("after call".into());
    }
    flush("FnOnce consumes");
    {
        let never = d("never-called");
        let b: Box<dyn FnOnce()> = Box::new(move || drop(never));
        log("boxed made".into());
        drop(b);
        log("boxed dropped".into());
    }
    flush("boxed FnOnce uncalled");
    {
        let mut o = Some(d("opt"));
        let t = o.take();
        log(format!("took some={} left none={}", t.is_some(), o.is_none()));
        let old = o.replace(d("new"));
        log(format!("replace returned none={}", old.is_none()));
        let old2 = o.replace(d("newer"));
        log(format!("replaced {}", old2.as_ref().unwrap().0));
        drop(old2);
        drop(t);
        log("end".into());
    }
    flush("option take/replace");
    {
        let mut x = d("x1");
        let prev = mem::replace(&mut x, d("x2"));
        log(format!("prev={} x={}", prev.0, x.0));
        let mut y = d("y");
        mem::swap(&mut x, &mut y);
        log(format!("after swap x={} y={}", x.0, y.0));
        let taken = mem::take(&mut y);
        log(format!("taken={} y=default({:?})", taken.0, y.0));
        drop(prev);
        log("end".into());
    }
    flush("mem ops");
    {
        let mut v = vec![d("v0"), d("v1"), d("v2")];
        let mid = mem::replace(&mut v[1], d("v1b"));
        log(format!("replaced {}", mid.0));
        v.swap(0, 2);
        let t = mem::take(&mut v);
        log(format!("took {} v empty {}", t.len(), v.is_empty()));
        drop(mid);
        drop(t);
        log("end".into());
    }
    flush("vec mem ops");
    {
        let f = d("forgotten");
        mem::forget(f);
        let md = mem::ManuallyDrop::new(d("manual"));
        log(format!("holding {}", md.0));
        let c = black_box(3);
        let arr: Vec<D> = (0..c).map(|i| d(&format!("it{}", i))).collect();
        let kept: Vec<D> = arr.into_iter().filter(|x| x.0 != "it1").collect();
        log(format!("kept {}", kept.len()));
    }
    flush("forget and filter");
}
