// A panic escaping an `extern "C"` function that C called (a thread's start routine, so no Rust
// frame above it catches): the function's abort-on-unwind pad must be found by the
// personality's search phase as a handler, as LLVM's filter clause is. It was emitted as a plain
// cleanup: the search found nothing, and the runtime failed to start the unwind ("failed to
// initiate panic") without running the drop or reporting the panic that cannot unwind.
use std::ffi::c_void;

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard dropped");
    }
}

#[inline(never)]
fn inner() {
    let _guard = Guard;
    panic!("boom");
}

extern "C" fn start(_: *mut c_void) -> *mut c_void {
    inner();
    std::ptr::null_mut()
}

unsafe extern "C" {
    fn pthread_create(
        thread: *mut usize,
        attr: *const c_void,
        start: extern "C" fn(*mut c_void) -> *mut c_void,
        arg: *mut c_void,
    ) -> i32;
    fn pthread_join(thread: usize, ret: *mut *mut c_void) -> i32;
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let line = info.location().map_or(0, |l| l.line());
        println!("panicked: {} (line {line})", info.payload_as_str().unwrap_or("?"));
    }));
    let mut thread = 0;
    unsafe {
        pthread_create(&mut thread, std::ptr::null(), start, std::ptr::null_mut());
        pthread_join(thread, std::ptr::null_mut());
    }
    println!("not reached");
}
