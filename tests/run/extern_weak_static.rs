// Extern statics with `#[linkage]`, as std's `weak!` declares optional libc functions: the
// static holds the symbol's address, null for a weak symbol nobody defines.
#![feature(linkage)]

unsafe extern "C" {
    #[linkage = "extern_weak"]
    static toupper: Option<unsafe extern "C" fn(i32) -> i32>;
    #[linkage = "extern_weak"]
    static no_library_defines_this_function: Option<unsafe extern "C" fn() -> i32>;
    #[linkage = "extern_weak"]
    static no_library_defines_this_object: *const u8;
    #[linkage = "external"]
    static environ: *const *const u8;
}

fn upper_through_weak(c: u8) -> Option<char> {
    unsafe { toupper.map(|f| f(c as i32) as u8 as char) }
}

fn main() {
    println!("toupper present: {:?}", upper_through_weak(b'w'));
    println!("missing function present: {}", unsafe { no_library_defines_this_function.is_some() });
    println!("missing object null: {}", unsafe { no_library_defines_this_object.is_null() });
    let env = unsafe { environ };
    println!("environ found: {}", !env.is_null());
    // Both references in one function go through the same address holder.
    let twice = unsafe { (toupper.is_some(), toupper.is_some()) };
    println!("twice: {twice:?}");
}
