//! Per-line recognisers (nom): markers, numerals, line kinds.

pub(crate) mod brackets;
pub(crate) mod date;
pub(crate) mod labels;
pub mod lines;
pub mod markers;
pub(crate) mod memo;
pub mod numerals;
pub(crate) mod official;
pub(crate) mod table;
pub(crate) mod units;
pub(crate) mod words;
