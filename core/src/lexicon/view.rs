//! Words the HTML view shows (not recognised in documents): the flags on a unit's tooltip
//! that quote the character that set them.

/// A unit distributed under 各 (各县区政府: each county).
pub(crate) const DISTRIBUTIVE_FLAG: &str = "under 各";

/// A unit list ending in 等 (and others).
pub(crate) const AND_OTHERS_FLAG: &str = "and others (等)";
