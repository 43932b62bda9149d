//! Helpers shared by the read tests.
#![allow(dead_code)]

pub mod docx;
