//! Layout queries for fully monomorphized code, and the Cranelift types of scalar layouts.

use cranelift_codegen::ir::{Type, types};
use rustc_abi::{BackendRepr, Float, HasDataLayout, Integer, Primitive, Scalar, TargetDataLayout};
use rustc_middle::ty::layout::{
    FnAbiError, FnAbiOfHelpers, FnAbiRequest, HasTyCtxt, HasTypingEnv, LayoutError, LayoutOfHelpers,
};
use rustc_middle::ty::{self, Ty, TyCtxt};
use rustc_span::Span;
use rustc_target::callconv::FnAbi;

/// A layout context for code after monomorphization; layout errors become fatal errors.
#[derive(Clone, Copy)]
pub(crate) struct MonoCx<'tcx>(pub(crate) TyCtxt<'tcx>);

impl<'tcx> LayoutOfHelpers<'tcx> for MonoCx<'tcx> {
    fn handle_layout_err(&self, err: LayoutError<'tcx>, span: Span, ty: Ty<'tcx>) -> ! {
        match err {
            LayoutError::SizeOverflow(_) | LayoutError::ReferencesError(_) => {
                self.0.dcx().span_fatal(span, err.to_string())
            }
            _ => self.0.dcx().span_fatal(span, format!("failed to get layout for `{ty}`: {err}")),
        }
    }
}

impl<'tcx> FnAbiOfHelpers<'tcx> for MonoCx<'tcx> {
    fn handle_fn_abi_err(
        &self,
        err: FnAbiError<'tcx>,
        span: Span,
        fn_abi_request: FnAbiRequest<'tcx>,
    ) -> ! {
        self.0
            .dcx()
            .span_fatal(span, format!("cannot compute the ABI of {fn_abi_request:?}: {err:?}"))
    }
}

impl<'tcx> HasTyCtxt<'tcx> for MonoCx<'tcx> {
    fn tcx(&self) -> TyCtxt<'tcx> {
        self.0
    }
}

impl<'tcx> HasTypingEnv<'tcx> for MonoCx<'tcx> {
    fn typing_env(&self) -> ty::TypingEnv<'tcx> {
        ty::TypingEnv::fully_monomorphized()
    }
}

impl HasDataLayout for MonoCx<'_> {
    fn data_layout(&self) -> &TargetDataLayout {
        &self.0.data_layout
    }
}

pub(crate) type MonoFnAbi<'tcx> = &'tcx FnAbi<'tcx, Ty<'tcx>>;

/// The Cranelift type of a scalar, or `None` for primitives we cannot lower yet (f16, f128).
pub(crate) fn scalar_ty(tcx: TyCtxt<'_>, scalar: Scalar) -> Option<Type> {
    Some(match scalar.primitive() {
        Primitive::Int(int, _) => match int {
            Integer::I8 => types::I8,
            Integer::I16 => types::I16,
            Integer::I32 => types::I32,
            Integer::I64 => types::I64,
            Integer::I128 => types::I128,
        },
        Primitive::Float(Float::F32) => types::F32,
        Primitive::Float(Float::F64) => types::F64,
        Primitive::Float(Float::F16) => types::F16,
        Primitive::Float(Float::F128) => types::F128,
        Primitive::Pointer(_) => pointer_ty(tcx),
    })
}

pub(crate) fn pointer_ty(tcx: TyCtxt<'_>) -> Type {
    match tcx.data_layout.pointer_size().bits() {
        32 => types::I32,
        _ => types::I64,
    }
}

/// How a layout lives in SSA registers, if it can.
#[derive(Clone, Copy, Debug)]
pub(crate) enum RegRepr {
    Scalar(Type),
    Pair(Type, Type),
}

pub(crate) fn is_pair(repr: BackendRepr) -> bool {
    matches!(repr, BackendRepr::ScalarPair { .. })
}

pub(crate) fn reg_repr(tcx: TyCtxt<'_>, repr: BackendRepr) -> Option<RegRepr> {
    match repr {
        BackendRepr::Scalar(s) => Some(RegRepr::Scalar(scalar_ty(tcx, s)?)),
        BackendRepr::ScalarPair { a, b, .. } => {
            Some(RegRepr::Pair(scalar_ty(tcx, a)?, scalar_ty(tcx, b)?))
        }
        _ => None,
    }
}
