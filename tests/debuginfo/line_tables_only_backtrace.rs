// Under `-Cdebuginfo=line-tables-only` LLVM writes a subprogram only for functions with inlined
// calls, at the unit's top level with its bare name (`unwrap<u32>`, `get`), and backtraces name
// the other frames from the symbol table (`bt::inner`): ours named every frame by its full path
// (`<core::option::Option<u32>>::unwrap`).
//@ compile-flags: -Cdebuginfo=line-tables-only
use std::hint::black_box;

mod shapes {
    pub struct Counter(pub u32);

    impl Counter {
        #[inline(never)]
        pub fn take(&self, x: Option<u32>) -> u32 {
            x.unwrap() + self.0
        }
    }

    pub trait Area {
        fn area(&self) -> u32;
    }

    impl Area for Counter {
        fn area(&self) -> u32 {
            let v: Vec<u32> = Vec::new();
            v[self.0 as usize]
        }
    }
}

#[inline(never)]
fn generic<T: Copy + Into<u64>>(items: &[T], i: usize) -> u64 {
    items[i].into()
}

#[inline(never)]
fn inner(x: Option<u32>) -> u32 {
    shapes::Counter(1).take(x)
}

fn main() {
    let r = std::panic::catch_unwind(|| inner(black_box(None)));
    println!("unwrap: {}", r.is_err());
    let r = std::panic::catch_unwind(|| {
        let shape: Box<dyn shapes::Area> = Box::new(shapes::Counter(black_box(4)));
        shape.area()
    });
    println!("dyn: {}", r.is_err());
    let r = std::panic::catch_unwind(|| generic(&[1u8, 2], black_box(5)));
    println!("generic: {}", r.is_err());
}
