// Checks fields behind a `dyn` tail at a dynamic offset: Arc/Rc<dyn Trait> over types of different alignment, and size_of_val.
use std::fmt::Debug;
use std::rc::Rc;
use std::sync::Arc;

trait Describe {
    fn describe(&self) -> String;
}

#[derive(Debug)]
struct Small(u8);
#[derive(Debug)]
#[repr(align(32))]
struct Wide(u64, u16);

impl Describe for Small {
    fn describe(&self) -> String {
        format!("small {}", self.0)
    }
}
impl Describe for Wide {
    fn describe(&self) -> String {
        format!("wide {} {}", self.0, self.1)
    }
}

struct Holder<T: ?Sized> {
    tag: u8,
    value: T,
}

fn main() {
    let items: Vec<Arc<dyn Describe>> = vec![Arc::new(Small(7)), Arc::new(Wide(1 << 40, 9))];
    for item in &items {
        println!("{} (size {})", item.describe(), std::mem::size_of_val(&**item));
    }
    let rc: Rc<dyn Debug> = Rc::new(Wide(3, 4));
    println!("{:?} {}", rc, Rc::strong_count(&rc));
    let h: Box<Holder<dyn Describe>> = Box::new(Holder { tag: 5, value: Wide(11, 12) });
    println!("{} {} {}", h.tag, h.value.describe(), std::mem::size_of_val(&*h));
    let h2: &Holder<dyn Debug> = &Holder { tag: 1, value: Small(2) };
    println!("{} {:?} {}", h2.tag, &h2.value, std::mem::align_of_val(h2));
}
