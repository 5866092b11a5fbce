// Stage: output, the last. May use: every stage before it.
//! What an analysis looks like to the outside: its JSON form and its readable report.

mod json;
mod report;

pub use json::WithTokens;
