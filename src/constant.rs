//! Constants and statics: const-eval results become immediates or data objects whose
//! relocations point at other allocations, functions, vtables and statics.

use cranelift_codegen::ir::immediates::{Ieee16, Ieee32, Ieee64};
use cranelift_codegen::ir::{InstBuilder, Value, types};
use cranelift_module::{DataDescription, DataId, FuncOrDataId, Linkage, Module};
use cranelift_object::ObjectModule;
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::def_id::DefId;
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::mir::interpret::{AllocId, ConstAllocation, GlobalAlloc, Scalar};
use rustc_middle::mir::{ConstOperand, ConstValue};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt};

use crate::base::FnCx;
use crate::driver::CguCx;
use crate::layout::{RegRepr, reg_repr};
use crate::place::CgPlace;
use crate::value::CgVal;

/// Data objects of this CGU's anonymous allocations; defined after all functions are lowered.
#[derive(Default)]
pub(crate) struct ConstantCx {
    allocs: FxHashMap<AllocId, DataId>,
    /// Read-only allocations by content: equal constants share one address, as LLVM's
    /// constant merging gives (code compares vtable and string addresses).
    by_content: FxHashMap<AllocKey, DataId>,
    pending: Vec<(AllocId, DataId)>,
}

#[derive(PartialEq, Eq, Hash)]
struct AllocKey {
    bytes: Vec<u8>,
    align: u64,
    relocs: Vec<(u64, RelocKey)>,
}

#[derive(PartialEq, Eq, Hash)]
enum RelocKey {
    Func(cranelift_module::FuncId),
    Data(DataId),
    /// Provenance whose value is in the bytes themselves (type ids).
    Bytes,
}

impl ConstantCx {
    pub(crate) fn define_pending(&mut self, tcx: TyCtxt<'_>, module: &mut ObjectModule) {
        while let Some((alloc_id, data_id)) = self.pending.pop() {
            let GlobalAlloc::Memory(alloc) = tcx.global_alloc(alloc_id) else {
                rustc_middle::bug!("pending allocation {alloc_id:?} is not memory")
            };
            define_alloc(tcx, module, self, data_id, alloc, None);
        }
    }
}

pub(crate) fn operand<'tcx>(fx: &mut FnCx<'_, 'tcx>, constant: &ConstOperand<'tcx>) -> CgVal<'tcx> {
    let const_ = fx.monomorphize(constant.const_);
    let value = match const_.eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), constant.span) {
        Ok(value) => value,
        // The error was reported when the mono item collector evaluated required constants.
        Err(_) => fx.tcx.dcx().span_fatal(constant.span, "erroneous constant encountered"),
    };
    const_value(fx, value, const_.ty())
}

pub(crate) fn const_value<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    value: ConstValue,
    ty: Ty<'tcx>,
) -> CgVal<'tcx> {
    let layout = fx.layout_of(ty);
    if layout.is_zst() {
        return CgVal::zst(fx, layout);
    }
    match value {
        ConstValue::ZeroSized => CgVal::zst(fx, layout),
        ConstValue::Scalar(scalar) => match reg_repr(fx.tcx, layout.backend_repr) {
            Some(RegRepr::Scalar(clif_ty)) => {
                let v = scalar_to_value(fx, scalar, clif_ty);
                CgVal::by_val(v, layout)
            }
            _ => {
                // A scalar constant of a non-scalar layout: materialise its bytes in memory.
                let int_ty = fx.layout_of(match layout.size.bytes() {
                    1 => fx.tcx.types.u8,
                    2 => fx.tcx.types.u16,
                    4 => fx.tcx.types.u32,
                    8 => fx.tcx.types.u64,
                    _ => fx.tcx.types.u128,
                });
                let clif_ty = match reg_repr(fx.tcx, int_ty.backend_repr) {
                    Some(RegRepr::Scalar(t)) => t,
                    _ => types::I128,
                };
                let v = scalar_to_value(fx, scalar, clif_ty);
                let slot = CgPlace::new_stack(fx, layout);
                let addr = slot.addr(fx);
                fx.bcx.ins().store(crate::value::mem_flags(), v, addr, 0);
                CgVal::by_ref(addr, layout)
            }
        },
        ConstValue::Slice { alloc_id, meta } => {
            let ptr = alloc_address(fx, alloc_id);
            let len = fx.bcx.ins().iconst(fx.ptr_ty, meta as i64);
            CgVal::by_val_pair(ptr, len, layout)
        }
        ConstValue::Indirect { alloc_id, offset } => {
            let base = alloc_address(fx, alloc_id);
            let addr = fx.ptr_add(base, offset.bytes() as i64);
            CgVal::by_ref(addr, layout)
        }
    }
}

/// A `&'static str` constant.
pub(crate) fn str_const<'tcx>(fx: &mut FnCx<'_, 'tcx>, text: &str) -> CgVal<'tcx> {
    let alloc_id =
        fx.tcx.allocate_bytes_dedup(text.as_bytes(), rustc_middle::mir::interpret::CTFE_ALLOC_SALT);
    let ptr = alloc_address(fx, alloc_id);
    let len = fx.bcx.ins().iconst(fx.ptr_ty, text.len() as i64);
    let ty = Ty::new_static_str(fx.tcx);
    CgVal::by_val_pair(ptr, len, fx.layout_of(ty))
}

fn scalar_to_value(fx: &mut FnCx<'_, '_>, scalar: Scalar, clif_ty: types::Type) -> Value {
    match scalar {
        Scalar::Int(int) => {
            let bits = int.to_bits_unchecked();
            match clif_ty {
                types::F32 => fx.bcx.ins().f32const(Ieee32::with_bits(bits as u32)),
                types::F64 => fx.bcx.ins().f64const(Ieee64::with_bits(bits as u64)),
                types::F16 => fx.bcx.ins().f16const(Ieee16::with_bits(bits as u16)),
                types::F128 => {
                    let int = fx.iconst(types::I128, bits as i128);
                    fx.bcx.ins().bitcast(
                        types::F128,
                        cranelift_codegen::ir::MemFlagsData::new(),
                        int,
                    )
                }
                _ => fx.iconst(clif_ty, bits as i128),
            }
        }
        Scalar::Ptr(ptr, _) => {
            let (prov, offset) = ptr.into_raw_parts();
            let alloc_id = prov.alloc_id();
            if let GlobalAlloc::TypeId { .. } = fx.tcx.global_alloc(alloc_id) {
                // Type ids are opaque bits carried as pointer offsets.
                return fx.iconst(clif_ty, offset.bytes() as i128);
            }
            let base = alloc_address(fx, alloc_id);
            let addr = fx.ptr_add(base, offset.bytes() as i64);
            if clif_ty == fx.ptr_ty { addr } else { fx.bitcast_scalar(addr, clif_ty) }
        }
    }
}

/// The run-time address of a global allocation.
fn alloc_address(fx: &mut FnCx<'_, '_>, alloc_id: AllocId) -> Value {
    match fx.tcx.global_alloc(alloc_id) {
        GlobalAlloc::Function { instance } => crate::cast::fn_addr(fx, instance),
        GlobalAlloc::Static(def_id) => {
            if is_thread_local(fx.tcx, def_id) {
                fx.unsupported("a constant pointing to a thread-local static");
            }
            let id = data_for_static(fx.cgu, def_id);
            fx.data_addr(id)
        }
        _ => {
            let id = data_for_alloc(fx.tcx, &mut fx.cgu.module, &mut fx.cgu.constants, alloc_id);
            fx.data_addr(id)
        }
    }
}

/// The data object of an anonymous allocation or vtable, declared on first use.
fn data_for_alloc(
    tcx: TyCtxt<'_>,
    module: &mut ObjectModule,
    cx: &mut ConstantCx,
    alloc_id: AllocId,
) -> DataId {
    let alloc_id = match tcx.global_alloc(alloc_id) {
        GlobalAlloc::VTable(ty, dyn_ty) => {
            let principal =
                dyn_ty.principal().map(|p| tcx.instantiate_bound_regions_with_erased(p));
            tcx.vtable_allocation((ty, principal))
        }
        _ => alloc_id,
    };
    if let Some(&id) = cx.allocs.get(&alloc_id) {
        return id;
    }
    let alloc = match tcx.global_alloc(alloc_id) {
        GlobalAlloc::Memory(alloc) => alloc,
        other => rustc_middle::bug!("data object for {other:?}"),
    };
    let writable = alloc.inner().mutability.is_mut();
    let key = (!writable).then(|| content_key(tcx, module, cx, alloc));
    if let Some(&id) = key.as_ref().and_then(|key| cx.by_content.get(key)) {
        cx.allocs.insert(alloc_id, id);
        return id;
    }
    let id = match module.declare_anonymous_data(writable, false) {
        Ok(id) => id,
        Err(err) => tcx.dcx().fatal(format!("cannot declare constant data: {err}")),
    };
    cx.allocs.insert(alloc_id, id);
    if let Some(key) = key {
        cx.by_content.insert(key, id);
    }
    cx.pending.push((alloc_id, id));
    id
}

/// What makes two read-only allocations interchangeable: bytes, alignment and pointer targets.
fn content_key(
    tcx: TyCtxt<'_>,
    module: &mut ObjectModule,
    cx: &mut ConstantCx,
    alloc: ConstAllocation<'_>,
) -> AllocKey {
    let inner = alloc.inner();
    let bytes = inner.inspect_with_uninit_and_ptr_outside_interpreter(0..inner.len()).to_vec();
    let mut relocs = Vec::new();
    for &(offset, prov) in inner.provenance().ptrs().iter() {
        let target = match tcx.global_alloc(prov.alloc_id()) {
            GlobalAlloc::Function { instance } => RelocKey::Func(crate::abi::declare_instance_in(
                tcx,
                module,
                instance,
                Linkage::Import,
            )),
            GlobalAlloc::Static(def_id) => RelocKey::Data(data_for_static_in(tcx, module, def_id)),
            GlobalAlloc::TypeId { .. } => RelocKey::Bytes,
            GlobalAlloc::Memory(_) | GlobalAlloc::VTable(..) => {
                RelocKey::Data(data_for_alloc(tcx, module, cx, prov.alloc_id()))
            }
        };
        relocs.push((offset.bytes(), target));
    }
    AllocKey { bytes, align: inner.align.bytes(), relocs }
}

pub(crate) fn data_for_vtable<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    ty: Ty<'tcx>,
    principal: Option<ty::ExistentialTraitRef<'tcx>>,
) -> Value {
    let alloc_id = fx.tcx.vtable_allocation((ty, principal));
    let id = data_for_alloc(fx.tcx, &mut fx.cgu.module, &mut fx.cgu.constants, alloc_id);
    fx.data_addr(id)
}

fn is_thread_local(tcx: TyCtxt<'_>, def_id: DefId) -> bool {
    tcx.codegen_fn_attrs(def_id).flags.contains(CodegenFnAttrFlags::THREAD_LOCAL)
}

/// The address of this thread's instance of a `#[thread_local]` static.
pub(crate) fn thread_local_addr(fx: &mut FnCx<'_, '_>, def_id: DefId) -> Value {
    let id = data_for_static(fx.cgu, def_id);
    let gv = fx.cgu.module.declare_data_in_func(id, fx.bcx.func);
    fx.bcx.ins().tls_value(fx.ptr_ty, gv)
}

fn static_symbol(tcx: TyCtxt<'_>, def_id: DefId) -> &str {
    tcx.symbol_name(Instance::mono(tcx, def_id)).name
}

/// The data object of a static: its definition in this CGU, or an import.
fn data_for_static(cx: &mut CguCx<'_>, def_id: DefId) -> DataId {
    data_for_static_in(cx.tcx, &mut cx.module, def_id)
}

fn data_for_static_in(tcx: TyCtxt<'_>, module: &mut ObjectModule, def_id: DefId) -> DataId {
    let name = static_symbol(tcx, def_id);
    if let Some(linkage) = tcx.codegen_fn_attrs(def_id).import_linkage {
        return address_holder_for_extern_static(tcx, module, def_id, name, linkage);
    }
    if let Some(FuncOrDataId::Data(id)) = module.declarations().get_name(name) {
        return id;
    }
    declare_data_or_fatal(tcx, module, def_id, name, Linkage::Import)
}

fn declare_data_or_fatal(
    tcx: TyCtxt<'_>,
    module: &mut ObjectModule,
    def_id: DefId,
    name: &str,
    linkage: Linkage,
) -> DataId {
    match module.declare_data(name, linkage, false, is_thread_local(tcx, def_id)) {
        Ok(id) => id,
        Err(err) => {
            tcx.dcx().span_fatal(tcx.def_span(def_id), format!("cannot declare `{name}`: {err}"))
        }
    }
}

/// An extern static with `#[linkage]` (std's `weak!` uses `extern_weak` for libc functions
/// that may be missing): the Rust static's value is the *address* of the symbol, null when a
/// weak symbol is absent, so the static is a local object holding that address.
fn address_holder_for_extern_static(
    tcx: TyCtxt<'_>,
    module: &mut ObjectModule,
    def_id: DefId,
    name: &str,
    linkage: rustc_hir::attrs::Linkage,
) -> DataId {
    use rustc_hir::attrs::Linkage as RustLinkage;
    let holder_name = format!("_rust_extern_with_linkage_{name}");
    if let Some(FuncOrDataId::Data(id)) = module.declarations().get_name(&holder_name) {
        return id;
    }
    let symbol_linkage = match linkage {
        RustLinkage::ExternalWeak => Linkage::Preemptible,
        RustLinkage::External => Linkage::Import,
        _ => crate::unsupported::unsupported(
            tcx,
            tcx.def_span(def_id),
            format!("`#[linkage = \"{linkage:?}\"]` on an extern static"),
        ),
    };
    if is_thread_local(tcx, def_id) {
        crate::unsupported::unsupported(
            tcx,
            tcx.def_span(def_id),
            "`#[linkage]` on a thread-local extern static",
        );
    }
    let symbol = declare_data_or_fatal(tcx, module, def_id, name, symbol_linkage);
    let holder = declare_data_or_fatal(tcx, module, def_id, &holder_name, Linkage::Local);
    let ptr_size = tcx.data_layout.pointer_size();
    let mut desc = DataDescription::new();
    desc.set_align(ptr_size.bytes());
    // Explicit bytes: a zero-init object would go to `.bss`, where relocations are dropped.
    desc.define(vec![0; ptr_size.bytes_usize()].into_boxed_slice());
    let gv = module.declare_data_in_data(symbol, &mut desc);
    desc.write_data_addr(0, gv, 0);
    if let Err(err) = module.define_data(holder, &desc) {
        tcx.dcx().span_fatal(tcx.def_span(def_id), format!("cannot define `{holder_name}`: {err}"));
    }
    holder
}

/// Declares a static defined by this CGU, with the linkage rustc chose for it.
pub(crate) fn declare_static(cx: &mut CguCx<'_>, def_id: DefId, linkage: Linkage) {
    let tcx = cx.tcx;
    let name = static_symbol(tcx, def_id);
    declare_data_or_fatal(tcx, &mut cx.module, def_id, name, linkage);
}

pub(crate) fn define_static(cx: &mut CguCx<'_>, def_id: DefId) {
    let tcx = cx.tcx;
    let alloc = match tcx.eval_static_initializer(def_id) {
        Ok(alloc) => alloc,
        Err(_) => {
            tcx.dcx().span_fatal(tcx.def_span(def_id), "could not evaluate static initializer")
        }
    };
    let id = data_for_static_in(tcx, &mut cx.module, def_id);
    if alloc.inner().mutability.is_mut() {
        // Re-declaring merges the writability into the existing declaration.
        let tls = is_thread_local(tcx, def_id);
        let _ = cx.module.declare_data(static_symbol(tcx, def_id), Linkage::Import, true, tls);
    }
    define_alloc(tcx, &mut cx.module, &mut cx.constants, id, alloc, Some(def_id));
}

/// Defines `data_id` with the bytes of `alloc` and a relocation for every pointer in it; for a
/// static, `#[link_section]` and `#[used]` place and keep it.
fn define_alloc(
    tcx: TyCtxt<'_>,
    module: &mut ObjectModule,
    cx: &mut ConstantCx,
    data_id: DataId,
    alloc: ConstAllocation<'_>,
    of_static: Option<DefId>,
) {
    let alloc = alloc.inner();
    let bytes = alloc.inspect_with_uninit_and_ptr_outside_interpreter(0..alloc.len()).to_vec();
    let ptr_size = tcx.data_layout.pointer_size();
    let mut desc = DataDescription::new();
    desc.set_align(alloc.align.bytes());
    if let Some(def_id) = of_static {
        let attrs = tcx.codegen_fn_attrs(def_id);
        if let Some(section) = attrs.link_section {
            if is_thread_local(tcx, def_id) {
                // cranelift-object keeps thread-locals in its own TLS sections.
                crate::unsupported::unsupported(
                    tcx,
                    tcx.def_span(def_id),
                    "`#[link_section]` on a thread-local static",
                );
            }
            desc.set_segment_section("", section.as_str(), 0);
        }
        let used = CodegenFnAttrFlags::USED_COMPILER | CodegenFnAttrFlags::USED_LINKER;
        desc.set_used(attrs.flags.intersects(used));
    }

    let mut relocs = Vec::new();
    for &(offset, prov) in alloc.provenance().ptrs().iter() {
        let at = offset.bytes_usize();
        let addend = read_target_uint(&bytes[at..at + ptr_size.bytes_usize()], tcx);
        relocs.push((offset, prov.alloc_id(), addend));
    }
    desc.define(bytes.into_boxed_slice());

    for (offset, target, addend) in relocs {
        let offset = offset.bytes() as u32;
        match tcx.global_alloc(target) {
            GlobalAlloc::Function { instance } => {
                let id = crate::abi::declare_instance_in(tcx, module, instance, Linkage::Import);
                let r = module.declare_func_in_data(id, &mut desc);
                desc.write_function_addr(offset, r);
            }
            GlobalAlloc::TypeId { .. } => {
                // The bytes already hold the id; there is nothing to relocate.
            }
            GlobalAlloc::Static(def_id) => {
                if is_thread_local(tcx, def_id) {
                    crate::unsupported::unsupported(
                        tcx,
                        tcx.def_span(def_id),
                        "pointers to thread-local statics in constants",
                    );
                }
                let id = data_for_static_in(tcx, module, def_id);
                let gv = module.declare_data_in_data(id, &mut desc);
                desc.write_data_addr(offset, gv, addend as i64);
            }
            GlobalAlloc::Memory(_) | GlobalAlloc::VTable(..) => {
                let id = data_for_alloc(tcx, module, cx, target);
                let gv = module.declare_data_in_data(id, &mut desc);
                desc.write_data_addr(offset, gv, addend as i64);
            }
        }
    }

    if let Err(err) = module.define_data(data_id, &desc) {
        tcx.dcx().fatal(format!("cannot define constant data: {err}"));
    }
}

fn read_target_uint(bytes: &[u8], tcx: TyCtxt<'_>) -> u64 {
    let mut buf = [0u8; 8];
    let n = bytes.len().min(8);
    match tcx.data_layout.endian {
        rustc_abi::Endian::Little => {
            buf[..n].copy_from_slice(&bytes[..n]);
            u64::from_le_bytes(buf)
        }
        rustc_abi::Endian::Big => {
            buf[8 - n..].copy_from_slice(&bytes[..n]);
            u64::from_be_bytes(buf)
        }
    }
}
