//! Build system of rustc_codegen_cranelift, run through `./y.sh`.
//!
//! Written with std only so that it builds before anything is fetched.

mod backend;
mod bench;
mod build;
mod crate_sources;
mod dirs;
mod install;
mod prepare;
mod stdlib_sources;
mod sysroot;
mod target;
mod test;
mod toolchain;
mod utils;

use std::process::ExitCode;

use crate::dirs::Dirs;
use crate::toolchain::Toolchain;
use crate::utils::Result;

const HELP: &str = "\
Usage: ./y.sh <command> [options]

Commands:
  prepare    install the pinned toolchain and fetch dependencies
  build      build the backend and write dist/ (rustc-clif, cargo-clif)
  install    install the backend into the pinned toolchain's sysroot
  test       build, then run the test suites against rustc's LLVM backend
  bench      time builds of crates.io crates against rustc's LLVM backend
  help       show this message

Run `./y.sh <command> --help` for the options of a command.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn dispatch(args: &[String]) -> Result<ExitCode> {
    let Some((command, rest)) = args.split_first() else {
        println!("{HELP}");
        return Ok(ExitCode::from(2));
    };
    let help = match command.as_str() {
        "help" | "--help" | "-h" => HELP,
        "prepare" => prepare::HELP,
        "build" => build::HELP,
        "install" => install::HELP,
        "test" => test::HELP,
        "bench" => bench::HELP,
        _ => return Err(format!("unknown command `{command}`\n\n{HELP}")),
    };
    if help == HELP || rest.iter().any(|a| a == "--help" || a == "-h") {
        println!("{help}");
        return Ok(ExitCode::SUCCESS);
    }

    let dirs = Dirs::discover()?;
    let toolchain = Toolchain::load(&dirs.root)?;
    match command.as_str() {
        "prepare" => prepare::main(rest, &dirs, &toolchain)?,
        "build" => build::main(rest, &dirs, &toolchain)?,
        "install" => install::main(rest, &dirs, &toolchain)?,
        "test" => return test::main(rest, &dirs, &toolchain),
        "bench" => return bench::main(rest, &dirs, &toolchain),
        _ => unreachable!("commands are matched above"),
    }
    Ok(ExitCode::SUCCESS)
}
