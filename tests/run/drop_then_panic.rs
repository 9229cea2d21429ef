// Checks that values with a printing Drop impl are dropped (at scope end and via mem::drop) before a later panic; nothing printing is alive when the panic happens.
use std::hint::black_box;

struct Resource {
    name: &'static str,
    size: u32,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("releasing {} ({} bytes)", self.name, self.size);
    }
}

fn use_resource(r: &Resource) -> u32 {
    r.size * 2
}

fn main() {
    let total;
    {
        let a = Resource { name: "a", size: black_box(10) };
        let b = Resource { name: "b", size: 20 };
        total = use_resource(&a) + use_resource(&b);
        println!("scope end, total {}", total);
    }
    let c = Resource { name: "c", size: 30 };
    drop(c);
    println!("all resources released");
    if black_box(total) > 50 {
        panic!("total {} exceeds budget", total);
    }
    println!("unreachable");
}
