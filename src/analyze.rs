//! Which locals can live in SSA variables: those with a register layout whose address is never
//! taken, and whose projections ([`ProjectionElem::Field`], [`ProjectionElem::Downcast`]) only
//! ever reach a whole register of the local.
//!
//! Keeping checked-arithmetic results `(T, bool)`, `Option`s and small structs in registers
//! instead of stack slots is most of what makes debug code cheap to compile: every memory local
//! costs a store and a load per use.

use cranelift_codegen::ir::Type;
use rustc_abi::{BackendRepr, FieldIdx, Size};
use rustc_index::IndexVec;
use rustc_middle::mir::visit::{
    MutatingUseContext, NonMutatingUseContext, NonUseContext, PlaceContext, Visitor,
};
use rustc_middle::mir::{Body, Local, Location, Place, ProjectionElem, RETURN_PLACE};
use rustc_middle::ty::layout::TyAndLayout;

use crate::layout::{MonoCx, RegRepr, reg_repr};

/// Where a local lives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LocalStorage {
    Ssa,
    /// In SSA variables, with every write also stored to a stack slot where a debugger finds
    /// the user variable (LLVM's `-O0` keeps those in memory): reads stay register reads.
    SsaWithHome,
    Memory,
}

/// With `debug_vars`, the locals user variables live in get a home in memory as well.
pub(crate) fn local_storage<'tcx>(
    cx: MonoCx<'tcx>,
    mir: &Body<'tcx>,
    layouts: &IndexVec<Local, TyAndLayout<'tcx>>,
    debug_vars: bool,
) -> IndexVec<Local, LocalStorage> {
    let mut visitor = MemoryLocals {
        cx,
        layouts,
        memory: IndexVec::from_elem(false, &mir.local_decls),
        debug_homes: IndexVec::from_elem(false, &mir.local_decls),
        debug_vars,
    };
    if let Some(spread) = mir.spread_arg {
        visitor.memory[spread] = true;
    }
    // A tail expression that only names a variable must still have code on its line, for
    // debuggers to step to: the store to the return value's home.
    visitor.debug_homes[RETURN_PLACE] = debug_vars;
    visitor.visit_body(mir);
    visitor
        .memory
        .iter()
        .zip(&visitor.debug_homes)
        .map(|(&memory, &home)| match (memory, home) {
            (true, _) => LocalStorage::Memory,
            (false, true) => LocalStorage::SsaWithHome,
            (false, false) => LocalStorage::Ssa,
        })
        .collect()
}

struct MemoryLocals<'a, 'tcx> {
    cx: MonoCx<'tcx>,
    layouts: &'a IndexVec<Local, TyAndLayout<'tcx>>,
    memory: IndexVec<Local, bool>,
    /// Locals that user variables live in, under `debug_vars`.
    debug_homes: IndexVec<Local, bool>,
    debug_vars: bool,
}

/// The registers a projection of an SSA local stands for, as `CgPlace::field` maps them.
#[derive(Clone, Copy, PartialEq)]
enum Regs {
    One(Type),
    Two(Type, Type, Size),
    /// A zero-sized field: no register at all.
    None,
}

fn regs_of(cx: MonoCx<'_>, layout: TyAndLayout<'_>) -> Option<Regs> {
    if layout.is_zst() {
        return Some(Regs::None);
    }
    match (reg_repr(cx.0, layout.backend_repr)?, layout.backend_repr) {
        (RegRepr::Scalar(ty), _) => Some(Regs::One(ty)),
        (RegRepr::Pair(a, b), BackendRepr::ScalarPair { b_offset, .. }) => {
            Some(Regs::Two(a, b, b_offset))
        }
        _ => None,
    }
}

impl<'tcx> MemoryLocals<'_, 'tcx> {
    /// Whether the projections of `place` up to its first deref stay within whole registers of
    /// an SSA local, so that the place can be read and written without an address.
    fn projections_fit_registers(&self, place: &Place<'tcx>) -> bool {
        let mut layout = self.layouts[place.local];
        let Some(mut regs) = regs_of(self.cx, layout) else { return false };
        for elem in place.projection {
            match elem {
                // What follows works on the pointer's target, not on this local.
                ProjectionElem::Deref => break,
                ProjectionElem::Downcast(_, variant) => {
                    layout = layout.for_variant(&self.cx, variant);
                }
                ProjectionElem::Field(idx, _) => {
                    let field = layout.field(&self.cx, idx.as_usize());
                    let Some(field_regs) = regs_of(self.cx, field) else { return false };
                    regs = match field_regs {
                        Regs::None => Regs::None,
                        _ if regs == Regs::None => return false,
                        _ if field.size == layout.size && field_regs == regs => regs,
                        Regs::One(ty) => match (regs, offset_of(layout, idx)) {
                            (Regs::Two(a, _, _), offset) if offset == Size::ZERO && ty == a => {
                                field_regs
                            }
                            (Regs::Two(_, b, b_offset), offset)
                                if offset == b_offset && ty == b =>
                            {
                                field_regs
                            }
                            _ => return false,
                        },
                        _ => return false,
                    };
                    layout = field;
                }
                _ => return false,
            }
        }
        // A place that ends in a downcast is read or written with the variant's layout.
        regs == Regs::None || regs_of(self.cx, layout) == Some(regs)
    }
}

fn offset_of(layout: TyAndLayout<'_>, idx: FieldIdx) -> Size {
    layout.fields.offset(idx.as_usize())
}

impl<'tcx> Visitor<'tcx> for MemoryLocals<'_, 'tcx> {
    fn visit_place(&mut self, place: &Place<'tcx>, context: PlaceContext, _location: Location) {
        if self.memory[place.local] {
            return;
        }
        if let PlaceContext::NonUse(non_use) = context {
            if self.debug_vars && non_use == NonUseContext::VarDebugInfo {
                self.debug_homes[place.local] = true;
            }
            return;
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
        if borrowed && !place.is_indirect_first_projection() {
            self.memory[place.local] = true;
            return;
        }
        let projected =
            matches!(place.projection.first(), Some(elem) if *elem != ProjectionElem::Deref);
        if projected && !self.projections_fit_registers(place) {
            self.memory[place.local] = true;
        }
    }
}
