// Checks assert! passing and assert_eq! failing: the panic prints left/right values and the custom message.
use std::hint::black_box;

fn checksum(v: &[u32]) -> u32 {
    v.iter().fold(0, |a, &x| a.wrapping_mul(31).wrapping_add(x))
}

fn main() {
    let data = [black_box(1u32), 2, 3];
    assert!(data.len() == 3, "length must be 3");
    assert_ne!(checksum(&data), 0);
    println!("checksum {}", checksum(&data));
    assert_eq!(checksum(&data), 1000, "checksum mismatch for {:?}", data);
    println!("unreachable");
}
