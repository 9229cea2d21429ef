// Without -Zfunction-sections all code shares one `.text`, so a function cannot be given a
// section of its own: a clear error, not a silently ignored attribute.
//@ compile-flags: -Zfunction-sections=no
//@ error: `#[link_section]` on a function outside ELF `-Zfunction-sections` objects is not yet supported
#[unsafe(no_mangle)]
#[unsafe(link_section = ".text.custom")]
pub extern "C" fn placed() -> u32 {
    7
}

fn main() {
    println!("{}", placed());
}
