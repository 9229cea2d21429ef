// Binary half of the `source_paths` multicrate case: instantiates the library's generics, whose
// line tables must name the library's files under the library's working directory.
//@ compile-flags: -Cdebuginfo=2

use mylib::{Wrapper, where_am_i};

fn main() {
    for line in where_am_i(7u8) {
        println!("{line}");
    }
    for line in Wrapper("text").report() {
        println!("{line}");
    }
}
