//! Stack slots shared by locals whose contents are never needed at the same time, as LLVM's
//! stack colouring does when optimizing. rustc's MIR inliner gives a function the locals of
//! every callee it inlines, and one slot each made the frames of recursive functions many times
//! LLVM's: an interpreter's `eval` that recursed 2000 calls deep under LLVM `-O` overflowed
//! the 8 MiB main stack under ours (4.4 KiB frames against LLVM's 360 bytes).
//!
//! A slot holds something from the first time its local is named after `StorageLive` (before
//! that it holds garbage nobody can point to) until `StorageDead`; a local never borrowed stops
//! needing it after the last time it may still be named, so that the cleanup paths, which leave
//! out `StorageDead`, do not keep every local live to the end. Within a block this is tracked
//! per statement: inlined `mem::zeroed` moves a large value through two temporaries into the
//! variable (`_4 = move _5; _1 = copy _4 as T (Transmute)`), and each copy's source and
//! destination share a slot, the destination being written just after the source is read. The
//! copy itself is then left out (`is_self_copy`).

use cranelift_codegen::ir::{StackSlot, StackSlotData, StackSlotKind};
use cranelift_frontend::FunctionBuilder;
use rustc_data_structures::fx::FxHashMap;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{MutatingUseContext, NonUseContext, PlaceContext, Visitor};
use rustc_middle::mir::{
    BasicBlock, Body, CastKind, Local, Location, Operand, Place, Rvalue, Statement, StatementKind,
};

/// Above this many (candidate local, block) pairs the analysis is skipped and every local
/// keeps a slot of its own: it costs time and memory in proportion.
const MAX_LIVENESS_CELLS: usize = 1 << 24;

/// Which locals share which slot; a slot is created when its first local asks for it.
pub(crate) struct SlotSharing {
    group_of: IndexVec<Local, Option<usize>>,
    groups: Vec<Group>,
}

struct Group {
    size: u32,
    /// log2 of the alignment, at most 16 bytes: Cranelift's frames are aligned no further.
    align_shift: u8,
    slot: Option<StackSlot>,
}

/// A local that may share: its size and alignment in bytes, at most 16.
pub(crate) struct Candidate {
    pub(crate) local: Local,
    pub(crate) size: u32,
    pub(crate) align: u64,
}

impl SlotSharing {
    /// No sharing: every local gets its own slot.
    pub(crate) fn none(mir: &Body<'_>) -> Self {
        SlotSharing { group_of: IndexVec::from_elem(None, &mir.local_decls), groups: Vec::new() }
    }

    /// Groups `candidates` never needed at the same time (see the module). Locals without
    /// `StorageLive` (arguments, the return place, temporaries rustc leaves unmarked) live in
    /// the whole function and keep slots of their own.
    pub(crate) fn plan(mir: &Body<'_>, mut candidates: Vec<Candidate>) -> Self {
        let mut sharing = Self::none(mir);
        let marked = storage_live_locals(mir);
        candidates.retain(|c| marked.contains(c.local));
        let blocks = mir.basic_blocks.len();
        if candidates.len() < 2 || candidates.len().saturating_mul(blocks) > MAX_LIVENESS_CELLS {
            return sharing;
        }
        let live = live_segments(mir, &candidates);
        // Largest first, so that smaller locals fill the slots of larger ones.
        let mut order: Vec<usize> = (0..candidates.len()).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(candidates[i].size), candidates[i].local));
        // Each group's segments, by block.
        let mut occupied: Vec<FxHashMap<BasicBlock, Vec<(u32, u32)>>> = Vec::new();
        for i in order {
            let Candidate { local, size, align } = candidates[i];
            let overlaps = |taken: &FxHashMap<BasicBlock, Vec<(u32, u32)>>| {
                live[i].iter().any(|segment| {
                    taken.get(&segment.block).is_some_and(|spans| {
                        spans
                            .iter()
                            .any(|&(start, end)| start <= segment.end && segment.start <= end)
                    })
                })
            };
            let group = match occupied.iter().position(|taken| !overlaps(taken)) {
                Some(group) => group,
                None => {
                    occupied.push(FxHashMap::default());
                    sharing.groups.push(Group { size: 0, align_shift: 0, slot: None });
                    occupied.len() - 1
                }
            };
            for segment in &live[i] {
                occupied[group]
                    .entry(segment.block)
                    .or_default()
                    .push((segment.start, segment.end));
            }
            let entry = &mut sharing.groups[group];
            entry.size = entry.size.max(size);
            entry.align_shift = entry.align_shift.max(align.trailing_zeros() as u8);
            sharing.group_of[local] = Some(group);
        }
        sharing
    }

    /// Whether `kind` copies a local into another that shares its slot: a copy onto itself,
    /// which can be left out.
    pub(crate) fn is_self_copy(&self, kind: &StatementKind<'_>) -> bool {
        whole_copy(kind).is_some_and(|(destination, source)| {
            destination != source
                && self.group_of[destination].is_some()
                && self.group_of[destination] == self.group_of[source]
        })
    }

    /// The slot `local` shares, if it is a candidate that was planned.
    pub(crate) fn slot(
        &mut self,
        bcx: &mut FunctionBuilder<'_>,
        local: Local,
    ) -> Option<StackSlot> {
        let group = &mut self.groups[self.group_of[local]?];
        let slot = *group.slot.get_or_insert_with(|| {
            bcx.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                group.size,
                group.align_shift,
            ))
        });
        Some(slot)
    }
}

/// The locals with at least one `StorageLive`.
fn storage_live_locals(mir: &Body<'_>) -> DenseBitSet<Local> {
    let mut marked = DenseBitSet::new_empty(mir.local_decls.len());
    for data in mir.basic_blocks.iter() {
        for statement in &data.statements {
            if let StatementKind::StorageLive(local) = statement.kind {
                marked.insert(local);
            }
        }
    }
    marked
}

#[derive(Clone, Copy, PartialEq)]
enum Event {
    /// `StorageLive` or `StorageDead`: the slot's old contents are gone either way.
    Storage,
    Mention,
}

/// Positions in a block count two per statement, the terminator's last: the destination of a
/// whole-local copy is written at the odd position after its source is read.
fn position(location: Location) -> u32 {
    let index = u32::try_from(location.statement_index).unwrap_or(u32::MAX);
    index.saturating_mul(2).min(BLOCK_END - 2)
}

/// Past every position of a block.
const BLOCK_END: u32 = u32::MAX;

/// `(_d, _s)` of `_d = copy/move _s` or `_d = copy/move _s as T (Transmute)`, which reads
/// all of `_s` before writing `_d`: the two may share a slot.
fn whole_copy(kind: &StatementKind<'_>) -> Option<(Local, Local)> {
    let StatementKind::Assign(assign) = kind else { return None };
    let (place, rvalue) = &**assign;
    let (Rvalue::Use(Operand::Copy(source) | Operand::Move(source), ..)
    | Rvalue::Cast(CastKind::Transmute, Operand::Copy(source) | Operand::Move(source), _)) = rvalue
    else {
        return None;
    };
    Some((place.as_local()?, source.as_local()?))
}

/// The candidates' events in each block with their positions, and which candidates are ever
/// borrowed.
struct Events {
    index: IndexVec<Local, Option<usize>>,
    events: IndexVec<BasicBlock, Vec<(u32, usize, Event)>>,
    borrowed: DenseBitSet<usize>,
    /// The destination of the whole-local copy being visited.
    late_write: Option<Local>,
}

impl<'tcx> Visitor<'tcx> for Events {
    fn visit_statement(&mut self, statement: &Statement<'tcx>, location: Location) {
        self.late_write = whole_copy(&statement.kind).map(|(destination, _)| destination);
        self.super_statement(statement, location);
        self.late_write = None;
    }

    /// Borrows are seen here: below, `visit_local` of a projected place (`&mut _1.0`) only
    /// sees a projection.
    fn visit_place(&mut self, place: &Place<'tcx>, context: PlaceContext, location: Location) {
        if let Some(i) = self.index[place.local]
            && (context.is_borrow()
                || context.is_address_of()
                || context == PlaceContext::MutatingUse(MutatingUseContext::AsmOutput))
        {
            self.borrowed.insert(i);
        }
        self.super_place(place, context, location);
    }

    fn visit_local(&mut self, local: Local, context: PlaceContext, location: Location) {
        let Some(i) = self.index[local] else { return };
        let mut at = position(location);
        let event = match context {
            PlaceContext::NonUse(NonUseContext::StorageLive | NonUseContext::StorageDead) => {
                Event::Storage
            }
            PlaceContext::NonUse(_) => return,
            PlaceContext::MutatingUse(MutatingUseContext::Store)
                if self.late_write == Some(local) =>
            {
                at += 1;
                Event::Mention
            }
            _ => Event::Mention,
        };
        self.events[location.block].push((at, i, event));
    }
}

/// Where a candidate's slot holds something still needed: from `start` to `end` (both
/// included) of `block`, in the positions of [`position`].
#[derive(Clone, Copy)]
struct Segment {
    block: BasicBlock,
    start: u32,
    end: u32,
}

/// For each candidate, the segments of blocks where its slot holds something still needed
/// (see the module).
fn live_segments(mir: &Body<'_>, candidates: &[Candidate]) -> Vec<Vec<Segment>> {
    let blocks = &mir.basic_blocks;
    let n = candidates.len();
    let mut events = Events {
        index: IndexVec::from_elem(None, &mir.local_decls),
        events: IndexVec::from_elem(Vec::new(), blocks),
        borrowed: DenseBitSet::new_empty(n),
        late_write: None,
    };
    for (i, c) in candidates.iter().enumerate() {
        events.index[c.local] = Some(i);
    }
    events.visit_body(mir);
    for list in events.events.iter_mut() {
        list.sort_by_key(|&(at, ..)| at);
    }
    let empty = DenseBitSet::<usize>::new_empty(n);
    let sets = || IndexVec::from_elem(empty.clone(), blocks);
    // Forward, contents: the candidates whose last event in a block names them (`filled`) or
    // is a storage event (`emptied`).
    let (mut filled, mut emptied) = (sets(), sets());
    // Backward, names: the candidates named before any storage event (`used`), and those whose
    // storage event comes first (`reset`).
    let (mut used, mut reset) = (sets(), sets());
    for (block, list) in events.events.iter_enumerated() {
        let mut seen = empty.clone();
        for &(_, i, event) in list {
            let first = seen.insert(i);
            match event {
                Event::Storage => {
                    emptied[block].insert(i);
                    filled[block].remove(i);
                    if first {
                        reset[block].insert(i);
                    }
                }
                Event::Mention => {
                    filled[block].insert(i);
                    emptied[block].remove(i);
                    if first {
                        used[block].insert(i);
                    }
                }
            }
        }
    }
    let order = blocks.reverse_postorder();
    // May hold something on entry: named since the last storage event on some path.
    let (mut holding_in, mut holding_out) = (sets(), sets());
    let mut changed = true;
    while changed {
        changed = false;
        for &block in order {
            for &pred in &blocks.predecessors()[block] {
                let (from, to) = (&holding_out[pred], &mut holding_in[block]);
                changed |= to.union(from);
            }
            let mut out = holding_in[block].clone();
            out.subtract(&emptied[block]);
            out.union(&filled[block]);
            changed |= holding_out[block].union(&out);
        }
    }
    // Named later on some path from a block's end, before a storage event.
    let (mut named_in, mut named_out) = (sets(), sets());
    changed = true;
    while changed {
        changed = false;
        for &block in order.iter().rev() {
            for succ in blocks[block].terminator().successors() {
                let (from, to) = (&named_in[succ], &mut named_out[block]);
                changed |= to.union(from);
            }
            let mut live_in = named_out[block].clone();
            live_in.subtract(&reset[block]);
            live_in.union(&used[block]);
            changed |= named_in[block].union(&live_in);
        }
    }
    let mut segments = vec![Vec::new(); n];
    let mut per_candidate: Vec<Vec<(u32, Event)>> = vec![Vec::new(); n];
    for (block, data) in blocks.iter_enumerated() {
        // How many statements that do something come before each statement.
        let mut active_before = Vec::with_capacity(data.statements.len() + 1);
        active_before.push(0u32);
        for statement in &data.statements {
            let active = !matches!(
                statement.kind,
                StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Nop
            );
            active_before.push(active_before[active_before.len() - 1] + u32::from(active));
        }
        // Whether statements `from..to` do nothing.
        let quiet = |from: u32, to: u32| {
            let count = |at: u32| active_before.get(at as usize).copied().unwrap_or(u32::MAX);
            from >= to || count(from) == count(to)
        };
        let mut involved = holding_in[block].clone();
        for &(at, i, event) in &events.events[block] {
            involved.insert(i);
            per_candidate[i].push((at, event));
        }
        for i in involved.iter() {
            let borrowed = events.borrowed.contains(i);
            let mut push = |start, end| segments[i].push(Segment { block, start, end });
            // The current run between storage events: where it started holding something,
            // and where it was last named.
            let mut start = holding_in[block].contains(i).then_some(0);
            let mut last_named = None;
            for &(at, event) in &per_candidate[i] {
                match event {
                    Event::Mention => {
                        start.get_or_insert(at);
                        last_named = Some(at);
                    }
                    Event::Storage => {
                        // A pointer may still read a borrowed local, unless nothing between
                        // its last naming and its storage event does anything.
                        let end = match last_named {
                            Some(named) if borrowed && !quiet(named / 2 + 1, at / 2) => Some(at),
                            Some(named) => Some(named),
                            None => borrowed.then_some(at),
                        };
                        if let (Some(start), Some(end)) = (start, end) {
                            push(start, end);
                        }
                        (start, last_named) = (None, None);
                    }
                }
            }
            let end =
                if borrowed || named_out[block].contains(i) { Some(BLOCK_END) } else { last_named };
            if let (Some(start), Some(end)) = (start, end) {
                push(start, end);
            }
            per_candidate[i].clear();
        }
    }
    segments
}
