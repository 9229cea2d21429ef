//! The calling convention: rustc's `FnAbi` mapped to Cranelift signatures, exactly, so that our
//! code and LLVM-compiled code call each other without glue.

mod call;
mod pass_mode;
mod placement;
mod prologue;
mod varargs;

pub(crate) use call::{
    call_panic_lang_item, caller_location, drops_nothing, lower_assert, lower_call_terminator,
    lower_drop,
};
use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, Signature, types};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{FuncId, FuncOrDataId, Linkage, Module};
pub(crate) use pass_mode::arg_params;
use placement::Slot;
pub(crate) use prologue::{lower_prologue, lower_return};
use rustc_abi::{CanonAbi, X86Call};
use rustc_hir::attrs::Linkage as RLinkage;
use rustc_middle::mono::{MonoItem, Visibility};
use rustc_middle::ty::layout::FnAbiOf;
use rustc_middle::ty::{self, Instance, TyCtxt};
use rustc_target::callconv::PassMode;
pub(crate) use varargs::{add_register_params, fixed_registers, va_arg};

use crate::driver::CguCx;
use crate::layout::{MonoCx, MonoFnAbi};

pub(crate) fn fn_abi_of_instance<'tcx>(
    tcx: TyCtxt<'tcx>,
    instance: Instance<'tcx>,
) -> MonoFnAbi<'tcx> {
    MonoCx(tcx).fn_abi_of_instance(instance, ty::List::empty())
}

/// The Cranelift calling convention for rustc's `conv`; `default` is the target's C one.
/// `extern "win64"` (and `efiapi`) must use Microsoft's registers, as LLVM's code does.
/// `extern "custom"` functions (naked, called only from assembly) are only declared.
fn call_conv(tcx: TyCtxt<'_>, conv: CanonAbi, default: CallConv) -> CallConv {
    match conv {
        CanonAbi::C
        | CanonAbi::Rust
        | CanonAbi::RustCold
        | CanonAbi::Custom
        | CanonAbi::X86(X86Call::SysV64) => default,
        CanonAbi::X86(X86Call::Win64) => CallConv::WindowsFastcall,
        other => {
            crate::unsupported::unsupported_here(tcx, format!("the `{other}` calling convention"))
        }
    }
}

/// Turns the signature callers use into the one the function is defined with. LLVM gives
/// `extern "rust-cold"` functions `preserve_most`, so an LLVM-compiled caller keeps values in
/// argument registers across the call. Cranelift's `preserve_all` saves those and more, but it
/// restores the return registers too: it only fits a function that returns nothing in
/// registers (nor a `sret` pointer in `rax`). Callers keep the C convention's clobbers, which
/// cover either.
pub(crate) fn adjust_definition_sig(fn_abi: MonoFnAbi<'_>, sig: &mut Signature) {
    let returns_in_registers = !sig.returns.is_empty()
        || sig.params.iter().any(|p| p.purpose == ArgumentPurpose::StructReturn);
    if fn_abi.conv == CanonAbi::RustCold && !returns_in_registers {
        sig.call_conv = CallConv::PreserveAll;
    }
}

/// The Cranelift signature of a function with this ABI.
pub(crate) fn clif_sig(tcx: TyCtxt<'_>, default: CallConv, fn_abi: MonoFnAbi<'_>) -> Signature {
    let mut sig = Signature::new(call_conv(tcx, fn_abi.conv, default));
    let ptr = crate::layout::pointer_ty(tcx);
    match &fn_abi.ret.mode {
        PassMode::Indirect { .. } => {
            sig.params.push(AbiParam::special(ptr, ArgumentPurpose::StructReturn))
        }
        _ => sig.returns.extend(arg_params(tcx, &fn_abi.ret)),
    }
    for arg in fn_abi.args.iter() {
        sig.params.extend(arg_params(tcx, arg));
    }
    if sig.call_conv == CallConv::WindowsFastcall {
        refuse_sysv_classes_in_win64(tcx, fn_abi, &sig);
    }
    if let Some(slots) = placement::placement(tcx, fn_abi, sig.call_conv) {
        sig.params = slots
            .into_iter()
            .map(|slot| match slot {
                Slot::Param(index) => sig.params[index],
                Slot::StackPad(_) => AbiParam::special(ptr, ArgumentPurpose::StructArgument(8)),
                Slot::RegPad(ty) => AbiParam::new(ty),
                Slot::Packed { .. } => AbiParam::new(types::F64),
            })
            .collect();
    }
    sig
}

/// `extern "efiapi"` off Windows: rustc classifies the arguments by SysV's rules but calls with
/// Microsoft's registers. LLVM then passes a SysV in-memory (`byval`) argument as a pointer to
/// a copy and may return in two vector registers; Cranelift's Microsoft convention does
/// neither (such calls crashed).
fn refuse_sysv_classes_in_win64(tcx: TyCtxt<'_>, fn_abi: MonoFnAbi<'_>, sig: &Signature) {
    let efiapi = |what: String| -> ! {
        crate::unsupported::unsupported_here(
            tcx,
            format!("{what} with the Microsoft convention of `extern \"efiapi\"` off Windows"),
        )
    };
    for arg in fn_abi.args.iter() {
        if let PassMode::Indirect { on_stack: true, .. } = arg.mode {
            efiapi(format!("passing `{}` by value in memory", arg.layout.ty));
        }
    }
    if sig.returns.len() > 1 {
        efiapi(format!("returning `{}` in two registers", fn_abi.ret.layout.ty));
    }
}

/// Cranelift linkage for a mono item, from the linkage and visibility rustc chose.
pub(crate) fn linkage_of<'tcx>(
    tcx: TyCtxt<'tcx>,
    item: MonoItem<'tcx>,
    linkage: RLinkage,
    visibility: Visibility,
) -> Linkage {
    match (linkage, visibility) {
        (RLinkage::Internal, _) => Linkage::Local,
        (RLinkage::External, Visibility::Hidden) => Linkage::Hidden,
        (RLinkage::External, _) => Linkage::Export,
        (
            RLinkage::WeakAny | RLinkage::WeakODR | RLinkage::LinkOnceAny | RLinkage::LinkOnceODR,
            _,
        ) => Linkage::Preemptible,
        (other, _) => crate::unsupported::unsupported(
            tcx,
            item.local_span(tcx).unwrap_or(rustc_span::DUMMY_SP),
            format!("linkage `{other:?}`"),
        ),
    }
}

/// Declares `instance` in this CGU's module with `linkage` and returns its id; a declaration
/// already present (a definition or an earlier import) is merged with this one.
pub(crate) fn declare_instance<'tcx>(
    cx: &mut CguCx<'tcx>,
    instance: Instance<'tcx>,
    linkage: Linkage,
) -> FuncId {
    declare_instance_in(cx.tcx, &mut cx.module, instance, linkage)
}

/// [`declare_instance`] for code that holds the module but not the whole CGU context.
pub(crate) fn declare_instance_in<'tcx>(
    tcx: TyCtxt<'tcx>,
    module: &mut cranelift_object::ObjectModule,
    instance: Instance<'tcx>,
    linkage: Linkage,
) -> FuncId {
    let name = tcx.symbol_name(instance).name;
    if let Some(FuncOrDataId::Func(id)) = module.declarations().get_name(name) {
        return id;
    }
    let fn_abi = fn_abi_of_instance(tcx, instance);
    let sig = clif_sig(tcx, module.isa().default_call_conv(), fn_abi);
    match module.declare_function(name, linkage, &sig) {
        Ok(id) => id,
        Err(err) => tcx.dcx().fatal(format!("cannot declare `{name}`: {err}")),
    }
}
