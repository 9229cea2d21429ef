struct Foo { v: Vec<u32> }
impl Foo {
    fn get(&self, i: usize) -> u32 {
        self.v[i]
    }
}
fn helper(f: &Foo) -> u32 {
    let x = f.get(1);
    x + f.get(7)
}
fn main() {
    let f = Foo { v: vec![1, 2, 3] };
    println!("{}", helper(&f));
}
