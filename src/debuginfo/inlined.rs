//! Debug info of the callees Cranelift's inliner copies into their callers (`#[inline(always)]`,
//! see `crate::inline`). The copied instructions keep the callee's lines, inside a
//! `DW_TAG_inlined_subroutine` for the call, so that backtraces and debuggers show the callee's
//! frame as they do for LLVM's always-inliner.

use cranelift_codegen::ir::SourceLoc;
use gimli::constants;
use gimli::write::{AttributeValue, UnitEntryId};
use rustc_middle::ty::{Instance, TyCtxt};

use super::{DebugCx, FunctionDebug, FunctionLines, LineLoc, ScopeEntry};

/// What an inlined copy of a function needs of its debug info.
pub(crate) struct CalleeDebug {
    origin: UnitEntryId,
    locs: Vec<LineLoc>,
    scopes: Vec<ScopeEntry>,
}

impl<'tcx> FunctionLines<'tcx> {
    /// Gives the function an abstract subprogram for the copies of it that callers inline.
    pub(crate) fn mark_inlinable(&mut self, cx: &mut DebugCx, tcx: TyCtxt<'tcx>) {
        let instance: Instance<'tcx> = self.instance;
        self.function.origin = Some(cx.abstract_subprogram(tcx, instance, &mut self.last_file));
    }
}

impl FunctionDebug {
    /// What copies of this function need, if it was marked inlinable.
    pub(crate) fn for_inlining(&self) -> Option<CalleeDebug> {
        Some(CalleeDebug {
            origin: self.origin?,
            locs: self.locs.clone(),
            scopes: self.scopes.clone(),
        })
    }
}

impl DebugCx {
    /// Adds to `caller` the entries of a copy of `callee` inlined at the call tagged `call`.
    /// Returns, for each source location of the callee, the caller's location that stands for
    /// it; `None` if the call has no location to nest the copy in.
    pub(crate) fn inline_scopes(
        &mut self,
        caller: &mut FunctionDebug,
        call: SourceLoc,
        callee: &CalleeDebug,
    ) -> Option<Vec<SourceLoc>> {
        let call_loc = *caller.locs.get(call.bits() as usize)?;
        let top = self.add_scope(caller, call_loc.scope, |entry| {
            entry.set(constants::DW_AT_abstract_origin, AttributeValue::UnitRef(callee.origin));
            entry.set(constants::DW_AT_call_file, AttributeValue::FileIndex(Some(call_loc.file)));
            entry.set(constants::DW_AT_call_line, AttributeValue::Udata(call_loc.line));
            entry.set(constants::DW_AT_call_column, AttributeValue::Udata(call_loc.column));
        });
        // The callee's own scopes come parents first. Its inlined calls are copied; its lexical
        // blocks fold into their parent, as the copy describes no variables.
        let mut copies: Vec<Option<u32>> = Vec::with_capacity(callee.scopes.len());
        for scope in &callee.scopes {
            let parent = scope.parent.map_or(Some(top), |parent| copies[parent as usize]);
            let original = self.dwarf.unit.get(scope.entry);
            if original.tag() != constants::DW_TAG_inlined_subroutine {
                copies.push(parent);
                continue;
            }
            let attrs: Vec<_> = original.attrs().map(|a| (a.name(), a.get().clone())).collect();
            copies.push(Some(self.add_scope(caller, parent, |entry| {
                for (name, value) in attrs {
                    entry.set(name, value);
                }
            })));
        }
        let map = callee
            .locs
            .iter()
            .map(|loc| {
                let scope = loc.scope.map_or(Some(top), |scope| copies[scope as usize]);
                caller.locs.push(LineLoc { scope, ..*loc });
                SourceLoc::new(caller.locs.len() as u32 - 1)
            })
            .collect();
        Some(map)
    }

    /// Adds an inlined-subroutine entry to `caller` inside its scope `parent`.
    fn add_scope(
        &mut self,
        caller: &mut FunctionDebug,
        parent: Option<u32>,
        attributes: impl FnOnce(&mut gimli::write::DebuggingInformationEntry),
    ) -> u32 {
        let parent_entry = match parent {
            Some(index) => caller.scopes[index as usize].entry,
            None => self.function_entry(caller),
        };
        let entry = self.dwarf.unit.add(parent_entry, constants::DW_TAG_inlined_subroutine);
        attributes(self.dwarf.unit.get_mut(entry));
        caller.scopes.push(ScopeEntry { entry, parent });
        caller.scopes.len() as u32 - 1
    }
}
