//! Inline assembly. Only templates that assemble to nothing are lowered: an empty template or one
//! made of comments (crates use `asm!("/*{0}*/", inout(reg) x)` as an optimization barrier).
//! Such an `asm!` leaves `inout` values unchanged and outputs unspecified (we write zero).
//! Anything else is refused with a clear error.

use rustc_ast::InlineAsmTemplatePiece;
use rustc_middle::mir::{BasicBlock, InlineAsmOperand};

use crate::base::FnCx;
use crate::value::CgVal;

/// Whether the template is only whitespace and `/* */` or `#`/`//` line comments.
fn assembles_to_nothing(template: &[InlineAsmTemplatePiece]) -> bool {
    let mut text = String::new();
    for piece in template {
        match piece {
            InlineAsmTemplatePiece::String(s) => text.push_str(s),
            // Any operand text is fine inside a comment, and outside one it is not whitespace.
            InlineAsmTemplatePiece::Placeholder { .. } => text.push('x'),
        }
    }
    let mut rest = text.as_str();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return true;
        }
        if let Some(after) = rest.strip_prefix("/*") {
            match after.find("*/") {
                Some(end) => rest = &after[end + 2..],
                None => return false,
            }
        } else if rest.starts_with('#') || rest.starts_with("//") {
            rest = rest.find('\n').map_or("", |end| &rest[end..]);
        } else {
            return false;
        }
    }
}

pub(crate) fn lower<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    targets: &[BasicBlock],
) {
    if !assembles_to_nothing(template) {
        fx.unsupported("inline assembly (`asm!`) with instructions");
    }
    for operand in operands {
        match operand {
            InlineAsmOperand::In { .. } => {}
            InlineAsmOperand::InOut { in_value, out_place, .. } => {
                let value = fx.operand(in_value);
                if let Some(place) = out_place {
                    let place = fx.place(*place);
                    place.write(fx, value);
                }
            }
            InlineAsmOperand::Out { place: Some(place), .. } => {
                let place = fx.place(*place);
                let zero = CgVal::zeroed(fx, place.layout);
                place.write(fx, zero);
            }
            InlineAsmOperand::Out { place: None, .. } => {}
            InlineAsmOperand::Const { .. }
            | InlineAsmOperand::SymFn { .. }
            | InlineAsmOperand::SymStatic { .. }
            | InlineAsmOperand::Label { .. } => {
                fx.unsupported("inline assembly (`asm!`) with const, sym or label operands")
            }
        }
    }
    match targets.first() {
        Some(&bb) => fx.jump(bb),
        None => fx.trap_unreachable(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &'static str) -> InlineAsmTemplatePiece {
        InlineAsmTemplatePiece::String(text.into())
    }

    fn p() -> InlineAsmTemplatePiece {
        InlineAsmTemplatePiece::Placeholder {
            operand_idx: 0,
            modifier: None,
            span: rustc_span::DUMMY_SP,
        }
    }

    #[test]
    fn comments_only() {
        assert!(assembles_to_nothing(&[]));
        assert!(assembles_to_nothing(&[s("/*"), p(), s("*/")]));
        assert!(assembles_to_nothing(&[s("  # note\n // other\n")]));
        assert!(!assembles_to_nothing(&[s("nop")]));
        assert!(!assembles_to_nothing(&[s("/* open")]));
        assert!(!assembles_to_nothing(&[s("mov "), p(), s(", 1")]));
    }
}
