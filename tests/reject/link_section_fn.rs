// Functions cannot be placed in a named section yet: a clear error, not a silently ignored attribute.
//@ error: `#[link_section]` on a function is not yet supported
#[unsafe(no_mangle)]
#[unsafe(link_section = ".text.custom")]
pub extern "C" fn placed() -> u32 {
    7
}

fn main() {
    println!("{}", placed());
}
