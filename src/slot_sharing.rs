//! Stack slots shared by locals whose storage is never live at the same time, as LLVM's stack
//! colouring does when optimizing. rustc's MIR inliner gives a function the locals of every
//! callee it inlines, and one slot each made the frames of recursive functions many times
//! LLVM's: an interpreter's `eval` that recursed 2000 calls deep under LLVM `-O` overflowed
//! the 8 MiB main stack under ours (4.4 KiB frames against LLVM's 360 bytes).
//!
//! A slot is needed where its local's storage may be live (MIR's `StorageLive`/`StorageDead`;
//! a use outside them is UB) and, for a local never borrowed, where it may still be named
//! before its storage ends: without that, the cleanup paths, which leave out `StorageDead`,
//! kept every local live to the end. Both are tracked per basic block, which is conservative:
//! two locals possibly needed anywhere in one block never share.

use cranelift_codegen::ir::{StackSlot, StackSlotData, StackSlotKind};
use cranelift_frontend::FunctionBuilder;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{MutatingUseContext, NonUseContext, PlaceContext, Visitor};
use rustc_middle::mir::{BasicBlock, Body, Local, Location, Place, StatementKind};

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

    /// Groups `candidates` never needed in the same block (see the module). Locals without
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
        let live = live_blocks(mir, &candidates);
        // Largest first, so that smaller locals fill the slots of larger ones.
        let mut order: Vec<usize> = (0..candidates.len()).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(candidates[i].size), candidates[i].local));
        let mut occupied: Vec<DenseBitSet<BasicBlock>> = Vec::new();
        for i in order {
            let Candidate { local, size, align } = candidates[i];
            let free = occupied
                .iter()
                .position(|taken| live[i].iter().all(|block| !taken.contains(block)));
            let group = match free {
                Some(group) => group,
                None => {
                    occupied.push(DenseBitSet::new_empty(blocks));
                    sharing.groups.push(Group { size: 0, align_shift: 0, slot: None });
                    occupied.len() - 1
                }
            };
            occupied[group].union(&live[i]);
            let entry = &mut sharing.groups[group];
            entry.size = entry.size.max(size);
            entry.align_shift = entry.align_shift.max(align.trailing_zeros() as u8);
            sharing.group_of[local] = Some(group);
        }
        sharing
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
    Storage {
        live: bool,
    },
    Mention,
}

/// The candidates' events in each block, in order, and which candidates are ever borrowed.
struct Events {
    index: IndexVec<Local, Option<usize>>,
    events: IndexVec<BasicBlock, Vec<(usize, Event)>>,
    borrowed: DenseBitSet<usize>,
}

impl<'tcx> Visitor<'tcx> for Events {
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
        let event = match context {
            PlaceContext::NonUse(NonUseContext::StorageLive) => Event::Storage { live: true },
            PlaceContext::NonUse(NonUseContext::StorageDead) => Event::Storage { live: false },
            PlaceContext::NonUse(_) => return,
            _ => Event::Mention,
        };
        self.events[location.block].push((i, event));
    }
}

/// For each candidate, the blocks where its slot may hold something still needed: where its
/// storage may be live and, unless it is borrowed (a pointer may reach it without naming it),
/// where it is named or may be named later before its storage ends.
fn live_blocks(mir: &Body<'_>, candidates: &[Candidate]) -> Vec<DenseBitSet<BasicBlock>> {
    let blocks = &mir.basic_blocks;
    let n = candidates.len();
    let mut events = Events {
        index: IndexVec::from_elem(None, &mir.local_decls),
        events: IndexVec::from_elem(Vec::new(), blocks),
        borrowed: DenseBitSet::new_empty(n),
    };
    for (i, c) in candidates.iter().enumerate() {
        events.index[c.local] = Some(i);
    }
    events.visit_body(mir);
    let empty = DenseBitSet::<usize>::new_empty(n);
    let sets = || IndexVec::from_elem(empty.clone(), blocks);
    // Forward, storage: the candidates a block leaves live (`gen`) or dead (`kill`) at its
    // end, and those it makes live anywhere (`born`).
    let (mut gen_set, mut kill, mut born) = (sets(), sets(), sets());
    // Backward, names: the candidates named before any storage event (`used`), those whose
    // storage event comes first (`reset`), and all it names (`named`).
    let (mut used, mut reset, mut named) = (sets(), sets(), sets());
    for (block, list) in events.events.iter_enumerated() {
        let mut seen = empty.clone();
        for &(i, event) in list {
            let first = seen.insert(i);
            match event {
                Event::Storage { live } => {
                    if live {
                        gen_set[block].insert(i);
                        kill[block].remove(i);
                        born[block].insert(i);
                    } else {
                        kill[block].insert(i);
                        gen_set[block].remove(i);
                    }
                    if first {
                        reset[block].insert(i);
                    }
                }
                Event::Mention => {
                    named[block].insert(i);
                    if first {
                        used[block].insert(i);
                    }
                }
            }
        }
    }
    let order = blocks.reverse_postorder();
    // Maybe storage-live on entry.
    let (mut storage_in, mut storage_out) = (sets(), sets());
    let mut changed = true;
    while changed {
        changed = false;
        for &block in order {
            for &pred in &blocks.predecessors()[block] {
                let (from, to) = (&storage_out[pred], &mut storage_in[block]);
                changed |= to.union(from);
            }
            let mut out = storage_in[block].clone();
            out.subtract(&kill[block]);
            out.union(&gen_set[block]);
            changed |= storage_out[block].union(&out);
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
    let mut live = vec![DenseBitSet::new_empty(blocks.len()); n];
    for block in blocks.indices() {
        let mut storage = storage_in[block].clone();
        storage.union(&born[block]);
        let mut needed = named_in[block].clone();
        needed.union(&named[block]);
        needed.union(&named_out[block]);
        for i in storage.iter() {
            if events.borrowed.contains(i) || needed.contains(i) {
                live[i].insert(block);
            }
        }
    }
    live
}
