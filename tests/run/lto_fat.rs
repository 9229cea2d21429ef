// Fat LTO links the whole crate graph as one module: std's objects come through it, and a panic
// raised in std must still be caught in our frames (the personality pointer must survive `ld -r`).
//@ compile-flags: -Clto=fat
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    for i in 0..10 {
        m.insert(i, format!("v{i}"));
    }
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort();
    println!("{v:?}");
    let r = std::panic::catch_unwind(|| {
        let x: Option<u8> = None;
        x.unwrap()
    });
    println!("caught: {}", r.is_err());
    let words: Vec<String> = "a bb ccc".split(' ').map(str::to_uppercase).collect();
    println!("{words:?}");
}
