// Test-harness program (compiled with --test): passing tests mixed with #[should_panic] tests (with and without `expected`), all of which succeed.
#![allow(dead_code)]
use std::cell::RefCell;
use std::hint::black_box;

fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        panic!("division of {} by zero", a);
    }
    a / b
}

struct Stack {
    items: Vec<u8>,
}

impl Stack {
    fn pop(&mut self) -> u8 {
        self.items.pop().expect("pop from empty stack")
    }
}

#[test]
fn divides() {
    assert_eq!(checked_div(10, 3), 3);
    assert_eq!(checked_div(-10, 3), -3);
}

#[test]
#[should_panic]
fn divide_by_zero_panics() {
    checked_div(black_box(1), black_box(0));
}

#[test]
#[should_panic(expected = "division of 7 by zero")]
fn divide_by_zero_message() {
    checked_div(black_box(7), black_box(0));
}

#[test]
#[should_panic(expected = "attempt to add with overflow")]
fn overflow_panics() {
    let x: u8 = black_box(250);
    let _ = x + black_box(10);
}

#[test]
#[should_panic(expected = "index out of bounds")]
fn out_of_bounds() {
    let v = [1, 2, 3];
    let _ = v[black_box(3)];
}

#[test]
#[should_panic(expected = "pop from empty stack")]
fn empty_stack() {
    let mut s = Stack { items: vec![1] };
    assert_eq!(s.pop(), 1);
    s.pop();
}

#[test]
#[should_panic(expected = "already borrowed")]
fn refcell_conflict() {
    let c = RefCell::new(5);
    let _a = c.borrow_mut();
    let _b = c.borrow_mut();
}

#[test]
fn stack_ok() {
    let mut s = Stack { items: vec![4, 5] };
    assert_eq!(s.pop() + s.pop(), 9);
}
