use helper::{Circle, Shape, Square};

/// A type of ours behind the dependency's trait, called through vtables of both backends.
struct Triangle(f64, f64);

impl Shape for Triangle {
    fn area(&self) -> f64 {
        self.0 * self.1 / 2.0
    }
    fn name(&self) -> String {
        format!("triangle {}x{}", self.0, self.1)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> =
        vec![Box::new(Square(2.0)), Box::new(Circle(1.5)), Box::new(Triangle(3.0, 4.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    for s in &shapes {
        println!("{} has area {}", s.name(), s.area());
    }
    println!("total {total}");
    for (a, b) in [(10, 3), (7, 0), (u64::MAX, 2)] {
        println!("{a} / {b} = {:?}", helper::checked_div(a, b));
    }
    // The thread-local lives in the dependency's (LLVM) code; a thread of ours counts apart.
    let other = std::thread::spawn(|| {
        let _ = helper::checked_div(1, 1);
        helper::calls()
    });
    println!("calls: {} here, {} there", helper::calls(), other.join().unwrap_or(0));
    // Generic code of the dependency, instantiated in our crate.
    println!("largest: {:?} {:?}", helper::largest(&[3, 9, 2]), helper::largest::<f32>(&[]));
    println!("largest name: {:?}", helper::largest(&["pear", "apple", "quince"]));

    // A panic raised in LLVM's code unwinds through our frames to this catch.
    let caught = std::panic::catch_unwind(|| helper::must_be_small(12));
    println!("caught: {}", caught.is_err());
    println!("assembly: {}", helper::asm_triple(14));
    std::process::exit(helper::must_be_small(5) as i32);
}

#[cfg(test)]
mod tests {
    #[test]
    fn division() {
        assert_eq!(helper::checked_div(9, 3), Ok(3));
        assert!(helper::checked_div(9, 0).is_err());
    }

    // Not a skip: the test passes only if the panic raised in LLVM's code reaches the
    // harness with this message, through our frames.
    #[test]
    #[should_panic(expected = "is not small")]
    fn big_is_not_small() {
        helper::must_be_small(11);
    }
}
