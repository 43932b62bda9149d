//! Within a block: responsibility clauses, units, dates and deadlines.

pub mod date;
pub mod quantity;
pub(crate) mod responsibility;
pub mod target;
pub mod units;
