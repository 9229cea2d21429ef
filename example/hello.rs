// Hello world with a few formatted numbers, strings and a tuple.
fn main() {
    println!("Hello, world!");
    let answer: i32 = 42;
    let big: u64 = 0xdead_beef;
    let name = "Cranelift";
    let pair = (7u8, "seven", -3i16);
    println!("answer = {}", answer);
    println!("padded = [{:5}] [{:<5}] [{:05}]", answer, answer, -answer);
    println!("hex = {:#x} {:x} {:#010X}", big, 255u8, 48879u32);
    println!("debug = {:?} {:?} {:?}", name, pair, [1, 2, 3]);
    println!("{} says {} + {} = {}", name, 40, 2, 40 + 2);
}
