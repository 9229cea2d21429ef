// `#[link_section]` places statics in named sections: a constructor in `.init_array` runs before
// main, and statics in a custom section are found again through the linker's start/stop symbols.
use std::sync::atomic::{AtomicU32, Ordering};

static STARTED: AtomicU32 = AtomicU32::new(0);

extern "C" fn before_main() {
    STARTED.store(41, Ordering::SeqCst);
}

#[used]
#[unsafe(link_section = ".init_array")]
static INIT: extern "C" fn() = before_main;

#[used]
#[unsafe(link_section = "clif_registry")]
static FIRST: [u32; 2] = [1, 2];

#[used]
#[unsafe(link_section = "clif_registry")]
static SECOND: [u32; 2] = [3, 4];

#[unsafe(link_section = ".data.clif_mutable")]
static mut COUNTER: u64 = 7;

unsafe extern "C" {
    static __start_clif_registry: u32;
    static __stop_clif_registry: u32;
}

fn main() {
    println!("started: {}", STARTED.load(Ordering::SeqCst) + 1);
    let start = &raw const __start_clif_registry;
    let stop = &raw const __stop_clif_registry;
    let len = (stop as usize - start as usize) / 4;
    let mut entries: Vec<u32> = (0..len).map(|i| unsafe { *start.add(i) }).collect();
    entries.sort();
    println!("registry: {entries:?}");
    unsafe {
        COUNTER += 1;
        println!("counter: {}", *&raw const COUNTER);
    }
}
