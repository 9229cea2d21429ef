// Checks that indexing a fixed-size array with an out-of-bounds runtime index panics with the index/len message.
use std::hint::black_box;

fn main() {
    let arr = [10u16, 20, 30, 40, 50];
    let mut sum = 0u32;
    for i in 0..7 {
        let idx = black_box(i);
        println!("arr[{}]", idx);
        sum += arr[idx] as u32;
        println!("sum so far {}", sum);
    }
}
