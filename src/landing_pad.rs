//! Landing pads: where a call that unwinds continues in this function.
//!
//! A call with a MIR unwind edge becomes a Cranelift `try_call` whose exception table points at a
//! landing pad. Cleanup pads (drops) are `Default` handlers; the catch of `catch_unwind` is the
//! only `Tag` handler. `unwind::lsda` turns the two kinds into cleanup and catch actions of the
//! LSDA that `rust_eh_personality` reads.

use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, ExceptionTag,
    InstBuilder, Signature, StackSlot, StackSlotData, StackSlotKind, TrapCode, Value, types,
};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{FuncId, Linkage, Module};
use rustc_middle::mir::{BasicBlock, UnwindAction, UnwindTerminateReason};
use rustc_middle::ty::Instance;
use rustc_span::DUMMY_SP;
use rustc_target::spec::PanicStrategy;

use crate::base::FnCx;
use crate::driver::CguCx;

/// The tag marking a catching handler (only `catch_unwind` has one).
pub(crate) fn catch_tag() -> ExceptionTag {
    ExceptionTag::from_u32(1)
}

impl<'tcx> FnCx<'_, 'tcx> {
    /// Whether calls may unwind into landing pads here at all.
    pub(crate) fn landing_pads_enabled(&self) -> bool {
        self.tcx.sess.panic_strategy() == PanicStrategy::Unwind
    }

    /// The landing pad for `action`, or `None` if unwinding just continues past this frame.
    pub(crate) fn landing_pad(&mut self, action: UnwindAction) -> Option<Block> {
        if !self.landing_pads_enabled() {
            return None;
        }
        match action {
            UnwindAction::Continue | UnwindAction::Unreachable => None,
            UnwindAction::Cleanup(bb) if self.cleanup_does_nothing(bb) => None,
            UnwindAction::Cleanup(bb) => Some(self.cleanup_pad(bb)),
            UnwindAction::Terminate(reason) => Some(self.terminate_pad(reason)),
        }
    }

    /// Whether the cleanup starting at `bb` only ends storage, drops values with empty drop
    /// glue and resumes (common in generic code instantiated with plain types): then unwinding
    /// may pass this frame without a landing pad, which saves code and `_Unwind_Resume` calls.
    fn cleanup_does_nothing(&self, mut bb: BasicBlock) -> bool {
        use rustc_middle::mir::{StatementKind, TerminatorKind};
        // A few gotos at most; a longer chain just gets its landing pad.
        for _ in 0..4 {
            let data = &self.mir.basic_blocks[bb];
            let only_storage = data.statements.iter().all(|statement| {
                matches!(
                    statement.kind,
                    StatementKind::StorageLive(_)
                        | StatementKind::StorageDead(_)
                        | StatementKind::Nop
                )
            });
            if !only_storage {
                return false;
            }
            match data.terminator().kind {
                TerminatorKind::UnwindResume => return true,
                TerminatorKind::Goto { target } => bb = target,
                TerminatorKind::Drop { place, target, .. }
                    if crate::abi::drops_nothing(self, place) =>
                {
                    bb = target
                }
                _ => return false,
            }
        }
        false
    }

    /// A block receiving the in-flight exception, keeping it for `UnwindResume`, then running
    /// the MIR cleanup block `bb`.
    fn cleanup_pad(&mut self, bb: BasicBlock) -> Block {
        if let Some(&pad) = self.cleanup_pads.get(&bb) {
            return pad;
        }
        let current = self.bcx.current_block();
        let pad = self.bcx.create_block();
        self.bcx.set_cold_block(pad);
        let exception = self.bcx.append_block_param(pad, self.ptr_ty);
        self.bcx.switch_to_block(pad);
        let slot = self.exception_slot();
        self.bcx.ins().stack_store(self.ptr_ty, exception, slot, 0);
        self.jump(bb);
        if let Some(block) = current {
            self.bcx.switch_to_block(block);
        }
        self.cleanup_pads.insert(bb, pad);
        pad
    }

    /// Where the landing pads leave the exception for `UnwindResume`. In memory, not an SSA
    /// variable: then the pad's exception parameter is just stored, so the register allocator
    /// needs no moves on the edges into it, and all calls with that cleanup share one pad address
    /// (and one LSDA entry) instead of a copying stub each.
    fn exception_slot(&mut self) -> StackSlot {
        if let Some(slot) = self.exception_slot {
            return slot;
        }
        let size = self.ptr_ty.bytes();
        let slot = self.bcx.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            size.trailing_zeros() as u8,
        ));
        self.exception_slot = Some(slot);
        slot
    }

    /// A block that aborts: unwinding out of here is not allowed (a `nounwind` boundary, or a
    /// panic while already unwinding).
    fn terminate_pad(&mut self, reason: UnwindTerminateReason) -> Block {
        if let Some(&(_, pad)) = self.terminate_pads.iter().find(|(known, _)| *known == reason) {
            return pad;
        }
        let current = self.bcx.current_block();
        let pad = self.bcx.create_block();
        self.bcx.set_cold_block(pad);
        self.bcx.append_block_param(pad, self.ptr_ty);
        self.bcx.switch_to_block(pad);
        self.call_terminate(reason);
        if let Some(block) = current {
            self.bcx.switch_to_block(block);
        }
        self.terminate_pads.push((reason, pad));
        pad
    }

    /// Calls the lang item that reports an impossible unwind and aborts; never returns.
    pub(crate) fn call_terminate(&mut self, reason: UnwindTerminateReason) {
        let def_id = self.tcx.require_lang_item(reason.lang_item(), DUMMY_SP);
        let instance = Instance::mono(self.tcx, def_id);
        let id = crate::abi::declare_instance(self.cgu, instance, Linkage::Import);
        let r = self.func_ref(id);
        self.bcx.ins().call(r, &[]);
        self.bcx.ins().trap(TrapCode::unwrap_user(3));
    }

    /// Continues unwinding with the exception the landing pad received.
    pub(crate) fn resume_unwind(&mut self) {
        let mut sig = Signature::new(self.cgu.module.isa().default_call_conv());
        sig.params.push(AbiParam::new(self.ptr_ty));
        let id = match self.cgu.module.declare_function("_Unwind_Resume", Linkage::Import, &sig) {
            Ok(id) => id,
            Err(err) => self.bug(format!("cannot declare `_Unwind_Resume`: {err}")),
        };
        let r = self.func_ref(id);
        let slot = self.exception_slot();
        let exception = self.bcx.ins().stack_load(self.ptr_ty, self.ptr_ty, slot, 0);
        self.bcx.ins().call(r, &[exception]);
        self.bcx.ins().trap(TrapCode::unwrap_user(3));
    }

    /// `catch_unwind(try_fn, data, catch_fn)`: calls `try_fn(data)`; if it unwinds, calls
    /// `catch_fn(data, exception)` and returns 1, else returns 0 (as an `i32`). It goes through
    /// a `__rust_try` function, as with LLVM, so that backtraces show the same frames; under
    /// `-Cpanic=abort` nothing can be caught and LLVM calls `try_fn` in place, so we do too.
    pub(crate) fn catch_unwind(&mut self, try_fn: Value, data: Value, catch_fn: Value) -> Value {
        if !self.landing_pads_enabled() {
            let mut try_sig = Signature::new(self.cgu.module.isa().default_call_conv());
            try_sig.params.push(AbiParam::new(self.ptr_ty));
            let try_sig = self.bcx.import_signature(try_sig);
            self.bcx.ins().call_indirect(try_sig, try_fn, &[data]);
            return self.bcx.ins().iconst(types::I32, 0);
        }
        let rust_try = match self.cgu.rust_try {
            Some(id) => id,
            None => {
                let id = define_rust_try(self.cgu);
                self.cgu.rust_try = Some(id);
                id
            }
        };
        let callee = crate::base::import_callee(&mut self.cgu.module, rust_try, self.bcx.func);
        let call = self.bcx.ins().call(callee, &[try_fn, data, catch_fn]);
        self.bcx.inst_results(call)[0]
    }
}

/// The exception table of a `try_call`: normal return to `ret_block` with the call's results as
/// block arguments; unwinding to `pad`, with the exception pointer as argument.
pub(crate) fn exception_table(
    bcx: &mut FunctionBuilder<'_>,
    sig: cranelift_codegen::ir::SigRef,
    ret_block: Block,
    result_count: usize,
    pad: Block,
    catch: bool,
) -> cranelift_codegen::ir::ExceptionTable {
    let dfg = &mut bcx.func.dfg;
    let ret_args = (0..result_count as u32).map(BlockArg::TryCallRet);
    let normal = BlockCall::new(ret_block, ret_args, &mut dfg.value_lists);
    let handler = BlockCall::new(pad, [BlockArg::TryCallExn(0)], &mut dfg.value_lists);
    let item = if catch {
        ExceptionTableItem::Tag(catch_tag(), handler)
    } else {
        ExceptionTableItem::Default(handler)
    };
    dfg.exception_tables.push(ExceptionTableData::new(sig, normal, [item]))
}

/// Defines the CGU's local `__rust_try(try_fn, data, catch_fn) -> i32`.
fn define_rust_try(cgu: &mut CguCx<'_>) -> FuncId {
    let ptr = crate::layout::pointer_ty(cgu.tcx);
    let call_conv = cgu.module.isa().default_call_conv();
    let mut sig = Signature::new(call_conv);
    sig.params.extend([AbiParam::new(ptr), AbiParam::new(ptr), AbiParam::new(ptr)]);
    sig.returns.push(AbiParam::new(types::I32));
    let mut try_sig = Signature::new(call_conv);
    try_sig.params.push(AbiParam::new(ptr));
    let mut catch_sig = Signature::new(call_conv);
    catch_sig.params.extend([AbiParam::new(ptr), AbiParam::new(ptr)]);

    cgu.define_shim_function("__rust_try", Linkage::Local, sig, |bcx, _, params| {
        let &[try_fn, data, catch_fn] = params else { unreachable!("three parameters") };
        let try_sig = bcx.import_signature(try_sig);
        let zero = bcx.ins().iconst(types::I32, 0);
        let catch_sig = bcx.import_signature(catch_sig);
        let returned = bcx.create_block();
        let pad = bcx.create_block();
        let exception = bcx.append_block_param(pad, ptr);
        let table = exception_table(bcx, try_sig, returned, 0, pad, true);
        bcx.ins().try_call_indirect(try_fn, &[data], table);

        bcx.switch_to_block(returned);
        bcx.ins().return_(&[zero]);

        bcx.switch_to_block(pad);
        bcx.set_cold_block(pad);
        bcx.ins().call_indirect(catch_sig, catch_fn, &[data, exception]);
        let one = bcx.ins().iconst(types::I32, 1);
        bcx.ins().return_(&[one]);
    })
}
