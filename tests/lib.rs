//! Integration tests: one binary (see `[[test]]` in Cargo.toml).
//!
//! - `seed`: the articles in `corpus/` against their hand-checked expected analyses;
//! - `cli`: the `pressa` command (errors, batch order, arbitrary bytes, HTML in Chromium);
//! - `properties`: invariants on arbitrary input (proptest) and on pathological long inputs;
//! - `corpus`: quality floors on the gold corpora, measured by the same code as
//!   `examples/eval` (skipped with a message when the corpora are absent, never in CI).

#[path = "../examples/eval/entities.rs"]
mod entities;
#[path = "../examples/eval/facts.rs"]
mod facts;
#[path = "../examples/eval/gold.rs"]
mod gold;
#[path = "../examples/eval/lang.rs"]
mod lang;
#[path = "../examples/eval/officials.rs"]
mod officials;
#[path = "../examples/eval/sectors.rs"]
mod sectors;
#[path = "../examples/eval/segment.rs"]
mod segment;

mod cli;
mod corpus;
mod properties;
mod seed;
