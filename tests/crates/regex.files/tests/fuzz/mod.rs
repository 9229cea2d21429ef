// crates.io's regex package leaves out tests/fuzz/, which tests/lib.rs declares as a
// module: its tests replay crash inputs found by fuzzing, kept as files that are not
// published either. `./y.sh prepare` lays this empty module over the package so that
// the rest of the integration target (regex's test suite proper) builds and runs.
