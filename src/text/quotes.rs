// Stage: text, the foundation. May use: std only.
//! Quotation marks: which open a name or a quotation, which close one. One place for the
//! stages that read quotes (sentences, entity rules, officials); the taggers' features keep their
//! own sets, which their models were trained with.

/// A quote that can open a name or a quotation: «, “, „ or a straight one.
pub(crate) fn opens_quote(s: &str) -> bool {
    matches!(s, "«" | "“" | "„" | "\"")
}

/// A quote that can close a name or a quotation: », ”, “ or a straight one.
pub(crate) fn closes_quote(s: &str) -> bool {
    matches!(s, "»" | "”" | "“" | "\"")
}

/// A quote that may open or close, as the sentence splitter sees it (with the ASCII forms
/// `` ``, `''` and `'`); a following comma shows that it closes.
pub(crate) fn is_quote(s: &str) -> bool {
    matches!(s, "\"" | "``" | "''" | "'" | "“" | "”" | "»" | "„")
}
