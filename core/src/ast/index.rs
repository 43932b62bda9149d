//! Byte offset → char offset in constant time, for the bindings of languages that index
//! strings by code point.

/// Bytes between the checkpoints of a [`CharIndex`].
const CHAR_INDEX_STEP: usize = 64;

/// Byte offset → char offset in constant time: the char count at every
/// [`CHAR_INDEX_STEP`]th byte, and a count of at most that many bytes after it.
#[derive(Debug, Clone)]
pub(crate) struct CharIndex {
    ascii: bool,
    marks: Vec<u32>,
}

/// Bytes that start a UTF-8 sequence (everything but `0b10xx_xxxx`).
fn count_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl CharIndex {
    fn new(src: &[u8]) -> Self {
        if src.is_ascii() {
            return CharIndex {
                ascii: true,
                marks: Vec::new(),
            };
        }
        let mut marks = Vec::with_capacity(src.len() / CHAR_INDEX_STEP + 1);
        let mut n = 0usize;
        marks.push(0);
        for chunk in src.chunks(CHAR_INDEX_STEP) {
            n += count_starts(chunk);
            // Inputs are at most `Options::max_input_bytes`; saturate rather than wrap.
            marks.push(u32::try_from(n).unwrap_or(u32::MAX));
        }
        CharIndex {
            ascii: false,
            marks,
        }
    }

    fn char_offset(&self, src: &[u8], byte: usize) -> usize {
        let b = byte.min(src.len());
        if self.ascii {
            return b;
        }
        let k = b / CHAR_INDEX_STEP;
        self.marks[k] as usize + count_starts(&src[k * CHAR_INDEX_STEP..b])
    }
}

/// The document's char index, built on first use; equal whatever its state.
#[derive(Debug, Clone, Default)]
pub(crate) struct LazyCharIndex(std::sync::OnceLock<CharIndex>);

impl PartialEq for LazyCharIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LazyCharIndex {}

impl LazyCharIndex {
    /// The char offset of `byte` in `source` (the text this index is for).
    pub(crate) fn char_offset(&self, source: &str, byte: usize) -> usize {
        self.0
            .get_or_init(|| CharIndex::new(source.as_bytes()))
            .char_offset(source.as_bytes(), byte)
    }
}
