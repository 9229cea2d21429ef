//! The allocator shim: `__rust_alloc` and friends forwarding to the default allocator, plus the
//! marker symbol std checks to know a shim exists.

use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature};
use cranelift_module::{Linkage, Module};
use rustc_ast::expand::allocator::{
    AllocatorMethod, AllocatorTy, NO_ALLOC_SHIM_IS_UNSTABLE, default_fn_name, global_fn_name,
};
use rustc_symbol_mangling::mangle_internal_symbol;

use crate::driver::CguCx;

pub(crate) fn define_shim(cx: &mut CguCx<'_>, methods: &[AllocatorMethod]) {
    let tcx = cx.tcx;
    let ptr = crate::layout::pointer_ty(tcx);
    let call_conv = cx.module.isa().default_call_conv();
    for method in methods {
        let mut sig = Signature::new(call_conv);
        for input in method.inputs {
            match input.ty {
                // A `Layout` travels as size and alignment.
                AllocatorTy::Layout => sig.params.extend([AbiParam::new(ptr), AbiParam::new(ptr)]),
                AllocatorTy::Ptr | AllocatorTy::Usize => sig.params.push(AbiParam::new(ptr)),
                AllocatorTy::Never | AllocatorTy::ResultPtr | AllocatorTy::Unit => {
                    tcx.dcx().fatal("unexpected allocator method input")
                }
            }
        }
        match method.output {
            AllocatorTy::ResultPtr => sig.returns.push(AbiParam::new(ptr)),
            AllocatorTy::Never | AllocatorTy::Unit => {}
            AllocatorTy::Layout | AllocatorTy::Usize | AllocatorTy::Ptr => {
                tcx.dcx().fatal("unexpected allocator method output")
            }
        }
        let from = mangle_internal_symbol(tcx, &global_fn_name(method.name));
        let to = mangle_internal_symbol(tcx, &default_fn_name(method.name));
        define_forwarder(cx, &from, &to, sig);
    }

    let marker = mangle_internal_symbol(tcx, NO_ALLOC_SHIM_IS_UNSTABLE);
    cx.define_shim_function(&marker, Linkage::Export, Signature::new(call_conv), |bcx, _, _| {
        bcx.ins().return_(&[]);
    });
}

/// Defines `from` as a function that forwards all its arguments to `to`.
fn define_forwarder(cx: &mut CguCx<'_>, from: &str, to: &str, sig: Signature) {
    let callee = match cx.module.declare_function(to, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => cx.tcx.dcx().fatal(format!("cannot declare `{to}`: {err}")),
    };
    cx.define_shim_function(from, Linkage::Export, sig, |bcx, module, params| {
        let r = crate::base::import_callee(module, callee, bcx.func);
        let call = bcx.ins().call(r, params);
        let results = bcx.inst_results(call).to_vec();
        bcx.ins().return_(&results);
    });
}
