//! The reading and writing side of the `pressa` command, as a library so that the fuzz targets
//! and tests can reach it: input files and directories, the JSONL line contract, JSON output.

pub mod common;
