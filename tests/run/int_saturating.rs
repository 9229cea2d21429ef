// Checks saturating arithmetic at the limits of every width and 128-bit checked multiplication.
use std::hint::black_box as b;
fn main() {
    println!("{} {} {} {}", b(250u8).saturating_add(b(10)), b(5u8).saturating_sub(b(10)), b(120i8).saturating_add(b(10)), b(-120i8).saturating_sub(b(10)));
    println!("{} {} {}", b(i64::MAX).saturating_add(b(1)), b(i64::MIN).saturating_sub(b(1)), b(-5i32).saturating_add(b(3)));
    println!("{} {}", b(u128::MAX).saturating_add(b(1)), b(i128::MIN).saturating_sub(b(1)));
    let x: u128 = b(u64::MAX as u128) ; println!("{:?} {:?}", x.checked_mul(b(x)), b(u128::MAX/3).checked_mul(b(4)));
    println!("{:?} {:?}", b(i128::MAX/3).checked_mul(b(-2)), b(i128::MAX).checked_mul(b(2)));
}
