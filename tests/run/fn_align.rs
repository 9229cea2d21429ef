// `#[rustc_align(N)]` on functions (feature `fn_align`) and `-Zmin-function-alignment` were
// ignored: functions sat at Cranelift's default 16-byte alignment, so addresses that the program
// relies on being multiples of N were not. The maximum of the two applies, also to trait methods
// reached through a vtable.
//@ compile-flags: -Zmin-function-alignment=32
#![feature(fn_align, rustc_attrs)]
#![allow(internal_features)]

#[rustc_align(256)]
fn page_part() -> u32 {
    7
}

#[rustc_align(4096)]
#[inline(never)]
fn page(x: u32) -> u32 {
    x + 1
}

#[rustc_align(8)]
fn lower_than_minimum() -> u8 {
    2
}

fn plain() -> u8 {
    3
}

struct S;

impl S {
    #[rustc_align(128)]
    fn method(&self) -> u8 {
        4
    }
}

trait Shape {
    #[rustc_align(1024)]
    fn area(&self) -> u32;
}

impl Shape for S {
    #[rustc_align(512)]
    fn area(&self) -> u32 {
        5
    }
}

fn offset(addr: usize, align: usize) -> usize {
    addr % align
}

fn main() {
    let shape: &dyn Shape = &S;
    println!("{} {} {} {}", page_part(), page(1), lower_than_minimum(), plain());
    println!("{} {}", S.method(), shape.area());
    println!("{}", offset(page_part as fn() -> u32 as usize, 256));
    println!("{}", offset(page as fn(u32) -> u32 as usize, 4096));
    println!("{}", offset(lower_than_minimum as fn() -> u8 as usize, 32));
    println!("{}", offset(plain as fn() -> u8 as usize, 32));
    println!("{}", offset(S::method as fn(&S) -> u8 as usize, 128));
    println!("{}", offset(<S as Shape>::area as fn(&S) -> u32 as usize, 512));
    let virtual_call = <dyn Shape>::area as fn(_) -> u32;
    println!("{}", offset(virtual_call as usize, 1024));
}
