// `size_of_val`/`align_of_val` of structs whose unsized tail is itself a struct with a sized
// prefix and an unsized tail (found through zerocopy's tests): every level adds its prefix and
// padding and applies its own `repr(packed)` cap. It was the outer offset plus the innermost
// tail, so `Box<Outer<dyn Trait>>` also freed with too small a layout (checked here by an
// allocator that prints the sizes it frees).
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::mem::{align_of_val, size_of_val, ManuallyDrop};

struct Tracing;

thread_local! {
    static TRACE: Cell<bool> = const { Cell::new(false) };
}

unsafe impl GlobalAlloc for Tracing {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if TRACE.with(|t| t.get()) {
            TRACE.with(|t| t.set(false));
            println!("dealloc size={} align={}", layout.size(), layout.align());
            TRACE.with(|t| t.set(true));
        }
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Tracing = Tracing;

struct Inner<T: ?Sized> {
    a: u32,
    b: u8,
    tail: T,
}

struct Outer<T: ?Sized> {
    z: u8,
    inner: Inner<T>,
}

trait Tr {
    fn id(&self) -> u64;
}

impl Tr for u8 {
    fn id(&self) -> u64 {
        *self as u64
    }
}

impl Tr for [u128; 3] {
    fn id(&self) -> u64 {
        self[2] as u64
    }
}

#[repr(C, align(4))]
struct Word([u8; 4]);

#[repr(C)]
struct CInner<T: ?Sized> {
    a: Word,
    b: u8,
    tail: T,
}

#[repr(C, packed(2))]
struct Packed2<T: ?Sized> {
    z: u8,
    inner: ManuallyDrop<CInner<T>>,
}

#[repr(C, packed)]
struct Packed1<T: ?Sized> {
    z: u8,
    inner: ManuallyDrop<CInner<T>>,
}

struct Three<T: ?Sized> {
    x: u16,
    mid: Outer<T>,
}

fn packed<const N: usize>() {
    let v = Packed2 { z: 0, inner: ManuallyDrop::new(CInner { a: Word([0; 4]), b: 0, tail: [0u8; N] }) };
    let d: &Packed2<[u8]> = &v;
    let w = Packed1 { z: 0, inner: ManuallyDrop::new(CInner { a: Word([0; 4]), b: 0, tail: [0u8; N] }) };
    let e: &Packed1<[u8]> = &w;
    println!(
        "N={N} packed2 {} {} {} | packed1 {} {} {}",
        size_of_val(&v),
        size_of_val(d),
        align_of_val(d),
        size_of_val(&w),
        size_of_val(e),
        align_of_val(e)
    );
}

fn main() {
    let o = Outer { z: 0, inner: Inner { a: 0, b: 0, tail: [0u8; 3] } };
    let s: &Outer<[u8]> = &o;
    let d: &Outer<dyn Tr> = &Outer { z: 1, inner: Inner { a: 2, b: 3, tail: 7u8 } };
    println!("sized={} slice={} dyn={} id={}", size_of_val(&o), size_of_val(s), size_of_val(d), d.inner.tail.id());
    println!("aligns {} {} {}", align_of_val(&o), align_of_val(s), align_of_val(d));
    let t = Three { x: 1, mid: Outer { z: 2, inner: Inner { a: 3, b: 4, tail: [9u16; 5] } } };
    let ts: &Three<[u16]> = &t;
    println!("three {} {} {}", size_of_val(&t), size_of_val(ts), align_of_val(ts));
    let st: &Outer<str> = unsafe { &*(std::ptr::slice_from_raw_parts(&o as *const Outer<[u8; 3]> as *const u8, 3) as *const Outer<str>) };
    println!("str tail {}", size_of_val(st));
    for n in [0, 3, 4, 7] {
        match n {
            0 => packed::<0>(),
            3 => packed::<3>(),
            4 => packed::<4>(),
            _ => packed::<7>(),
        }
    }
    let boxed: Box<Outer<dyn Tr>> = Box::new(Outer { z: 5, inner: Inner { a: 6, b: 7, tail: [1u128, 2, 3] } });
    println!("boxed size={} align={} id={}", size_of_val(&*boxed), align_of_val(&*boxed), boxed.inner.tail.id());
    TRACE.with(|t| t.set(true));
    drop(boxed);
    TRACE.with(|t| t.set(false));
}
