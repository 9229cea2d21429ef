//! Which locals can live in SSA variables: those with a register layout whose address is never
//! taken, and whose projections ([`ProjectionElem::Field`], [`ProjectionElem::Downcast`]) only
//! ever reach a whole register of the local.
//!
//! Keeping checked-arithmetic results `(T, bool)`, `Option`s and small structs in registers
//! instead of stack slots is most of what makes debug code cheap to compile: every memory local
//! costs a store and a load per use.

use cranelift_codegen::ir::Type;
use rustc_abi::{BackendRepr, FieldIdx, Size};
use rustc_data_structures::graph::dominators::Dominators;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{
    MutatingUseContext, NonMutatingUseContext, NonUseContext, PlaceContext, Visitor,
};
use rustc_middle::mir::{
    BasicBlock, Body, Local, Location, Place, ProjectionElem, RETURN_PLACE, TerminatorKind,
};
use rustc_middle::ty::layout::TyAndLayout;

use crate::layout::{MonoCx, RegRepr, reg_repr};

/// Where a local lives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LocalStorage {
    Ssa,
    /// Assigned once, by a statement that comes before every read: in plain SSA values of
    /// ours, not Cranelift frontend variables, whose bookkeeping costs memory per variable and
    /// block (20 GB for a function of 20,000 statements, each with its own temporaries).
    SsaValue,
    /// In SSA variables, with every write also stored to a stack slot where a debugger finds
    /// the user variable (LLVM's `-O0` keeps those in memory): reads stay register reads.
    SsaWithHome,
    Memory,
    /// Never named but by `StorageLive`/`StorageDead` or debuginfo (a temporary whose value
    /// rustc promoted to a constant): no slot, as LLVM keeps none, which matters for a 32 MiB
    /// array.
    Unused,
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
    let Writes { single, used } = writes(mir);
    visitor
        .memory
        .iter_enumerated()
        .zip(&visitor.debug_homes)
        .map(|((local, &memory), &home)| match (memory, home) {
            _ if !used.contains(local) && local.as_usize() > mir.arg_count => LocalStorage::Unused,
            (true, _) => LocalStorage::Memory,
            (false, true) => LocalStorage::SsaWithHome,
            (false, false) if single.contains(local) => LocalStorage::SsaValue,
            (false, false) => LocalStorage::Ssa,
        })
        .collect()
}

struct Writes {
    /// The locals that one `Assign` statement or call writes (as a whole; nothing else writes
    /// them) before every read: the write dominates each place that reads the local. Arguments
    /// and the return place, which the prologue and the caller see, are never among them.
    single: DenseBitSet<Local>,
    /// The locals named by anything but storage markers and debuginfo.
    used: DenseBitSet<Local>,
}

fn writes(mir: &Body<'_>) -> Writes {
    let mut defs = Assignments {
        mir,
        defs: IndexVec::from_elem(Def::None, &mir.local_decls),
        dominators: None,
        ok: DenseBitSet::new_empty(mir.local_decls.len()),
        used: DenseBitSet::new_empty(mir.local_decls.len()),
    };
    for local in std::iter::once(RETURN_PLACE).chain(mir.args_iter()) {
        defs.defs[local] = Def::Many;
    }
    defs.visit_body(mir);
    for (local, def) in defs.defs.iter_enumerated() {
        if matches!(def, Def::One(_)) {
            defs.ok.insert(local);
        }
    }
    defs.dominators = Some(mir.basic_blocks.dominators());
    defs.visit_body(mir);
    Writes { single: defs.ok, used: defs.used }
}

#[derive(Clone, Copy)]
enum Def {
    None,
    /// Written in this block: the reads at this statement index and later ones follow.
    One(Location),
    Many,
}

/// Finds each local's writes, then (with `dominators`) drops from `ok` the locals read where
/// their one write does not dominate.
struct Assignments<'a, 'tcx> {
    mir: &'a Body<'tcx>,
    defs: IndexVec<Local, Def>,
    dominators: Option<&'a Dominators<BasicBlock>>,
    ok: DenseBitSet<Local>,
    used: DenseBitSet<Local>,
}

impl Assignments<'_, '_> {
    /// A write of `local`; `first_read` is where the reads that follow it start, if it is a
    /// write of the whole local that the analysis can place.
    fn write(&mut self, local: Local, first_read: Option<Location>) {
        if self.dominators.is_some() {
            return;
        }
        let def = &mut self.defs[local];
        *def = match (*def, first_read) {
            (Def::None, Some(location)) => Def::One(location),
            _ => Def::Many,
        };
    }

    /// Where the reads after a call's write of its destination start: its return block, when
    /// nothing else enters that block (the write happens on the edge to it).
    fn after_call(&self, location: Location) -> Option<Location> {
        let TerminatorKind::Call { target: Some(target), .. } =
            self.mir.basic_blocks[location.block].terminator().kind
        else {
            return None;
        };
        let alone =
            target != location.block && self.mir.basic_blocks.predecessors()[target].len() == 1;
        alone.then_some(Location { block: target, statement_index: 0 })
    }

    fn read(&mut self, local: Local, location: Location) {
        let (Some(dominators), Def::One(def)) = (self.dominators, self.defs[local]) else {
            return;
        };
        let dominated = if def.block == location.block {
            def.statement_index <= location.statement_index
        } else {
            dominators.is_reachable(location.block)
                && dominators.dominates(def.block, location.block)
        };
        if !dominated {
            self.ok.remove(local);
        }
    }
}

impl<'tcx> Visitor<'tcx> for Assignments<'_, 'tcx> {
    fn visit_place(&mut self, place: &Place<'tcx>, context: PlaceContext, location: Location) {
        // Uses are recorded in the first pass, which has no dominators yet.
        let first_pass = self.dominators.is_none();
        for elem in place.projection {
            if let ProjectionElem::Index(index) = elem {
                if first_pass {
                    self.used.insert(index);
                }
                self.read(index, location);
            }
        }
        if first_pass && !matches!(context, PlaceContext::NonUse(_)) {
            self.used.insert(place.local);
        }
        match context {
            PlaceContext::NonUse(_) => {}
            // Writing through a pointer the local holds reads the local.
            PlaceContext::MutatingUse(_) if place.is_indirect_first_projection() => {
                self.read(place.local, location)
            }
            PlaceContext::MutatingUse(MutatingUseContext::Store) if place.projection.is_empty() => {
                self.write(place.local, Some(location.successor_within_block()))
            }
            PlaceContext::MutatingUse(MutatingUseContext::Call) if place.projection.is_empty() => {
                self.write(place.local, self.after_call(location))
            }
            PlaceContext::MutatingUse(_) => self.write(place.local, None),
            PlaceContext::NonMutatingUse(_) => self.read(place.local, location),
        }
    }
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
