use test_report::{Guard, checked_div};

#[test]
fn integration_passes() {
    let _g = Guard("integration");
    assert_eq!(checked_div(9, 3), 3);
}

#[test]
fn integration_catches() {
    let r = std::panic::catch_unwind(|| checked_div(1, std::hint::black_box(0)));
    assert!(r.is_err());
}
