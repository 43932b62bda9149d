//! Byte spans into the original input.

/// A half-open range `start..end` of UTF-8 **byte** offsets into the original input.
///
/// Spans always lie on `char` boundaries, so `&doc.source()[span.range()]` never panics.
/// Line and column are derived on demand with [`crate::Document::line_col`].
///
/// Offsets are kept as `u32` (a span is 8 bytes, and a document holds one per node and
/// several per task): every entry point refuses input of 4 GiB or more
/// ([`crate::Options::max_input_bytes`] is capped there), so every offset fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    start: u32,
    end: u32,
}

/// The largest input a span can index: offsets are `u32`.
pub const MAX_SPAN_OFFSET: usize = u32::MAX as usize;

/// `offset` as a stored offset. Offsets come from inputs the entry points have bounded by
/// [`MAX_SPAN_OFFSET`]; a larger one (never made by a parse) saturates rather than wraps.
const fn offset(offset: usize) -> u32 {
    if offset > MAX_SPAN_OFFSET {
        u32::MAX
    } else {
        offset as u32
    }
}

impl Span {
    /// A span from `start` to `end` (bytes). An offset past [`MAX_SPAN_OFFSET`] (which no
    /// parse makes) is clamped to it.
    pub const fn new(start: usize, end: usize) -> Self {
        Span {
            start: offset(start),
            end: offset(end),
        }
    }

    /// First byte of the node.
    pub const fn start(self) -> usize {
        self.start as usize
    }

    /// One past the last byte of the node.
    pub const fn end(self) -> usize {
        self.end as usize
    }

    /// The span as a `Range<usize>`, ready to slice the source.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end() - self.start()
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span shifted right by `offset` bytes (for spans found in a slice).
    #[must_use]
    pub const fn shift(self, offset: usize) -> Span {
        Span::new(self.start() + offset, self.end() + offset)
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The same span with its start moved to `start`.
    #[must_use]
    pub const fn with_start(self, start: usize) -> Span {
        Span::new(start, self.end())
    }

    /// The same span with its end moved to `end`.
    #[must_use]
    pub const fn with_end(self, end: usize) -> Span {
        Span::new(self.start(), end)
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_and_saturate() {
        let s = Span::new(3, 9);
        assert_eq!((s.start(), s.end(), s.len()), (3, 9, 6));
        assert_eq!(std::mem::size_of::<Span>(), 8);
        let far = Span::new(MAX_SPAN_OFFSET + 10, MAX_SPAN_OFFSET + 20);
        assert_eq!(far.start(), MAX_SPAN_OFFSET);
        assert!(far.is_empty());
    }
}
