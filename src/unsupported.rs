//! The one way to reject input we cannot lower yet: a fatal error at the offending span.

use rustc_middle::ty::TyCtxt;
use rustc_span::Span;

/// Stops compilation with "`what` is not yet supported by the Cranelift backend".
pub(crate) fn unsupported(tcx: TyCtxt<'_>, span: Span, what: impl std::fmt::Display) -> ! {
    tcx.dcx().span_fatal(span, format!("{what} is not yet supported by the Cranelift backend"))
}
