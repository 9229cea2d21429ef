// Checks that a panic inside Drop while already unwinding aborts the process, as under LLVM.
struct Bomb;
impl Drop for Bomb {
    fn drop(&mut self) {
        println!("Bomb dropping");
        panic!("panic in drop");
    }
}

fn main() {
    // The default hook prints a forced backtrace (with addresses) for a panic that cannot
    // unwind; print message and location only so the two backends' output can be compared.
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload_as_str().unwrap_or("?");
        let loc = info.location().map(|l| (l.file().rsplit('/').next().unwrap_or(""), l.line()));
        eprintln!("panic: {msg} at {loc:?}");
    }));
    let _b = Bomb;
    println!("start");
    panic!("first panic");
}
