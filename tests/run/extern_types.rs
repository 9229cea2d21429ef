// Pointers to extern types are thin although the pointee is unsized: dereferencing,
// reborrowing, casting and taking field addresses must not look for metadata. A field
// ending in an extern type past a sized prefix has no computable address (its alignment is
// unknown), and taking it panics without unwinding, as under LLVM.
#![feature(extern_types)]

use std::mem::size_of;
use std::ptr;

mod ffi {
    unsafe extern "C" {
        pub type Opaque;
    }
}
use ffi::Opaque;

#[repr(C)]
struct Header {
    len: u32,
    flags: u16,
    tail: Opaque,
}

#[repr(C)]
struct Wrapper {
    inner: Opaque,
}

#[inline(never)]
fn reborrow(x: &Opaque) -> &Opaque {
    &*x
}

#[inline(never)]
fn addr_of(x: &Opaque) -> usize {
    ptr::from_ref(x).addr()
}

#[inline(never)]
fn tail_of(h: &Header) -> *const Opaque {
    &raw const h.tail
}

#[inline(never)]
fn inner_of(w: &Wrapper) -> &Opaque {
    &w.inner
}

fn main() {
    println!("{} {} {}", size_of::<&Opaque>(), size_of::<*mut Opaque>(), size_of::<Option<&Opaque>>());

    let words = [0x1234_5678_u64, 0xdead_beef];
    let raw = words.as_ptr() as *const Opaque;
    let x: &Opaque = unsafe { &*raw };
    let y: &Opaque = reborrow(x);
    println!("{}", addr_of(y) == words.as_ptr().addr());
    let opt: Option<&Opaque> = Some(y);
    println!("{}", opt.is_some());
    let fake = ptr::without_provenance::<()>(16) as *const Opaque;
    let fake: &Opaque = unsafe { &*fake };
    println!("{}", addr_of(fake));

    let w: &Wrapper = unsafe { &*(raw as *const Wrapper) };
    println!("{}", addr_of(inner_of(w)) - addr_of(x));

    let h: &Header = unsafe { &*(raw as *const Header) };
    println!("{:#x} {:#x}", h.len, h.flags);
    let tail = tail_of(h);
    println!("unreachable: {}", tail.addr() - raw.addr());
}
