//! The language-specific data area (LSDA) of a function with landing pads, in the GCC format
//! that `rust_eh_personality` reads.

use cranelift_codegen::{Final, FinalizedMachExceptionHandler, MachBufferFinalized};

/// Encodes the call-site table of `buffer`, or `None` if no call has a landing pad.
///
/// Every byte of the function is covered: calls without a pad get an entry with no landing
/// pad, because the personality treats an address missing from the table as "must not unwind".
/// The code from one call to the next shares the first call's entry (nothing but calls
/// unwinds), so a run of calls with the same landing pad takes one entry, as with LLVM.
pub(crate) fn encode(buffer: &MachBufferFinalized<Final>, code_len: u32) -> Option<Vec<u8>> {
    // Where each call's entry starts (the unwinder looks up the return address minus one:
    // inside the call), its landing pad (0: none) and whether the pad catches.
    let mut calls: Vec<(u32, u32, bool)> = buffer
        .call_sites()
        .map(|site| {
            let handler = site.exception_handlers.iter().find_map(|h| match *h {
                FinalizedMachExceptionHandler::Tag(_, offset) => Some((offset, true)),
                FinalizedMachExceptionHandler::Default(offset) => Some((offset, false)),
                FinalizedMachExceptionHandler::Context(_) => None,
            });
            let (pad, catch) = handler.unwrap_or((0, false));
            (site.ret_addr - 1, pad, catch)
        })
        .collect();
    if calls.iter().all(|&(_, pad, _)| pad == 0) {
        return None;
    }
    calls.sort_by_key(|&(start, ..)| start);

    // Runs of equal (pad, catch), starting with the code before the first call.
    let mut runs: Vec<(u32, u32, bool)> = vec![(0, 0, false)];
    for (start, pad, catch) in calls {
        if !runs.last().is_some_and(|&(_, run_pad, run_catch)| (run_pad, run_catch) == (pad, catch))
        {
            runs.push((start, pad, catch));
        }
    }
    let mut table = Vec::new();
    let any_catch = runs.iter().any(|&(_, _, catch)| catch);
    for (index, &(start, pad, catch)) in runs.iter().enumerate() {
        let end = runs.get(index + 1).map_or(code_len, |&(next, ..)| next);
        if end > start {
            // Action 1 is the record "catch anything" below; 0 means cleanup.
            entry(&mut table, start, end - start, pad, u64::from(catch));
        }
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
