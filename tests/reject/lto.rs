// Checks that LTO, which the backend cannot do yet, is refused with a clear error.
//@ compile-flags: -Clto=fat
//@ error: LTO is not yet supported
fn main() {}
