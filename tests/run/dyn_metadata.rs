// Checks DynMetadata queries (vtable_size/vtable_align intrinsics) and size_of_val/align_of_val on trait objects.
#![feature(ptr_metadata, layout_for_ptr)]
use std::fmt::Debug;
use std::ptr::{self, DynMetadata};

#[derive(Debug)]
#[repr(align(16))]
struct Big([u64; 3]);

fn main() {
    let items: [&dyn Debug; 3] = [&1u8, &Big([1, 2, 3]), &"text"];
    for item in items {
        let meta: DynMetadata<dyn Debug> = ptr::metadata(item as *const dyn Debug);
        println!(
            "{:?}: size {} align {} | {} {}",
            item,
            meta.size_of(),
            meta.align_of(),
            std::mem::size_of_val(item),
            std::mem::align_of_val(item)
        );
    }
    println!("packed tail: {:?}", packed_align());
}

#[repr(C, packed)]
struct Packed {
    tag: u8,
    rest: [u32],
}

pub fn packed_align() -> (usize, usize) {
    let storage = [0u32; 3];
    let p: *const Packed = std::ptr::from_raw_parts(storage.as_ptr(), 2);
    unsafe { (std::mem::align_of_val_raw(p), std::mem::size_of_val_raw(p)) }
}
