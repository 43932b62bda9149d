//! Within a block: responsibility clauses, units, dates and deadlines.

pub mod date;
pub(crate) mod responsibility;
pub mod units;
