//! Units of measure and counters: the lexicon's lists in one table, looked up with one
//! automaton for the longest unit a text starts with.

use std::sync::LazyLock;

use crate::lexicon::targets::Prefixes;

use super::QuantityKind;
use crate::lexicon::quantities::{COUNT_UNITS, MEASURE_UNITS, MONEY_UNITS, PERCENT_UNITS};

/// A unit as the reader uses it: written form, base unit, factor to base, kind, currency.
type UnitEntry = (
    &'static str,
    &'static str,
    f64,
    QuantityKind,
    Option<&'static str>,
);

/// Every unit of the lexicon, with an automaton finding the longest one a text starts with.
static UNITS: LazyLock<(Prefixes, Vec<UnitEntry>)> = LazyLock::new(|| {
    let kinds = [
        (PERCENT_UNITS, QuantityKind::Percent),
        (MEASURE_UNITS, QuantityKind::Measure),
        (COUNT_UNITS, QuantityKind::Count),
    ];
    let mut table: Vec<UnitEntry> = MONEY_UNITS
        .iter()
        .map(|&(w, b, f, c)| (w, b, f, QuantityKind::Money, Some(c)))
        .collect();
    for (units, kind) in kinds {
        table.extend(units.iter().map(|&(w, b, f)| (w, b, f, kind, None)));
    }
    let words: Vec<&str> = table.iter().map(|u| u.0).collect();
    (Prefixes::new(&words), table)
});

/// The longest unit at the start of `s`: (written, base, factor, kind, currency).
pub(super) fn unit_at(s: &str) -> Option<UnitEntry> {
    let (words, table) = &*UNITS;
    let m = words.find_at_start(s)?;
    table.get(m.pattern().as_usize()).copied()
}
