#!/usr/bin/env bash
# Entry point of the build system: compiles build_system/ with the pinned
# toolchain and runs it with all arguments. Try `./y.sh --help`.
set -e
cd "$(dirname "${BASH_SOURCE[0]}")"

# The toolchain is pinned in rust-toolchain.toml; read it from there so the
# channel is written down in exactly one place.
if [ ! -f rust-toolchain.toml ]; then
    echo "error: $(pwd)/rust-toolchain.toml is missing" >&2
    exit 1
fi
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
if [ -z "$toolchain" ]; then
    echo "error: no channel found in rust-toolchain.toml" >&2
    exit 1
fi

if ! rustup run "$toolchain" rustc -V >/dev/null 2>&1; then
    components="$(sed -n 's/^components *= *\[\(.*\)\]/\1/p' rust-toolchain.toml | tr -d ' "')"
    echo "Installing toolchain $toolchain (components: $components)" >&2
    rustup toolchain install "$toolchain" --profile minimal ${components:+-c "$components"}
fi

RUSTUP_TOOLCHAIN="$toolchain" cargo build --release -q \
    --manifest-path build_system/Cargo.toml --target-dir build_system/target
exec build_system/target/release/y "$@"
