//! Views of a [`crate::Document`] for people: `html.rs` writes one self-contained HTML page
//! (or a compact fragment for notebooks) with what was found marked in the text.

pub(crate) mod html;
