//! The caller side of the ABI: calls, drops and failed assertions.

use cranelift_codegen::ir::{InstBuilder, Signature, Value};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{FuncOrDataId, Module};
use rustc_abi::{BackendRepr, ExternAbi};
use rustc_hir::LangItem;
use rustc_middle::mir::{AssertKind, BasicBlock, Operand, Place, SourceInfo, UnwindAction};
use rustc_middle::ty::layout::FnAbiOf;
use rustc_middle::ty::{self, Instance, InstanceKind, ShimKind, Ty, TyCtxt};
use rustc_span::{Span, Spanned};
use rustc_target::callconv::PassMode;
use rustc_target::spec::Arch;

use super::Slot;
use super::pass_mode::{arg_params, from_abi_values, to_abi_values};
use crate::base::FnCx;
use crate::landing_pad::CallTarget;
use crate::layout::{MonoCx, MonoFnAbi};
use crate::place::{CgPlace, PlaceKind};
use crate::value::{CgVal, mem_flags};

fn abi_sig(fx: &FnCx<'_, '_>, fn_abi: MonoFnAbi<'_>) -> Signature {
    super::clif_sig(fx.tcx, fx.cgu.module.isa().default_call_conv(), fn_abi)
}

/// What a call jumps to.
enum Callee {
    Direct(cranelift_module::FuncId),
    Indirect(Value),
    /// A direct call of a trampoline that takes the real target as an extra last argument.
    Trampoline(cranelift_module::FuncId, Value),
}

/// One argument of a call, and whether its place may be handed to the callee as-is.
struct CallArg<'tcx> {
    val: CgVal<'tcx>,
    moved: bool,
}

pub(crate) fn lower_call_terminator<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    func: &Operand<'tcx>,
    args: &[Spanned<Operand<'tcx>>],
    destination: Place<'tcx>,
    (target, unwind): (Option<BasicBlock>, UnwindAction),
    fn_span: Span,
    source_info: SourceInfo,
) {
    // `#[track_caller]` reports the position of the called function's name, like LLVM's backend
    // (the line table already does, see `lower_function`).
    let source_info = SourceInfo { span: fn_span, ..source_info };
    let fn_ty = fx.monomorphize(func.ty(fx.mir, fx.tcx));
    let mut call_args: Vec<CallArg<'tcx>> = args
        .iter()
        .map(|arg| CallArg {
            val: fx.operand(&arg.node),
            moved: matches!(arg.node, Operand::Move(_)),
        })
        .collect();

    let (instance, sig) = match *fn_ty.kind() {
        ty::FnDef(def_id, generic_args) => {
            let instance = Instance::expect_resolve(
                fx.tcx,
                ty::TypingEnv::fully_monomorphized(),
                def_id,
                generic_args.no_bound_vars().unwrap_or_else(|| fx.bug("late-bound generic args")),
                fn_span,
            );
            if let InstanceKind::Intrinsic(_) = instance.def {
                let vals: Vec<_> = call_args.iter().map(|a| a.val).collect();
                let dest = fx.place(destination);
                let edges = (target, unwind);
                if let Some(fallback) =
                    crate::intrinsics::lower(fx, instance, &vals, dest, edges, source_info)
                {
                    call_instance(fx, fallback, call_args, Some(dest), edges, source_info);
                }
                return;
            }
            // `core::arch` functions reach LLVM's own intrinsics through `link_name`.
            let symbol = fx.tcx.symbol_name(instance).name;
            if let Some(llvm) = symbol.strip_prefix("llvm.") {
                let name = format!("llvm.{llvm}");
                let vals: Vec<_> = call_args.iter().map(|a| a.val).collect();
                let dest = fx.place(destination);
                crate::intrinsics::lower_llvm(fx, &name, &vals, dest);
                return finish_call(fx, target);
            }
            if let InstanceKind::Shim(ShimKind::DropGlue(_, None)) = instance.def {
                // Empty drop glue: nothing to run.
                return match target {
                    Some(bb) => fx.goto(bb),
                    None => fx.trap_unreachable(),
                };
            }
            (Some(instance), fn_ty.fn_sig(fx.tcx))
        }
        ty::FnPtr(..) => (None, fn_ty.fn_sig(fx.tcx)),
        _ => fx.bug(format!("call of non-function type `{fn_ty}`")),
    };

    // "rust-call" functions take their trailing tuple as separate arguments. (The ABI and the
    // number of inputs do not depend on the binder: no need to normalize the signature.)
    let sig = sig.skip_binder();
    if sig.abi() == ExternAbi::RustCall
        && let Some(tuple) = call_args.pop()
    {
        let ty::Tuple(fields) = tuple.val.layout.ty.kind() else {
            fx.bug("rust-call argument is not a tuple")
        };
        for i in 0..fields.len() {
            let val = tuple.val.field(fx, rustc_abi::FieldIdx::from_usize(i));
            call_args.push(CallArg { val, moved: tuple.moved });
        }
    }

    let dest = fx.place(destination);
    match instance {
        Some(instance) => {
            call_instance(fx, instance, call_args, Some(dest), (target, unwind), source_info)
        }
        None => {
            let fn_ptr = fx.operand(func).load_scalar(fx);
            let extra: Vec<Ty<'tcx>> =
                call_args[sig.inputs().len()..].iter().map(|a| a.val.layout.ty).collect();
            let fn_sig = fn_ty.fn_sig(fx.tcx);
            let fn_abi = MonoCx(fx.tcx).fn_abi_of_fn_ptr(fn_sig, fx.tcx.mk_type_list(&extra));
            let sig = abi_sig(fx, fn_abi);
            let mut callee = Callee::Indirect(fn_ptr);
            if fn_abi.c_variadic
                && fx.tcx.sess.target.arch == Arch::X86_64
                && sig
                    .params
                    .iter()
                    .any(|param| param.value_type.is_float() || param.value_type.is_vector())
            {
                // The callee reads `al`, which only a trampoline can set.
                match crate::inline_asm::variadic_pointer_trampoline(fx, &sig) {
                    Some(id) => callee = Callee::Trampoline(id, fn_ptr),
                    None => fx.unsupported(
                        "calling a C-variadic function pointer with floating-point arguments \
                         and six integer arguments",
                    ),
                }
            }
            emit_call(fx, callee, fn_abi, &sig, call_args, Some(dest), unwind);
            finish_call(fx, target);
        }
    }
}

/// Calls a resolved instance: direct, or through a vtable for virtual calls.
fn call_instance<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    instance: Instance<'tcx>,
    mut args: Vec<CallArg<'tcx>>,
    dest: Option<CgPlace<'tcx>>,
    (target, unwind): (Option<BasicBlock>, UnwindAction),
    source_info: SourceInfo,
) {
    let tcx = fx.tcx;
    let mut fn_abi = super::fn_abi_of_instance(tcx, instance);
    if fn_abi.c_variadic {
        // Arguments beyond the fixed ones are the variadic part of a C-variadic call.
        let fixed = (fn_abi.fixed_count as usize).min(args.len());
        let extra: Vec<Ty<'tcx>> = args[fixed..].iter().map(|a| a.val.layout.ty).collect();
        fn_abi = MonoCx(tcx).fn_abi_of_instance(instance, tcx.mk_type_list(&extra));
    }
    if instance.def.requires_caller_location(tcx) {
        let location = caller_location(fx, source_info);
        args.push(CallArg { val: location, moved: false });
    }

    let sig = abi_sig(fx, fn_abi);
    let callee = match instance.def {
        InstanceKind::Virtual(_, index) => {
            let Some(receiver) = args.first_mut() else { fx.bug("virtual call without receiver") };
            let (data, vtable) = dyn_receiver(fx, receiver.val);
            let thin = fx.layout_of(Ty::new_mut_ptr(tcx, tcx.types.unit));
            receiver.val = CgVal::by_val(data, thin);
            let offset = (index as u64 * tcx.data_layout.pointer_size().bytes()) as i32;
            let fn_ptr = fx.bcx.ins().load(fx.ptr_ty, mem_flags(), vtable, offset);
            Callee::Indirect(fn_ptr)
        }
        _ if fn_abi.c_variadic
            && tcx.sess.target.arch == Arch::X86_64
            && !compiled_here(tcx, instance) =>
        {
            let name = tcx.symbol_name(instance).name;
            Callee::Direct(crate::inline_asm::variadic_trampoline(fx, name, &sig))
        }
        _ => direct_callee(fx, instance, &sig),
    };
    emit_call(fx, callee, fn_abi, &sig, args, dest, unwind);
    finish_call(fx, target);
}

/// Whether `instance`'s code is made by this crate's compilation, so by this backend: a
/// C-variadic one then needs no `al` (our prologue does not read it, see `varargs`), and the
/// trampoline that sets it could not even reach it when its symbol is local. Foreign items and
/// upstream functions, other than generic ones instantiated here, come from elsewhere.
fn compiled_here<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>) -> bool {
    let def_id = instance.def_id();
    if tcx.is_foreign_item(def_id) {
        return false;
    }
    def_id.is_local()
        || (instance.args.non_erasable_generics().next().is_some()
            && instance.upstream_monomorphization(tcx).is_none())
}

/// A direct call where the declared signature matches; otherwise (two declarations of one
/// foreign symbol with different signatures) a call through the symbol's address.
fn direct_callee<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    instance: Instance<'tcx>,
    sig: &Signature,
) -> Callee {
    let name = fx.tcx.symbol_name(instance).name;
    match fx.cgu.module.declarations().get_name(name) {
        Some(FuncOrDataId::Func(id)) => {
            if fx.cgu.module.declarations().get_function_decl(id).signature == *sig {
                Callee::Direct(id)
            } else {
                Callee::Indirect(fx.func_addr(id))
            }
        }
        _ => match fx.cgu.module.declare_function(name, cranelift_module::Linkage::Import, sig) {
            Ok(id) => Callee::Direct(id),
            Err(err) => fx.bug(format!("cannot declare `{name}`: {err}")),
        },
    }
}

/// Splits a `dyn` receiver (`&dyn T`, `Box<dyn T>`, `Pin<&mut dyn T>`, ...) into data and vtable.
fn dyn_receiver<'tcx>(fx: &mut FnCx<'_, 'tcx>, mut val: CgVal<'tcx>) -> (Value, Value) {
    // An unsized `dyn` value passed by value (`FnOnce::call_once` of a `Box<dyn FnOnce>`): the
    // callee gets the place's address.
    if let crate::value::ValKind::Mem(addr, Some(vtable)) = val.kind
        && val.layout.is_unsized()
    {
        return (addr, vtable);
    }
    loop {
        if matches!(val.layout.ty.kind(), ty::Ref(..) | ty::RawPtr(..)) {
            return val.load_pair(fx);
        }
        // A wrapper struct: descend into its only non-ZST field.
        let lcx = fx.lcx();
        let field = (0..val.layout.fields.count())
            .find(|&i| !val.layout.field(&lcx, i).is_zst())
            .unwrap_or_else(|| fx.bug(format!("dyn receiver of type `{}`", val.layout.ty)));
        if crate::layout::is_pair(val.layout.backend_repr)
            && val.layout.field(&lcx, field).size == val.layout.size
        {
            val = val.field(fx, rustc_abi::FieldIdx::from_usize(field));
            continue;
        }
        if crate::layout::is_pair(val.layout.backend_repr) {
            return val.load_pair(fx);
        }
        val = val.field(fx, rustc_abi::FieldIdx::from_usize(field));
    }
}

/// Emits the call instruction and stores the result into `dest`.
fn emit_call<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    callee: Callee,
    fn_abi: MonoFnAbi<'tcx>,
    sig: &Signature,
    args: Vec<CallArg<'tcx>>,
    dest: Option<CgPlace<'tcx>>,
    unwind: UnwindAction,
) {
    if args.len() != fn_abi.args.len() {
        fx.bug(format!("call with {} arguments for an ABI of {}", args.len(), fn_abi.args.len()));
    }
    let mut values = Vec::new();
    // Indirect return: the callee writes straight into the destination when it is memory.
    let indirect_ret = match fn_abi.ret.mode {
        PassMode::Indirect { .. } => {
            let place = match dest {
                Some(place @ CgPlace { kind: PlaceKind::Addr(_, None), .. }) => place,
                _ => CgPlace::new_stack(fx, fn_abi.ret.layout),
            };
            values.push(place.addr(fx));
            Some(place)
        }
        _ => None,
    };
    for (arg, abi) in args.into_iter().zip(fn_abi.args.iter()) {
        values.extend(to_abi_values(fx, arg.val, abi, arg.moved));
    }
    if let Some(slots) = super::placement::placement(fx.tcx, fn_abi, sig.call_conv) {
        values = slots
            .into_iter()
            .map(|slot| match slot {
                Slot::Param(index) => values[index],
                // It copies 8 bytes from any readable address: the struct it makes room for.
                Slot::StackPad(index) => values[index],
                Slot::RegPad(ty) if ty.is_int() => fx.bcx.ins().iconst(ty, 0),
                Slot::RegPad(_) => fx.bcx.ins().f64const(0.0),
                Slot::Packed { first, count, .. } => {
                    super::placement::pack(fx, &values[first..first + count])
                }
            })
            .collect();
    }

    if let Callee::Trampoline(_, target) = callee {
        values.push(target);
    }

    // Cranelift catches exceptions only at calls with its SysV-like conventions.
    let win64 = sig.call_conv == CallConv::WindowsFastcall;
    let unwind = if win64 && !fn_abi.can_unwind { UnwindAction::Unreachable } else { unwind };
    if win64 && fx.landing_pad(unwind).is_some() {
        fx.unsupported("a landing pad for a call to an `extern \"win64-unwind\"` function");
    }
    let target = match callee {
        Callee::Direct(id) | Callee::Trampoline(id, _) => CallTarget::Direct(fx.func_ref(id)),
        Callee::Indirect(ptr) => CallTarget::Indirect(fx.bcx.import_signature(sig.clone()), ptr),
    };
    let results = fx.call_unwinding_to(target, &values, unwind);

    let Some(dest) = dest else { return };
    match fn_abi.ret.mode {
        PassMode::Ignore => {}
        PassMode::Indirect { .. } => {
            if let Some(tmp) = indirect_ret
                && !matches!(dest.kind, PlaceKind::Addr(_, None))
            {
                let val = tmp.to_val(fx);
                dest.write(fx, val);
            }
        }
        _ => {
            debug_assert_eq!(results.len(), arg_params(fx.tcx, &fn_abi.ret).len());
            let mut results = results;
            if let (PassMode::Pair(..), BackendRepr::ScalarPair { a, b, .. }) =
                (&fn_abi.ret.mode, fn_abi.ret.layout.backend_repr)
            {
                // LLVM returns a pair as `{ i1, .. }` when a half is bool-like, and only the
                // lowest bit of that register is defined.
                for (value, scalar) in results.iter_mut().zip([a, b]) {
                    if scalar.is_bool() {
                        *value = fx.bcx.ins().band_imm_u(*value, 1);
                    }
                }
            }
            let val = from_abi_values(fx, &results, &fn_abi.ret);
            dest.write(fx, val);
        }
    }
}

fn finish_call(fx: &mut FnCx<'_, '_>, target: Option<BasicBlock>) {
    match target {
        Some(bb) => fx.goto(bb),
        None => fx.trap_unreachable(),
    }
}

/// The `&'static Location` to pass for a `#[track_caller]` callee at this source position.
pub(crate) fn caller_location<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    source_info: SourceInfo,
) -> CgVal<'tcx> {
    let tcx = fx.tcx;
    let mir = fx.mir;
    let own = fx.caller_location.map(Some);
    match mir.caller_location_span(source_info, own, tcx, |_| None) {
        Some(own) => own,
        None => {
            let span = mir.caller_location_span(source_info, None, tcx, |span| span);
            let const_loc = tcx.span_as_caller_location(span);
            crate::constant::const_value(fx, const_loc, tcx.caller_location_ty())
        }
    }
}

/// The type of `place` in this instance and its drop glue, or `None` if dropping it runs no
/// code.
fn drop_glue<'tcx>(fx: &FnCx<'_, 'tcx>, place: Place<'tcx>) -> Option<(Ty<'tcx>, Instance<'tcx>)> {
    let ty = fx.monomorphize(place.ty(fx.mir, fx.tcx).ty);
    let instance = Instance::resolve_drop_glue(fx.tcx, ty);
    match instance.def {
        InstanceKind::Shim(ShimKind::DropGlue(_, None)) => None,
        _ => Some((ty, instance)),
    }
}

/// Whether dropping `place` runs no code in this instance (its type has empty drop glue).
pub(crate) fn drops_nothing<'tcx>(fx: &FnCx<'_, 'tcx>, place: Place<'tcx>) -> bool {
    drop_glue(fx, place).is_none()
}

pub(crate) fn lower_drop<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    place: Place<'tcx>,
    target: BasicBlock,
    unwind: UnwindAction,
    source_info: SourceInfo,
) {
    let Some((ty, instance)) = drop_glue(fx, place) else {
        return fx.goto(target);
    };
    let place = fx.place(place);
    let tcx = fx.tcx;
    match ty.kind() {
        ty::Dynamic(..) => {
            // The vtable's first entry is the concrete type's drop glue, or null if it has none.
            let (data, meta) = place.addr_and_meta(fx);
            let Some(vtable) = meta else { fx.bug("dyn place without vtable") };
            let drop_fn = fx.bcx.ins().load(fx.ptr_ty, mem_flags(), vtable, 0);
            let call_block = fx.bcx.create_block();
            let target_block = fx.blocks[target];
            fx.bcx.ins().brif(drop_fn, call_block, &[], target_block, &[]);
            fx.bcx.switch_to_block(call_block);
            let thin = fx.layout_of(Ty::new_mut_ptr(tcx, tcx.types.unit));
            let virtual_drop =
                Instance { def: InstanceKind::Virtual(instance.def_id(), 0), args: instance.args };
            let fn_abi = super::fn_abi_of_instance(tcx, virtual_drop);
            let arg = CallArg { val: CgVal::by_val(data, thin), moved: false };
            let sig = abi_sig(fx, fn_abi);
            emit_call(fx, Callee::Indirect(drop_fn), fn_abi, &sig, vec![arg], None, unwind);
            fx.jump(target);
        }
        _ => {
            let ptr_layout = fx.layout_of(Ty::new_mut_ptr(tcx, ty));
            let ptr = fx.address_of(place, ptr_layout);
            call_instance(
                fx,
                instance,
                vec![CallArg { val: ptr, moved: false }],
                None,
                (Some(target), unwind),
                source_info,
            );
        }
    }
}

/// Calls a panicking lang item (`#[track_caller]` location included) that never returns.
pub(crate) fn call_panic_lang_item<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    item: LangItem,
    args: Vec<CgVal<'tcx>>,
    unwind: UnwindAction,
    source_info: SourceInfo,
) {
    let def_id = fx.tcx.require_lang_item(item, source_info.span);
    let instance = Instance::mono(fx.tcx, def_id);
    let args = args.into_iter().map(|val| CallArg { val, moved: false }).collect();
    call_instance(fx, instance, args, None, (None, unwind), source_info);
}

pub(crate) fn lower_assert<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    cond: &Operand<'tcx>,
    expected: bool,
    msg: &AssertKind<Operand<'tcx>>,
    target: BasicBlock,
    unwind: UnwindAction,
    source_info: SourceInfo,
) {
    // Overflow checks of `#[rustc_inherit_overflow_checks]` functions (`Sum`, `AddAssign`,
    // `Step` for integers...) follow the crate they are instantiated in.
    if msg.is_optional_overflow_check() && !fx.tcx.sess.overflow_checks() {
        fx.goto(target);
        return;
    }
    let cond = fx.operand(cond).load_scalar(fx);
    let failure = fx.bcx.create_block();
    let ok = fx.blocks[target];
    if expected {
        fx.bcx.ins().brif(cond, ok, &[], failure, &[]);
    } else {
        fx.bcx.ins().brif(cond, failure, &[], ok, &[]);
    }
    fx.bcx.switch_to_block(failure);
    fx.bcx.set_cold_block(failure);

    let (item, operands): (LangItem, Vec<&Operand<'tcx>>) = match msg {
        AssertKind::BoundsCheck { len, index } => (LangItem::PanicBoundsCheck, vec![index, len]),
        AssertKind::MisalignedPointerDereference { required, found } => {
            (LangItem::PanicMisalignedPointerDereference, vec![required, found])
        }
        AssertKind::NullPointerDereference => (LangItem::PanicNullPointerDereference, vec![]),
        AssertKind::InvalidEnumConstruction(source) => {
            (LangItem::PanicInvalidEnumConstruction, vec![source])
        }
        _ => (msg.panic_function(), vec![]),
    };
    let args =
        operands.into_iter().map(|op| CallArg { val: fx.operand(op), moved: false }).collect();
    let def_id = fx.tcx.require_lang_item(item, source_info.span);
    let instance = Instance::mono(fx.tcx, def_id);
    call_instance(fx, instance, args, None, (None, unwind), source_info);
}
