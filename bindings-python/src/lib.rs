//! Python binding (filled in by its own issue).
