use std::collections::BTreeMap;

use helper::{Circle, Shape, Square};

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.5))];
    for s in &shapes {
        println!("{} has area {}", s.name(), s.area());
    }
    for (a, b) in [(10, 3), (7, 0), (u64::MAX, 2)] {
        println!("{a} / {b} = {:?}", helper::checked_div(a, b));
    }
    println!("calls: {}", helper::calls());
    println!("largest: {:?} {:?}", helper::largest(&[3, 9, 2]), helper::largest::<f32>(&[]));

    // A panic raised in the dependency, caught here: unwinding crosses the merged objects.
    let caught = std::panic::catch_unwind(|| helper::must_be_small(12));
    println!("caught: {}", caught.is_err());
    println!("small: {}", helper::must_be_small(4));
    println!("assembly: {}", helper::asm_triple(14));

    let mut words = BTreeMap::new();
    for w in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        *words.entry(w).or_insert(0) += 1;
    }
    println!("{words:?}");
    std::process::exit(helper::must_be_small(3) as i32);
}

#[cfg(test)]
mod tests {
    #[test]
    fn division() {
        assert_eq!(helper::checked_div(9, 3), Ok(3));
    }

    #[test]
    #[should_panic(expected = "is not small")]
    fn big_is_not_small() {
        helper::must_be_small(11);
    }
}
