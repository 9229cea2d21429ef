// Checks that unwinding out of an `extern "C"` function aborts with the nounwind message, as under LLVM.
extern "C" fn callback(x: u32) -> u32 {
    if std::hint::black_box(x) > 1 {
        panic!("cannot unwind out of C");
    }
    x
}

fn main() {
    // The default hook prints a forced backtrace (with addresses) for a panic that cannot
    // unwind; print message and location only so the two backends' output can be compared.
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload_as_str().unwrap_or("?");
        let loc = info.location().map(|l| (l.file().rsplit('/').next().unwrap_or(""), l.line()));
        eprintln!("panic: {msg} at {loc:?}");
    }));
    println!("{}", callback(1));
    let f: extern "C" fn(u32) -> u32 = callback;
    println!("{}", f(5));
}
