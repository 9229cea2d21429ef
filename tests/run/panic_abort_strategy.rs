// Checks that -Cpanic=abort keeps working: the panic message is printed and the process aborts.
//@ compile-flags: -Cpanic=abort
struct Loud;
impl Drop for Loud {
    fn drop(&mut self) {
        println!("never printed: no unwinding under panic=abort");
    }
}

fn main() {
    let _l = Loud;
    let v: Vec<u8> = Vec::new();
    println!("before");
    println!("{}", v[std::hint::black_box(3)]);
}
