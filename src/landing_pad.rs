//! Landing pads: where a call that unwinds continues in this function.
//!
//! A call with a MIR unwind edge becomes a Cranelift `try_call` whose exception table points at a
//! landing pad. Cleanup pads (drops) are `Default` handlers; the catch of `catch_unwind` and the
//! pads that abort where unwinding must stop are `Tag` handlers. `unwind::lsda` turns the three
//! kinds into cleanup, catch and filter actions of the LSDA that `rust_eh_personality` reads.

use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, ExceptionTag,
    FuncRef, InstBuilder, SigRef, Signature, StackSlot, StackSlotData, StackSlotKind, TrapCode,
    Value, types,
};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{FuncId, Linkage, Module};
use rustc_middle::mir::{BasicBlock, UnwindAction, UnwindTerminateReason};
use rustc_middle::ty::Instance;
use rustc_span::DUMMY_SP;
use rustc_target::spec::PanicStrategy;

use crate::base::FnCx;
use crate::driver::CguCx;

/// What a call that may unwind calls.
#[derive(Clone, Copy)]
pub(crate) enum CallTarget {
    Direct(FuncRef),
    Indirect(SigRef, Value),
}

/// What a landing pad does with the exception.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handler {
    /// Runs drops and resumes unwinding.
    Cleanup,
    /// Stops it: the catch of `catch_unwind`.
    Catch,
    /// Aborts. The personality must know it as a handler (an LSDA filter, as LLVM makes for
    /// rustc's terminate pads) so that its search phase stops here: with a cleanup it would
    /// search on, find no catch above a frame called from C, and fail to start the unwind
    /// instead of reporting the panic that must not unwind.
    Terminate,
}

impl Handler {
    const CATCH_TAG: u32 = 1;
    const TERMINATE_TAG: u32 = 2;

    /// The kind of handler a tagged exception table item of Cranelift's stands for.
    pub(crate) fn of_tag(tag: ExceptionTag) -> Handler {
        if tag.as_u32() == Self::CATCH_TAG { Handler::Catch } else { Handler::Terminate }
    }

    fn tag(self) -> Option<ExceptionTag> {
        match self {
            Handler::Cleanup => None,
            Handler::Catch => Some(ExceptionTag::from_u32(Self::CATCH_TAG)),
            Handler::Terminate => Some(ExceptionTag::from_u32(Self::TERMINATE_TAG)),
        }
    }
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

    /// Calls `target` with `args`, as a `try_call` into the landing pad for `unwind` if there
    /// is one; returns the call's results.
    pub(crate) fn call_unwinding_to(
        &mut self,
        target: CallTarget,
        args: &[Value],
        unwind: UnwindAction,
    ) -> Vec<Value> {
        let Some(pad) = self.landing_pad(unwind) else {
            let call = match target {
                CallTarget::Direct(callee) => self.bcx.ins().call(callee, args),
                CallTarget::Indirect(sig, ptr) => self.bcx.ins().call_indirect(sig, ptr, args),
            };
            return self.bcx.inst_results(call).to_vec();
        };
        let handler = match unwind {
            UnwindAction::Terminate(_) => Handler::Terminate,
            _ => Handler::Cleanup,
        };
        let sig = match target {
            CallTarget::Direct(callee) => self.bcx.func.dfg.ext_funcs[callee].signature,
            CallTarget::Indirect(sig, _) => sig,
        };
        // The call ends the block; its results arrive as parameters of the next one.
        let ret_block = self.bcx.create_block();
        let result_count = self.bcx.func.dfg.signatures[sig].returns.len();
        for index in 0..result_count {
            let ty = self.bcx.func.dfg.signatures[sig].returns[index].value_type;
            self.bcx.append_block_param(ret_block, ty);
        }
        let table = exception_table(&mut self.bcx, sig, ret_block, result_count, pad, handler);
        match target {
            CallTarget::Direct(callee) => self.bcx.ins().try_call(callee, args, table),
            CallTarget::Indirect(_, ptr) => self.bcx.ins().try_call_indirect(ptr, args, table),
        };
        self.bcx.switch_to_block(ret_block);
        self.bcx.block_params(ret_block).to_vec()
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
    handler: Handler,
) -> cranelift_codegen::ir::ExceptionTable {
    let dfg = &mut bcx.func.dfg;
    let ret_args = (0..result_count as u32).map(BlockArg::TryCallRet);
    let normal = BlockCall::new(ret_block, ret_args, &mut dfg.value_lists);
    let target = BlockCall::new(pad, [BlockArg::TryCallExn(0)], &mut dfg.value_lists);
    let item = match handler.tag() {
        Some(tag) => ExceptionTableItem::Tag(tag, target),
        None => ExceptionTableItem::Default(target),
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
        let table = exception_table(bcx, try_sig, returned, 0, pad, Handler::Catch);
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
