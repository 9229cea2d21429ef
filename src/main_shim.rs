//! The C `main` of an executable: calls std's `lang_start` with the user's `main`.

use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, types};
use cranelift_module::{Linkage, Module};
use rustc_hir::LangItem;
use rustc_middle::mono::{CodegenUnit, MonoItem};
use rustc_middle::ty::{self, Instance};
use rustc_session::config::EntryFnType;
use rustc_span::DUMMY_SP;

use crate::driver::CguCx;

pub(crate) fn maybe_define_main<'tcx>(cx: &mut CguCx<'tcx>, cgu: &CodegenUnit<'tcx>) {
    let tcx = cx.tcx;
    let Some((main_def_id, EntryFnType::Main { sigpipe })) = tcx.entry_fn(()) else { return };
    let main_instance = Instance::mono(tcx, main_def_id);
    // The shim goes where `main` is, or into the primary CGU if `main` comes from elsewhere.
    let here = if main_def_id.is_local() {
        cgu.items().contains_key(&MonoItem::Fn(main_instance))
    } else {
        cgu.is_primary()
    };
    if !here {
        return;
    }

    let typing_env = ty::TypingEnv::fully_monomorphized();
    // `main` takes no arguments, so its return type has no late-bound regions.
    let Some(main_ret_ty) =
        tcx.fn_sig(main_def_id).no_bound_vars().and_then(|sig| sig.output().no_bound_vars())
    else {
        tcx.dcx().span_fatal(tcx.def_span(main_def_id), "`main` has an unexpected signature")
    };
    let main_ret_ty =
        tcx.normalize_erasing_regions(typing_env, ty::Unnormalized::new_wip(main_ret_ty));
    let start_def_id = tcx.require_lang_item(LangItem::Start, DUMMY_SP);
    let start = Instance::expect_resolve(
        tcx,
        typing_env,
        start_def_id,
        tcx.mk_args(&[main_ret_ty.into()]),
        DUMMY_SP,
    );

    let main_id = crate::abi::declare_instance(cx, main_instance, Linkage::Import);
    let start_id = crate::abi::declare_instance(cx, start, Linkage::Import);
    let ptr = crate::layout::pointer_ty(tcx);
    let call_conv = cx.module.isa().default_call_conv();
    let mut sig = Signature::new(call_conv);
    sig.params.extend([AbiParam::new(types::I32), AbiParam::new(ptr)]);
    sig.returns.push(AbiParam::new(types::I32));
    let entry_name = tcx.sess.target.options.entry_name.to_string();
    cx.define_shim_function(&entry_name, Linkage::Export, sig, |bcx, module, params| {
        let main_ref = module.declare_func_in_func(main_id, bcx.func);
        let start_ref = crate::base::import_callee(module, start_id, bcx.func);
        let main_addr = bcx.ins().func_addr(ptr, main_ref);
        let argc = bcx.ins().sextend(ptr, params[0]);
        let sigpipe = bcx.ins().iconst(types::I8, i64::from(sigpipe));
        let call = bcx.ins().call(start_ref, &[main_addr, argc, params[1], sigpipe]);
        let ret = bcx.inst_results(call)[0];
        let ret = bcx.ins().ireduce(types::I32, ret);
        bcx.ins().return_(&[ret]);
    });
}
