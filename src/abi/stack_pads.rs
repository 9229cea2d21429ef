//! Padding for over-aligned by-value stack arguments under the SysV x86_64 convention.
//!
//! A C struct of the memory class is copied onto the stack (`byval`); LLVM starts one with
//! 16-byte alignment at a 16-byte boundary, while Cranelift places every struct argument at the
//! next 8-byte offset. Where the two would differ we add an 8-byte dummy struct argument in
//! front of it. Its position follows from Cranelift's own register assignment, replayed here:
//! six integer and eight vector registers, then the stack.

use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, Type, types};
use cranelift_codegen::isa::CallConv;
use rustc_middle::ty::{Ty, TyCtxt};
use rustc_target::callconv::{ArgAbi, PassMode};

use super::pass_mode::arg_params;
use crate::layout::MonoFnAbi;

/// Alignment of a by-value stack argument, if `arg` is one.
pub(crate) fn byval_align(arg: &ArgAbi<'_, Ty<'_>>) -> Option<u64> {
    match &arg.mode {
        PassMode::Indirect { on_stack: true, attrs, .. } => {
            Some(attrs.pointee_align.unwrap_or(arg.layout.align.abi).bytes())
        }
        _ => None,
    }
}

/// Where in the signature's parameter list (padding included) the dummy arguments go.
pub(crate) fn stack_pads(tcx: TyCtxt<'_>, fn_abi: MonoFnAbi<'_>, conv: CallConv) -> Vec<usize> {
    let over_aligned = |arg: &ArgAbi<'_, Ty<'_>>| byval_align(arg).is_some_and(|align| align > 8);
    if conv != CallConv::SystemV || !fn_abi.args.iter().any(over_aligned) {
        return Vec::new();
    }
    let ptr = crate::layout::pointer_ty(tcx);
    let mut params: Vec<(AbiParam, bool)> = Vec::new();
    if let PassMode::Indirect { .. } = fn_abi.ret.mode {
        params.push((AbiParam::new(ptr), false));
    }
    for arg in fn_abi.args.iter() {
        let over = over_aligned(arg);
        params.extend(arg_params(tcx, arg).into_iter().map(|param| (param, over)));
    }

    let (mut gprs, mut vregs, mut stack) = (0u32, 0u32, 0u32);
    let mut pads = Vec::new();
    for (index, (param, over)) in params.into_iter().enumerate() {
        if let ArgumentPurpose::StructArgument(size) = param.purpose {
            if over && !stack.is_multiple_of(16) {
                pads.push(index + pads.len());
                stack += 8;
            }
            stack += size;
            continue;
        }
        let ty: Type = param.value_type;
        if ty == types::I128 {
            if gprs + 2 > 6 {
                stack = stack.next_multiple_of(16) + 16;
            }
            gprs += 2;
        } else if ty.is_int() {
            if gprs < 6 {
                gprs += 1;
            } else {
                stack += 8;
            }
        } else if vregs < 8 {
            vregs += 1;
        } else {
            let size = ty.bytes().max(8);
            stack = stack.next_multiple_of(size) + size;
        }
    }
    pads
}
