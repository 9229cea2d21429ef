//! The user variables of a function (`-Cdebuginfo=2`): where each lives in the frame.

use rustc_middle::mir::{self, ProjectionElem, VarDebugInfoContents};

use super::{VarHome, VarStep};
use crate::base::FnCx;
use crate::place::CgPlace;

impl<'tcx> FnCx<'_, 'tcx> {
    /// Declares every variable of the MIR body, once the prologue has given locals their homes.
    /// Outer scopes go first, so each scope lists its variables before its nested blocks, as in
    /// LLVM's output (debuggers print them in that order).
    pub(crate) fn declare_debug_vars(&mut self) {
        let mir = self.mir;
        let depth = |mut scope: mir::SourceScope| {
            let mut depth = 0;
            while let Some(parent) = mir.source_scopes[scope].parent_scope {
                scope = parent;
                depth += 1;
            }
            depth
        };
        let mut vars: Vec<&mir::VarDebugInfo<'tcx>> =
            mir.var_debug_info.iter().filter(|var| var.composite.is_none()).collect();
        vars.sort_by_cached_key(|var| depth(var.source_info.scope));
        for var in vars {
            let Some((ty, home, steps)) = self.var_location(var) else { continue };
            let (Some(lines), Some(debug)) = (&mut self.debug, &mut self.cgu.debug) else {
                return;
            };
            let types = &mut self.cgu.debug_types;
            lines.declare_variable(debug, types, self.tcx, mir, var, ty, home, steps);
        }
    }

    /// The variable's type, and how to reach its value; `None` for values we cannot describe.
    fn var_location(
        &mut self,
        var: &mir::VarDebugInfo<'tcx>,
    ) -> Option<(rustc_middle::ty::Ty<'tcx>, VarHome, Vec<VarStep>)> {
        match &var.value {
            VarDebugInfoContents::Place(place) => {
                let home = self.local_homes[place.local]?;
                let mut layout =
                    self.layout_of(self.monomorphize(self.mir.local_decls[place.local].ty));
                let mut steps = Vec::new();
                for elem in place.projection {
                    match elem {
                        ProjectionElem::Deref => {
                            steps.push(VarStep::Deref);
                            let pointee = layout.ty.builtin_deref(true)?;
                            layout = self.layout_of(pointee);
                        }
                        ProjectionElem::Field(field, _) => {
                            steps
                                .push(VarStep::Offset(layout.fields.offset(field.index()).bytes()));
                            layout = layout.field(&crate::layout::MonoCx(self.tcx), field.index());
                        }
                        ProjectionElem::Downcast(_, variant) => {
                            layout = layout.for_variant(&crate::layout::MonoCx(self.tcx), variant);
                        }
                        _ => return None,
                    }
                }
                Some((layout.ty, home, steps))
            }
            VarDebugInfoContents::Const(constant) => {
                // Constants get a slot of their own, so the debugger can read them like others.
                let operand = mir::Operand::Constant(Box::new(*constant));
                let value = self.operand(&operand);
                let (place, slot) = CgPlace::new_stack_slot(self, value.layout);
                let home = match slot {
                    Some(slot) => VarHome::Slot(slot),
                    None if value.layout.is_zst() => VarHome::Zst,
                    None => return None,
                };
                place.write(self, value);
                Some((value.layout.ty, home, Vec::new()))
            }
        }
    }
}
