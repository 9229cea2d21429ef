//! `-Clto`: one object for the whole crate graph, built by relocatable linking.
//!
//! Under fat LTO rustc links none of the Rust objects of the upstream rlibs: it expects the
//! backend to return one module that already contains them. Cranelift has no cross-module
//! optimizer, so we build that module with `ld -r` from our CGUs' objects and the Rust objects of
//! every rlib in the LTO set. The program is the one a non-LTO link would produce, which is what
//! a debug-oriented backend owes the user: the build succeeds and behaves like LLVM's.
//!
//! With incremental compilation rustc stores each CGU's "pre-LTO bitcode" and hands it back for
//! CGUs it reuses; our "bitcode" is the CGU's finished object file.
//!
//! When backends are mixed per crate, cargo has LLVM build the dependencies it only needs for LTO
//! with `-Clinker-plugin-lto`: their rlibs hold LLVM bitcode instead of objects. We compile such
//! members with the toolchain's own `llc` (the `llvm-tools` component), the same LLVM that wrote
//! them.

use std::path::{Path, PathBuf};
use std::process::Command;

use object::read::archive::ArchiveFile;
use rustc_codegen_ssa::back::lto::{SerializedModule, ThinModule, ThinShared};
use rustc_codegen_ssa::back::write::{CodegenContext, FatLtoInput, ThinLtoInput};
use rustc_codegen_ssa::traits::ModuleBufferMethods;
use rustc_codegen_ssa::{CompiledModule, ModuleKind};
use rustc_data_structures::profiling::SelfProfilerRef;
use rustc_session::config::OutputType;

use crate::driver::{ClifDriver, ClifModule, ObjectError};

/// Name of the single module fat LTO produces.
const MERGED_NAME: &str = "clif-lto";

/// Marks a serialized module whose compilation failed; the message follows.
const FAILED: &[u8] = b"!cranelift-lto-error\n";

/// A CGU serialized for LTO: its relocatable object (machine code and assembled `asm!`), or the
/// reason it could not be built, reported when LTO reads it.
pub(crate) struct LtoObject(Vec<u8>);

impl ModuleBufferMethods for LtoObject {
    fn data(&self) -> &[u8] {
        &self.0
    }
}

pub(crate) fn compiled_module(
    name: String,
    kind: ModuleKind,
    object: Option<PathBuf>,
    global_asm_object: Option<PathBuf>,
) -> CompiledModule {
    CompiledModule {
        name,
        kind,
        object,
        global_asm_object,
        dwarf_object: None,
        bytecode: None,
        assembly: None,
        llvm_ir: None,
        links_from_incr_cache: Vec::new(),
    }
}

/// Compiles `module` into one relocatable object, for rustc to keep until LTO.
pub(crate) fn serialize(module: ClifModule) -> LtoObject {
    let scratch = std::env::temp_dir().join(format!(
        "clif-lto-{}-{}",
        std::process::id(),
        sanitize(module.name())
    ));
    let result = serialize_in(module, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    match result {
        Ok(bytes) => LtoObject(bytes),
        Err(err) => LtoObject([FAILED, err.as_bytes()].concat()),
    }
}

fn serialize_in(module: ClifModule, scratch: &Path) -> Result<Vec<u8>, String> {
    create_dir(scratch)?;
    let code = scratch.join("code.o");
    let mut inputs = vec![code.clone()];
    let target_arch = module.target_arch().to_owned();
    inputs.extend(
        module
            .write_objects(&SelfProfilerRef::new(None, None), &code)
            .map_err(ObjectError::into_message)?,
    );
    let merged = if inputs.len() == 1 {
        code
    } else {
        let merged = scratch.join("merged.o");
        link_relocatable(&inputs, &merged, &target_arch)?;
        merged
    };
    std::fs::read(&merged).map_err(|err| format!("cannot read {}: {err}", merged.display()))
}

/// Fat LTO: every CGU of this crate plus the Rust objects of `rlibs`, in one object.
pub(crate) fn fat_lto(
    cgcx: &CodegenContext,
    prof: &SelfProfilerRef,
    modules: Vec<FatLtoInput<ClifDriver>>,
    rlibs: &[PathBuf],
) -> Result<CompiledModule, String> {
    let output = cgcx.output_filenames.temp_path_for_cgu(OutputType::Object, MERGED_NAME);
    merge(cgcx, rlibs, &output, |scratch| {
        let mut inputs = Vec::new();
        for (index, module) in modules.into_iter().enumerate() {
            match module {
                FatLtoInput::InMemory(module) => {
                    let path = scratch.join(format!("cgu{index}.o"));
                    inputs.push(path.clone());
                    inputs.extend(
                        module
                            .module_llvm
                            .write_objects(prof, &path)
                            .map_err(ObjectError::into_message)?,
                    );
                }
                FatLtoInput::Serialized { name, bitcode_path } => {
                    check_serialized(&name, &read(&bitcode_path)?)?;
                    inputs.push(bitcode_path);
                }
            }
        }
        Ok(inputs)
    })?;
    Ok(compiled_module(MERGED_NAME.to_owned(), ModuleKind::Regular, Some(output), None))
}

/// rustc takes the ThinLTO path under fat LTO when incremental compilation reused every CGU;
/// we answer with the same single merged module as [`fat_lto`].
pub(crate) fn thin_lto_of_reused(
    cgcx: &CodegenContext,
    modules: Vec<ThinLtoInput<ClifDriver>>,
    rlibs: &[PathBuf],
) -> Result<ThinModule<ClifDriver>, String> {
    let output = cgcx.output_filenames.temp_path_for_cgu(OutputType::Object, MERGED_NAME);
    merge(cgcx, rlibs, &output, |scratch| {
        let mut inputs = Vec::new();
        for (index, module) in modules.into_iter().enumerate() {
            let (name, path) = match module {
                ThinLtoInput::Red { name, buffer } => {
                    let path = scratch.join(format!("cgu{index}.o"));
                    write(&path, buffer.data())?;
                    (name, path)
                }
                ThinLtoInput::Green { wp, bitcode_path } => (wp.cgu_name, bitcode_path),
            };
            check_serialized(&name, &read(&path)?)?;
            inputs.push(path);
        }
        Ok(inputs)
    })?;
    let bytes = read(&output)?;
    let name = std::ffi::CString::new(MERGED_NAME).map_err(|err| err.to_string())?;
    let shared = ThinShared {
        data: (),
        modules: vec![SerializedModule::Local(LtoObject(bytes))],
        module_names: vec![name],
    };
    Ok(ThinModule { shared: std::sync::Arc::new(shared), idx: 0 })
}

/// Writes the object of a module [`thin_lto_of_reused`] produced.
pub(crate) fn write_thin_module(
    cgcx: &CodegenContext,
    module: &ThinModule<ClifDriver>,
) -> Result<CompiledModule, String> {
    let output = cgcx.output_filenames.temp_path_for_cgu(OutputType::Object, module.name());
    write(&output, module.data())?;
    Ok(compiled_module(module.name().to_owned(), ModuleKind::Regular, Some(output), None))
}

/// Links the objects `gather` names (writing them into the scratch directory it is given)
/// and the Rust objects of `rlibs` into `output`. The scratch directory is removed afterwards,
/// also when something failed.
fn merge(
    cgcx: &CodegenContext,
    rlibs: &[PathBuf],
    output: &Path,
    gather: impl FnOnce(&Path) -> Result<Vec<PathBuf>, String>,
) -> Result<(), String> {
    let scratch = output.with_extension("inputs");
    create_dir(&scratch)?;
    let result = (|| {
        let mut inputs = gather(&scratch)?;
        for (index, rlib) in rlibs.iter().enumerate() {
            extract_rust_objects(rlib, &scratch.join(format!("rlib{index}")), &mut inputs)?;
        }
        link_relocatable(&inputs, output, &cgcx.target_arch)
    })();
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

/// Copies the Rust objects of an rlib into `dir`: rustc names them `*.rcgu.o`, and a CGU's
/// assembled `asm!` wrappers (from a sysroot built by us) `*.rcgu.asm.o`. Bitcode members are
/// compiled to objects there.
fn extract_rust_objects(rlib: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let data = read(rlib)?;
    let archive = ArchiveFile::parse(&*data)
        .map_err(|err| format!("cannot read the archive {}: {err}", rlib.display()))?;
    create_dir(dir)?;
    for member in archive.members() {
        let member = member.map_err(|err| format!("bad member in {}: {err}", rlib.display()))?;
        let name = String::from_utf8_lossy(member.name()).into_owned();
        if !name.ends_with(".rcgu.o") && !name.ends_with(".rcgu.asm.o") {
            continue;
        }
        let bytes = member
            .data(&*data)
            .map_err(|err| format!("cannot read `{name}` in {}: {err}", rlib.display()))?;
        let path = dir.join(sanitize(&name));
        write(&path, bytes)?;
        if is_llvm_bitcode(bytes) {
            let object = path.with_extension("llc.o");
            compile_bitcode(&path, &object)
                .map_err(|err| format!("`{name}` in {}: {err}", rlib.display()))?;
            out.push(object);
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// The raw bitcode magic `BC\xC0\xDE`, or the wrapper header's magic `0x0B17C0DE` (little endian).
fn is_llvm_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B])
}

/// Compiles one bitcode module with `llc`. The module names its target and every function
/// its CPU and features; position-independent code links into any Linux output.
fn compile_bitcode(bitcode: &Path, object: &Path) -> Result<(), String> {
    let llc = crate::host_tools::llvm_tool("llc").ok_or_else(|| {
        "LLVM compiled this crate for LTO, and its rlib holds only LLVM bitcode; compiling it \
         needs `llc` from the toolchain's `llvm-tools` component \
         (`rustup component add llvm-tools`), or build every crate with the same backend"
            .to_owned()
    })?;
    let result = Command::new(&llc)
        .args(["-filetype=obj", "-relocation-model=pic", "-function-sections", "-data-sections"])
        .arg("-o")
        .arg(object)
        .arg(bitcode)
        .output()
        .map_err(|err| format!("cannot run `{}`: {err}", llc.display()))?;
    if result.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{}` failed to compile its LLVM bitcode:\n{}",
            llc.display(),
            String::from_utf8_lossy(&result.stderr)
        ))
    }
}

/// `ld -r`: one relocatable object from many, symbols resolved between them where possible.
/// `--unique` keeps every input section its own output section: Cranelift names all function
/// sections `.text.subsection`, and merged into one they would keep each other alive in the
/// final link's `--gc-sections`, so an unused function's reference to a symbol nobody defines
/// (defmt's `_defmt_acquire` without a logger) would fail the link, as it does not with LLVM.
fn link_relocatable(inputs: &[PathBuf], output: &Path, target_arch: &str) -> Result<(), String> {
    let linker = crate::host_tools::for_target(target_arch, "ld", "ld");
    let result = Command::new(&linker)
        .arg("-r")
        .arg("--unique")
        .arg("-o")
        .arg(output)
        .args(inputs)
        .output()
        .map_err(|err| format!("cannot run `{linker}` to link the LTO module: {err}"))?;
    if result.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{linker} -r` failed to link the LTO module:\n{}",
            String::from_utf8_lossy(&result.stderr)
        ))
    }
}

fn check_serialized(name: &str, bytes: &[u8]) -> Result<(), String> {
    match bytes.strip_prefix(FAILED) {
        Some(message) => Err(format!("CGU `{name}`: {}", String::from_utf8_lossy(message))),
        None => Ok(()),
    }
}

fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' }).collect()
}

fn create_dir(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|err| format!("cannot write {}: {err}", path.display()))
}
