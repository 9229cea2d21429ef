//! The language-specific data area (LSDA) of a function with landing pads, in the GCC format
//! that `rust_eh_personality` reads.

use cranelift_codegen::{Final, FinalizedMachExceptionHandler, MachBufferFinalized};

use crate::landing_pad::Handler;

/// Encodes the call-site table of `buffer`, or `None` if no call has a landing pad.
///
/// Every byte of the function is covered: calls without a pad get an entry with no landing
/// pad, because the personality treats an address missing from the table as "must not unwind".
/// The code from one call to the next shares the first call's entry (nothing but calls
/// unwinds), so a run of calls with the same landing pad takes one entry, as with LLVM.
pub(crate) fn encode(buffer: &MachBufferFinalized<Final>, code_len: u32) -> Option<Vec<u8>> {
    // Where each call's entry starts (the unwinder looks up the return address minus one:
    // inside the call), its landing pad (0: none) and what the pad does.
    let mut calls: Vec<(u32, u32, Handler)> = buffer
        .call_sites()
        .map(|site| {
            let handler = site.exception_handlers.iter().find_map(|h| match *h {
                FinalizedMachExceptionHandler::Tag(tag, offset) => {
                    Some((offset, Handler::of_tag(tag)))
                }
                FinalizedMachExceptionHandler::Default(offset) => Some((offset, Handler::Cleanup)),
                FinalizedMachExceptionHandler::Context(_) => None,
            });
            let (pad, kind) = handler.unwrap_or((0, Handler::Cleanup));
            (site.ret_addr - 1, pad, kind)
        })
        .collect();
    if calls.iter().all(|&(_, pad, _)| pad == 0) {
        return None;
    }
    calls.sort_by_key(|&(start, ..)| start);

    // Runs of equal (pad, kind), starting with the code before the first call.
    let mut runs: Vec<(u32, u32, Handler)> = vec![(0, 0, Handler::Cleanup)];
    for (start, pad, kind) in calls {
        if !runs.last().is_some_and(|&(_, run_pad, run_kind)| (run_pad, run_kind) == (pad, kind)) {
            runs.push((start, pad, kind));
        }
    }
    let mut table = Vec::new();
    let mut actions = Actions::default();
    for (index, &(start, pad, kind)) in runs.iter().enumerate() {
        let end = runs.get(index + 1).map_or(code_len, |&(next, ..)| next);
        if end > start {
            let action = if pad == 0 { 0 } else { actions.of(kind) };
            entry(&mut table, start, end - start, pad, action);
        }
    }

    let mut lsda = vec![
        gimli::constants::DW_EH_PE_omit.0, // landing pads are relative to the function start
        gimli::constants::DW_EH_PE_omit.0, // no type table: Rust's personality ignores types
        gimli::constants::DW_EH_PE_uleb128.0,
    ];
    uleb128(&mut lsda, table.len() as u64);
    lsda.extend(table);
    lsda.extend(actions.table);
    Some(lsda)
}

/// The action table, with a record for each kind of handler that needs one.
#[derive(Default)]
struct Actions {
    table: Vec<u8>,
    catch: Option<u64>,
    filter: Option<u64>,
}

impl Actions {
    /// A call-site entry's action: 0 for a cleanup, else one plus the offset of its record.
    fn of(&mut self, kind: Handler) -> u64 {
        // A record is a type filter and the offset of the next record (0: none), both
        // SLEB128. Rust's personality reads only the filter's sign: positive catches,
        // negative (an exception specification) stops the search as a handler too.
        let (known, filter) = match kind {
            Handler::Cleanup => return 0,
            Handler::Catch => (&mut self.catch, 0x01),
            Handler::Terminate => (&mut self.filter, 0x7f),
        };
        *known.get_or_insert_with(|| {
            let action = self.table.len() as u64 + 1;
            self.table.extend([filter, 0]);
            action
        })
    }
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
