//! Per-line recognisers (nom): markers, numerals, line kinds.

pub mod lines;
pub mod markers;
pub mod numerals;
pub(crate) mod official;
pub(crate) mod table;
