fn main() {
    println!("{}", test_report::checked_div(10, 3));
}
