//! Gold-corpus readers and quality measures for pressa, shared by `examples/eval.rs`, the
//! corpus tests, the benches and the training example: one copy of the code that turns the gold
//! corpora (`$PRESSA_CORPORA`, default `../shared/corpora`) into figures.
//!
//! Each section's `run` prints its table and returns `(metric, value)` pairs, or `None` when its
//! corpora are absent.

pub mod adversarial;
pub mod clusters;
pub mod english;
pub mod entities;
pub mod facts;
pub mod gold;
pub mod lang;
pub mod langid;
pub mod officials;
pub mod sectors;
pub mod segment;
