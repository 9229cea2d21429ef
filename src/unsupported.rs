//! The one way to reject input we cannot lower yet: a fatal error at the offending span; and
//! the same for instances rustc's own codegen rejects.

use rustc_middle::ty::TyCtxt;
use rustc_span::Span;

/// Stops compilation with "`what` is not yet supported by the Cranelift backend".
pub(crate) fn unsupported(tcx: TyCtxt<'_>, span: Span, what: impl std::fmt::Display) -> ! {
    REPORTED.set(true);
    tcx.dcx().span_fatal(span, format!("{what} is not yet supported by the Cranelift backend"))
}

/// Like [`unsupported`], for errors without a better span than the whole crate.
pub(crate) fn unsupported_here(tcx: TyCtxt<'_>, what: impl std::fmt::Display) -> ! {
    REPORTED.set(true);
    tcx.dcx().fatal(format!("{what} is not yet supported by the Cranelift backend"))
}

/// Stops compilation with rustc's E0511, "invalid monomorphization of `intrinsic`", for an
/// instance that rustc's own codegen refuses too.
pub(crate) fn invalid_monomorphization(
    tcx: TyCtxt<'_>,
    span: Span,
    intrinsic: &str,
    why: impl std::fmt::Display,
) -> ! {
    REPORTED.set(true);
    let msg = format!("invalid monomorphization of `{intrinsic}` intrinsic: {why}");
    tcx.dcx().struct_span_fatal(span, msg).with_code(rustc_errors::codes::E0511).emit()
}

thread_local! {
    static REPORTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the unwinding in progress is a clean fatal error rather than a backend bug.
pub(crate) fn fatal_error_reported() -> bool {
    REPORTED.get()
}
