// Stage: text, the foundation. May use: std only.
//! Byte spans and the byte → character index used at the edges.

use serde::{Deserialize, Serialize};

/// A piece of a text: `&text[start..end]`, in bytes (end exclusive).
///
/// ```
/// use pressa::Span;
/// let text = "Мэр Москвы";
/// let span = Span::new(7, 19);
/// assert_eq!(span.slice(text), "Москвы");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset after the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// The text the span covers.
    ///
    /// # Panics
    /// When the span is out of `text` or not on character boundaries, as slicing does.
    #[inline]
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// Byte offset → character (Unicode code point) offset, built once per document.
///
/// Used only where character offsets leave the crate: JSON output and gold loaders.
///
/// ```
/// use pressa::CharIndex;
/// let idx = CharIndex::new("ёж и fox");
/// assert_eq!(idx.char_offset(5), 3); // the byte before "и"
/// assert_eq!(idx.byte_offset(3), 5);
/// ```
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// `starts[c]` is the byte offset of character `c`; the last entry is the text length.
    starts: Vec<u32>,
    ascii: bool,
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex { starts: vec![text.len() as u32], ascii: true };
        }
        let mut starts: Vec<u32> = text.char_indices().map(|(i, _)| i as u32).collect();
        starts.push(text.len() as u32);
        CharIndex { starts, ascii: false }
    }

    /// Character offset of byte offset `byte` (which must be on a char boundary; a byte inside a
    /// character maps to the character that contains it).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of character offset `ch` (clamped to the text length).
    pub fn byte_offset(&self, ch: usize) -> usize {
        if self.ascii {
            return ch.min(self.starts[0] as usize);
        }
        self.starts[ch.min(self.starts.len() - 1)] as usize
    }
}
