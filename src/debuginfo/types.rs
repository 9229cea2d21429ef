//! Type entries for `-Cdebuginfo=2`, shaped as rustc's LLVM backend shapes them, because
//! debuggers' Rust support (and std's pretty printers) recognize types by those shapes: wide
//! pointers are structs of `data_ptr` and `length` (or `pointer` and `vtable`), tuples have
//! fields `__0`..., enums are structs with a variant part, generic ADTs carry template
//! parameters.

use gimli::constants;
use gimli::write::{AttributeValue, UnitEntryId};
use rustc_abi::{FieldIdx, Size, TagEncoding, VariantIdx, Variants};
use rustc_codegen_ssa::debuginfo::type_names::compute_debuginfo_type_name;
use rustc_codegen_ssa::debuginfo::{tag_base_type, wants_c_like_enum_debuginfo};
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::def::CtorKind;
use rustc_middle::ty::layout::{LayoutOf, TyAndLayout};
use rustc_middle::ty::{self, AdtDef, Ty, TyCtxt, TypingEnv};

use super::DebugCx;
use crate::layout::MonoCx;

/// Type entries of one CGU, made on first use.
pub(crate) type TypeEntries<'tcx> = FxHashMap<Ty<'tcx>, UnitEntryId>;

/// What a wide pointer's metadata is.
enum WideKind {
    Slice,
    Dyn,
}

/// Builds type entries; borrows the unit and the cache together.
pub(super) struct TypeBuilder<'a, 'tcx> {
    pub(super) cx: &'a mut DebugCx,
    pub(super) types: &'a mut TypeEntries<'tcx>,
    pub(super) tcx: TyCtxt<'tcx>,
}

impl<'tcx> TypeBuilder<'_, 'tcx> {
    /// The entry describing `ty`.
    pub(super) fn entry(&mut self, ty: Ty<'tcx>) -> UnitEntryId {
        if let Some(&entry) = self.types.get(&ty) {
            return entry;
        }
        if let ty::Pat(base, _) = *ty.kind() {
            // Pattern types (`NonNull`'s `!null` pointer) are described as their base type.
            let entry = self.entry(base);
            self.types.insert(ty, entry);
            return entry;
        }
        let layout = MonoCx(self.tcx).layout_of(ty);
        match *ty.kind() {
            ty::Bool => self.base(ty, "bool", constants::DW_ATE_boolean, layout.size),
            ty::Char => self.base(ty, "char", constants::DW_ATE_UTF, layout.size),
            ty::Int(int) => self.base(ty, int.name_str(), constants::DW_ATE_signed, layout.size),
            ty::Uint(uint) => {
                self.base(ty, uint.name_str(), constants::DW_ATE_unsigned, layout.size)
            }
            ty::Float(float) => {
                self.base(ty, float.name_str(), constants::DW_ATE_float, layout.size)
            }
            ty::Never => self.base(ty, "!", constants::DW_ATE_unsigned, Size::ZERO),
            ty::Tuple(fields) if fields.is_empty() => {
                self.base(ty, "()", constants::DW_ATE_unsigned, Size::ZERO)
            }
            ty::Ref(_, pointee, _) | ty::RawPtr(pointee, _) => self.pointer(ty, pointee),
            ty::Adt(adt, _) if adt.is_box() && self.is_plain_box(ty, layout) => {
                self.pointer(ty, ty.expect_boxed_ty())
            }
            ty::Array(element, _) => self.array(ty, element, layout),
            ty::Tuple(fields) => {
                let entry = self.named(ty, constants::DW_TAG_structure_type, None, layout, true);
                for (index, field) in fields.iter().enumerate() {
                    let offset = layout.fields.offset(index);
                    self.member(entry, &tuple_field_name(index), field, offset);
                }
                entry
            }
            ty::Adt(adt, _) if adt.is_enum() => self.enumeration(ty, adt, layout),
            ty::Adt(adt, _) => {
                let tag = if adt.is_union() {
                    constants::DW_TAG_union_type
                } else {
                    constants::DW_TAG_structure_type
                };
                let scope = Some(adt.did());
                let entry = self.named(ty, tag, scope, layout, true);
                let variant = adt.non_enum_variant();
                self.fields(entry, variant, layout);
                self.template_params(entry, ty);
                entry
            }
            ty::Closure(def_id, args) => {
                let entry =
                    self.named(ty, constants::DW_TAG_structure_type, Some(def_id), layout, true);
                let names = self.tcx.closure_saved_names_of_captured_variables(def_id);
                let upvars = args.as_closure().upvar_tys();
                for (index, (upvar, name)) in upvars.iter().zip(names.iter()).enumerate() {
                    let offset = layout.fields.offset(index);
                    self.member(entry, name.as_str(), upvar, offset);
                }
                entry
            }
            ty::FnPtr(..) => {
                let target = self.cx.dwarf.unit.add(self.root(), constants::DW_TAG_subroutine_type);
                let entry = self.named(ty, constants::DW_TAG_pointer_type, None, layout, false);
                self.cx
                    .dwarf
                    .unit
                    .get_mut(entry)
                    .set(constants::DW_AT_type, AttributeValue::UnitRef(target));
                entry
            }
            // Function items, coroutines, foreign types and the like: a named blob of the right
            // size, enough to print the variables that have them.
            _ => self.named(ty, constants::DW_TAG_structure_type, None, layout, true),
        }
    }

    fn root(&self) -> UnitEntryId {
        self.cx.dwarf.unit.root()
    }

    fn base(
        &mut self,
        ty: Ty<'tcx>,
        name: &str,
        encoding: constants::DwAte,
        size: Size,
    ) -> UnitEntryId {
        let entry = self.cx.dwarf.unit.add(self.root(), constants::DW_TAG_base_type);
        self.types.insert(ty, entry);
        let name = self.cx.dwarf.strings.add(name);
        let die = self.cx.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        die.set(constants::DW_AT_encoding, AttributeValue::Encoding(encoding));
        die.set(constants::DW_AT_byte_size, AttributeValue::Udata(size.bytes()));
        entry
    }

    /// An entry named as rustc names `ty` in debuginfo, in the namespace of `scope`'s parent (or
    /// at the top), registered before its children so recursive types refer to it.
    fn named(
        &mut self,
        ty: Ty<'tcx>,
        tag: constants::DwTag,
        scope: Option<rustc_hir::def_id::DefId>,
        layout: TyAndLayout<'tcx>,
        with_align: bool,
    ) -> UnitEntryId {
        let parent = match scope {
            Some(def_id) => match self.tcx.def_key(def_id).parent {
                Some(index) => super::names::namespace(
                    self.cx,
                    self.tcx,
                    rustc_hir::def_id::DefId { krate: def_id.krate, index },
                ),
                None => self.root(),
            },
            None => self.root(),
        };
        let entry = self.cx.dwarf.unit.add(parent, tag);
        self.types.insert(ty, entry);
        // Top-level types (pointers, tuples) carry their full path; ADTs sit in namespaces.
        let name = compute_debuginfo_type_name(self.tcx, ty, scope.is_none());
        let name = self.cx.dwarf.strings.add(name);
        let die = self.cx.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        die.set(constants::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
        if with_align {
            die.set(constants::DW_AT_alignment, AttributeValue::Udata(layout.align.abi.bytes()));
        }
        entry
    }

    fn member(
        &mut self,
        parent: UnitEntryId,
        name: &str,
        ty: Ty<'tcx>,
        offset: Size,
    ) -> UnitEntryId {
        let ty_entry = self.entry(ty);
        let entry = self.cx.dwarf.unit.add(parent, constants::DW_TAG_member);
        let name = self.cx.dwarf.strings.add(name);
        let die = self.cx.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        die.set(constants::DW_AT_type, AttributeValue::UnitRef(ty_entry));
        die.set(constants::DW_AT_data_member_location, AttributeValue::Udata(offset.bytes()));
        entry
    }

    /// The fields of a struct, union or enum variant, named as in the source (`__0`... for
    /// tuple-like ones), at their offsets in `layout`.
    fn fields(&mut self, entry: UnitEntryId, variant: &ty::VariantDef, layout: TyAndLayout<'tcx>) {
        let cx = MonoCx(self.tcx);
        for index in 0..layout.fields.count() {
            let name = if variant.ctor_kind() == Some(CtorKind::Fn) {
                tuple_field_name(index)
            } else {
                match variant.fields.get(FieldIdx::from_usize(index)) {
                    Some(field) => field.name.to_string(),
                    None => tuple_field_name(index),
                }
            };
            let field = layout.field(&cx, index);
            self.member(entry, &name, field.ty, layout.fields.offset(index));
        }
    }

    /// `DW_TAG_template_type_parameter`s for the type arguments of a generic ADT: std's
    /// pretty printers read the element type of a `Vec` from them.
    fn template_params(&mut self, entry: UnitEntryId, ty: Ty<'tcx>) {
        let ty::Adt(adt, args) = *ty.kind() else { return };
        let mut names = Vec::new();
        let mut generics = Some(self.tcx.generics_of(adt.did()));
        let mut chain = Vec::new();
        while let Some(g) = generics {
            chain.push(g);
            generics = g.parent.map(|parent| self.tcx.generics_of(parent));
        }
        for g in chain.iter().rev() {
            names.extend(g.own_params.iter().map(|param| param.name));
        }
        for (arg, name) in args.iter().zip(names) {
            let Some(arg_ty) = arg.as_type() else { continue };
            let arg_ty = self.tcx.normalize_erasing_regions(
                TypingEnv::fully_monomorphized(),
                rustc_middle::ty::Unnormalized::new_wip(arg_ty),
            );
            let ty_entry = self.entry(arg_ty);
            let param = self.cx.dwarf.unit.add(entry, constants::DW_TAG_template_type_parameter);
            let name = self.cx.dwarf.strings.add(name.as_str());
            let die = self.cx.dwarf.unit.get_mut(param);
            die.set(constants::DW_AT_type, AttributeValue::UnitRef(ty_entry));
            die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        }
    }

    /// A `Box` that is just a pointer (its allocator takes no space).
    fn is_plain_box(&self, ty: Ty<'tcx>, layout: TyAndLayout<'tcx>) -> bool {
        let raw = Ty::new_mut_ptr(self.tcx, ty.expect_boxed_ty());
        MonoCx(self.tcx).layout_of(raw).size == layout.size
    }

    fn wide_kind(&self, pointee: Ty<'tcx>) -> Option<WideKind> {
        let tail = self.tcx.struct_tail_for_codegen(pointee, TypingEnv::fully_monomorphized());
        match tail.kind() {
            ty::Slice(_) | ty::Str => Some(WideKind::Slice),
            ty::Dynamic(..) => Some(WideKind::Dyn),
            _ => None,
        }
    }

    fn pointer(&mut self, ty: Ty<'tcx>, pointee: Ty<'tcx>) -> UnitEntryId {
        let ptr_size = self.tcx.data_layout.pointer_size();
        let target_ty = match pointee.kind() {
            ty::Slice(element) => *element,
            ty::Str => self.tcx.types.u8,
            _ => pointee,
        };
        let Some(kind) = self.wide_kind(pointee) else {
            let layout = MonoCx(self.tcx).layout_of(ty);
            let entry = self.named(ty, constants::DW_TAG_pointer_type, None, layout, false);
            let target = self.entry(target_ty);
            self.cx
                .dwarf
                .unit
                .get_mut(entry)
                .set(constants::DW_AT_type, AttributeValue::UnitRef(target));
            return entry;
        };
        let layout_ty = if ty.is_box() { Ty::new_mut_ptr(self.tcx, pointee) } else { ty };
        let layout = MonoCx(self.tcx).layout_of(layout_ty);
        let entry = self.named(ty, constants::DW_TAG_structure_type, None, layout, true);
        let (addr_name, extra_name) = match kind {
            WideKind::Slice => ("data_ptr", "length"),
            WideKind::Dyn => ("pointer", "vtable"),
        };
        // The data pointer is a thin pointer to the elements (or the object), without a name.
        let target = self.entry(target_ty);
        let data_ptr = self.cx.dwarf.unit.add(self.root(), constants::DW_TAG_pointer_type);
        let die = self.cx.dwarf.unit.get_mut(data_ptr);
        die.set(constants::DW_AT_type, AttributeValue::UnitRef(target));
        die.set(constants::DW_AT_byte_size, AttributeValue::Udata(ptr_size.bytes()));

        let addr_member = self.cx.dwarf.unit.add(entry, constants::DW_TAG_member);
        let name = self.cx.dwarf.strings.add(addr_name);
        let die = self.cx.dwarf.unit.get_mut(addr_member);
        die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        die.set(constants::DW_AT_type, AttributeValue::UnitRef(data_ptr));
        die.set(constants::DW_AT_data_member_location, AttributeValue::Udata(0));
        let extra = layout.field(&MonoCx(self.tcx), 1);
        self.member(entry, extra_name, extra.ty, layout.fields.offset(1));
        entry
    }

    fn array(&mut self, ty: Ty<'tcx>, element: Ty<'tcx>, layout: TyAndLayout<'tcx>) -> UnitEntryId {
        let entry = self.cx.dwarf.unit.add(self.root(), constants::DW_TAG_array_type);
        self.types.insert(ty, entry);
        let element = self.entry(element);
        let count = match layout.fields {
            rustc_abi::FieldsShape::Array { count, .. } => count,
            _ => 0,
        };
        let die = self.cx.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_type, AttributeValue::UnitRef(element));
        die.set(constants::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
        let range = self.cx.dwarf.unit.add(entry, constants::DW_TAG_subrange_type);
        let die = self.cx.dwarf.unit.get_mut(range);
        die.set(constants::DW_AT_lower_bound, AttributeValue::Udata(0));
        die.set(constants::DW_AT_count, AttributeValue::Udata(count));
        entry
    }

    fn enumeration(
        &mut self,
        ty: Ty<'tcx>,
        adt: AdtDef<'tcx>,
        layout: TyAndLayout<'tcx>,
    ) -> UnitEntryId {
        if wants_c_like_enum_debuginfo(self.tcx, layout) {
            return self.c_like_enum(ty, adt, layout);
        }
        let entry = self.named(ty, constants::DW_TAG_structure_type, Some(adt.did()), layout, true);
        let part = self.cx.dwarf.unit.add(entry, constants::DW_TAG_variant_part);
        let tag = match layout.variants {
            Variants::Multiple { tag_field, .. } => {
                let tag_ty = tag_base_type(self.tcx, layout);
                let offset = layout.fields.offset(tag_field.as_usize());
                let member = self.member(part, "", tag_ty, offset);
                self.cx
                    .dwarf
                    .unit
                    .get_mut(member)
                    .set(constants::DW_AT_artificial, AttributeValue::Flag(true));
                self.cx
                    .dwarf
                    .unit
                    .get_mut(part)
                    .set(constants::DW_AT_discr, AttributeValue::UnitRef(member));
                Some(MonoCx(self.tcx).layout_of(tag_ty).size)
            }
            _ => None,
        };
        let cx = MonoCx(self.tcx);
        for index in adt.variant_range() {
            let variant = adt.variant(index);
            let variant_layout = layout.for_variant(&cx, index);
            let struct_entry = self.cx.dwarf.unit.add(entry, constants::DW_TAG_structure_type);
            let name = self.cx.dwarf.strings.add(variant.name.as_str());
            let die = self.cx.dwarf.unit.get_mut(struct_entry);
            die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
            die.set(constants::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
            die.set(constants::DW_AT_alignment, AttributeValue::Udata(layout.align.abi.bytes()));
            self.fields(struct_entry, variant, variant_layout);
            self.template_params(struct_entry, ty);

            let variant_entry = self.cx.dwarf.unit.add(part, constants::DW_TAG_variant);
            if let (Some(size), Some(value)) = (tag, self.discriminant(layout, index)) {
                let value = discr_attribute(size, value);
                self.cx.dwarf.unit.get_mut(variant_entry).set(constants::DW_AT_discr_value, value);
            }
            let member = self.cx.dwarf.unit.add(variant_entry, constants::DW_TAG_member);
            let die = self.cx.dwarf.unit.get_mut(member);
            die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
            die.set(constants::DW_AT_type, AttributeValue::UnitRef(struct_entry));
            die.set(constants::DW_AT_data_member_location, AttributeValue::Udata(0));
        }
        entry
    }

    /// The tag value that selects `variant`, if exactly one does (the untagged variant of a
    /// niche layout is the variant part's default).
    fn discriminant(&self, layout: TyAndLayout<'tcx>, variant: VariantIdx) -> Option<u128> {
        match layout.variants {
            Variants::Multiple { tag_encoding: TagEncoding::Direct, tag, .. } => {
                let value = layout.ty.discriminant_for_variant(self.tcx, variant)?.val;
                Some(tag.size(&self.tcx).truncate(value))
            }
            Variants::Multiple {
                tag_encoding:
                    TagEncoding::Niche { ref niche_variants, niche_start, untagged_variant },
                tag,
                ..
            } => {
                if variant == untagged_variant {
                    return None;
                }
                let value = u128::from(variant.as_u32())
                    .wrapping_sub(u128::from(niche_variants.start.as_u32()))
                    .wrapping_add(niche_start);
                Some(tag.size(&self.tcx).truncate(value))
            }
            _ => None,
        }
    }

    fn c_like_enum(
        &mut self,
        ty: Ty<'tcx>,
        adt: AdtDef<'tcx>,
        layout: TyAndLayout<'tcx>,
    ) -> UnitEntryId {
        let entry =
            self.named(ty, constants::DW_TAG_enumeration_type, Some(adt.did()), layout, true);
        let base_ty = tag_base_type(self.tcx, layout);
        let signed = matches!(base_ty.kind(), ty::Int(_));
        let base = self.entry(base_ty);
        let die = self.cx.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_type, AttributeValue::UnitRef(base));
        // Enumerators are scoped by their type: `Color::Blue`.
        die.set(constants::DW_AT_enum_class, AttributeValue::Flag(true));
        let size = MonoCx(self.tcx).layout_of(base_ty).size;
        for (index, discr) in adt.discriminants(self.tcx) {
            let enumerator = self.cx.dwarf.unit.add(entry, constants::DW_TAG_enumerator);
            let name = self.cx.dwarf.strings.add(adt.variant(index).name.as_str());
            let value = if signed {
                AttributeValue::Sdata(size.sign_extend(discr.val) as i64)
            } else {
                AttributeValue::Udata(size.truncate(discr.val) as u64)
            };
            let die = self.cx.dwarf.unit.get_mut(enumerator);
            die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
            die.set(constants::DW_AT_const_value, value);
        }
        entry
    }
}

/// A discriminant value in the form of the tag's size, as LLVM writes it.
fn discr_attribute(size: Size, value: u128) -> AttributeValue {
    match size.bytes() {
        1 => AttributeValue::Data1(value as u8),
        2 => AttributeValue::Data2(value as u16),
        4 => AttributeValue::Data4(value as u32),
        8 => AttributeValue::Data8(value as u64),
        _ => AttributeValue::Udata(value as u64),
    }
}

fn tuple_field_name(index: usize) -> String {
    format!("__{index}")
}
