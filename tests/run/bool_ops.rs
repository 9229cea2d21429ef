// Checks bool: && || ! & | ^, short-circuiting side effects, bool from comparisons, bool in structs/arrays.
use std::hint::black_box;

static mut CALLS: u32 = 0;

fn t(tag: &str) -> bool {
    unsafe { CALLS += 1 };
    println!("  eval {}", tag);
    true
}

fn f(tag: &str) -> bool {
    unsafe { CALLS += 1 };
    println!("  eval {}", tag);
    false
}

#[derive(Debug, Clone, Copy)]
struct Flags {
    a: bool,
    b: bool,
    n: u8,
    c: bool,
}

fn main() {
    let vals = [black_box(false), black_box(true)];
    for &x in &vals {
        for &y in &vals {
            println!("{} {} -> and {} or {} xor {} nand {} bitand {} bitor {} eq {} lt {}", x, y, x && y, x || y, x ^ y, !(x && y), x & y, x | y, x == y, x < y);
        }
    }
    println!("short circuit:");
    let r1 = f("a") && t("b");
    let r2 = t("c") || f("d");
    let r3 = t("e") && f("f") || t("g");
    let r4 = f("h") & t("i");
    println!("results {} {} {} {} calls {}", r1, r2, r3, r4, unsafe { CALLS });

    let mut fl = Flags { a: black_box(true), b: false, n: 7, c: true };
    fl.b = !fl.a;
    fl.c &= fl.n > 5;
    fl.a ^= true;
    println!("{:?}", fl);
    let count = [fl.a, fl.b, fl.c, true, false, true].iter().filter(|&&b| b).count();
    println!("count true {}", count);
    let as_num: u32 = [true, false, true, true].iter().enumerate().map(|(i, &b)| (b as u32) << i).sum();
    println!("as_num {}", as_num);
    println!("then {:?} {:?}", black_box(true).then(|| 5), black_box(false).then_some(6));
    println!("size {}", std::mem::size_of::<bool>());
    let b: bool = black_box(3u8) > 2;
    if b { println!("branch taken") } else { println!("branch not taken") }
}
