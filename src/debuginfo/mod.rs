//! DWARF under `-Cdebuginfo`: one compile unit per CGU, a subprogram per function in the
//! namespaces of its path, and a line table that maps every instruction to the source location
//! of the MIR statement or terminator it was lowered from.
//!
//! Lowering (main thread, with the `TyCtxt`) creates the entries and tags instructions with
//! Cranelift source locations, each an index into the function's table of file, line and
//! column. Once a worker has compiled the function, the tagged code ranges become line rows.

mod inlined;
mod names;
mod types;
mod vars;

use std::sync::Arc;

use cranelift_codegen::CompiledCode;
use cranelift_codegen::ir::{SourceLoc, StackSlot};
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use cranelift_object::object::write::{Symbol, SymbolSection};
use cranelift_object::object::{
    SectionFlags, SectionKind, SymbolFlags, SymbolKind, SymbolScope, elf,
};
use gimli::write::{
    Address, AttributeValue, DwarfUnit, Expression, FileId, LineProgram, LineString, Range,
    RangeList, Sections, UnitEntryId,
};
use gimli::{Encoding, Format, LineEncoding, RunTimeEndian, constants};
pub(crate) use inlined::CalleeDebug;
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_hir::attrs::DebuggerVisualizerType;
use rustc_hir::def_id::DefId;
use rustc_middle::mir::{Body, OUTERMOST_SOURCE_SCOPE, SourceInfo, SourceScope, VarDebugInfo};
use rustc_middle::ty::{EarlyBinder, Instance, Ty, TyCtxt, TypingEnv};
use rustc_session::config::{CrateType, DebugInfo};
use rustc_span::{
    FileName, Pos, RemapPathScopeComponents, SourceFile, Span, StableSourceFileId, hygiene,
};
use types::TypeBuilder;
pub(crate) use types::TypeEntries;

use crate::dwarf_writer::{SectionWriter, func_address};

/// The DWARF of one CGU, built up while its functions are lowered and compiled.
pub(crate) struct DebugCx {
    dwarf: DwarfUnit,
    /// Whether variables and their types are described (`-Cdebuginfo=2`), not just lines.
    variables: bool,
    /// `line-tables-only` and `line-directives-only`: as LLVM's minimal units, a subprogram
    /// only for functions with inlined calls (backtraces name the others from the symbol
    /// table), at the unit's top level and with its bare name, so backtraces name frames the
    /// same way.
    minimal: bool,
    /// `line-directives-only`: the line table alone, as LLVM writes it.
    line_table_only: bool,
    /// The contents of `.debug_gdb_scripts`, for crates that are linked.
    gdb_scripts: Option<Vec<u8>>,
    endian: RunTimeEndian,
    files: FxHashMap<StableSourceFileId, FileId>,
    namespaces: FxHashMap<DefId, UnitEntryId>,
    /// Type entries that inherent methods are nested in, by type name.
    type_scopes: FxHashMap<String, UnitEntryId>,
    /// Subprogram entries of inlined callees, which their inlined calls point to.
    abstract_subprograms: FxHashMap<String, UnitEntryId>,
    /// The code of every function, for the compile unit's `DW_AT_ranges`.
    ranges: Vec<Range>,
}

/// A source position as the line table states it, and the scope entry it is part of.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct LineLoc {
    file: FileId,
    line: u64,
    column: u64,
    /// Index into [`FunctionDebug::scopes`]; `None` for the function's own outermost scope.
    scope: Option<u32>,
}

/// An entry inside a subprogram that owns a part of its code: a call the MIR inliner replaced
/// by the callee's body (`DW_TAG_inlined_subroutine`, so backtraces show the callee's frame as
/// LLVM's do), or a block that declares variables (`DW_TAG_lexical_block`).
#[derive(Clone, Copy)]
struct ScopeEntry {
    entry: UnitEntryId,
    parent: Option<u32>,
}

/// Where a local lives for a debugger, in the frame Cranelift lays out.
#[derive(Clone, Copy)]
pub(crate) enum VarHome {
    /// At the start of a stack slot.
    Slot(StackSlot),
    /// At the address kept in a stack slot.
    Indirect(StackSlot),
    /// Nowhere: a zero-sized value, read as zero bytes at the frame base.
    Zst,
}

/// A step from a local to the variable's value.
#[derive(Clone, Copy)]
pub(crate) enum VarStep {
    Deref,
    Offset(u64),
}

/// A variable entry whose location waits for the frame layout.
struct PendingVar {
    entry: UnitEntryId,
    home: VarHome,
    steps: Vec<VarStep>,
}

/// One function's subprogram entry and the source locations its instructions are tagged with.
pub(crate) struct FunctionDebug {
    entry: Subprogram,
    /// The abstract subprogram that copies of this function inlined by Cranelift point to.
    origin: Option<UnitEntryId>,
    /// `SourceLoc(i)` stands for `locs[i]`.
    locs: Vec<LineLoc>,
    decl: LineLoc,
    scopes: Vec<ScopeEntry>,
    vars: Vec<PendingVar>,
}

/// A function's concrete subprogram entry. Under `minimal` it is made only once an inlined
/// call needs it as a parent; a function with none gets no entry, as with LLVM. (Deleting the
/// entries left childless instead costs time in proportion to the unit's top-level entries.)
enum Subprogram {
    Made(UnitEntryId),
    /// The function's name, added to the string table only if the entry is made.
    Deferred(String),
}

/// What the lowering of one function needs to tag its instructions; it stays on the main thread.
pub(crate) struct FunctionLines<'tcx> {
    function: FunctionDebug,
    instance: Instance<'tcx>,
    /// The scope entry each MIR scope belongs to.
    scope_entries: FxHashMap<SourceScope, Option<u32>>,
    /// MIR scopes that declare variables: they get lexical blocks.
    var_scopes: FxHashSet<SourceScope>,
    /// Macro expansions are attributed to their call site inside this span, as LLVM does.
    fn_span: Span,
    index: FxHashMap<LineLoc, SourceLoc>,
    /// What `source_loc` answered before: statements of one expression share spans, and
    /// resolving one (hygiene, file and line lookup) costs far more than this map.
    known_spans: FxHashMap<(Span, SourceScope), SourceLoc>,
    /// The file of the last lookup: consecutive statements nearly always share it.
    last_file: Option<(Arc<SourceFile>, FileId)>,
}

impl DebugCx {
    pub(crate) fn new(tcx: TyCtxt<'_>, cgu_name: &str, endian: RunTimeEndian) -> Option<Self> {
        if tcx.sess.opts.debuginfo == DebugInfo::None {
            return None;
        }
        let encoding = Encoding {
            format: Format::Dwarf32,
            version: u16::try_from(tcx.sess.dwarf_version()).unwrap_or(4),
            address_size: tcx.data_layout.pointer_size().bytes() as u8,
        };
        let mut dwarf = DwarfUnit::new(encoding);

        let work_dir =
            tcx.sess.source_map().working_dir().path(RemapPathScopeComponents::DEBUGINFO);
        let work_dir = non_empty(work_dir.to_string_lossy().into_owned(), ".");
        // A name unique per CGU, as rustc's LLVM backend makes it (split DWARF needs that).
        let crate_file = match tcx.sess.local_crate_source_file() {
            Some(file) => file.path(RemapPathScopeComponents::DEBUGINFO).display().to_string(),
            None => tcx.crate_name(rustc_hir::def_id::LOCAL_CRATE).to_string(),
        };
        let mut unit_name = std::path::PathBuf::from(crate_file);
        unit_name.push("@");
        unit_name.push(cgu_name);
        let unit_name = unit_name.to_string_lossy().into_owned();
        let producer =
            format!("clang LLVM (rustc version {}) with Cranelift", tcx.sess.cfg_version);

        dwarf.unit.line_program = LineProgram::new(
            encoding,
            LineEncoding::default(),
            LineString::new(work_dir.clone(), encoding, &mut dwarf.line_strings),
            None,
            LineString::new(
                non_empty(unit_name.clone(), "<unknown>"),
                encoding,
                &mut dwarf.line_strings,
            ),
            None,
        );
        let strings = [
            (constants::DW_AT_producer, producer),
            (constants::DW_AT_name, unit_name),
            (constants::DW_AT_comp_dir, work_dir),
        ];
        let root = dwarf.unit.root();
        for (attr, value) in strings {
            let id = dwarf.strings.add(value);
            dwarf.unit.get_mut(root).set(attr, AttributeValue::StringRef(id));
        }
        let root_entry = dwarf.unit.get_mut(root);
        root_entry
            .set(constants::DW_AT_language, AttributeValue::Language(constants::DW_LANG_Rust));
        root_entry.set(constants::DW_AT_low_pc, AttributeValue::Address(Address::Constant(0)));

        Some(DebugCx {
            dwarf,
            variables: tcx.sess.opts.debuginfo == DebugInfo::Full,
            minimal: matches!(
                tcx.sess.opts.debuginfo,
                DebugInfo::LineTablesOnly | DebugInfo::LineDirectivesOnly
            ),
            line_table_only: tcx.sess.opts.debuginfo == DebugInfo::LineDirectivesOnly,
            gdb_scripts: gdb_scripts(tcx),
            endian,
            files: FxHashMap::default(),
            namespaces: FxHashMap::default(),
            type_scopes: FxHashMap::default(),
            abstract_subprograms: FxHashMap::default(),
            ranges: Vec::new(),
        })
    }

    /// Creates the subprogram entry of `instance`, whose code will be `symbol`.
    pub(crate) fn begin_function<'tcx>(
        &mut self,
        types: &mut TypeEntries<'tcx>,
        tcx: TyCtxt<'tcx>,
        instance: Instance<'tcx>,
        symbol: &str,
        mir: &Body<'tcx>,
        ret: Option<Ty<'tcx>>,
    ) -> FunctionLines<'tcx> {
        let mut last_file = None;
        let (entry, decl) = if self.minimal {
            let name = names::function_name(tcx, instance);
            let decl = line_loc(&mut last_file, self, tcx, tcx.def_span(instance.def_id()));
            (Subprogram::Deferred(name), decl)
        } else {
            let (entry, decl) = self.subprogram(tcx, instance, symbol, &mut last_file);
            if let Some(ret) = ret.filter(|_| self.variables) {
                let ty = TypeBuilder { cx: self, types, tcx }.entry(ret);
                let die = self.dwarf.unit.get_mut(entry);
                die.set(constants::DW_AT_type, AttributeValue::UnitRef(ty));
            }
            let die = self.dwarf.unit.get_mut(entry);
            // Cranelift keeps a frame pointer in every function.
            let mut frame_base = Expression::new();
            frame_base.op_reg(frame_pointer_register(tcx));
            die.set(constants::DW_AT_frame_base, AttributeValue::Exprloc(frame_base));
            if tcx.entry_fn(()).is_some_and(|(main, _)| main == instance.def_id()) {
                // Debuggers stop backtraces at the user's `main`, not at the C `main` below it.
                die.set(constants::DW_AT_main_subprogram, AttributeValue::Flag(true));
            }
            (Subprogram::Made(entry), decl)
        };
        let var_scopes = if self.variables {
            mir.var_debug_info.iter().map(|var| var.source_info.scope).collect()
        } else {
            FxHashSet::default()
        };
        FunctionLines {
            function: FunctionDebug {
                entry,
                origin: None,
                locs: Vec::new(),
                decl,
                scopes: Vec::new(),
                vars: Vec::new(),
            },
            instance,
            scope_entries: FxHashMap::default(),
            var_scopes,
            fn_span: mir.span,
            index: FxHashMap::default(),
            known_spans: FxHashMap::default(),
            last_file,
        }
    }

    /// A `DW_TAG_subprogram` with the names and declaration of `instance`.
    fn subprogram<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        instance: Instance<'tcx>,
        symbol: &str,
        last_file: &mut Option<(Arc<SourceFile>, FileId)>,
    ) -> (UnitEntryId, LineLoc) {
        let scope = if self.minimal {
            self.dwarf.unit.root()
        } else {
            names::containing_scope(self, tcx, instance)
        };
        let entry = self.dwarf.unit.add(scope, constants::DW_TAG_subprogram);
        let name = names::function_name(tcx, instance);
        let decl = line_loc(last_file, self, tcx, tcx.def_span(instance.def_id()));

        let name_id = self.dwarf.strings.add(name.as_str());
        let linkage = (name != symbol && !self.minimal).then(|| self.dwarf.strings.add(symbol));
        let minimal = self.minimal;
        let die = self.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_name, AttributeValue::StringRef(name_id));
        if let Some(linkage) = linkage {
            die.set(constants::DW_AT_linkage_name, AttributeValue::StringRef(linkage));
        }
        if !minimal {
            die.set(constants::DW_AT_decl_file, AttributeValue::FileIndex(Some(decl.file)));
            die.set(constants::DW_AT_decl_line, AttributeValue::Udata(decl.line));
        }
        (entry, decl)
    }

    /// The concrete subprogram entry of `function`, made now if it was deferred.
    fn function_entry(&mut self, function: &mut FunctionDebug) -> UnitEntryId {
        match &function.entry {
            &Subprogram::Made(entry) => entry,
            Subprogram::Deferred(name) => {
                let name = self.dwarf.strings.add(name.as_str());
                let root = self.dwarf.unit.root();
                let entry = self.dwarf.unit.add(root, constants::DW_TAG_subprogram);
                let die = self.dwarf.unit.get_mut(entry);
                die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
                function.entry = Subprogram::Made(entry);
                entry
            }
        }
    }

    /// The subprogram an inlined call of `callee` refers to, made once per callee.
    fn abstract_subprogram<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        callee: Instance<'tcx>,
        last_file: &mut Option<(Arc<SourceFile>, FileId)>,
    ) -> UnitEntryId {
        let symbol = tcx.symbol_name(callee).name.to_owned();
        if let Some(&entry) = self.abstract_subprograms.get(&symbol) {
            return entry;
        }
        let (entry, _) = self.subprogram(tcx, callee, &symbol, last_file);
        self.dwarf
            .unit
            .get_mut(entry)
            .set(constants::DW_AT_inline, AttributeValue::Inline(constants::DW_INL_inlined));
        self.abstract_subprograms.insert(symbol, entry);
        entry
    }

    /// Records the code of a compiled function: its address range and its line rows.
    pub(crate) fn finish_function(&mut self, fx: FunctionDebug, id: FuncId, code: &CompiledCode) {
        let size = u64::from(code.code_info().total_size);
        if let Subprogram::Made(entry) = &fx.entry {
            let entry = *entry;
            let die = self.dwarf.unit.get_mut(entry);
            die.set(constants::DW_AT_low_pc, AttributeValue::Address(func_address(id)));
            die.set(constants::DW_AT_high_pc, AttributeValue::Udata(size));
        }
        self.ranges.push(Range::StartLength { begin: func_address(id), length: size });

        let program = &mut self.dwarf.unit.line_program;
        program.begin_sequence(Some(func_address(id)));
        let mut last: Option<LineLoc> = None;
        let mut put = |offset: u64, loc: LineLoc| {
            let same = |a: &LineLoc| (a.file, a.line, a.column) == (loc.file, loc.line, loc.column);
            if last.as_ref().is_some_and(same) {
                return;
            }
            // As LLVM does, only a change of line starts a statement: debuggers put line
            // breakpoints and stepping stops at statement rows only.
            let new_line = last.is_none_or(|last| (last.file, last.line) != (loc.file, loc.line));
            last = Some(loc);
            let row = program.row();
            row.address_offset = offset;
            row.file = loc.file;
            row.line = loc.line;
            row.column = loc.column;
            row.is_statement = new_line;
            program.generate_row();
        };
        // The frame setup Cranelift adds carries no location: it belongs to the declaration.
        put(0, fx.decl);
        for range in code.buffer.get_srclocs_sorted() {
            if let Some(&loc) = fx.locs.get(range.loc.bits() as usize) {
                put(u64::from(range.start), loc);
            }
        }
        program.end_sequence(size);
        self.place_scopes(&fx, id, code);
        self.locate_vars(&fx, code);
    }

    /// Gives every variable its location: a frame-pointer-relative address (plus steps).
    fn locate_vars(&mut self, fx: &FunctionDebug, code: &CompiledCode) {
        let Some(frame) = code.buffer.frame_layout() else { return };
        for var in &fx.vars {
            let mut location = Expression::new();
            let slot_offset = |slot: StackSlot| {
                i64::from(frame.stackslots[slot].offset) - i64::from(frame.frame_to_fp_offset)
            };
            match var.home {
                VarHome::Slot(slot) => location.op_fbreg(slot_offset(slot)),
                VarHome::Indirect(slot) => {
                    location.op_fbreg(slot_offset(slot));
                    location.op_deref();
                }
                VarHome::Zst => location.op_fbreg(0),
            }
            for step in &var.steps {
                match *step {
                    VarStep::Deref => location.op_deref(),
                    VarStep::Offset(0) => {}
                    VarStep::Offset(offset) => location.op_plus_uconst(offset),
                }
            }
            let die = self.dwarf.unit.get_mut(var.entry);
            die.set(constants::DW_AT_location, AttributeValue::Exprloc(location));
        }
    }

    /// Gives every scope entry the code ranges of the instructions lowered from it.
    fn place_scopes(&mut self, fx: &FunctionDebug, id: FuncId, code: &CompiledCode) {
        if fx.scopes.is_empty() {
            return;
        }
        let mut ranges: Vec<Vec<(u64, u64)>> = vec![Vec::new(); fx.scopes.len()];
        for range in code.buffer.get_srclocs_sorted() {
            let Some(loc) = fx.locs.get(range.loc.bits() as usize) else { continue };
            let mut call = loc.scope;
            while let Some(index) = call {
                let list = &mut ranges[index as usize];
                let (start, end) = (u64::from(range.start), u64::from(range.end));
                match list.last_mut() {
                    Some(last) if last.1 == start => last.1 = end,
                    _ => list.push((start, end)),
                }
                call = fx.scopes[index as usize].parent;
            }
        }
        let at =
            |offset: u64| Address::Symbol { symbol: id.as_u32() as usize, addend: offset as i64 };
        for (call, list) in fx.scopes.iter().zip(ranges) {
            match list.as_slice() {
                [] => {}
                &[(start, end)] => {
                    let die = self.dwarf.unit.get_mut(call.entry);
                    die.set(constants::DW_AT_low_pc, AttributeValue::Address(at(start)));
                    die.set(constants::DW_AT_high_pc, AttributeValue::Udata(end - start));
                }
                list => {
                    let list = list
                        .iter()
                        .map(|&(start, end)| Range::StartLength {
                            begin: at(start),
                            length: end - start,
                        })
                        .collect();
                    let ranges = self.dwarf.unit.ranges.add(RangeList(list));
                    let die = self.dwarf.unit.get_mut(call.entry);
                    die.set(constants::DW_AT_ranges, AttributeValue::RangeListRef(ranges));
                }
            }
        }
    }

    /// Appends the `.debug_*` sections to the object.
    pub(crate) fn emit(mut self, product: &mut ObjectProduct) -> Result<(), String> {
        if let Some(contents) = &self.gdb_scripts {
            emit_gdb_scripts(product, contents);
        }
        if self.ranges.is_empty() {
            return Ok(());
        }
        let ranges = self.dwarf.unit.ranges.add(RangeList(std::mem::take(&mut self.ranges)));
        let root = self.dwarf.unit.root();
        self.dwarf
            .unit
            .get_mut(root)
            .set(constants::DW_AT_ranges, AttributeValue::RangeListRef(ranges));

        let mut sections = Sections::new(SectionWriter::new(self.endian));
        self.dwarf.write(&mut sections).map_err(|err| format!("cannot encode DWARF: {err}"))?;
        let mut ids = FxHashMap::default();
        let line_table_only = self.line_table_only;
        let _ = sections.for_each(|id, section| {
            let wanted = !line_table_only
                || matches!(id, gimli::SectionId::DebugLine | gimli::SectionId::DebugLineStr);
            if wanted && !section.is_empty() {
                let name = id.name().as_bytes().to_vec();
                let kind = match id {
                    gimli::SectionId::DebugStr | gimli::SectionId::DebugLineStr => {
                        SectionKind::OtherString
                    }
                    _ => SectionKind::Debug,
                };
                ids.insert(id, product.object.add_section(Vec::new(), name, kind));
            }
            Ok::<(), ()>(())
        });
        let _ = sections.for_each(|id, section| {
            if let Some(&object_section) = ids.get(&id) {
                section.emit_into(product, object_section, 1, |target| ids.get(&target).copied());
            }
            Ok::<(), ()>(())
        });
        Ok(())
    }

    /// The line program's id of a source file, added on first use.
    fn file_id(&mut self, file: &SourceFile) -> FileId {
        if let Some(&id) = self.files.get(&file.stable_id) {
            return id;
        }
        let (directory, name) = match &file.name {
            FileName::Real(real) => {
                // The working directory is that of the crate the file belongs to: a file of
                // a crate built elsewhere (std built from rust-src) is relative to its own.
                // The line program gives our own working directory its default entry.
                let (work_dir, path) = real.embeddable_name(RemapPathScopeComponents::DEBUGINFO);
                match path.strip_prefix(work_dir) {
                    Ok(relative) => (
                        work_dir.to_string_lossy().into_owned(),
                        relative.to_string_lossy().into_owned(),
                    ),
                    Err(_) => (String::new(), path.to_string_lossy().into_owned()),
                }
            }
            other => {
                (String::new(), other.display(RemapPathScopeComponents::DEBUGINFO).to_string())
            }
        };
        let encoding = self.dwarf.unit.encoding();
        let program = &mut self.dwarf.unit.line_program;
        let directory = if directory.is_empty() {
            program.default_directory()
        } else {
            program.add_directory(LineString::new(
                directory,
                encoding,
                &mut self.dwarf.line_strings,
            ))
        };
        let name =
            LineString::new(non_empty(name, "<unknown>"), encoding, &mut self.dwarf.line_strings);
        let id = program.add_file(name, directory, None);
        self.files.insert(file.stable_id, id);
        id
    }
}

impl<'tcx> FunctionLines<'tcx> {
    /// The Cranelift source location standing for `source_info`, to tag the next instructions
    /// with.
    pub(crate) fn source_loc(
        &mut self,
        cx: &mut DebugCx,
        tcx: TyCtxt<'tcx>,
        mir: &Body<'tcx>,
        source_info: SourceInfo,
    ) -> SourceLoc {
        let key = (source_info.span, source_info.scope);
        if let Some(&known) = self.known_spans.get(&key) {
            return known;
        }
        let span = hygiene::walk_chain_collapsed(source_info.span, self.fn_span);
        let mut loc = line_loc(&mut self.last_file, cx, tcx, span);
        loc.scope = self.scope_entry(cx, tcx, mir, source_info.scope);
        let srcloc = *self.index.entry(loc).or_insert_with(|| {
            self.function.locs.push(loc);
            SourceLoc::new(self.function.locs.len() as u32 - 1)
        });
        self.known_spans.insert(key, srcloc);
        srcloc
    }

    pub(crate) fn finish(self) -> FunctionDebug {
        self.function
    }

    /// Declares the user variable (or parameter) `var` of type `ty`, whose value is reached
    /// from `home` through `steps`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn declare_variable(
        &mut self,
        cx: &mut DebugCx,
        types: &mut TypeEntries<'tcx>,
        tcx: TyCtxt<'tcx>,
        mir: &Body<'tcx>,
        var: &VarDebugInfo<'tcx>,
        ty: Ty<'tcx>,
        home: VarHome,
        steps: Vec<VarStep>,
    ) {
        let parent = match self.scope_entry(cx, tcx, mir, var.source_info.scope) {
            Some(index) => self.function.scopes[index as usize].entry,
            None => cx.function_entry(&mut self.function),
        };
        let type_entry = TypeBuilder { cx: &mut *cx, types, tcx }.entry(ty);
        let span = hygiene::walk_chain_collapsed(var.source_info.span, self.fn_span);
        let decl = line_loc(&mut self.last_file, cx, tcx, span);
        let tag = match var.argument_index {
            Some(_) => constants::DW_TAG_formal_parameter,
            None => constants::DW_TAG_variable,
        };
        let entry = cx.dwarf.unit.add(parent, tag);
        let name = cx.dwarf.strings.add(var.name.as_str());
        let die = cx.dwarf.unit.get_mut(entry);
        die.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        die.set(constants::DW_AT_decl_file, AttributeValue::FileIndex(Some(decl.file)));
        die.set(constants::DW_AT_decl_line, AttributeValue::Udata(decl.line));
        die.set(constants::DW_AT_type, AttributeValue::UnitRef(type_entry));
        self.function.vars.push(PendingVar { entry, home, steps });
    }

    /// The scope entry the code of MIR scope `scope` belongs to; `None` for the function's own
    /// body outside any block with variables.
    fn scope_entry(
        &mut self,
        cx: &mut DebugCx,
        tcx: TyCtxt<'tcx>,
        mir: &Body<'tcx>,
        scope: SourceScope,
    ) -> Option<u32> {
        if let Some(&known) = self.scope_entries.get(&scope) {
            return known;
        }
        let data = &mir.source_scopes[scope];
        let parent = match data.parent_scope {
            Some(parent) => self.scope_entry(cx, tcx, mir, parent),
            None => None,
        };
        let parent_entry = match parent {
            Some(index) => self.function.scopes[index as usize].entry,
            None => cx.function_entry(&mut self.function),
        };
        let entry = if let Some((callee, call_span)) = data.inlined {
            let callee = self.instance.instantiate_mir_and_normalize_erasing_regions(
                tcx,
                TypingEnv::fully_monomorphized(),
                EarlyBinder::bind(tcx, callee),
            );
            let origin = cx.abstract_subprogram(tcx, callee, &mut self.last_file);
            let call_span = hygiene::walk_chain_collapsed(call_span, self.fn_span);
            let call = line_loc(&mut self.last_file, cx, tcx, call_span);
            let entry = cx.dwarf.unit.add(parent_entry, constants::DW_TAG_inlined_subroutine);
            let die = cx.dwarf.unit.get_mut(entry);
            die.set(constants::DW_AT_abstract_origin, AttributeValue::UnitRef(origin));
            die.set(constants::DW_AT_call_file, AttributeValue::FileIndex(Some(call.file)));
            die.set(constants::DW_AT_call_line, AttributeValue::Udata(call.line));
            die.set(constants::DW_AT_call_column, AttributeValue::Udata(call.column));
            entry
        } else if scope != OUTERMOST_SOURCE_SCOPE && self.var_scopes.contains(&scope) {
            cx.dwarf.unit.add(parent_entry, constants::DW_TAG_lexical_block)
        } else {
            // Scopes without variables fold into the scope around them, as with LLVM.
            self.scope_entries.insert(scope, parent);
            return parent;
        };
        let index = self.function.scopes.len() as u32;
        self.function.scopes.push(ScopeEntry { entry, parent });
        self.scope_entries.insert(scope, Some(index));
        Some(index)
    }
}

/// File, 1-based line and 1-based byte column of where `span` starts; `last_file` caches the
/// file of the previous lookup.
fn line_loc(
    last_file: &mut Option<(Arc<SourceFile>, FileId)>,
    cx: &mut DebugCx,
    tcx: TyCtxt<'_>,
    span: Span,
) -> LineLoc {
    let pos = span.lo();
    let (file, id) = match last_file {
        Some((file, id)) if file.contains(pos) => (file.clone(), *id),
        _ => {
            let file = tcx.sess.source_map().lookup_source_file(pos);
            let id = cx.file_id(&file);
            *last_file = Some((file.clone(), id));
            (file, id)
        }
    };
    let relative = file.relative_position(pos);
    match file.lookup_line(relative) {
        Some(line) => {
            let column = (relative - file.lines()[line]).to_u32() + 1;
            LineLoc { file: id, line: line as u64 + 1, column: u64::from(column), scope: None }
        }
        None => LineLoc { file: id, line: 0, column: 0, scope: None },
    }
}

/// The DWARF number of the register Cranelift keeps the frame pointer in.
fn frame_pointer_register(tcx: TyCtxt<'_>) -> gimli::Register {
    match tcx.sess.target.arch {
        rustc_target::spec::Arch::AArch64 => gimli::AArch64::X29,
        _ => gimli::X86_64::RBP,
    }
}

fn non_empty(text: String, fallback: &str) -> String {
    let text: String = text.chars().filter(|&c| c != '\0').collect();
    if text.is_empty() { fallback.to_owned() } else { text }
}

/// The contents of `.debug_gdb_scripts`, which asks gdb to load rustc's pretty printers (and
/// those a crate registered with `#[debugger_visualizer]`), for the linked artifacts rustc's
/// LLVM backend gives it to.
fn gdb_scripts(tcx: TyCtxt<'_>) -> Option<Vec<u8>> {
    let linked = tcx
        .crate_types()
        .iter()
        .any(|kind| !matches!(kind, CrateType::Rlib | CrateType::ProcMacro));
    if !tcx.sess.target.emit_debug_gdb_scripts || !linked {
        return None;
    }
    let mut contents = b"\x01gdb_load_rust_pretty_printers.py\0".to_vec();
    let visualizers = rustc_codegen_ssa::base::collect_debugger_visualizers_transitive(
        tcx,
        DebuggerVisualizerType::GdbPrettyPrinter,
    );
    let crate_name = tcx.crate_name(rustc_hir::def_id::LOCAL_CRATE);
    for (index, visualizer) in visualizers.iter().enumerate() {
        contents.push(4);
        contents.extend_from_slice(format!("pretty-printer-{crate_name}-{index}\n").as_bytes());
        contents.extend_from_slice(&visualizer.src);
        contents.push(0);
    }
    Some(contents)
}

/// Every CGU carries the scripts in a mergeable-strings section, as with LLVM: the linker keeps
/// one copy of each entry. Nothing refers to it, so it is marked to survive `--gc-sections`.
fn emit_gdb_scripts(product: &mut ObjectProduct, contents: &[u8]) {
    let object = &mut product.object;
    let section =
        object.add_section(Vec::new(), b".debug_gdb_scripts".to_vec(), SectionKind::ReadOnlyString);
    let flags = elf::SHF_ALLOC | elf::SHF_MERGE | elf::SHF_STRINGS | elf::SHF_GNU_RETAIN;
    *object.section_flags_mut(section) = SectionFlags::Elf { sh_flags: u64::from(flags) };
    let offset = object.append_section_data(section, contents, 1);
    object.add_symbol(Symbol {
        name: b"__rustc_debug_gdb_scripts_section__".to_vec(),
        value: offset,
        size: contents.len() as u64,
        kind: SymbolKind::Data,
        scope: SymbolScope::Linkage,
        weak: true,
        section: SymbolSection::Section(section),
        flags: SymbolFlags::None,
    });
}
