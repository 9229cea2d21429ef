// Checks the run-time panic of `mem::zeroed` for a type that forbids zero (assert_zero_valid), which aborts like under LLVM.
#![allow(invalid_value)]

fn zeroed_ok<T>() -> T {
    unsafe { std::mem::zeroed() }
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("panic: {}", info.payload_as_str().unwrap_or("?"));
    }));
    let x: u64 = zeroed_ok();
    let o: Option<&u8> = zeroed_ok();
    println!("{x} {o:?}");
    let r: &'static u8 = zeroed_ok();
    println!("unreachable {r}");
}
