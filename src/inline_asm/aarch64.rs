//! aarch64 registers for `asm!` wrappers, and the wrapper's frame (AAPCS64).

use std::fmt::Write as _;

use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_target::asm::{AArch64InlineAsmRegClass, InlineAsmReg, InlineAsmRegClass};

use super::{AsmOperand, PhysReg};
use crate::base::FnCx;

/// Registers handed out for `reg` operands. `x0` carries the operand area and is loaded last;
/// `x18` is the platform register, `x19` is reserved by rustc, `x29`/`x30` frame the wrapper.
const REG_POOL: [u8; 26] =
    [9, 10, 11, 12, 13, 14, 15, 1, 2, 3, 4, 5, 6, 7, 8, 0, 16, 17, 20, 21, 22, 23, 24, 25, 26, 27];

/// `x0` holds the operand area's address on entry.
const AREA_REG: PhysReg = PhysReg::Gpr(0);

/// Where the prologue below keeps the area's address, relative to `x29`.
const AREA_SLOT: i32 = -160;

/// Saves the frame pointer and link register, then the callee-saved registers the template may
/// use (only the low halves of `v8`-`v15` are callee-saved), then the area's address. The call
/// frame information lets an unwinder through (`options(may_unwind)`, backtraces, debuggers):
/// the frame address is `x29`-based, so whatever the template does with `sp` does not matter.
const PROLOGUE: &str = "\
.cfi_startproc
stp x29, x30, [sp, #-16]!
.cfi_def_cfa_offset 16
.cfi_offset x30, -8
.cfi_offset x29, -16
mov x29, sp
.cfi_def_cfa x29, 16
stp x19, x20, [sp, #-16]!
.cfi_offset x19, -32
.cfi_offset x20, -24
stp x21, x22, [sp, #-16]!
.cfi_offset x21, -48
.cfi_offset x22, -40
stp x23, x24, [sp, #-16]!
.cfi_offset x23, -64
.cfi_offset x24, -56
stp x25, x26, [sp, #-16]!
.cfi_offset x25, -80
.cfi_offset x26, -72
stp x27, x28, [sp, #-16]!
.cfi_offset x27, -96
.cfi_offset x28, -88
stp d8, d9, [sp, #-16]!
.cfi_offset d8, -112
.cfi_offset d9, -104
stp d10, d11, [sp, #-16]!
.cfi_offset d10, -128
.cfi_offset d11, -120
stp d12, d13, [sp, #-16]!
.cfi_offset d12, -144
.cfi_offset d13, -136
stp d14, d15, [sp, #-16]!
.cfi_offset d14, -160
.cfi_offset d15, -152
str x0, [sp, #-16]!
";

/// Undoes [`PROLOGUE`] from `x29`, so a template that moved `sp` is harmless.
const EPILOGUE: &str = "\
sub sp, x29, #144
ldp d14, d15, [sp], #16
ldp d12, d13, [sp], #16
ldp d10, d11, [sp], #16
ldp d8, d9, [sp], #16
ldp x27, x28, [sp], #16
ldp x25, x26, [sp], #16
ldp x23, x24, [sp], #16
ldp x21, x22, [sp], #16
ldp x19, x20, [sp], #16
.cfi_remember_state
ldp x29, x30, [sp], #16
.cfi_def_cfa sp, 0
ret
.cfi_restore_state
";

pub(super) fn explicit_reg(reg: InlineAsmReg) -> Option<PhysReg> {
    let InlineAsmReg::AArch64(reg) = reg else { return None };
    let name = reg.name();
    let number = |prefix: &str, limit: u8| {
        name.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok()).filter(|n| *n < limit)
    };
    number("x", 31).map(PhysReg::Gpr).or_else(|| number("v", 32).map(|n| PhysReg::Vec(n, 16)))
}

/// The registers a class operand may get, in order of preference; `None` for classes we do
/// not handle (SVE predicates).
pub(super) fn candidates(class: InlineAsmRegClass) -> Option<Vec<PhysReg>> {
    let InlineAsmRegClass::AArch64(class) = class else { return None };
    Some(match class {
        AArch64InlineAsmRegClass::reg => REG_POOL.iter().map(|&i| PhysReg::Gpr(i)).collect(),
        AArch64InlineAsmRegClass::vreg => (0..32).map(|i| PhysReg::Vec(i, 16)).collect(),
        AArch64InlineAsmRegClass::vreg_low16 => (0..16).map(|i| PhysReg::Vec(i, 16)).collect(),
        AArch64InlineAsmRegClass::preg => return None,
    })
}

/// The register's name in the template: `x`/`w` views of a general register, `v` (default) or
/// `b`/`h`/`s`/`d`/`q` views of a vector register.
fn reg_name(reg: PhysReg, modifier: Option<char>) -> String {
    match (reg, modifier) {
        (PhysReg::Gpr(i), Some('w')) => format!("w{i}"),
        (PhysReg::Gpr(i), _) => format!("x{i}"),
        (PhysReg::Vec(i, _), Some(view @ ('b' | 'h' | 's' | 'd' | 'q'))) => format!("{view}{i}"),
        (PhysReg::Vec(i, _), _) => format!("v{i}"),
        (PhysReg::Mask(..), _) => unreachable!("AArch64 has no mask registers"),
    }
}

/// The assembly of the wrapper function `name`: AAPCS64, the operand area's address in `x0`.
/// With `exits` (the labels of `label` operands), it returns in `w0` how the template left.
/// Also returns where in the text the template starts.
pub(super) fn wrapper_text(
    fx: &FnCx<'_, '_>,
    name: &str,
    template: &[InlineAsmTemplatePiece],
    ops: &[AsmOperand<'_>],
    options: InlineAsmOptions,
    exits: &[String],
) -> (String, usize) {
    let mut s = String::new();
    super::function_start(&mut s, name);
    let _ = writeln!(s, ".p2align 2\n\"{name}\":");
    s.push_str(PROLOGUE);
    super::load_inputs(&mut s, ops, AREA_REG, "x0", |reg, offset, base| {
        load_or_store(reg, offset, base, true)
    });
    let template_start = s.len();
    super::render_template(fx, &mut s, template, ops, false, |reg, _, modifier| {
        reg_name(reg, modifier)
    });
    s.push('\n');
    super::return_path(fx, &mut s, ops, options, exits, &RETURN_PATH);
    s.push_str(".cfi_endproc\n");
    super::function_end(&mut s, name);
    (s, template_start)
}

/// The way out, after [`PROLOGUE`].
const RETURN_PATH: super::ReturnPath = super::ReturnPath {
    scratch: &[9, 10, 11, 12, 13, 14, 15, 16, 17, 0, 1, 2, 3, 4, 5, 6, 7, 8],
    gpr_name: |i| format!("x{i}"),
    reload_area: |scratch| format!("ldur {scratch}, [x29, #{AREA_SLOT}]\n"),
    store: |reg, offset, base| load_or_store(reg, offset, base, false),
    set_exit: |k| format!("mov w0, #{k}\n"),
    epilogue: EPILOGUE,
};

/// A whole register from or to its slot; slots are aligned to their size, as the scaled
/// offsets of `ldr`/`str` require.
fn load_or_store(reg: PhysReg, offset: u32, base: &str, load: bool) -> String {
    let insn = if load { "ldr" } else { "str" };
    let name = match reg {
        PhysReg::Gpr(i) => format!("x{i}"),
        PhysReg::Vec(i, _) => format!("q{i}"),
        PhysReg::Mask(..) => unreachable!("AArch64 has no mask registers"),
    };
    format!("{insn} {name}, [{base}, #{offset}]\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_names() {
        assert_eq!(reg_name(PhysReg::Gpr(3), None), "x3");
        assert_eq!(reg_name(PhysReg::Gpr(30), Some('w')), "w30");
        assert_eq!(reg_name(PhysReg::Vec(7, 16), None), "v7");
        assert_eq!(reg_name(PhysReg::Vec(31, 16), Some('s')), "s31");
        assert_eq!(load_or_store(PhysReg::Vec(2, 16), 32, "x9", false), "str q2, [x9, #32]\n");
    }
}
