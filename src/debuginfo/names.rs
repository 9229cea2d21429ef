//! Names and scopes of subprograms, as rustc's LLVM backend gives them: debuggers print
//! `crate::module::Type::method` from the namespace entries a function sits in.

use gimli::constants;
use gimli::write::{AttributeValue, UnitEntryId};
use rustc_codegen_ssa::debuginfo::type_names;
use rustc_hir::def_id::DefId;
use rustc_middle::ty::{self, Instance, Ty, TyCtxt, TypeVisitableExt, TypingEnv, Unnormalized};
use rustc_session::config::DebugInfo;

use super::DebugCx;

/// `name<generic args>` of the function, without its path.
pub(super) fn function_name<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>) -> String {
    let def_id = instance.def_id();
    let mut name = String::new();
    type_names::push_item_name(tcx, def_id, false, &mut name);
    // Closures and coroutines carry their parent's arguments plus their own signature types;
    // only the enclosing function's generics belong in the name.
    let generics = tcx.generics_of(tcx.typeck_root_def_id(def_id));
    let args = instance.args.truncate_to(tcx, generics);
    // The arguments of a default trait method can keep projections from the impl's trait
    // reference (`Parser<I, <I as Stream>::Slice>`); the name printer wants them normalized.
    let args = tcx
        .normalize_erasing_regions(TypingEnv::fully_monomorphized(), Unnormalized::new_wip(args));
    type_names::push_generic_args(tcx, args, &mut name);
    name
}

/// The namespace entry a function's subprogram belongs in: that of its parent item, or for an
/// inherent method of a struct, enum or union, that of the type.
pub(super) fn containing_scope<'tcx>(
    cx: &mut DebugCx,
    tcx: TyCtxt<'tcx>,
    instance: Instance<'tcx>,
) -> UnitEntryId {
    let def_id = instance.def_id();
    if let Some(impl_def_id) = tcx.inherent_impl_of_assoc(def_id) {
        let self_ty = tcx.instantiate_and_normalize_erasing_regions(
            instance.args,
            TypingEnv::fully_monomorphized(),
            tcx.type_of(impl_def_id),
        );
        if let ty::Adt(adt, _) = self_ty.kind()
            && !adt.is_box()
        {
            // With full debuginfo the method belongs to its (monomorphic) type, named with its
            // generic arguments: `Atomic<u32>::load`.
            if tcx.sess.opts.debuginfo == DebugInfo::Full && !self_ty.has_param() {
                return type_scope(cx, tcx, self_ty, adt.did());
            }
            return namespace(cx, tcx, adt.did());
        }
    }
    match tcx.def_key(def_id).parent {
        Some(parent) => namespace(cx, tcx, DefId { krate: def_id.krate, index: parent }),
        None => cx.dwarf.unit.root(),
    }
}

/// The entry of a struct, enum or union type that methods are nested in.
fn type_scope<'tcx>(cx: &mut DebugCx, tcx: TyCtxt<'tcx>, ty: Ty<'tcx>, adt: DefId) -> UnitEntryId {
    let name = type_names::compute_debuginfo_type_name(tcx, ty, false);
    if let Some(&entry) = cx.type_scopes.get(&name) {
        return entry;
    }
    let parent = match tcx.def_key(adt).parent {
        Some(parent) => namespace(cx, tcx, DefId { krate: adt.krate, index: parent }),
        None => cx.dwarf.unit.root(),
    };
    let tag =
        if ty.is_union() { constants::DW_TAG_union_type } else { constants::DW_TAG_structure_type };
    let entry = cx.dwarf.unit.add(parent, tag);
    let name_id = cx.dwarf.strings.add(name.as_str());
    let die = cx.dwarf.unit.get_mut(entry);
    die.set(constants::DW_AT_name, AttributeValue::StringRef(name_id));
    die.set(constants::DW_AT_declaration, AttributeValue::Flag(true));
    cx.type_scopes.insert(name, entry);
    entry
}

/// The `DW_TAG_namespace` entry for an item, nested in those of its parents.
pub(super) fn namespace(cx: &mut DebugCx, tcx: TyCtxt<'_>, def_id: DefId) -> UnitEntryId {
    if let Some(&entry) = cx.namespaces.get(&def_id) {
        return entry;
    }
    let parent = match tcx.def_key(def_id).parent {
        Some(parent) => namespace(cx, tcx, DefId { krate: def_id.krate, index: parent }),
        None => cx.dwarf.unit.root(),
    };
    let mut name = String::new();
    type_names::push_item_name(tcx, def_id, false, &mut name);
    let name = cx.dwarf.strings.add(name);
    let entry = cx.dwarf.unit.add(parent, constants::DW_TAG_namespace);
    cx.dwarf.unit.get_mut(entry).set(constants::DW_AT_name, AttributeValue::StringRef(name));
    cx.namespaces.insert(def_id, entry);
    entry
}
