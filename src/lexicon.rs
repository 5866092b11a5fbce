// Stage: none — data every stage may load. May use: text (its hash).
//! The one word-set type: lexicons are plain UTF-8 files under `lexicon/` (one entry a line,
//! `#` comments), embedded with `include_str!` and built once on first use.

/// The Russian dictionary of word forms (rumorph's bundled OpenCorpora dictionary), opened
/// once per process and shared: the language stage asks it whether a word is a Russian word
/// form, the morphology stage analyses words with it.
pub(crate) fn russian_dictionary() -> &'static rumorph::Dictionary {
    static DICTIONARY: std::sync::LazyLock<rumorph::Dictionary> =
        std::sync::LazyLock::new(|| rumorph::Dictionary::bundled().expect("rumorph bundled dictionary"));
    &DICTIONARY
}

/// A set of words, or a map from words to small values, in an open-addressing table: one
/// probe for most look-ups, no allocation.
///
/// Files: one entry a line; blank lines and lines starting with `#` are skipped; a `#` after
/// white space starts a comment. A map's lines are `word<TAB>value`.
pub(crate) struct WordSet<V: 'static = ()> {
    slots: Box<[Option<(&'static str, V)>]>,
    shift: u32,
    len: usize,
    /// The longest entry in bytes: longer words are rejected at once.
    max_len: usize,
}

impl<V> std::fmt::Debug for WordSet<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordSet({} entries)", self.len)
    }
}

/// The entries of a lexicon file: its lines without comments and blanks, trimmed.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(|l| without_comment(l).trim()).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A line up to a `#` that follows white space.
fn without_comment(line: &str) -> &str {
    let b = line.as_bytes();
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(|&x| x == b'#') {
        let k = from + k;
        if k > 0 && matches!(b[k - 1], b' ' | b'\t') {
            return &line[..k];
        }
        from = k + 1;
    }
    line
}

impl<V: Copy> WordSet<V> {
    /// A table of `(word, value)`; a word given twice keeps its first value.
    pub(crate) fn from_pairs(pairs: impl IntoIterator<Item = (&'static str, V)>) -> WordSet<V> {
        let pairs: Vec<(&'static str, V)> = pairs.into_iter().collect();
        let size = (pairs.len() * 2).next_power_of_two().max(8);
        let max_len = pairs.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        let shift = 64 - size.trailing_zeros();
        let mut set = WordSet { slots: vec![None; size].into_boxed_slice(), shift, len: 0, max_len };
        for (w, v) in pairs {
            let mut k = set.slot(w);
            while let Some((s, _)) = set.slots[k] {
                if s == w {
                    break;
                }
                k = (k + 1) & (set.slots.len() - 1);
            }
            if set.slots[k].is_none() {
                set.slots[k] = Some((w, v));
                set.len += 1;
            }
        }
        set
    }

    /// The slot a word hashes to.
    #[inline]
    fn slot(&self, w: &str) -> usize {
        (crate::text::hash::word(w.as_bytes()) >> self.shift) as usize
    }

    /// The value of `w`, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<V> {
        if w.len() > self.max_len {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut k = self.slot(w);
        loop {
            match self.slots[k] {
                None => return None,
                Some((s, v)) if s == w => return Some(v),
                _ => k = (k + 1) & mask,
            }
        }
    }

    /// Is `w` in the table?
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The value of the longest entry that `w` starts with (entries are stems: «министерств»).
    pub(crate) fn longest_prefix(&self, w: &str) -> Option<V> {
        w.char_indices().map(|(k, c)| k + c.len_utf8()).rev().find_map(|end| self.get(&w[..end]))
    }

    /// Does `w` start with one of the entries?
    pub(crate) fn has_prefix_of(&self, w: &str) -> bool {
        self.longest_prefix(w).is_some()
    }

    /// How many entries.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The entries, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&'static str, V)> + '_ {
        self.slots.iter().flatten().copied()
    }
}

impl WordSet {
    /// The set of a lexicon file's entries.
    pub(crate) fn parse(data: &'static str) -> WordSet {
        WordSet::from_pairs(entries(data).map(|w| (w, ())))
    }
}

/// The `word<TAB>value` lines of a lexicon file; `name` is the file, for errors.
pub(crate) fn pairs(data: &'static str, name: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(data).enumerate().map(move |(k, l)| {
        let (w, v) = l.split_once('\t').unwrap_or_else(|| panic!("{name}: entry {}: no TAB in {l:?}", k + 1));
        (w.trim(), v.trim())
    })
}

impl WordSet<&'static str> {
    /// The map of a lexicon file's `word<TAB>value` lines; `name` is the file, for errors.
    pub(crate) fn parse_map(data: &'static str, name: &'static str) -> WordSet<&'static str> {
        WordSet::from_pairs(pairs(data, name))
    }
}

impl WordSet<u32> {
    /// The map of a lexicon file's `word<TAB>number` lines; `name` is the file, for errors.
    pub(crate) fn parse_numbers(data: &'static str, name: &'static str) -> WordSet<u32> {
        WordSet::from_pairs(
            pairs(data, name)
                .map(|(w, v)| (w, v.parse().unwrap_or_else(|_| panic!("{name}: {w:?} has no number but {v:?}")))),
        )
    }
}

/// A lexicon file under `lexicon/`, embedded, built on first use: `lexicon!(NAME, "en/titles.txt")`
/// for a [`WordSet`], `lexicon!(NAME: map, "en/demonyms.tsv")` for a map of strings,
/// `lexicon!(NAME: numbers, "ru/months.tsv")` for a map of numbers.
macro_rules! lexicon {
    ($(#[$m:meta])* $vis:vis $name:ident, $path:literal) => {
        $crate::lexicon::lexicon!(@load $(#[$m])* $vis $name: (), |data, _| $crate::lexicon::WordSet::parse(data), $path);
    };
    ($(#[$m:meta])* $vis:vis $name:ident: map, $path:literal) => {
        $crate::lexicon::lexicon!(@load $(#[$m])* $vis $name: &'static str, $crate::lexicon::WordSet::parse_map, $path);
    };
    ($(#[$m:meta])* $vis:vis $name:ident: numbers, $path:literal) => {
        $crate::lexicon::lexicon!(@load $(#[$m])* $vis $name: u32, $crate::lexicon::WordSet::parse_numbers, $path);
    };
    (@load $(#[$m:meta])* $vis:vis $name:ident: $value:ty, $parse:expr, $path:literal) => {
        $(#[$m])*
        $vis static $name: std::sync::LazyLock<$crate::lexicon::WordSet<$value>> = std::sync::LazyLock::new(|| {
            ($parse)(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/", $path)), $path)
        });
    };
}
pub(crate) use lexicon;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_maps_and_prefixes() {
        let set = WordSet::parse("# a comment\nгод\n\nгода # the genitive\nyear\n");
        assert_eq!(set.len(), 3);
        assert!(set.contains("года") && set.contains("year") && !set.contains("# a comment"));
        assert!(!set.contains("го") && !set.contains(""));
        let stems = WordSet::parse("министерств\nмин\n");
        assert!(stems.has_prefix_of("министерства") && !stems.has_prefix_of("ми"));
        let map = WordSet::parse_map("french\tFrance\ngerman\tGermany\n", "test");
        assert_eq!(map.get("german"), Some("Germany"));
        assert_eq!(map.get("germans"), None);
    }

    #[test]
    fn many_entries_all_found() {
        let words: Vec<&'static str> = (0..5000).map(|k| &*format!("w{k}").leak()).collect();
        let set = WordSet::from_pairs(words.iter().map(|&w| (w, ())));
        assert_eq!(set.len(), 5000);
        assert!(words.iter().all(|w| set.contains(w)) && !set.contains("w5000"));
    }
}
