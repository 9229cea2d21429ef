// `-Cforce-unwind-tables=no` under `panic=unwind`: functions that may unwind keep their
// `.eh_frame` entries (LLVM drops only those of functions that cannot unwind), so a panic is
// still caught, also one thrown two frames down, and the drops on the way run.
//@ compile-flags: -Cforce-unwind-tables=no
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[inline(never)]
fn boom(n: u32) -> u32 {
    let _guard = Noisy("boom");
    if std::hint::black_box(n) > 2 {
        panic!("boom {}", n);
    }
    n
}

#[inline(never)]
fn middle(n: u32) -> u32 {
    let _guard = Noisy("middle");
    boom(n) + 1
}

fn main() {
    std::panic::set_hook(Box::new(|info| println!("panicked: {}", info.payload_as_str().unwrap_or("?"))));
    println!("{:?}", std::panic::catch_unwind(|| middle(1)));
    println!("{:?}", std::panic::catch_unwind(|| middle(3)).is_err());
}
