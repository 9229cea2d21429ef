//! A crate whose `cargo test` report (passing, failing and should_panic tests, drops run while
//! a failing test unwinds) must be the same under cargo-clif as under LLVM.

use std::sync::Mutex;

pub static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Records its name when dropped, also while a panic unwinds through its frame.
pub struct Guard(pub &'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} dropped", self.0);
        LOG.lock().unwrap_or_else(|e| e.into_inner()).push(self.0.to_string());
    }
}

pub fn checked_div(a: i32, b: i32) -> i32 {
    let _g = Guard("checked_div");
    a / b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divides() {
        assert_eq!(checked_div(7, 2), 3);
    }

    #[test]
    fn divide_by_zero_fails() {
        let _g = Guard("divide_by_zero_fails");
        assert_eq!(checked_div(1, std::hint::black_box(0)), 0);
    }

    #[test]
    #[should_panic(expected = "attempt to divide by zero")]
    fn divide_by_zero_should_panic() {
        checked_div(1, std::hint::black_box(0));
    }

    #[test]
    fn mutex_survives_poisoning() {
        let r = std::panic::catch_unwind(|| {
            let _lock = LOG.lock().unwrap();
            panic!("poison it");
        });
        assert!(r.is_err());
        assert!(LOG.lock().is_err() || LOG.lock().is_ok());
    }

    #[test]
    fn fails_with_message() {
        let v: Vec<u32> = (1..=4).collect();
        assert!(v.iter().sum::<u32>() > 100, "sum {} too small", v.iter().sum::<u32>());
    }
}
