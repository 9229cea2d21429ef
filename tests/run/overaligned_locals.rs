// Checks locals and temporaries aligned above 16 bytes (stack slots), stable sort scratch of such types, and equal constants sharing one address.
use std::task::{RawWaker, RawWakerVTable, Waker};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(align(64))]
struct A64(u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(align(32))]
struct A32(u16, u8);

#[inline(never)]
fn check<T>(value: &T) -> bool {
    (value as *const T as usize) % std::mem::align_of::<T>() == 0
}

fn pass_by_value(a: A64, b: A32) -> (bool, bool) {
    (check(&a), check(&b))
}

const VTABLE: RawWakerVTable = RawWakerVTable::new(|p| RawWaker::new(p, &VTABLE), |_| {}, |_| {}, |_| {});

fn main() {
    let a = A64(1);
    let b = [A32(3, 1), A32(1, 2), A32(2, 3)];
    println!("{} {} {:?}", check(&a), check(&b), pass_by_value(A64(7), A32(8, 9)));
    let mut v: Vec<A32> = (0..40).map(|i| A32((i * 7919) % 31, i as u8)).collect();
    v.sort();
    println!("{:?}", &v[..4]);
    let mut w: Vec<A64> = (0..25).rev().map(A64).collect();
    w.sort_by_key(|x| x.0 % 5);
    println!("{:?}", &w[..3]);

    const TEXT: [u8; 2] = *b"hi";
    let p1: *const u8 = &TEXT as *const [u8; 2] as *const u8;
    let p2: *const u8 = &TEXT as *const [u8; 2] as *const u8;
    println!("same const address: {}", p1 == p2);
    let waker = unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) };
    let clone = waker.clone();
    println!("will_wake: {}", waker.will_wake(&clone));
}
