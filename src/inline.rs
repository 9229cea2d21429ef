//! Inlining of small `#[inline(always)]` functions into their callers, as LLVM's always-inliner
//! does even at `opt-level=0`: without it every tiny accessor that hot loops lean on
//! (regex-automata's lazy state IDs, `core::arch` wrappers, `From` conversions) costs a call.
//!
//! rustc instantiates such functions in every CGU that uses them, so the callee's CLIF is in
//! the caller's module; Cranelift's inliner copies it in. Each copied instruction gets the
//! callee's source line inside an inlined-subroutine entry for the call (see
//! `debuginfo::inlined`), which needs to know which callee instruction it was copied from: the
//! inliner copies the callee's reachable blocks in depth-first pre-order, one new instruction per
//! callee instruction, which is checked instruction by instruction before it is relied on.

use std::borrow::Cow;

use cranelift_codegen::Context;
use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{
    ExtFuncData, ExternalName, FuncRef, Function, GlobalValue, GlobalValueData, Inst,
    InstructionData, Opcode, StackSlot, Value,
};
use cranelift_codegen::traversals::Dfs;
use cranelift_module::FuncId;
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::attrs::{InlineAttr, OptimizeAttr};
use rustc_middle::ty::{Instance, TyCtxt};
use rustc_session::config::OptLevel;

use crate::debuginfo::{CalleeDebug, DebugCx, FunctionDebug};
use crate::driver::PendingFunction;

/// Only callees up to this many CLIF instructions are inlined, and calls inside the copies stay
/// calls: LLVM inlines every `#[inline(always)]` callee, but copying big ones (memchr's and
/// regex-automata's search loops) and copies into copies made Cranelift's time 1.6x (`debug = 2`)
/// to 5x (`debug = 0`, where functions are smaller) on regex's crates, while tiny accessors
/// are what hot loops call.
const MAX_CALLEE_INSTS: usize = 20;

/// Whether calls to `instance` (lowered to `func`) are inlined into callers in the same CGU:
/// `#[inline(always)]` functions, and with optimizations any function not `#[inline(never)]` or
/// exported under its own name; unless `#[optimize(none)]`, `-Zinline-llvm=no`, or target
/// features beyond the crate's, which a caller may lack (the rules rustc gives LLVM: the SSE2
/// `core::arch` wrappers are inlined on x86_64); and only if it is small.
pub(crate) fn is_inlinable<'tcx>(
    tcx: TyCtxt<'tcx>,
    instance: Instance<'tcx>,
    func: &Function,
) -> bool {
    let attrs = tcx.codegen_instance_attrs(instance.def);
    let wanted = attrs.inline.always()
        || (tcx.sess.opts.optimize != OptLevel::No
            && attrs.inline != InlineAttr::Never
            && !attrs.contains_extern_indicator());
    wanted
        && tcx.sess.opts.unstable_opts.inline_llvm
        && attrs.optimize != OptimizeAttr::DoNotOptimize
        && attrs
            .target_features
            .iter()
            .all(|feature| tcx.sess.unstable_target_features.contains(&feature.name))
        && func.dfg.num_insts() <= MAX_CALLEE_INSTS
}

/// The bodies of a module's inlinable functions, as lowered (before any inlining into them).
pub(crate) struct InlineBodies(FxHashMap<FuncId, Callee>);

struct Callee {
    func: Function,
    debug: Option<CalleeDebug>,
}

impl InlineBodies {
    pub(crate) fn collect(functions: &[PendingFunction]) -> Self {
        let bodies = functions.iter().filter(|pending| pending.inlinable).map(|pending| {
            let debug = pending.debug.as_ref().and_then(FunctionDebug::for_inlining);
            (pending.id, Callee { func: pending.func.clone(), debug })
        });
        InlineBodies(bodies.collect())
    }

    /// Inlines the calls of `ctx.func` (the function `caller`) to inlinable functions, then
    /// gives the copied instructions their lines.
    pub(crate) fn inline_into(
        &self,
        caller: FuncId,
        ctx: &mut Context,
        debug: Option<(&mut DebugCx, &mut FunctionDebug)>,
    ) -> Result<(), String> {
        // Cranelift's inliner walks every instruction: only where there is something to inline.
        let func = &ctx.func;
        let calls_body = |ext: &ExtFuncData| {
            callee_id(func, &ext.name).is_some_and(|id| self.0.contains_key(&id))
        };
        if !func.dfg.ext_funcs.values().any(calls_body) {
            return Ok(());
        }
        let mut inliner = Inliner { bodies: self, caller, sites: Vec::new() };
        match ctx.inline(&mut inliner) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(err) => return Err(format!("Cranelift failed to inline: {err:?}")),
        }
        inliner.close_last(&ctx.func);
        inliner.rename_symbols(&mut ctx.func);
        inliner.share_slots(&mut ctx.func);
        if let Some((cx, fx)) = debug {
            inliner.relocate_lines(&mut ctx.func, cx, fx);
        }
        Ok(())
    }
}

/// One inlined call.
struct Site {
    /// The call instruction (now a jump to the copy).
    call: Inst,
    callee: FuncId,
    /// The copy's instructions are `first..end`, numbered consecutively by the inliner.
    first: u32,
    end: u32,
    closed: bool,
    /// For each copied instruction, the callee instruction it is a copy of; `None` until the
    /// site is closed, or if the copy did not have the expected shape.
    origins: Option<Vec<Inst>>,
    /// The copies of the callee's global values start at this index.
    globals: u32,
    /// The copies of the callee's stack slots start at this index.
    slots: u32,
}

struct Inliner<'a> {
    bodies: &'a InlineBodies,
    caller: FuncId,
    /// In the order of inlining.
    sites: Vec<Site>,
}

impl Inliner<'_> {
    /// Records which instructions the last inlined call copied, once the inliner is done with
    /// it (at the next call it considers, or when it returns).
    fn close_last(&mut self, func: &Function) {
        let Some(site) = self.sites.last_mut().filter(|site| !site.closed) else { return };
        site.closed = true;
        site.end = func.dfg.num_insts() as u32;
        let callee = &self.bodies.0[&site.callee].func;
        let mut origins = Vec::with_capacity((site.end - site.first) as usize);
        let mut copies = (site.first..site.end).map(Inst::from_u32);
        for block in Dfs::new().pre_order_iter(callee) {
            for original in callee.layout.block_insts(block) {
                match copies.next() {
                    Some(copy)
                        if same_shape(
                            func.dfg.insts[copy].opcode(),
                            callee.dfg.insts[original].opcode(),
                        ) =>
                    {
                        origins.push(original)
                    }
                    _ => return,
                }
            }
        }
        if copies.next().is_none() {
            site.origins = Some(origins);
        }
    }

    /// Makes the copied symbol global values name the caller's references to their symbols:
    /// Cranelift 0.134's inliner copies them with the callee's name references, which in the
    /// caller stand for other symbols.
    fn rename_symbols(&self, func: &mut Function) {
        for site in &self.sites {
            let callee = &self.bodies.0[&site.callee].func;
            for (index, data) in callee.global_values.values().enumerate() {
                let GlobalValueData::Symbol { name: ExternalName::User(name), .. } = data else {
                    continue;
                };
                let name = callee.params.user_named_funcs()[*name].clone();
                let renamed = func.declare_imported_user_function(name);
                let copy = GlobalValue::from_u32(site.globals + index as u32);
                if let GlobalValueData::Symbol { name, .. } = &mut func.global_values[copy] {
                    *name = ExternalName::User(renamed);
                }
            }
        }
    }

    /// Gives the copies of different calls the same stack slots, as LLVM's stack colouring
    /// does: a callee's slots are dead once it returns, and no copy runs inside another (see
    /// `in_copy`), so copies that run one after the other can share them. Without this, a
    /// function calling a small function with a big local at many places had a slot per call.
    fn share_slots(&self, func: &mut Function) {
        let total = func.sized_stack_slots.len() as u32;
        // Per (size, alignment), the slots copies made so far; each copy reuses them in order.
        let mut pool: FxHashMap<(u32, u8), Vec<StackSlot>> = FxHashMap::default();
        for (index, site) in self.sites.iter().enumerate() {
            let end = self.sites.get(index + 1).map_or(total, |next| next.slots);
            let callee = &self.bodies.0[&site.callee].func;
            // Only where the copy is known instruction by instruction, slots included.
            if site.origins.is_none()
                || (end - site.slots) as usize != callee.sized_stack_slots.len()
            {
                continue;
            }
            let mut taken: FxHashMap<(u32, u8), usize> = FxHashMap::default();
            let mut shared: FxHashMap<StackSlot, StackSlot> = FxHashMap::default();
            for slot in (site.slots..end).map(StackSlot::from_u32) {
                let data = &func.sized_stack_slots[slot];
                let key = (data.size, data.align_shift);
                let nth = taken.entry(key).or_insert(0);
                let slots = pool.entry(key).or_default();
                match slots.get(*nth) {
                    Some(&earlier) => {
                        shared.insert(slot, earlier);
                        func.sized_stack_slots[slot].size = 0;
                    }
                    None => slots.push(slot),
                }
                *nth += 1;
            }
            for inst in (site.first..site.end).map(Inst::from_u32) {
                if let InstructionData::StackAddr { stack_slot, .. } = &mut func.dfg.insts[inst]
                    && let Some(&earlier) = shared.get(stack_slot)
                {
                    *stack_slot = earlier;
                }
            }
        }
    }

    /// Whether `call` is an instruction of a copy. Cranelift 0.134's inliner comes back to
    /// some calls in copied blocks despite `visit_callee: false` (after a copy it goes on at the
    /// block after the copy's last one in the layout, which need not be the last it made):
    /// inlining there would copy into copies, without end for a recursive callee.
    fn in_copy(&self, call: Inst) -> bool {
        // Sites were made in order, so their instruction ranges are sorted and disjoint.
        let at = call.as_u32();
        let after = self.sites.partition_point(|site| site.first <= at);
        after.checked_sub(1).is_some_and(|site| at < self.sites[site].end)
    }

    /// Tags every copied instruction with the callee's line, nested in an entry for the call;
    /// with the call's own line where the copy could not be matched to the callee.
    fn relocate_lines(&self, func: &mut Function, cx: &mut DebugCx, fx: &mut FunctionDebug) {
        for site in &self.sites {
            let call = func.srcloc(site.call);
            let callee = &self.bodies.0[&site.callee];
            let lines = callee.debug.as_ref().and_then(|debug| cx.inline_scopes(fx, call, debug));
            let copies = (site.first..site.end).map(Inst::from_u32);
            match (&site.origins, lines) {
                (Some(origins), Some(lines)) => {
                    for (copy, &original) in copies.zip(origins) {
                        let line = callee.func.srcloc(original);
                        let line = lines.get(line.bits() as usize).copied().unwrap_or(call);
                        func.set_srcloc(copy, line);
                    }
                }
                _ => copies.for_each(|copy| func.set_srcloc(copy, call)),
            }
        }
    }
}

/// The module function `name` (an external name of `func`) stands for, if it is one.
fn callee_id(func: &Function, name: &ExternalName) -> Option<FuncId> {
    let ExternalName::User(name) = name else { return None };
    let name = &func.params.user_named_funcs()[*name];
    // Namespace 0 holds functions (cranelift-module's `declare_func_in_func`).
    (name.namespace == 0).then(|| FuncId::from_u32(name.index))
}

/// Whether `copy` can be the inliner's copy of an instruction `original`: returns become
/// jumps to the call's continuation, calls inside a `try_call`'s copy become `try_call`s.
fn same_shape(copy: Opcode, original: Opcode) -> bool {
    copy == original
        || (original.is_return() && copy == Opcode::Jump)
        || (original == Opcode::Call && copy == Opcode::TryCall)
        || (original == Opcode::CallIndirect && copy == Opcode::TryCallIndirect)
}

impl Inline for Inliner<'_> {
    fn inline(
        &mut self,
        caller: &Function,
        call: Inst,
        _opcode: Opcode,
        callee: FuncRef,
        _args: &[Value],
    ) -> InlineCommand<'_> {
        self.close_last(caller);
        if self.in_copy(call) {
            return InlineCommand::KeepCall;
        }
        let Some((id, body)) = callee_id(caller, &caller.dfg.ext_funcs[callee].name)
            .and_then(|id| Some((id, self.bodies.0.get(&id)?)))
        else {
            return InlineCommand::KeepCall;
        };
        let signature = caller.dfg.ext_funcs[callee].signature;
        if caller.dfg.signatures[signature] != body.func.signature || id == self.caller {
            return InlineCommand::KeepCall;
        }
        let first = caller.dfg.num_insts() as u32;
        let globals = caller.global_values.len() as u32;
        let slots = caller.sized_stack_slots.len() as u32;
        self.sites.push(Site {
            call,
            callee: id,
            first,
            end: first,
            closed: false,
            origins: None,
            globals,
            slots,
        });
        InlineCommand::Inline { callee: Cow::Borrowed(&body.func), visit_callee: false }
    }
}
