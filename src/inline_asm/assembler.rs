//! Running the system assembler on a CGU's assembly, and reporting what it rejects at the Rust
//! source of the rejected line, as LLVM reports the errors of its integrated assembler.

use std::path::{Path, PathBuf};

use rustc_codegen_ssa::back::write::InlineAsmError;
use rustc_errors::Level;
use rustc_span::{InnerSpan, Span, SpanData};

use crate::driver::ObjectError;

/// The assembly of a CGU (`asm!` wrappers, `global_asm!` items, naked functions), and where
/// the user-written parts of it came from.
#[derive(Default)]
pub(crate) struct CguAsm {
    pub(crate) text: String,
    origins: Vec<Origin>,
}

/// User-written assembly that starts at byte `start` of the text, its line `k` written at
/// `line_spans[k]`; where lines and spans do not match (a naked function, which rustc frames
/// with directives of its own), `line_spans` is empty and only the `whole` item is known.
struct Origin {
    start: usize,
    line_spans: Vec<SpanData>,
    whole: SpanData,
}

impl CguAsm {
    pub(crate) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Appends an `asm!` wrapper whose template, written at `line_spans`, starts at byte
    /// `template_start` of `wrapper`.
    pub(crate) fn push_wrapper(
        &mut self,
        wrapper: &str,
        template_start: usize,
        line_spans: &[Span],
    ) {
        self.note_origin(self.text.len() + template_start, line_spans, true);
        self.text.push_str(wrapper);
    }

    /// Notes that the text appended next is a `global_asm!` item or naked function, written
    /// at `line_spans`, one per line of the text if `per_line`.
    pub(crate) fn begin_item(&mut self, line_spans: &[Span], per_line: bool) {
        self.note_origin(self.text.len(), line_spans, per_line);
    }

    fn note_origin(&mut self, start: usize, line_spans: &[Span], per_line: bool) {
        let (Some(first), Some(last)) = (line_spans.first(), line_spans.last()) else { return };
        self.origins.push(Origin {
            start,
            line_spans: if per_line {
                line_spans.iter().map(|s| s.data()).collect()
            } else {
                vec![]
            },
            whole: first.to(*last).data(),
        });
    }

    /// The source of the byte at `offset`, if it belongs to user-written assembly: its line's
    /// span in an `asm!` template, else the whole `asm!` or item.
    fn source_of(&self, offset: usize) -> Option<SpanData> {
        let index = self.origins.partition_point(|origin| origin.start <= offset).checked_sub(1)?;
        let origin = &self.origins[index];
        let line = self.text[origin.start..offset].matches('\n').count();
        Some(origin.line_spans.get(line).copied().unwrap_or(origin.whole))
    }
}

/// An error of the assembler on one line, at the Rust source of that line where known.
pub(crate) struct Complaint {
    span: Option<SpanData>,
    message: String,
    line: String,
}

impl Complaint {
    /// The diagnostic rustc shows for it: LLVM's for errors of its own assembler, with the
    /// rejected line as a note.
    pub(crate) fn into_diagnostic(self) -> InlineAsmError {
        let end = self.line.len();
        InlineAsmError {
            span: self.span.unwrap_or_default(),
            msg: format!("the assembler rejected this inline assembly: {}", self.message),
            level: Level::Error,
            source: Some((self.line, vec![InnerSpan::new(0, end)])),
        }
    }
}

/// The complaints as one message, for where there is no diagnostic context with spans.
pub(crate) fn describe(complaints: Vec<Complaint>) -> String {
    let mut message = String::from("the assembler rejected the inline assembly:");
    for complaint in complaints {
        message.push_str(&format!("\n  {}\n    in: {}", complaint.message, complaint.line));
    }
    message
}

/// Assembles the collected assembly of a CGU into an object file next to `object`. Nothing
/// is left behind when it fails.
pub(crate) fn assemble(
    asm: &CguAsm,
    object: &Path,
    target_arch: &str,
) -> Result<PathBuf, ObjectError> {
    let source = object.with_extension("asm.s");
    let output = object.with_extension("asm.o");
    let result = run_assembler(&asm.text, &source, &output, target_arch);
    let _ = std::fs::remove_file(&source);
    let stderr = match result {
        Ok(None) => return Ok(output),
        Ok(Some(stderr)) => stderr,
        Err(message) => return Err(ObjectError::Message(message)),
    };
    let _ = std::fs::remove_file(&output);
    let complaints = complaints(asm, &stderr, &source);
    if complaints.is_empty() {
        Err(ObjectError::Message(format!(
            "the assembler rejected the inline assembly:\n{}",
            stderr.replace(&*source.to_string_lossy(), "<inline asm>")
        )))
    } else {
        Err(ObjectError::AsmRejected(complaints))
    }
}

/// Writes `text` to `source` and assembles it: the assembler's messages if it failed, or why
/// it could not run.
fn run_assembler(
    text: &str,
    source: &Path,
    output: &Path,
    target_arch: &str,
) -> Result<Option<String>, String> {
    let mut text =
        if target_arch == "x86_64" { without_slash_comments(text) } else { text.to_owned() };
    // Without this note the object asks for an executable stack, which `ld -r` (LTO) carries
    // into the merged object and the final link then refuses.
    text.push_str("\n.section .note.GNU-stack,\"\",%progbits\n");
    std::fs::write(source, text).map_err(|e| format!("cannot write {}: {e}", source.display()))?;
    let assembler = crate::host_tools::for_target(target_arch, "cc", "gcc");
    let result = std::process::Command::new(&assembler)
        .args(["-c", "-x", "assembler"])
        .arg(source)
        .arg("-o")
        .arg(output)
        .output()
        .map_err(|e| format!("cannot run the assembler `{assembler}`: {e}"))?;
    Ok((!result.status.success()).then(|| String::from_utf8_lossy(&result.stderr).into_owned()))
}

/// The errors in GNU as's output, `<source>:<line>: Error: <message>`.
fn complaints(asm: &CguAsm, stderr: &str, source: &Path) -> Vec<Complaint> {
    let prefix = format!("{}:", source.display());
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(asm.text.match_indices('\n').map(|(at, _)| at + 1)).collect();
    stderr
        .lines()
        .filter_map(|line| {
            let (number, rest) = line.strip_prefix(&prefix)?.split_once(':')?;
            let message = rest.trim_start().strip_prefix("Error:")?.trim();
            let start = *line_starts.get(number.parse::<usize>().ok()?.checked_sub(1)?)?;
            let text = asm.text[start..].lines().next().unwrap_or_default();
            Some(Complaint {
                span: asm.source_of(start),
                message: message.to_owned(),
                line: text.trim().to_owned(),
            })
        })
        .collect()
}

/// Removes `//` line comments, which LLVM's assembler accepts on x86 and GNU `as` does not
/// (its x86 comment character is `#`); templates such as compiler-builtins' stack probe use
/// them. Strings and `/* */` or `#` comments are kept as they are.
fn without_slash_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push(c);
                while let Some(c) = chars.next() {
                    out.push(c);
                    match c {
                        '\\' => out.extend(chars.next()),
                        '"' | '\n' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                out.push(c);
                let mut previous = ' ';
                for c in chars.by_ref() {
                    out.push(c);
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                // The comment goes, the line break stays.
                while chars.next_if(|&c| c != '\n').is_some() {}
            }
            '#' => {
                out.push(c);
                while let Some(c) = chars.next_if(|&c| c != '\n') {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slash_comments() {
        assert_eq!(without_slash_comments("mov r11, rax // copy\nret\n"), "mov r11, rax \nret\n");
        assert_eq!(without_slash_comments(".ascii \"a//b\" // c"), ".ascii \"a//b\" ");
        assert_eq!(without_slash_comments(".ascii \"\\\"//\""), ".ascii \"\\\"//\"");
        assert_eq!(without_slash_comments("/* \" */ nop // x"), "/* \" */ nop ");
        assert_eq!(without_slash_comments("# a \" b\nnop"), "# a \" b\nnop");
        assert_eq!(without_slash_comments("mov eax, 6/2"), "mov eax, 6/2");
    }

    #[test]
    fn error_lines() {
        let asm = CguAsm { text: "nop\n  bogus rax\nnop\n".to_owned(), origins: Vec::new() };
        let stderr = "/t/x.s: Assembler messages:\n/t/x.s:2: Error: no such instruction: `bogus rax'\n\
                      /t/x.s:3: Warning: odd\n/t/x.s:9: Error: past the end\n";
        let found = complaints(&asm, stderr, Path::new("/t/x.s"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "no such instruction: `bogus rax'");
        assert_eq!(found[0].line, "bogus rax");
        assert!(found[0].span.is_none());
    }
}
