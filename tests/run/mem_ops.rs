// Checks std::mem helpers: swap, replace, take, size_of/align_of for many types, transmute between same-size ints/arrays, MaybeUninit init, ManuallyDrop.
#![allow(dead_code, unnecessary_transmutes)]
use std::hint::black_box;
use std::mem::{self, ManuallyDrop, MaybeUninit};

#[derive(Debug, Default)]
struct S {
    a: u8,
    b: String,
}

struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop Loud({})", self.0);
    }
}

fn main() {
    let mut x = black_box(1u64);
    let mut y = black_box(2u64);
    mem::swap(&mut x, &mut y);
    println!("swap {} {}", x, y);
    let mut arr = [black_box(1i8), 2, 3];
    let (l, r) = arr.split_at_mut(1);
    mem::swap(&mut l[0], &mut r[1]);
    println!("arr {:?}", arr);
    let mut s = S { a: 7, b: "hello".to_string() };
    let old = mem::replace(&mut s.b, "world".to_string());
    println!("replace {} {:?}", old, s);
    let taken = mem::take(&mut s);
    println!("take {:?} left {:?}", taken, s);
    let mut v = vec![1, 2, 3];
    let vt = mem::take(&mut v);
    println!("vec take {:?} {:?}", vt, v);
    println!(
        "sizes u8={} u16={} u32={} u64={} usize={} char={} bool={} ()={} (u8,u32)={} [u16;3]={} &str={} String={} Vec={} Option<u8>={} Option<u64>={}",
        mem::size_of::<u8>(),
        mem::size_of::<u16>(),
        mem::size_of::<u32>(),
        mem::size_of::<u64>(),
        mem::size_of::<usize>(),
        mem::size_of::<char>(),
        mem::size_of::<bool>(),
        mem::size_of::<()>(),
        mem::size_of::<(u8, u32)>(),
        mem::size_of::<[u16; 3]>(),
        mem::size_of::<&str>(),
        mem::size_of::<String>(),
        mem::size_of::<Vec<u8>>(),
        mem::size_of::<Option<u8>>(),
        mem::size_of::<Option<u64>>()
    );
    println!("aligns {} {} {} {}", mem::align_of::<u8>(), mem::align_of::<u16>(), mem::align_of::<u64>(), mem::align_of::<(u8, u16)>());
    println!("size_of_val {} {}", mem::size_of_val(&[0u32; 7][..]), mem::size_of_val("four"));
    let bytes: [u8; 4] = unsafe { mem::transmute(black_box(0x0403_0201u32)) };
    let back: u32 = unsafe { mem::transmute(bytes) };
    let neg: i16 = unsafe { mem::transmute(black_box(0xfffeu16)) };
    println!("transmute {:?} {:#x} {}", bytes, back, neg);
    println!("to_le_bytes {:?} from_be {}", black_box(0x1122u16).to_le_bytes(), u32::from_be_bytes([black_box(0), 0, 1, 2]));
    let mut mu: MaybeUninit<[u32; 4]> = MaybeUninit::uninit();
    let p = mu.as_mut_ptr() as *mut u32;
    for i in 0..4 {
        unsafe { p.add(i).write((i as u32 + 1) * 11) };
    }
    let init = unsafe { mu.assume_init() };
    println!("maybeuninit {:?}", init);
    let md = ManuallyDrop::new(Loud(1));
    println!("manually drop holds {}", md.0);
    let mut md2 = ManuallyDrop::new(Loud(2));
    unsafe { ManuallyDrop::drop(&mut md2) };
    let l3 = Loud(3);
    mem::forget(l3);
    let _l4 = Loud(4);
    println!("end");
}
