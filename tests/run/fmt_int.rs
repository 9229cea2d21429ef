// Checks integer formatting: {} {:5} {:<5} {:^7} {:>05} {:+} {:x} {:#X} {:o} {:b} {:#010b} {:e}, named/positional args and runtime width.
use std::hint::black_box;

fn main() {
    let a: i32 = black_box(-42);
    let b: u64 = black_box(255);
    let c: u8 = black_box(7);
    println!("[{}] [{:5}] [{:<5}] [{:^7}] [{:>5}]", a, a, a, a, a);
    println!("[{:05}] [{:+}] [{:+05}] [{:<05}]", a, b, c, a);
    println!("[{:x}] [{:X}] [{:#x}] [{:#X}] [{:08x}] [{:#010x}]", b, b, b, b, b, b);
    println!("[{:o}] [{:#o}] [{:b}] [{:#b}] [{:#010b}]", b, b, c, c, c);
    println!("neg hex [{:x}] [{:x}] [{:b}]", a, black_box(-1i8), black_box(-2i16));
    println!("[{:*<8}] [{:->8}] [{:_^9}] [{:#>4}]", c, c, c, "ab");
    let w = black_box(10);
    let p = black_box(3);
    println!("[{:w$}] [{:<w$}] [{:>3$}] [{:0>width$}]", b, b, a, 8, width = w - 4);
    println!("[{:.*}] [{:>10.p$}]", 2, "truncate", "precision");
    println!("{0} {1} {0} {name} {name:>6}", "x", "y", name = "nm");
    let name = black_box("captured");
    let val = black_box(123u16);
    println!("{name} = {val:>8} / {val:#06x}");
    println!("[{:e}] [{:E}]", black_box(1234500u32), black_box(7u8));
    for (i, v) in [0u64, 1, 9, 10, 99, 100, u64::MAX].iter().enumerate() {
        println!("{:2}: {:>20} {:<16x}|", i, v, v);
    }
    println!("{} {} {} {}", i8::MIN, i16::MIN, i32::MIN, i64::MIN);
    println!("{} {} {} {}", u8::MAX, u16::MAX, u32::MAX, u64::MAX);
    println!("{:?} {:?} {:x?} {:X?}", black_box(5u8), -5i64, [10u8, 255], [10u16, 4096]);
    println!("{{literal braces}} {}", '{');
    let s = format!("{:>4}|{:<4}|{:^4}", 1, 22, 333);
    println!("{} ({} chars)", s, s.len());
    eprintln!("to stderr: {:#x}", black_box(0xbeefu32));
    print!("no newline ");
    print!("then {}\n", black_box(1));
}
