//! The language-specific data area (LSDA) of a function with landing pads, in the GCC format
//! that `rust_eh_personality` reads.

use cranelift_codegen::{Final, FinalizedMachExceptionHandler, MachBufferFinalized};

/// Encodes the call-site table of `buffer`, or `None` if no call has a landing pad.
///
/// Every byte of the function is covered: calls without a pad get an entry with no landing
/// pad, because the personality treats an address missing from the table as "must not unwind".
pub(crate) fn encode(buffer: &MachBufferFinalized<Final>, code_len: u32) -> Option<Vec<u8>> {
    let mut pads: Vec<(u32, u32, bool)> = Vec::new();
    for site in buffer.call_sites() {
        let handler = site.exception_handlers.iter().find_map(|h| match *h {
            FinalizedMachExceptionHandler::Tag(_, offset) => Some((offset, true)),
            FinalizedMachExceptionHandler::Default(offset) => Some((offset, false)),
            FinalizedMachExceptionHandler::Context(_) => None,
        });
        if let Some((pad, catch)) = handler {
            // The unwinder looks up the return address minus one: inside the call.
            pads.push((site.ret_addr - 1, pad, catch));
        }
    }
    if pads.is_empty() {
        return None;
    }
    pads.sort_by_key(|&(start, ..)| start);

    let mut table = Vec::new();
    let mut covered = 0;
    let mut any_catch = false;
    for (start, pad, catch) in pads {
        if start > covered {
            entry(&mut table, covered, start - covered, 0, 0);
        }
        // Action 1 is the record "catch anything" below; 0 means cleanup.
        entry(&mut table, start, 1, pad, if catch { 1 } else { 0 });
        any_catch |= catch;
        covered = start + 1;
    }
    if code_len > covered {
        entry(&mut table, covered, code_len - covered, 0, 0);
    }

    let mut lsda = vec![
        gimli::constants::DW_EH_PE_omit.0, // landing pads are relative to the function start
        gimli::constants::DW_EH_PE_omit.0, // no type table: Rust's personality ignores types
        gimli::constants::DW_EH_PE_uleb128.0,
    ];
    uleb128(&mut lsda, table.len() as u64);
    lsda.extend(table);
    if any_catch {
        // One action record: type filter 1 (any positive index means "catch"), no next record.
        lsda.extend([1, 0]);
    }
    Some(lsda)
}

fn entry(table: &mut Vec<u8>, start: u32, len: u32, pad: u32, action: u64) {
    uleb128(table, start.into());
    uleb128(table, len.into());
    uleb128(table, pad.into());
    uleb128(table, action);
}

fn uleb128(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
