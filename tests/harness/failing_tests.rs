// Checks a test harness with passing, failing and should_panic tests: the report and exit status match LLVM's.
struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} released", self.0);
    }
}

#[test]
fn passes() {
    let _g = Guard("passes");
    assert_eq!(2 + 2, 4);
}

#[test]
fn fails_with_assert() {
    let _g = Guard("fails_with_assert");
    let v = vec![1, 2, 3];
    assert_eq!(v.iter().sum::<i32>(), 7, "sum was wrong");
}

#[test]
fn fails_with_index() {
    let v: Vec<u8> = Vec::new();
    let _ = v[std::hint::black_box(1)];
}

#[test]
#[should_panic(expected = "expected message")]
fn should_panic_ok() {
    let _g = Guard("should_panic_ok");
    panic!("this is the expected message");
}

#[test]
#[should_panic(expected = "other")]
fn should_panic_wrong_message() {
    panic!("not the right text");
}

#[test]
#[should_panic]
fn should_panic_but_does_not() {}

#[test]
fn returns_err() -> Result<(), String> {
    Err("bad result".to_string())
}
