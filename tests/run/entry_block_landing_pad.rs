// A function whose prologue emits nothing (its arguments arrive by reference and are used in
// place) and whose first statement is a drop with a landing pad: the pad's block was laid out
// before the still-empty entry block, Cranelift took it for the entry, and compilation
// panicked ("regs.is_valid()"; the verifier: "entry block parameters must match function
// signature"). Found compiling the proc-macro crate dsl_auto_type (rust_decimal's
// dev-dependencies) with debuginfo off, where no variable homes are written first.
pub struct Record {
    name: String,
    tags: Vec<String>,
}

#[inline(never)]
pub fn rename(mut record: Record, name: String) -> Record {
    record.name = name;
    record
}

#[inline(never)]
pub fn retag(mut record: Record, tags: Vec<String>) -> Record {
    record.tags = tags;
    record
}

fn main() {
    let record = Record { name: "a".into(), tags: vec!["old".into()] };
    let record = rename(record, "renamed".into());
    let record = retag(record, vec!["x".into(), "y".into()]);
    println!("{} {:?}", record.name, record.tags);
}
