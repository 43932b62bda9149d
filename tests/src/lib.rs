//! Cross-language and corpus tests live in `tests/tests`.
