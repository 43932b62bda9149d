//! Words the output views print around what was parsed.

/// The subject a meeting statement is printed with in the tree view (会议强调：…).
pub(crate) const STATEMENT_SUBJECT: &str = "会议";
