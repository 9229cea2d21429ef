//! Which locals can live in SSA variables: those with a register layout whose address is never
//! taken and that are only ever used whole.

use rustc_index::IndexVec;
use rustc_middle::mir::visit::{
    MutatingUseContext, NonMutatingUseContext, NonUseContext, PlaceContext, Visitor,
};
use rustc_middle::mir::{Body, Local, Location, Place, ProjectionElem};

/// With `debug_vars`, the locals user variables live in go to memory too, so that debuggers find
/// them at a fixed frame offset (what LLVM does at `-O0`).
pub(crate) fn memory_locals(mir: &Body<'_>, debug_vars: bool) -> IndexVec<Local, bool> {
    let mut visitor =
        MemoryLocals { memory: IndexVec::from_elem(false, &mir.local_decls), debug_vars };
    if let Some(spread) = mir.spread_arg {
        visitor.memory[spread] = true;
    }
    visitor.visit_body(mir);
    visitor.memory
}

struct MemoryLocals {
    memory: IndexVec<Local, bool>,
    debug_vars: bool,
}

impl<'tcx> Visitor<'tcx> for MemoryLocals {
    fn visit_place(&mut self, place: &Place<'tcx>, context: PlaceContext, _location: Location) {
        if self.debug_vars && context == PlaceContext::NonUse(NonUseContext::VarDebugInfo) {
            self.memory[place.local] = true;
        }
        let borrowed = matches!(
            context,
            PlaceContext::NonMutatingUse(
                NonMutatingUseContext::SharedBorrow
                    | NonMutatingUseContext::FakeBorrow
                    | NonMutatingUseContext::RawBorrow
            ) | PlaceContext::MutatingUse(
                MutatingUseContext::Borrow
                    | MutatingUseContext::RawBorrow
                    | MutatingUseContext::Drop
            )
        );
        // Reading through a pointer held in the local uses the local's value, not its address.
        let projected =
            matches!(place.projection.first(), Some(elem) if *elem != ProjectionElem::Deref);
        if (borrowed && !place.is_indirect_first_projection()) || projected {
            self.memory[place.local] = true;
        }
    }
}
