// A `repr(packed(N))` struct with a `dyn` tail: the tail sits at its dynamic alignment capped
// at N, known only from the vtable at run time. Offsets, `size_of_val`/`align_of_val` and
// method calls through the field must agree with the sized struct before unsizing.
use std::fmt::Debug;
use std::mem::{ManuallyDrop, align_of_val, size_of_val};
use std::ptr::addr_of;

#[repr(C, packed(2))]
struct Packed2<T: ?Sized>(u8, ManuallyDrop<T>);

#[repr(C, packed(4))]
struct Packed4<T: ?Sized>(u8, ManuallyDrop<T>);

#[repr(C, packed)]
struct Packed1<T: ?Sized>(u16, ManuallyDrop<T>);

#[repr(C)]
struct Outer<T: ?Sized>(u8, T);

#[repr(align(16))]
#[derive(Debug, Clone, Copy)]
struct Wide(u32);

#[inline(never)]
fn show2(p: &Packed2<dyn Debug>) -> String {
    let tail = unsafe { &*addr_of!(p.1) };
    let offset = unsafe { addr_of!(p.1).cast::<u8>().offset_from(addr_of!(p.0)) };
    format!("{offset} {} {} {:?}", size_of_val(p), align_of_val(p), &**tail)
}

#[inline(never)]
fn show4(p: &Packed4<dyn Debug>) -> String {
    let tail = unsafe { &*addr_of!(p.1) };
    let offset = unsafe { addr_of!(p.1).cast::<u8>().offset_from(addr_of!(p.0)) };
    format!("{offset} {} {} {:?}", size_of_val(p), align_of_val(p), &**tail)
}

#[inline(never)]
fn show1(p: &Packed1<dyn Debug>) -> String {
    let tail = unsafe { &*addr_of!(p.1) };
    let offset = unsafe { addr_of!(p.1).cast::<u8>().offset_from(addr_of!(p.0).cast::<u8>()) };
    format!("{offset} {} {} {:?}", size_of_val(p), align_of_val(p), &**tail)
}

#[inline(never)]
fn show_outer(o: &Outer<Packed4<dyn Debug>>) -> String {
    let inner = &o.1;
    let offset = unsafe { (inner as *const Packed4<dyn Debug>).cast::<u8>().offset_from(&o.0) };
    format!("{offset} {} {} | {}", size_of_val(o), align_of_val(o), show4(inner))
}

macro_rules! check {
    ($show:ident, $ty:ident, $first:expr, $value:expr) => {{
        let p = $ty($first, ManuallyDrop::new($value));
        let sized_offset = unsafe { addr_of!(p.1).cast::<u8>().offset_from(addr_of!(p.0).cast::<u8>()) };
        println!("sized: {sized_offset} {} {}", size_of_val(&p), align_of_val(&p));
        println!("dyn:   {}", $show(&p));
    }};
}

fn main() {
    check!(show2, Packed2, 7, 0x11u8);
    check!(show2, Packed2, 7, 0x2222u16);
    check!(show2, Packed2, 7, 0x4444_4444u32);
    check!(show2, Packed2, 7, 0x8888_8888_8888_8888u64);
    check!(show2, Packed2, 7, Wide(99));
    check!(show4, Packed4, 7, 0x11u8);
    check!(show4, Packed4, 7, 0x2222u16);
    check!(show4, Packed4, 7, 0x8888_8888_8888_8888u64);
    check!(show4, Packed4, 7, Wide(98));
    check!(show1, Packed1, 0x0707, 0x2222u16);
    check!(show1, Packed1, 0x0707, Wide(97));

    let o = Outer(3, Packed4(5, ManuallyDrop::new(Wide(96))));
    println!("sized: {} {}", size_of_val(&o), align_of_val(&o));
    println!("dyn:   {}", show_outer(&o));
    let o = Outer(3, Packed4(5, ManuallyDrop::new(0x2222u16)));
    println!("dyn:   {}", show_outer(&o));
}
