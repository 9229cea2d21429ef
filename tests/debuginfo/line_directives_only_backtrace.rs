// Under `-Cdebuginfo=line-directives-only` LLVM writes the line table and no .debug_info, so
// backtraces show neither file:line nor inlined frames; ours showed both. The program is that
// of line_tables_only_backtrace.rs.
//@ compile-flags: -Cdebuginfo=line-directives-only
include!("line_tables_only_backtrace.rs");
