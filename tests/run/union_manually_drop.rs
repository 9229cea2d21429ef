// Checks unions with ManuallyDrop fields: explicit drop of the active field, no implicit drops, ManuallyDrop::take/into_inner, and drop counts.
use std::cell::Cell;
use std::hint::black_box;
use std::mem::ManuallyDrop;

thread_local! {
    static DROPS: Cell<u32> = const { Cell::new(0) };
}

struct Noisy(&'static str, u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
        println!("drop Noisy({}, {})", self.0, self.1);
    }
}

union Slot {
    noisy: ManuallyDrop<Noisy>,
    text: ManuallyDrop<String>,
    raw: u64,
}

struct Tagged {
    is_text: bool,
    slot: Slot,
}

impl Tagged {
    fn noisy(n: Noisy) -> Self {
        Tagged { is_text: false, slot: Slot { noisy: ManuallyDrop::new(n) } }
    }
    fn text(s: String) -> Self {
        Tagged { is_text: true, slot: Slot { text: ManuallyDrop::new(s) } }
    }
    fn describe(&self) -> String {
        unsafe {
            if self.is_text {
                format!("text {:?} len {}", &*self.slot.text, self.slot.text.len())
            } else {
                format!("noisy {} {}", self.slot.noisy.0, self.slot.noisy.1)
            }
        }
    }
}

impl Drop for Tagged {
    fn drop(&mut self) {
        unsafe {
            if self.is_text {
                println!("Tagged drop text");
                ManuallyDrop::drop(&mut self.slot.text);
            } else {
                println!("Tagged drop noisy");
                ManuallyDrop::drop(&mut self.slot.noisy);
            }
        }
    }
}

fn count() -> u32 {
    DROPS.with(|d| d.get())
}

fn main() {
    {
        let a = Tagged::noisy(Noisy("a", black_box(1)));
        let b = Tagged::text(format!("hello {}", black_box(42)));
        println!("{}", a.describe());
        println!("{}", b.describe());
        println!("drops before scope end: {}", count());
    }
    println!("drops after scope: {}", count());

    // A union with a ManuallyDrop field is never dropped implicitly.
    {
        let _u = Slot { noisy: ManuallyDrop::new(Noisy("leaked", 2)) };
    }
    println!("drops after leaking union: {}", count());

    // Reading raw bits after writing a u64.
    let s = Slot { raw: black_box(0x0102_0304_0506_0708) };
    println!("raw = {:#x}", unsafe { s.raw });

    let mut md = ManuallyDrop::new(Noisy("take", 3));
    let taken = unsafe { ManuallyDrop::take(&mut md) };
    println!("took {} {}", taken.0, taken.1);
    drop(taken);
    println!("drops after take: {}", count());

    let inner = ManuallyDrop::into_inner(ManuallyDrop::new(Noisy("inner", black_box(4))));
    println!("into_inner {}", inner.1);
    let v: Vec<Tagged> = vec![Tagged::noisy(Noisy("v0", 5)), Tagged::text("v1".to_string()), Tagged::noisy(Noisy("v2", 6))];
    for t in &v {
        println!("vec item: {}", t.describe());
    }
    drop(v);
    println!("final drops before inner: {}", count());
}
