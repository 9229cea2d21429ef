//! Lowering of one function body: blocks, statements, rvalues, places and operands.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    Block, BlockArg, ExternalName, FuncRef, Function, GlobalValue, InstBuilder, MemFlagsData,
    StackSlot, TrapCode, Type, UserFuncName, Value, types,
};
use cranelift_frontend::{FunctionBuilder, Switch};
use cranelift_module::{DataId, FuncId, Module};
use rustc_abi::FieldIdx;
use rustc_data_structures::fx::FxHashMap;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::{
    self, AggregateKind, BasicBlock, Body, Local, NonDivergingIntrinsic, Operand, Place,
    ProjectionElem, Rvalue, StatementKind, TerminatorKind,
};
use rustc_middle::ty::layout::{LayoutOf, TyAndLayout};
use rustc_middle::ty::print::with_no_trimmed_paths;
use rustc_middle::ty::{self, Instance, Ty, TyCtxt, TypeFoldable};
use rustc_span::Span;

use crate::debuginfo::{FunctionLines, VarHome};
use crate::driver::{CguCx, PendingFunction};
use crate::layout::{MonoCx, MonoFnAbi};
use crate::place::{CgPlace, PlaceKind, SsaReg};
use crate::value::CgVal;

/// What the lowering knows of a single-assignment local's register.
#[derive(Clone, Copy)]
pub(crate) enum SsaValue {
    Unassigned,
    /// The local's assignment, in this MIR block, did not write this register.
    Assigned(BasicBlock),
    Written(Value, BasicBlock),
}

/// Everything the lowering of one function needs.
pub(crate) struct FnCx<'m, 'tcx> {
    pub(crate) tcx: TyCtxt<'tcx>,
    pub(crate) cgu: &'m mut CguCx<'tcx>,
    pub(crate) bcx: FunctionBuilder<'m>,
    pub(crate) instance: Instance<'tcx>,
    pub(crate) mir: &'tcx Body<'tcx>,
    pub(crate) fn_abi: MonoFnAbi<'tcx>,
    pub(crate) blocks: IndexVec<BasicBlock, Block>,
    /// MIR blocks whose code has been emitted, in their own block or in their predecessor's.
    lowered: DenseBitSet<BasicBlock>,
    /// The block [`FnCx::goto`] continues with, and the Cranelift block it continues in.
    fallthrough: Option<(BasicBlock, Block)>,
    pub(crate) locals: IndexVec<Local, CgPlace<'tcx>>,
    /// The registers of the locals written once (`SsaReg::Value`), with each one's type.
    pub(crate) ssa_values: Vec<(Type, SsaValue)>,
    /// The MIR block being lowered.
    current_block: BasicBlock,
    pub(crate) ptr_ty: Type,
    /// The hidden `#[track_caller]` argument, if this function takes one.
    pub(crate) caller_location: Option<CgVal<'tcx>>,
    /// The span of the statement or terminator being lowered, for error messages.
    pub(crate) span: Span,
    /// The exception in flight, from the landing pad to `UnwindResume`.
    pub(crate) exception_slot: Option<StackSlot>,
    /// One landing pad per MIR cleanup block it leads to.
    pub(crate) cleanup_pads: FxHashMap<BasicBlock, Block>,
    /// One aborting landing pad per reason.
    pub(crate) terminate_pads: Vec<(mir::UnwindTerminateReason, Block)>,
    /// The function's symbol, and how many `asm!` wrappers it has so far (for their names).
    pub(crate) symbol: String,
    pub(crate) asm_count: u32,
    /// Imported functions, by whether the reference is for calls: see [`import_callee`].
    func_refs: FxHashMap<(FuncId, bool), FuncRef>,
    data_refs: FxHashMap<DataId, GlobalValue>,
    /// Line-table state of the function, under `-Cdebuginfo`.
    pub(crate) debug: Option<FunctionLines<'tcx>>,
    /// Where each local lives for a debugger, if it has a fixed home in the frame.
    pub(crate) local_homes: IndexVec<Local, Option<VarHome>>,
    /// Which locals share stack slots, planned by the prologue.
    pub(crate) slot_sharing: crate::slot_sharing::SlotSharing,
}

/// Prints the MIR of the function being lowered if the backend panics, to find the culprit.
struct PrintMirOnPanic<'tcx>(TyCtxt<'tcx>, &'tcx Body<'tcx>, Instance<'tcx>);

impl Drop for PrintMirOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() && !crate::unsupported::fatal_error_reported() {
            let mut buf = Vec::new();
            with_no_trimmed_paths!({
                let writer = mir::pretty::MirWriter::new(self.0);
                let _ = writer.write_mir_fn(self.1, &mut buf);
            });
            eprintln!(
                "Cranelift backend panicked while lowering `{}`; its MIR:\n{}",
                self.2,
                String::from_utf8_lossy(&buf)
            );
        }
    }
}

pub(crate) fn lower_function<'tcx>(cx: &mut CguCx<'tcx>, instance: Instance<'tcx>) {
    let tcx = cx.tcx;
    let symbol = tcx.symbol_name(instance).name.to_owned();
    let _timer = tcx.prof.generic_activity_with_arg("lower function to CLIF", &*symbol);
    let mir = tcx.instance_mir(instance.def);
    let _guard = PrintMirOnPanic(tcx, mir, instance);
    let attrs = tcx.codegen_instance_attrs(instance.def);
    let align = attrs.alignment.map(|align| align.bytes());
    if let Some(section) = attrs.link_section {
        if !crate::link_section::can_place_functions(tcx.sess) {
            crate::unsupported::unsupported(
                tcx,
                mir.span,
                "`#[link_section]` on a function outside ELF `-Zfunction-sections` objects",
            );
        }
        cx.placements.push(crate::link_section::Placement {
            symbol: symbol.clone(),
            section: section.as_str().to_owned(),
        });
    }

    let fn_abi = crate::abi::fn_abi_of_instance(tcx, instance);
    let id = crate::abi::declare_instance(cx, instance, cranelift_module::Linkage::Local);
    let mut sig = crate::abi::clif_sig(tcx, cx.module.isa().default_call_conv(), fn_abi);
    crate::abi::adjust_definition_sig(fn_abi, &mut sig);
    // The `...` arguments of a C-variadic function come in the registers its fixed parameters
    // leave free, which its signature must name.
    let va_registers = fn_abi.c_variadic.then(|| {
        let Some(used) = crate::abi::fixed_registers(&tcx.sess.target.arch, &sig.params) else {
            crate::unsupported::unsupported(
                tcx,
                mir.span,
                "defining a C-variadic function (`...` parameter) with a fixed `i128`, `f16`, \
                 `f128` or SIMD vector parameter passed on the stack",
            )
        };
        crate::abi::add_register_params(&mut sig, used);
        used
    });
    let mut func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
    let mut builder_cx = std::mem::take(&mut cx.builder_cx);
    let mut bcx = FunctionBuilder::new(&mut func, &mut builder_cx);
    let entry = bcx.create_block();
    let blocks = mir.basic_blocks.indices().map(|_| bcx.create_block()).collect();
    let ptr_ty = crate::layout::pointer_ty(tcx);

    let mut fx = FnCx {
        tcx,
        cgu: cx,
        bcx,
        instance,
        mir,
        fn_abi,
        blocks,
        lowered: DenseBitSet::new_empty(mir.basic_blocks.len()),
        fallthrough: None,
        locals: IndexVec::with_capacity(mir.local_decls.len()),
        ssa_values: Vec::new(),
        current_block: mir::START_BLOCK,
        ptr_ty,
        caller_location: None,
        span: mir.span,
        exception_slot: None,
        cleanup_pads: FxHashMap::default(),
        terminate_pads: Vec::new(),
        symbol: symbol.clone(),
        asm_count: 0,
        func_refs: FxHashMap::default(),
        data_refs: FxHashMap::default(),
        debug: None,
        local_homes: IndexVec::with_capacity(mir.local_decls.len()),
        slot_sharing: crate::slot_sharing::SlotSharing::none(mir),
    };
    if let Some(debug) = &mut fx.cgu.debug {
        let ret = (!fx.fn_abi.ret.is_ignore()).then_some(fx.fn_abi.ret.layout.ty);
        let types = &mut fx.cgu.debug_types;
        fx.debug = Some(debug.begin_function(types, tcx, instance, &symbol, mir, ret));
    }
    fx.set_source_info(mir::SourceInfo::outermost(mir.span));

    fx.bcx.switch_to_block(entry);
    // Into the layout now, as its first block: the entry block may stay empty until its first
    // call, whose landing pad would otherwise be laid out first and taken for the entry.
    fx.bcx.ensure_inserted_block();
    fx.bcx.append_block_params_for_function_params(entry);
    crate::abi::lower_prologue(&mut fx, entry, va_registers);
    if fx.debug_vars_enabled() {
        fx.declare_debug_vars();
    }
    // The first MIR block goes on in the entry block unless something jumps back to it.
    let start_in_entry = mir.basic_blocks.predecessors()[mir::START_BLOCK].is_empty();
    if !start_in_entry {
        fx.jump(mir::START_BLOCK);
    }

    // Blocks behind `if const`-like switches that monomorphization decided are never lowered:
    // the mono item collector did not collect what they use either.
    let reachable = mir::traversal::mono_reachable_as_bitset(mir, tcx, instance);
    // In reverse postorder, which puts every block after those that dominate it (what
    // single-assignment locals need), the cleanup blocks last, as cold code; nothing but
    // cleanup blocks comes after a cleanup block.
    let rpo = mir.basic_blocks.reverse_postorder();
    let normal = rpo.iter().filter(|&&bb| !mir.basic_blocks[bb].is_cleanup);
    let cleanup = rpo.iter().filter(|&&bb| mir.basic_blocks[bb].is_cleanup);
    for &bb in normal.chain(cleanup) {
        let data = &mir.basic_blocks[bb];
        // Without landing pads nothing can reach a cleanup block.
        if (data.is_cleanup && !fx.landing_pads_enabled())
            || !reachable.contains(bb)
            || fx.lowered.contains(bb)
        {
            continue;
        }
        if !(bb == mir::START_BLOCK && start_in_entry) {
            fx.bcx.switch_to_block(fx.blocks[bb]);
        }
        let mut next = Some(bb);
        while let Some(bb) = next {
            fx.lower_block(bb);
            next = fx.fallthrough.take().map(|(target, block)| {
                if fx.bcx.current_block() != Some(block) {
                    fx.bug(format_args!("{bb:?} fell through to {target:?} from another block"));
                }
                target
            });
        }
    }
    fx.bcx.seal_all_blocks();
    let config = fx.cgu.module_config();
    let lines = fx.debug.take();
    fx.bcx.finalize(config);
    cx.builder_cx = builder_cx;
    check_frame_size(tcx, mir.span, &func);
    crate::remat::rematerialize_stack_addrs(&mut func);
    colocate_libcalls(&mut func);
    // The extra parameters of a C-variadic definition are not in its callers' calls.
    let inlinable = !fn_abi.c_variadic && crate::inline::is_inlinable(tcx, instance, &func);
    let debug = lines.map(|mut lines| {
        if let (true, Some(debug)) = (inlinable, &mut cx.debug) {
            lines.mark_inlinable(debug, tcx);
        }
        lines.finish()
    });

    if let Some(dir) = &cx.dump_dir {
        let _ = std::fs::create_dir_all(dir);
        let text = with_no_trimmed_paths!(format!("; {instance}\n{}", func.display()));
        let name: String = symbol.chars().take(200).collect();
        let _ = std::fs::write(dir.join(format!("{name}.clif")), text);
    }
    cx.functions.push(PendingFunction { id, symbol, func, debug, inlinable, align });
}

/// Refuses frames whose slots x86_64's signed 32-bit displacements cannot all reach (Cranelift
/// would fail on the function's frame layout with no hint of where it came from).
fn check_frame_size(tcx: TyCtxt<'_>, span: rustc_span::Span, func: &Function) {
    let frame: u64 =
        func.sized_stack_slots.values().map(|slot| u64::from(slot.size).next_multiple_of(16)).sum();
    if frame > i32::MAX as u64 {
        crate::unsupported::unsupported(
            tcx,
            span,
            format!("a stack frame of {frame} bytes (more than 2 GiB of locals)"),
        );
    }
}

impl<'m, 'tcx> FnCx<'m, 'tcx> {
    /// Whether user variables are described for debuggers (`-Cdebuginfo=2`).
    pub(crate) fn debug_vars_enabled(&self) -> bool {
        self.debug.is_some()
            && self.tcx.sess.opts.debuginfo == rustc_session::config::DebugInfo::Full
    }

    /// Makes `source_info` the current source position: for errors, and for the line table of
    /// the instructions lowered next.
    fn set_source_info(&mut self, source_info: mir::SourceInfo) {
        self.span = source_info.span;
        if let (Some(fn_debug), Some(cgu_debug)) = (&mut self.debug, &mut self.cgu.debug) {
            let loc = fn_debug.source_loc(cgu_debug, self.tcx, self.mir, source_info);
            self.bcx.set_srcloc(loc);
        }
    }

    pub(crate) fn lcx(&self) -> MonoCx<'tcx> {
        MonoCx(self.tcx)
    }

    pub(crate) fn layout_of(&self, ty: Ty<'tcx>) -> TyAndLayout<'tcx> {
        MonoCx(self.tcx).spanned_layout_of(ty, self.span)
    }

    pub(crate) fn monomorphize<T: TypeFoldable<TyCtxt<'tcx>>>(&self, value: T) -> T {
        self.instance.instantiate_mir_and_normalize_erasing_regions(
            self.tcx,
            ty::TypingEnv::fully_monomorphized(),
            ty::EarlyBinder::bind(self.tcx, value),
        )
    }

    pub(crate) fn unsupported(&self, what: impl std::fmt::Display) -> ! {
        crate::unsupported::unsupported(self.tcx, self.span, what)
    }

    /// An internal invariant broke: report it as a compiler bug at the current span.
    pub(crate) fn bug(&self, msg: impl std::fmt::Display) -> ! {
        rustc_middle::span_bug!(self.span, "Cranelift backend: {msg}")
    }

    /// The reference to call function `id` by.
    pub(crate) fn func_ref(&mut self, id: FuncId) -> FuncRef {
        self.import_function(id, true)
    }

    /// The address of function `id`, for function pointers and indirect calls.
    pub(crate) fn func_addr(&mut self, id: FuncId) -> Value {
        let r = self.import_function(id, false);
        self.bcx.ins().func_addr(self.ptr_ty, r)
    }

    /// `id` imported once per use: for calls (see [`import_callee`]) or for its address.
    fn import_function(&mut self, id: FuncId, for_call: bool) -> FuncRef {
        if let Some(&r) = self.func_refs.get(&(id, for_call)) {
            return r;
        }
        let r = if for_call {
            import_callee(&mut self.cgu.module, id, self.bcx.func)
        } else {
            self.cgu.module.declare_func_in_func(id, self.bcx.func)
        };
        self.func_refs.insert((id, for_call), r);
        r
    }

    pub(crate) fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.data_refs.get(&id) {
            Some(&gv) => gv,
            None => {
                let gv = self.cgu.module.declare_data_in_func(id, self.bcx.func);
                self.data_refs.insert(id, gv);
                gv
            }
        };
        self.bcx.ins().symbol_value(self.ptr_ty, gv)
    }

    pub(crate) fn ptr_add(&mut self, addr: Value, offset: i64) -> Value {
        if offset == 0 { addr } else { self.bcx.ins().iadd_imm_s(addr, offset) }
    }

    /// `count * size` (wrapping), for byte offsets and lengths: Cranelift's unoptimized code
    /// would otherwise multiply even by one.
    pub(crate) fn scale(&mut self, count: Value, size: u64) -> Value {
        match size {
            1 => count,
            _ if size.is_power_of_two() => {
                self.bcx.ins().ishl_imm_s(count, size.trailing_zeros() as i64)
            }
            _ => self.bcx.ins().imul_imm_s(count, size as i64),
        }
    }

    pub(crate) fn iconst(&mut self, ty: Type, value: i128) -> Value {
        if ty == types::I128 {
            let lo = self.bcx.ins().iconst(types::I64, value as u64 as i64);
            let hi = self.bcx.ins().iconst(types::I64, (value >> 64) as u64 as i64);
            self.bcx.ins().iconcat(lo, hi)
        } else {
            let bits = ty.bits();
            let masked =
                if bits >= 64 { value as i64 } else { (value as i64) & ((1i64 << bits) - 1) };
            self.bcx.ins().iconst(ty, masked)
        }
    }

    pub(crate) fn memcpy(&mut self, dst: Value, src: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let config = self.cgu.module.target_config();
        let align = u8::try_from(align.min(128)).unwrap_or(128);
        self.bcx.emit_small_memory_copy(
            config,
            dst,
            src,
            size,
            align,
            align,
            true,
            crate::value::mem_flags(),
        );
    }

    /// Emits the statements and the terminator of MIR block `bb` at the current position.
    fn lower_block(&mut self, bb: BasicBlock) {
        self.lowered.insert(bb);
        self.current_block = bb;
        let data = &self.mir.basic_blocks[bb];
        for stmt in &data.statements {
            self.set_source_info(stmt.source_info);
            self.lower_statement(&stmt.kind);
        }
        let terminator = data.terminator();
        // A call's instructions are attributed to the called function's name, as by LLVM.
        let source_info = match &terminator.kind {
            TerminatorKind::Call { fn_span, .. } => {
                mir::SourceInfo { span: *fn_span, ..terminator.source_info }
            }
            _ => terminator.source_info,
        };
        self.set_source_info(source_info);
        let mut successors = data.mono_successors(self.tcx, self.instance);
        match (&terminator.kind, successors.next(), successors.next()) {
            (TerminatorKind::SwitchInt { .. }, Some(only), None) => self.goto(only),
            _ => self.lower_terminator(terminator),
        }
        if let TerminatorKind::Call { destination, .. } = &terminator.kind
            && destination.projection.is_empty()
        {
            self.assigned(destination.local);
        }
    }

    pub(crate) fn jump(&mut self, bb: BasicBlock) {
        let block = self.blocks[bb];
        self.bcx.ins().jump(block, &[]);
    }

    /// The current value of an SSA register.
    pub(crate) fn use_reg(&mut self, reg: SsaReg) -> Value {
        let index = match reg {
            SsaReg::Var(var) => return self.bcx.use_var(var),
            SsaReg::Value(index) => index,
        };
        let (ty, state) = self.ssa_values[index];
        // The analysis put the assignment before every read; check it here too, since a
        // value read where its write does not dominate would be wrong code.
        let (value, block) = match state {
            SsaValue::Unassigned => (None, None),
            SsaValue::Assigned(block) => (None, Some(block)),
            SsaValue::Written(value, block) => (Some(value), Some(block)),
        };
        let dominates = block.is_some_and(|block| {
            block == self.current_block
                || self.mir.basic_blocks.dominators().dominates(block, self.current_block)
        });
        match value {
            _ if !dominates => self.bug("a single-assignment local read before its assignment"),
            Some(value) => value,
            // Assigned without this register (a dataless variant's payload, `MaybeUninit`):
            // undefined, read as zero as an unwritten Cranelift variable is.
            None => self.zero_of(ty),
        }
    }

    /// After the one assignment of `local`, when it lives in single-assignment registers:
    /// those it left unwritten hold no defined value from here on.
    fn assigned(&mut self, local: Local) {
        let (a, b) = match self.locals[local].kind {
            PlaceKind::Var(a, _) => (a, None),
            PlaceKind::VarPair(a, b, ..) => (a, Some(b)),
            PlaceKind::Addr(..) => return,
        };
        for reg in std::iter::once(a).chain(b) {
            if let SsaReg::Value(index) = reg
                && let (_, state @ SsaValue::Unassigned) = &mut self.ssa_values[index]
            {
                *state = SsaValue::Assigned(self.current_block);
            }
        }
    }

    fn zero_of(&mut self, ty: Type) -> Value {
        if ty.is_vector() {
            let zeros = self.bcx.func.dfg.constants.insert(vec![0; ty.bytes() as usize].into());
            return self.bcx.ins().vconst(ty, zeros);
        }
        let int_ty = Type::int_with_byte_size(ty.bytes() as u16).unwrap_or(types::I64);
        let zero = if int_ty == types::I128 {
            let zero = self.bcx.ins().iconst(types::I64, 0);
            self.bcx.ins().uextend(types::I128, zero)
        } else {
            self.bcx.ins().iconst(int_ty, 0)
        };
        if ty.is_int() { zero } else { self.bcx.ins().bitcast(ty, MemFlagsData::new(), zero) }
    }

    pub(crate) fn def_reg(&mut self, reg: SsaReg, value: Value) {
        match reg {
            SsaReg::Var(var) => self.bcx.def_var(var, value),
            // A second write could come from another branch of the code lowering one MIR
            // write, which a later read would not see: refuse it rather than miscompile.
            SsaReg::Value(index) => match self.ssa_values[index].1 {
                SsaValue::Written(..) => self.bug("a single-assignment local written twice"),
                _ => self.ssa_values[index].1 = SsaValue::Written(value, self.current_block),
            },
        }
    }

    /// Ends the current MIR block by going on to `bb`. When nothing else enters `bb`, its code
    /// follows in the current Cranelift block instead of behind a jump: every call in debug MIR
    /// ends a block, and fewer, longer blocks are less work for Cranelift's register allocator.
    /// Only for the last instruction a terminator emits, where `bb` is not referenced otherwise.
    pub(crate) fn goto(&mut self, bb: BasicBlock) {
        let alone = bb != mir::START_BLOCK
            && !self.lowered.contains(bb)
            && self.mir.basic_blocks.predecessors()[bb].len() == 1;
        match self.bcx.current_block() {
            Some(block) if alone => self.fallthrough = Some((bb, block)),
            _ => self.jump(bb),
        }
    }

    pub(crate) fn trap_unreachable(&mut self) {
        self.bcx.ins().trap(TrapCode::unwrap_user(1));
    }

    fn lower_statement(&mut self, kind: &StatementKind<'tcx>) {
        match kind {
            StatementKind::Assign(_) if self.slot_sharing.is_self_copy(kind) => {}
            StatementKind::Assign(assign) => {
                let (place, rvalue) = &**assign;
                let dest = self.place(*place);
                self.lower_rvalue(dest, rvalue);
                if place.projection.is_empty() {
                    self.assigned(place.local);
                }
            }
            StatementKind::SetDiscriminant { place, variant_index } => {
                let place = self.place(**place);
                crate::discriminant::write(self, place, *variant_index);
            }
            StatementKind::Intrinsic(intrinsic) => match &**intrinsic {
                NonDivergingIntrinsic::Assume(_) => {}
                NonDivergingIntrinsic::CopyNonOverlapping(copy) => {
                    let src = self.operand(&copy.src);
                    let dst = self.operand(&copy.dst);
                    let count = self.operand(&copy.count);
                    let elem = match src.layout.ty.builtin_deref(true) {
                        Some(ty) => self.layout_of(ty),
                        None => self.bug("copy_nonoverlapping of a non-pointer"),
                    };
                    let (src, dst, count) =
                        (src.load_scalar(self), dst.load_scalar(self), count.load_scalar(self));
                    crate::intrinsics::copy_bytes(self, dst, src, count, elem, true);
                }
            },
            StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::Nop
            | StatementKind::FakeRead(..)
            | StatementKind::AscribeUserType(..)
            | StatementKind::Coverage(..)
            | StatementKind::PlaceMention(..)
            | StatementKind::ConstEvalCounter
            | StatementKind::BackwardIncompatibleDropHint { .. } => {}
        }
    }

    fn lower_rvalue(&mut self, dest: CgPlace<'tcx>, rvalue: &Rvalue<'tcx>) {
        match rvalue {
            Rvalue::Use(op, ..) => {
                let val = self.operand(op);
                dest.write(self, val);
            }
            Rvalue::Ref(_, _, place) | Rvalue::RawPtr(_, place) => {
                let place = self.place(*place);
                let val = self.address_of(place, dest.layout);
                dest.write(self, val);
            }
            Rvalue::Reborrow(_, _, place) | Rvalue::CopyForDeref(place) => {
                let val = self.place(*place).to_val(self);
                let val = val.transmute(self, dest.layout);
                dest.write(self, val);
            }
            Rvalue::ThreadLocalRef(def_id) => {
                let addr = crate::constant::thread_local_addr(self, *def_id);
                dest.write(self, CgVal::by_val(addr, dest.layout));
            }
            Rvalue::BinaryOp(op, operands) => {
                let lhs = self.operand(&operands.0);
                let rhs = self.operand(&operands.1);
                let val = crate::num::binop(self, *op, lhs, rhs, dest.layout);
                dest.write(self, val);
            }
            Rvalue::UnaryOp(op, operand) => {
                let val = self.operand(operand);
                let val = crate::num::unop(self, *op, val, dest.layout);
                dest.write(self, val);
            }
            Rvalue::Cast(kind, operand, ty) => {
                let val = self.operand(operand);
                let to = self.layout_of(self.monomorphize(*ty));
                let val = crate::cast::cast(self, *kind, val, to);
                dest.write(self, val);
            }
            Rvalue::Discriminant(place) => {
                let place = self.place(*place);
                let val = crate::discriminant::read(self, place, dest.layout);
                dest.write(self, val);
            }
            Rvalue::Repeat(operand, count) => {
                let val = self.operand(operand);
                let count = self.monomorphize(*count);
                let Some(count) = count.try_to_target_usize(self.tcx) else {
                    self.bug("array repeat count not known after monomorphization")
                };
                self.repeat(dest, val, count);
            }
            Rvalue::Aggregate(kind, operands) => self.aggregate(dest, kind, operands),
            Rvalue::WrapUnsafeBinder(operand, _) => {
                let val = self.operand(operand);
                let val = val.transmute(self, dest.layout);
                dest.write(self, val);
            }
        }
    }

    /// A pointer to `place`, thin or with the place's metadata.
    pub(crate) fn address_of(
        &mut self,
        place: CgPlace<'tcx>,
        ptr_layout: TyAndLayout<'tcx>,
    ) -> CgVal<'tcx> {
        match place.kind {
            PlaceKind::Addr(addr, None) => CgVal::by_val(addr, ptr_layout),
            PlaceKind::Addr(addr, Some(meta)) => CgVal::by_val_pair(addr, meta, ptr_layout),
            _ => self.bug(format!("address of an SSA local of `{}`", place.layout.ty)),
        }
    }

    fn repeat(&mut self, dest: CgPlace<'tcx>, val: CgVal<'tcx>, count: u64) {
        if count == 0 || val.layout.is_zst() {
            return;
        }
        let base = dest.addr(self);
        let elem_size = val.layout.size.bytes();
        if count <= 16 {
            for i in 0..count {
                let addr = self.ptr_add(base, (i * elem_size) as i64);
                CgPlace::at(addr, val.layout).write(self, val);
            }
            return;
        }
        let header = self.bcx.create_block();
        let body = self.bcx.create_block();
        let exit = self.bcx.create_block();
        let index = self.bcx.append_block_param(header, self.ptr_ty);
        let zero = self.bcx.ins().iconst(self.ptr_ty, 0);
        self.bcx.ins().jump(header, &[BlockArg::Value(zero)]);

        self.bcx.switch_to_block(header);
        let done = self.bcx.ins().icmp_imm_s(IntCC::Equal, index, count as i64);
        self.bcx.ins().brif(done, exit, &[], body, &[]);

        self.bcx.switch_to_block(body);
        let offset = self.scale(index, elem_size);
        let addr = self.bcx.ins().iadd(base, offset);
        CgPlace::at(addr, val.layout).write(self, val);
        let next = self.bcx.ins().iadd_imm_s(index, 1);
        self.bcx.ins().jump(header, &[BlockArg::Value(next)]);

        self.bcx.switch_to_block(exit);
    }

    fn aggregate(
        &mut self,
        dest: CgPlace<'tcx>,
        kind: &AggregateKind<'tcx>,
        operands: &IndexVec<FieldIdx, Operand<'tcx>>,
    ) {
        match kind {
            AggregateKind::Array(_) => {
                let base = dest.addr(self);
                let elem = dest.elem_layout(self);
                for (i, op) in operands.iter().enumerate() {
                    let val = self.operand(op);
                    let addr = self.ptr_add(base, (i as u64 * elem.size.bytes()) as i64);
                    CgPlace::at(addr, elem).write(self, val);
                }
            }
            AggregateKind::RawPtr(..) => {
                let data = self.operand(&operands[FieldIdx::from_u32(0)]);
                let meta = self.operand(&operands[FieldIdx::from_u32(1)]);
                let data = data.load_scalar(self);
                let val = if meta.layout.is_zst() {
                    CgVal::by_val(data, dest.layout)
                } else {
                    let meta = meta.load_scalar(self);
                    CgVal::by_val_pair(data, meta, dest.layout)
                };
                dest.write(self, val);
            }
            AggregateKind::Adt(_, variant, _, _, active_field) => {
                let adt = dest.layout.ty.ty_adt_def();
                let is_enum = adt.is_some_and(|adt| adt.is_enum());
                let fields_place = if is_enum { dest.downcast(self, *variant) } else { dest };
                if let Some(field) = active_field {
                    let val = self.operand(&operands[FieldIdx::from_u32(0)]);
                    let place = fields_place.field(self, *field);
                    place.write(self, val);
                } else {
                    self.write_fields(fields_place, operands);
                }
                if is_enum {
                    crate::discriminant::write(self, dest, *variant);
                }
            }
            AggregateKind::Tuple
            | AggregateKind::Closure(..)
            | AggregateKind::CoroutineClosure(..) => self.write_fields(dest, operands),
            // A new coroutine: its upvars are the layout's prefix fields, its state "unresumed".
            AggregateKind::Coroutine(..) => {
                self.write_fields(dest, operands);
                crate::discriminant::write(self, dest, rustc_abi::FIRST_VARIANT);
            }
        }
    }

    fn write_fields(&mut self, dest: CgPlace<'tcx>, operands: &IndexVec<FieldIdx, Operand<'tcx>>) {
        for (idx, op) in operands.iter_enumerated() {
            let val = self.operand(op);
            let place = dest.field(self, idx);
            place.write(self, val);
        }
    }

    pub(crate) fn operand(&mut self, op: &Operand<'tcx>) -> CgVal<'tcx> {
        match op {
            Operand::Copy(place) | Operand::Move(place) => self.place(*place).to_val(self),
            Operand::Constant(constant) => crate::constant::operand(self, constant),
            Operand::RuntimeChecks(checks) => {
                let value = checks.value(self.tcx.sess);
                let v = self.bcx.ins().iconst(types::I8, value as i64);
                CgVal::by_val(v, self.layout_of(self.tcx.types.bool))
            }
        }
    }

    pub(crate) fn place(&mut self, place: Place<'tcx>) -> CgPlace<'tcx> {
        let mut cur = self.locals[place.local];
        for elem in place.projection {
            cur = match elem {
                ProjectionElem::Deref => {
                    let ptr = cur.to_val(self);
                    let pointee = match cur.layout.ty.builtin_deref(true) {
                        Some(ty) => ty,
                        None => self.bug(format!("deref of `{}`", cur.layout.ty)),
                    };
                    let pointee = self.layout_of(pointee);
                    // Pointers to extern types are thin although their pointee is unsized.
                    if crate::layout::is_pair(cur.layout.backend_repr) {
                        let (addr, meta) = ptr.load_pair(self);
                        CgPlace::at_unsized(addr, Some(meta), pointee)
                    } else {
                        CgPlace::at(ptr.load_scalar(self), pointee)
                    }
                }
                ProjectionElem::Field(idx, _) => cur.field(self, idx),
                ProjectionElem::Index(local) => {
                    let index = self.locals[local].to_val(self).load_scalar(self);
                    cur.index(self, index)
                }
                ProjectionElem::ConstantIndex { offset, min_length: _, from_end } => {
                    let index = if from_end {
                        let len = self.place_len(cur);
                        self.bcx.ins().iadd_imm_s(len, -(offset as i64))
                    } else {
                        self.bcx.ins().iconst(self.ptr_ty, offset as i64)
                    };
                    cur.index(self, index)
                }
                ProjectionElem::Subslice { from, to, from_end } => {
                    let elem = cur.elem_layout(self);
                    let (addr, meta) = cur.addr_and_meta(self);
                    let addr = self.ptr_add(addr, (from * elem.size.bytes()) as i64);
                    match cur.layout.ty.kind() {
                        ty::Array(elem_ty, _) => {
                            let ty = ty::Ty::new_array(self.tcx, *elem_ty, to - from);
                            CgPlace::at(addr, self.layout_of(ty))
                        }
                        ty::Slice(_) if from_end => {
                            let Some(len) = meta else { self.bug("slice place without length") };
                            let len = self.bcx.ins().iadd_imm_s(len, -((from + to) as i64));
                            CgPlace::at_unsized(addr, Some(len), cur.layout)
                        }
                        _ => self.bug(format!("subslice of `{}`", cur.layout.ty)),
                    }
                }
                ProjectionElem::Downcast(_, variant) => cur.downcast(self, variant),
                ProjectionElem::OpaqueCast(ty) | ProjectionElem::UnwrapUnsafeBinder(ty) => {
                    let layout = self.layout_of(self.monomorphize(ty));
                    CgPlace { kind: cur.kind, layout }
                }
            };
        }
        cur
    }

    /// Number of elements of an array or slice place.
    fn place_len(&mut self, place: CgPlace<'tcx>) -> Value {
        match place.layout.ty.kind() {
            ty::Array(_, len) => {
                let Some(len) = len.try_to_target_usize(self.tcx) else {
                    self.bug("array length not known after monomorphization")
                };
                self.bcx.ins().iconst(self.ptr_ty, len as i64)
            }
            _ => match place.kind {
                PlaceKind::Addr(_, Some(len)) => len,
                _ => self.bug(format!("length of `{}`", place.layout.ty)),
            },
        }
    }

    /// A `SwitchInt`: a chain of compares for the few values most switches have (`match` on an
    /// `Option` or `Result`, `if`), a jump table for more. An `otherwise` that MIR marks
    /// unreachable (exhaustive matches) is the last value's target instead, which saves a compare.
    fn lower_switch(&mut self, v: Value, targets: &mir::SwitchTargets) {
        let mut entries: Vec<(u128, Block)> =
            targets.iter().map(|(value, bb)| (value, self.blocks[bb])).collect();
        let mut otherwise = self.blocks[targets.otherwise()];
        if self.mir.basic_blocks[targets.otherwise()].is_empty_unreachable()
            && let Some((_, last)) = entries.pop()
        {
            otherwise = last;
        }
        let ty = self.bcx.func.dfg.value_type(v);
        // cranelift-frontend's `Switch` compares with 64-bit immediates, sign-extended: on a
        // 128-bit value, 0xffff_ffff_ffff_fffe would match -2. Such values take the chain.
        if entries.len() > 4 && ty != types::I128 {
            let mut switch = Switch::new();
            for (value, block) in entries {
                switch.set_entry(value, block);
            }
            switch.emit(&mut self.bcx, v, otherwise);
            return;
        }
        let count = entries.len();
        for (i, (value, target)) in entries.into_iter().enumerate() {
            let next = if i + 1 == count { otherwise } else { self.bcx.create_block() };
            if value == 0 {
                self.bcx.ins().brif(v, next, &[], target, &[]);
            } else {
                let expected = self.iconst(ty, value as i128);
                let eq = self.bcx.ins().icmp(IntCC::Equal, v, expected);
                self.bcx.ins().brif(eq, target, &[], next, &[]);
            }
            if i + 1 < count {
                self.bcx.switch_to_block(next);
            }
        }
        if count == 0 {
            self.bcx.ins().jump(otherwise, &[]);
        }
    }

    fn lower_terminator(&mut self, terminator: &mir::Terminator<'tcx>) {
        match &terminator.kind {
            TerminatorKind::Goto { target } => self.goto(*target),
            TerminatorKind::SwitchInt { discr, targets } => {
                let discr = self.operand(discr);
                let v = discr.load_scalar(self);
                self.lower_switch(v, targets);
            }
            TerminatorKind::Return => crate::abi::lower_return(self),
            TerminatorKind::Unreachable => self.trap_unreachable(),
            TerminatorKind::UnwindResume => self.resume_unwind(),
            TerminatorKind::UnwindTerminate(reason) => self.call_terminate(*reason),
            TerminatorKind::Assert { cond, expected, msg, target, unwind } => {
                let source_info = terminator.source_info;
                crate::abi::lower_assert(self, cond, *expected, msg, *target, *unwind, source_info)
            }
            TerminatorKind::Call { func, args, destination, target, unwind, fn_span, .. } => {
                crate::abi::lower_call_terminator(
                    self,
                    func,
                    args,
                    *destination,
                    (*target, *unwind),
                    *fn_span,
                    terminator.source_info,
                );
            }
            TerminatorKind::Drop { place, target, unwind, .. } => {
                crate::abi::lower_drop(self, *place, *target, *unwind, terminator.source_info)
            }
            TerminatorKind::FalseEdge { real_target, .. } => self.goto(*real_target),
            TerminatorKind::FalseUnwind { real_target, .. } => self.goto(*real_target),
            TerminatorKind::TailCall { .. } => self.unsupported("a `become` tail call"),
            TerminatorKind::InlineAsm {
                template,
                operands,
                options,
                line_spans,
                targets,
                unwind,
                ..
            } => crate::inline_asm::lower(
                self, template, operands, *options, line_spans, targets, *unwind,
            ),
            TerminatorKind::Yield { .. } | TerminatorKind::CoroutineDrop => {
                self.unsupported("coroutines and async blocks")
            }
        }
    }
}

/// The `memcpy`/`memmove`/`memset` calls cranelift-frontend adds are direct calls too (see
/// [`import_callee`]); Cranelift's own libcalls are, with `use_colocated_libcalls`.
fn colocate_libcalls(func: &mut Function) {
    for ext in func.dfg.ext_funcs.values_mut() {
        if let ExternalName::LibCall(_) = ext.name {
            ext.colocated = true;
        }
    }
}

/// Imports function `id` into `func` for direct calls. Marked colocated, Cranelift emits
/// `call sym@PLT` (`bl sym` on AArch64) as LLVM does: the linker binds it directly, or through
/// a PLT entry when a shared library defines the function. Otherwise a call to anything outside
/// the CGU would load the address from the GOT and call indirectly. Addresses of functions
/// ([`FnCx::func_addr`]) keep the GOT, which works wherever the function is defined.
pub(crate) fn import_callee(
    module: &mut cranelift_object::ObjectModule,
    id: FuncId,
    func: &mut Function,
) -> FuncRef {
    let r = module.declare_func_in_func(id, func);
    func.dfg.ext_funcs[r].colocated = true;
    r
}
