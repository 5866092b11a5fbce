//! Integration tests: one binary (see `[[test]]` in Cargo.toml).
//!
//! - `seed`: the articles in `corpus/` against their hand-checked expected analyses;
//! - `properties`: invariants on arbitrary input (proptest) and on pathological long inputs;
//! - `adversarial`: every family of hostile input at 512 KB in under 10 s;
//! - `layout`: the house rules of `src/` (stages import forwards only, sizes of files and functions);
//! - `corpus`: quality floors on the gold corpora, measured by the same code as
//!   `examples/eval` (skipped with a message when the corpora are absent, never in CI).
//!
//! The `pressa` command has its own tests in `cli/tests/`.

use pressa_eval::{clusters, english, entities, facts, gold, lang, langid, officials, sectors, segment};

mod adversarial;
mod corpus;
mod layout;
mod properties;
mod seed;
