// Checks function pointers: fn items coerced to fn(..), tables of fn pointers, passing/returning fn pointers, method and generic fn instantiations as pointers, comparison with Option<fn>.
use std::hint::black_box;

fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn sub(a: i32, b: i32) -> i32 {
    a - b
}
fn mul(a: i32, b: i32) -> i32 {
    a * b
}
fn pow(a: i32, b: i32) -> i32 {
    a.pow(b as u32)
}

fn square<T: std::ops::Mul<Output = T> + Copy>(x: T) -> T {
    x * x
}

fn apply(f: fn(i32, i32) -> i32, a: i32, b: i32) -> i32 {
    f(a, b)
}

fn choose(op: char) -> Option<fn(i32, i32) -> i32> {
    match op {
        '+' => Some(add),
        '-' => Some(sub),
        '*' => Some(mul),
        '^' => Some(pow),
        _ => None,
    }
}

struct Calc {
    ops: [(char, fn(i32, i32) -> i32); 4],
}

impl Calc {
    fn run(&self, c: char, a: i32, b: i32) -> Option<i32> {
        self.ops.iter().find(|(k, _)| *k == c).map(|(_, f)| f(a, b))
    }
}

fn big_ret(x: u64) -> (u64, u64, u64, u64) {
    (x, x + 1, x * 2, !x)
}

fn unit_fn() {
    println!("unit fn called");
}

fn main() {
    let table: [fn(i32, i32) -> i32; 4] = [add, sub, mul, pow];
    for (i, f) in table.iter().enumerate() {
        println!("table[{}](7, 3) = {}", i, f(black_box(7), 3));
    }
    println!("apply {}", apply(table[black_box(2)], 6, 7));
    for op in ['+', '-', '*', '^', '?'] {
        match choose(black_box(op)) {
            Some(f) => println!("{} -> {}", op, f(2, 10)),
            None => println!("{} -> unsupported", op),
        }
    }
    let c = Calc { ops: [('a', add), ('s', sub), ('m', mul), ('p', pow)] };
    println!("{:?} {:?}", c.run('p', 3, 4), c.run('x', 1, 1));
    let sq_u8: fn(u8) -> u8 = square::<u8>;
    let sq_i64: fn(i64) -> i64 = square;
    println!("generic ptrs {} {}", sq_u8(black_box(15)), sq_i64(black_box(-3_000_000_000)));
    let method: fn(&str) -> String = str::to_uppercase;
    let len_fn: fn(&str) -> usize = str::len;
    println!("method ptrs {} {}", method("abc"), len_fn("hello"));
    let br: fn(u64) -> (u64, u64, u64, u64) = big_ret;
    println!("big {:?}", br(black_box(5)));
    let u: fn() = unit_fn;
    u();
    let mut fs: Vec<fn(i32, i32) -> i32> = vec![mul, add];
    fs.push(sub);
    let folded = fs.iter().fold(black_box(1), |acc, f| f(acc, 5));
    println!("folded {}", folded);
    let closure_ptr: fn(u32) -> u32 = |x| x.rotate_left(8);
    println!("closure ptr {:#x}", closure_ptr(black_box(0x1234_5678)));
    let mapped: Vec<i32> = [1, 2, 3].iter().map(|&x| apply(add, x, 100)).collect();
    println!("{:?}", mapped);
    println!("size {}", std::mem::size_of::<Option<fn()>>());
}
