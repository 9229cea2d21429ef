//! The module level: one `ObjectModule` per CGU, driven by `rustc_codegen_ssa`'s coordinator.
//!
//! The coordinator calls [`ClifDriver::compile_codegen_unit`] on the main thread (MIR → CLIF needs
//! the `TyCtxt`), then hands the resulting [`ClifModule`] to a worker thread that compiles the CLIF
//! to machine code and writes the object file ([`WriteBackendMethods::codegen`]). Parallelism under
//! the jobserver and reuse of unchanged CGUs under `-Cincremental` come from the coordinator.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use cranelift_codegen::Context;
use cranelift_codegen::ir::{Function, Signature, UserFuncName, Value};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module, ModuleReloc};
use cranelift_object::{ObjectBuilder, ObjectModule};
use rustc_ast::expand::allocator::AllocatorMethod;
use rustc_codegen_ssa::back::lto::ThinModule;
use rustc_codegen_ssa::back::write::{
    CodegenContext, EmitObj, FatLtoInput, ModuleConfig, SharedEmitter, TargetMachineFactoryFn,
    ThinLtoInput,
};
use rustc_codegen_ssa::traits::{ExtraBackendMethods, WriteBackendMethods};
use rustc_codegen_ssa::{CompiledModule, ModuleCodegen, ModuleKind};
use rustc_data_structures::profiling::SelfProfilerRef;
use rustc_errors::DiagCtxt;
use rustc_middle::dep_graph::WorkProduct;
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::mono::MonoItem;
use rustc_middle::ty::{Instance, TyCtxt};
use rustc_session::Session;
use rustc_session::config::{DebugInfo, OptLevel, OutputType};
use rustc_span::Symbol;

use crate::constant::ConstantCx;
use crate::debuginfo::{DebugCx, FunctionDebug, TypeEntries};
use crate::timings::{Phase, measure};

/// A function lowered to CLIF, waiting for a worker to compile it.
pub(crate) struct PendingFunction {
    pub(crate) id: FuncId,
    pub(crate) symbol: String,
    pub(crate) func: Function,
    pub(crate) debug: Option<FunctionDebug>,
    /// Whether calls to it are inlined (`crate::inline`).
    pub(crate) inlinable: bool,
    /// The alignment `#[rustc_align(N)]` asks for, in bytes, beyond the ISA's own minimum.
    pub(crate) align: Option<u64>,
}

/// One CGU between MIR lowering and object emission.
pub(crate) struct ClifModule {
    name: String,
    code: ModuleCode,
    placements: Vec<crate::link_section::Placement>,
    debug: Option<DebugCx>,
    /// Assembly from `asm!` wrappers and `global_asm!`, assembled into a second object.
    asm: crate::inline_asm::CguAsm,
    /// As in `cfg(target_arch)`: picks the assembler and linker for `asm`.
    target_arch: String,
    /// The text `--emit=asm` writes, filled in by [`ClifModule::compile`] when asked for.
    listing: Option<String>,
    /// Whether functions get `.eh_frame` entries: off only under `-Cpanic=abort` with
    /// `-Cforce-unwind-tables=no` and no debuginfo, as with LLVM (which writes its debug CFI
    /// into `.eh_frame` too).
    unwind_tables: bool,
}

/// Why a module's objects could not be written.
pub(crate) enum ObjectError {
    Message(String),
    /// The assembler rejected `asm!`, `global_asm!` or naked functions, on these lines.
    AsmRejected(Vec<crate::inline_asm::Complaint>),
}

impl From<String> for ObjectError {
    fn from(message: String) -> Self {
        ObjectError::Message(message)
    }
}

impl ObjectError {
    /// The error as one message, for where there is no diagnostic context with spans.
    pub(crate) fn into_message(self) -> String {
        match self {
            ObjectError::Message(message) => message,
            ObjectError::AsmRejected(complaints) => {
                crate::inline_asm::describe_complaints(complaints)
            }
        }
    }

    /// Reports the error from a worker and stops: assembler complaints at their `asm!`, as
    /// LLVM reports errors of its assembler.
    fn report(self, shared_emitter: &SharedEmitter) -> ! {
        match self {
            ObjectError::AsmRejected(complaints) => {
                for complaint in complaints {
                    shared_emitter.inline_asm_error(complaint.into_diagnostic());
                }
                rustc_span::fatal_error::FatalError.raise()
            }
            ObjectError::Message(message) => {
                DiagCtxt::new(Box::new(shared_emitter.clone())).handle().fatal(message)
            }
        }
    }
}

/// A module's code: CLIF until a worker compiles it, then the bytes of its object file.
enum ModuleCode {
    Clif { object: Box<ObjectModule>, functions: Vec<PendingFunction> },
    Object(Vec<u8>),
}

impl ClifModule {
    /// Compiles the CLIF of every function to machine code, once; later calls do nothing. With
    /// `listing`, also keeps the text of each function's machine code for `--emit=asm`.
    fn compile(&mut self, prof: &SelfProfilerRef, listing: bool) -> Result<(), String> {
        let code = std::mem::replace(&mut self.code, ModuleCode::Object(Vec::new()));
        let ModuleCode::Clif { mut object, functions } = code else {
            self.code = code;
            return Ok(());
        };
        if listing {
            self.listing = Some(LISTING_HEADER.to_owned());
        }
        let mut eh_frame = crate::unwind::EhFrameBuilder::new(object.isa(), self.unwind_tables);
        let mut ctx = Context::new();
        let bodies = crate::inline::InlineBodies::collect(&functions);
        prof.generic_activity_with_arg("compile functions", &*self.name).run(|| {
            for mut pending in functions {
                ctx.clear();
                ctx.set_disasm(listing);
                ctx.func = pending.func;
                measure(Phase::Compile, || {
                    let debug = self.debug.as_mut().zip(pending.debug.as_mut());
                    bodies
                        .inline_into(pending.id, &mut ctx, debug)
                        .map_err(|err| format!("cannot compile `{}`: {err}", pending.symbol))?;
                    define_function(&mut object, &mut ctx, pending.id, pending.align).map_err(
                        |err| format!("Cranelift failed to compile `{}`: {err}", pending.symbol),
                    )
                })?;
                measure(Phase::Emit, || eh_frame.add_function(&mut object, &ctx, pending.id))?;
                if let (Some(text), Some(code)) = (&mut self.listing, ctx.compiled_code()) {
                    let body = code.vcode.as_deref().unwrap_or_default();
                    let _ = write!(text, "\n{}:\n{body}", pending.symbol);
                }
                if let (Some(debug), Some(fx), Some(code)) =
                    (&mut self.debug, pending.debug, ctx.compiled_code())
                {
                    measure(Phase::Emit, || debug.finish_function(fx, pending.id, code));
                }
            }
            Ok::<(), String>(())
        })?;
        let x86_64_elf = {
            let triple = object.isa().triple();
            triple.architecture == target_lexicon::Architecture::X86_64
                && triple.binary_format == target_lexicon::BinaryFormat::Elf
        };
        let bytes = measure(Phase::Emit, || {
            let mut product = object.finish();
            eh_frame.emit(&mut product);
            if let Some(debug) = self.debug.take() {
                debug.emit(&mut product)?;
            }
            let mut bytes =
                product.object.write().map_err(|err| format!("cannot encode object: {err}"))?;
            if !self.placements.is_empty() {
                bytes = crate::link_section::place_functions(&bytes, &self.placements)?;
            }
            if x86_64_elf {
                crate::got_relax::mark_relaxable(&mut bytes);
            }
            Ok::<_, String>(bytes)
        })?;
        self.code = ModuleCode::Object(bytes);
        Ok(())
    }

    /// Compiles the module and writes its object file(s): `path`, and beside it the assembled
    /// `asm` if there is any. Nothing is left behind when the assembler fails.
    pub(crate) fn write_objects(
        mut self,
        prof: &SelfProfilerRef,
        path: &std::path::Path,
    ) -> Result<Option<PathBuf>, ObjectError> {
        self.compile(prof, false)?;
        let ModuleCode::Object(bytes) = &self.code else { unreachable!("compiled above") };
        measure(Phase::Emit, || std::fs::write(path, bytes))
            .map_err(|err| format!("cannot write object file {}: {err}", path.display()))?;
        if self.asm.is_empty() {
            return Ok(None);
        }
        crate::inline_asm::assemble(&self.asm, path, &self.target_arch).map(Some).inspect_err(
            |_| {
                let _ = std::fs::remove_file(path);
            },
        )
    }

    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn target_arch(&self) -> &str {
        &self.target_arch
    }
}

/// The per-CGU state shared by the lowering of all its items.
pub(crate) struct CguCx<'tcx> {
    pub(crate) tcx: TyCtxt<'tcx>,
    /// The CGU's name, unique across crates; prefixes the symbols of `asm!` wrappers.
    pub(crate) name: String,
    pub(crate) asm: crate::inline_asm::CguAsm,
    /// This CGU's `__rust_try`, once a `catch_unwind` needed it.
    pub(crate) rust_try: Option<FuncId>,
    /// Assembly helper functions already emitted into `asm`.
    pub(crate) asm_helpers: std::collections::BTreeSet<String>,
    /// Symbols that `sym` operands of `asm!`, `global_asm!` and naked functions name.
    pub(crate) asm_symbols: std::collections::BTreeSet<String>,
    /// Numbers the `asm!` blocks with `label` operands, whose local labels must be unique in
    /// the CGU's assembly.
    pub(crate) asm_label_blocks: u32,
    pub(crate) module: ObjectModule,
    pub(crate) constants: ConstantCx,
    pub(crate) functions: Vec<PendingFunction>,
    /// The functions `#[link_section]` places, applied once the object file is written.
    pub(crate) placements: Vec<crate::link_section::Placement>,
    /// DWARF of the CGU, under `-Cdebuginfo`.
    pub(crate) debug: Option<DebugCx>,
    /// Its type entries, by type.
    pub(crate) debug_types: TypeEntries<'tcx>,
    /// Where `CG_CLIF_DUMP` writes CLIF text, if requested.
    pub(crate) dump_dir: Option<PathBuf>,
    /// cranelift-frontend's SSA state, empty between functions: kept to reuse its allocations.
    pub(crate) builder_cx: FunctionBuilderContext,
}

fn new_object_module(tcx: TyCtxt<'_>, name: &str) -> ObjectModule {
    let isa = crate::isa::build_isa(tcx.sess);
    let mut builder = match ObjectBuilder::new(
        isa,
        format!("{name}.o"),
        cranelift_module::default_libcall_names(),
    ) {
        Ok(builder) => builder,
        Err(err) => tcx.dcx().fatal(format!("cannot create an object file for `{name}`: {err}")),
    };
    // As with LLVM, `-Zfunction-sections` also puts each data object in a section of its own,
    // so that the linker's `--gc-sections` drops constants only unused functions referred to.
    let sections = tcx.sess.opts.unstable_opts.function_sections.unwrap_or(true);
    builder.per_function_section(sections);
    builder.per_data_object_section(sections);
    ObjectModule::new(builder)
}

impl<'tcx> CguCx<'tcx> {
    fn new(tcx: TyCtxt<'tcx>, name: &str) -> Self {
        let dump_dir = crate::config::clif_dump_dir(tcx.output_filenames(()));
        let module = new_object_module(tcx, name);
        let debug = DebugCx::new(tcx, name, crate::dwarf_writer::endian_of(module.isa()));
        CguCx {
            tcx,
            name: name.to_owned(),
            asm: Default::default(),
            asm_helpers: Default::default(),
            asm_symbols: Default::default(),
            asm_label_blocks: 0,
            rust_try: None,
            module,
            constants: ConstantCx::default(),
            functions: Vec::new(),
            placements: Vec::new(),
            debug,
            debug_types: Default::default(),
            dump_dir,
            builder_cx: FunctionBuilderContext::new(),
        }
    }

    pub(crate) fn module_config(&self) -> cranelift_codegen::isa::TargetFrontendConfig {
        self.module.target_config()
    }

    /// Defines a function `name` whose body `body` builds from the entry block; for shims.
    pub(crate) fn define_shim_function(
        &mut self,
        name: &str,
        linkage: Linkage,
        sig: Signature,
        body: impl FnOnce(&mut FunctionBuilder<'_>, &mut ObjectModule, &[Value]),
    ) -> FuncId {
        let id = match self.module.declare_function(name, linkage, &sig) {
            Ok(id) => id,
            Err(err) => self.tcx.dcx().fatal(format!("cannot declare `{name}`: {err}")),
        };
        let mut func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut builder_cx = FunctionBuilderContext::new();
        let mut bcx = FunctionBuilder::new(&mut func, &mut builder_cx);
        let block = bcx.create_block();
        bcx.switch_to_block(block);
        bcx.append_block_params_for_function_params(block);
        let params = bcx.block_params(block).to_vec();
        body(&mut bcx, &mut self.module, &params);
        bcx.seal_all_blocks();
        bcx.finalize(self.module.target_config());
        self.functions.push(PendingFunction {
            id,
            symbol: name.to_owned(),
            func,
            debug: None,
            inlinable: false,
            align: None,
        });
        id
    }

    fn into_module(mut self) -> ClifModule {
        self.constants.define_pending(self.tcx, &mut self.module);
        crate::inline_asm::export_asm_symbols(&mut self.module, &self.asm_symbols);
        ClifModule {
            name: self.name,
            code: ModuleCode::Clif { object: Box::new(self.module), functions: self.functions },
            placements: self.placements,
            debug: self.debug,
            asm: self.asm,
            target_arch: self.tcx.sess.target.arch.desc().to_owned(),
            listing: None,
            // LLVM leaves out only the entries of functions that cannot unwind, and keeps
            // them all for debuginfo; we have no such per-function knowledge, so under
            // `panic=unwind` every function keeps its entry.
            unwind_tables: self.tcx.sess.must_emit_unwind_tables()
                || self.tcx.sess.panic_strategy() == rustc_target::spec::PanicStrategy::Unwind
                || self.tcx.sess.opts.debuginfo != DebugInfo::None,
        }
    }
}

/// Lowers every mono item of one CGU: declare all functions first, then define each item.
fn lower_cgu(tcx: TyCtxt<'_>, cgu_name: Symbol) -> ClifModule {
    let cgu = tcx.codegen_unit(cgu_name);
    let items = cgu.items_in_deterministic_order(tcx);
    let mut cx = CguCx::new(tcx, cgu_name.as_str());

    let is_naked = |instance: Instance<'_>| {
        tcx.codegen_instance_attrs(instance.def).flags.contains(CodegenFnAttrFlags::NAKED)
    };
    for (item, data) in &items {
        let linkage = crate::abi::linkage_of(tcx, *item, data.linkage, data.visibility);
        match *item {
            // Defined by the CGU's assembly, which is a separate object.
            MonoItem::Fn(instance) if is_naked(instance) => {
                crate::abi::declare_instance(&mut cx, instance, Linkage::Import);
            }
            MonoItem::Fn(instance) => {
                crate::abi::declare_instance(&mut cx, instance, linkage);
            }
            MonoItem::Static(def_id) => crate::constant::declare_static(&mut cx, def_id, linkage),
            MonoItem::GlobalAsm(_) => {}
        }
    }
    for (item, data) in &items {
        match *item {
            MonoItem::Fn(instance) if is_naked(instance) => {
                crate::inline_asm::naked_function(&mut cx, instance, *data)
            }
            MonoItem::Fn(instance) => crate::base::lower_function(&mut cx, instance),
            MonoItem::Static(def_id) => crate::constant::define_static(&mut cx, def_id),
            MonoItem::GlobalAsm(item_id) => crate::inline_asm::global_asm(&mut cx, item_id),
        }
    }
    crate::main_shim::maybe_define_main(&mut cx, cgu);
    cx.into_module()
}

/// Compiles `ctx`'s function into `object`, placed at a multiple of `align` bytes if given.
fn define_function(
    object: &mut ObjectModule,
    ctx: &mut Context,
    id: FuncId,
    align: Option<u64>,
) -> Result<(), String> {
    let Some(align) = align else {
        return object.define_function(id, ctx).map_err(|err| format!("{err:?}"));
    };
    // `define_function` takes the alignment from the ISA, which is shared by the module.
    ctx.compile(object.isa(), &mut Default::default()).map_err(|err| format!("{:?}", err.inner))?;
    let Some(code) = ctx.compiled_code() else { unreachable!("compiled above") };
    let align = align.max(u64::from(code.buffer.alignment));
    let relocs: Vec<ModuleReloc> = code
        .buffer
        .relocs()
        .iter()
        .map(|reloc| ModuleReloc::from_mach_reloc(reloc, &ctx.func, id))
        .collect();
    object
        .define_function_bytes(id, align, code.buffer.data(), &relocs)
        .map_err(|err| format!("{err:?}"))
}

/// Heads the `.s` files of `--emit=asm`.
const LISTING_HEADER: &str = "\
# Written by the Cranelift backend for `--emit=asm`: each function's machine code after register
# allocation, in Cranelift's notation, followed by the assembly of `asm!` blocks and
# `global_asm!`. It documents the object file; it is not meant for an assembler.
";

/// Compiles one module and writes its object files, and its listing if `config` asks for one.
fn emit_module(
    cgcx: &CodegenContext,
    prof: &SelfProfilerRef,
    mut module: ClifModule,
    kind: ModuleKind,
    config: &ModuleConfig,
) -> Result<CompiledModule, ObjectError> {
    let name = module.name.clone();
    module.compile(prof, config.emit_asm)?;
    let assembly = match &module.listing {
        Some(listing) => {
            let path = cgcx.output_filenames.temp_path_for_cgu(OutputType::Assembly, &name);
            let text = format!("{listing}\n{}", module.asm.text);
            std::fs::write(&path, text)
                .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
            Some(path)
        }
        None => None,
    };
    let mut compiled = if matches!(config.emit_obj, EmitObj::None) {
        // Only the listing was asked for (`--emit=asm` alone, or the allocator shim of a crate
        // that is not linked): rustc would not clean up an object it did not expect.
        crate::lto::compiled_module(name, kind, None, None)
    } else {
        let path = cgcx.output_filenames.temp_path_for_cgu(OutputType::Object, &name);
        let global_asm_object = module.write_objects(prof, &path)?;
        crate::lto::compiled_module(name, kind, Some(path), global_asm_object)
    };
    compiled.assembly = assembly;
    Ok(compiled)
}

#[derive(Clone, Copy)]
pub(crate) struct ClifDriver;

impl ExtraBackendMethods for ClifDriver {
    type Module = ClifModule;

    fn codegen_allocator<'tcx>(
        &self,
        tcx: TyCtxt<'tcx>,
        module_name: &str,
        methods: &[AllocatorMethod],
    ) -> ClifModule {
        let mut cx = CguCx::new(tcx, module_name);
        crate::allocator::define_shim(&mut cx, methods);
        cx.into_module()
    }

    fn compile_codegen_unit(
        &self,
        tcx: TyCtxt<'_>,
        cgu_name: Symbol,
    ) -> (ModuleCodegen<ClifModule>, u64) {
        let start = std::time::Instant::now();
        let dep_node = tcx.codegen_unit(cgu_name).codegen_dep_node(tcx);
        let (module, _) = tcx.dep_graph.with_task(
            dep_node,
            tcx,
            || {
                let module = measure(Phase::Lower, || lower_cgu(tcx, cgu_name));
                ModuleCodegen::new_regular(cgu_name.as_str().to_owned(), module)
            },
            Some(rustc_middle::dep_graph::hash_result),
        );
        // The coordinator schedules big CGUs first; lowering time predicts compile time well.
        (module, start.elapsed().as_nanos() as u64)
    }
}

impl WriteBackendMethods for ClifDriver {
    type Module = ClifModule;
    type ModuleBuffer = crate::lto::LtoObject;
    type TargetMachine = ();
    type ThinData = ();

    fn target_machine_factory(
        &self,
        _sess: &Session,
        _opt_level: OptLevel,
        _target_features: &[String],
    ) -> TargetMachineFactoryFn<Self> {
        Arc::new(|_, _| ())
    }

    fn optimize_and_codegen_fat_lto(
        sess: &Session,
        cgcx: &CodegenContext,
        _shared_emitter: &SharedEmitter,
        _tm_factory: TargetMachineFactoryFn<Self>,
        _exported_symbols_for_lto: &[String],
        each_linked_rlib_for_lto: &[PathBuf],
        modules: Vec<FatLtoInput<Self>>,
    ) -> CompiledModule {
        crate::lto::fat_lto(cgcx, &sess.prof, modules, each_linked_rlib_for_lto)
            .unwrap_or_else(|err| sess.dcx().fatal(err))
    }

    fn run_thin_lto(
        cgcx: &CodegenContext,
        _prof: &SelfProfilerRef,
        dcx: rustc_errors::DiagCtxtHandle<'_>,
        _exported_symbols_for_lto: &[String],
        each_linked_rlib_for_lto: &[PathBuf],
        modules: Vec<ThinLtoInput<Self>>,
    ) -> (Vec<ThinModule<Self>>, Vec<WorkProduct>) {
        match crate::lto::thin_lto_of_reused(cgcx, modules, each_linked_rlib_for_lto) {
            Ok(module) => (vec![module], Vec::new()),
            Err(err) => dcx.fatal(err),
        }
    }

    fn optimize(
        _cgcx: &CodegenContext,
        prof: &SelfProfilerRef,
        shared_emitter: &SharedEmitter,
        module: &mut ModuleCodegen<ClifModule>,
        config: &ModuleConfig,
    ) {
        // Compiling here, on the worker, keeps it parallel also when LTO collects the modules.
        if let Err(err) = module.module_llvm.compile(prof, config.emit_asm) {
            DiagCtxt::new(Box::new(shared_emitter.clone())).handle().fatal(err)
        }
    }

    fn optimize_and_codegen_thin(
        cgcx: &CodegenContext,
        _prof: &SelfProfilerRef,
        shared_emitter: &SharedEmitter,
        _tm_factory: TargetMachineFactoryFn<Self>,
        thin: ThinModule<Self>,
    ) -> CompiledModule {
        crate::lto::write_thin_module(cgcx, &thin).unwrap_or_else(|err| {
            DiagCtxt::new(Box::new(shared_emitter.clone())).handle().fatal(err)
        })
    }

    fn codegen(
        cgcx: &CodegenContext,
        prof: &SelfProfilerRef,
        shared_emitter: &SharedEmitter,
        module: ModuleCodegen<ClifModule>,
        config: &ModuleConfig,
    ) -> CompiledModule {
        emit_module(cgcx, prof, module.module_llvm, module.kind, config)
            .unwrap_or_else(|err| err.report(shared_emitter))
    }

    fn serialize_module(module: ClifModule, _is_thin: bool) -> crate::lto::LtoObject {
        crate::lto::serialize(module)
    }
}
