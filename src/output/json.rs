// Stage: output. May use: every stage before it.
//! The JSON contract of an analysis: byte offsets and character offsets side by side.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::Analysis;
use crate::facts::Sector;
use crate::lang::Lang;
use crate::resolve::Part;
use crate::text::{CharIndex, Span};
use crate::token::{Script, Token, TokenKind};

impl<'t> Analysis<'t> {
    /// A serialisable view that also lists the tokens (`"tokens": [span + "kind" + "text"]`).
    pub fn with_tokens(&self) -> WithTokens<'_, 't> {
        WithTokens(self)
    }

    fn serialize_with<S: Serializer>(&self, serializer: S, tokens: bool) -> Result<S::Ok, S::Error> {
        let idx = CharIndex::new(self.text);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("lang", &self.lang)?;
        map.serialize_entry(
            "sentences",
            &Seq(self.sentences.iter().map(|s| SpanOut::new(&idx, s.span).with_lang(s.lang)).collect()),
        )?;
        fn located<'a, T>(idx: &CharIndex, text: &'a str, span: Span, item: &'a T) -> Located<'a, T> {
            Located {
                item,
                char_start: idx.char_offset(span.start),
                char_end: idx.char_offset(span.end),
                text: span.slice(text),
            }
        }
        map.serialize_entry(
            "entities",
            &Seq(self.entities.iter().map(|d| located(&idx, self.text, d.span, d)).collect()),
        )?;
        let part = |p: &Part| PartOut {
            span: SpanOut::new(&idx, p.span).with_text(p.span.slice(self.text)),
            norm: p.norm.clone(),
        };
        map.serialize_entry(
            "officials",
            &Seq(self
                .officials
                .iter()
                .map(|o| OfficialOut {
                    person: part(&o.person),
                    position: part(&o.position),
                    org: o.org.as_ref().map(part),
                    cluster: o.cluster,
                    mentions: Seq(o
                        .mentions
                        .iter()
                        .map(|m| MentionOut {
                            person: SpanOut::new(&idx, m.person).with_text(m.person.slice(self.text)),
                            position: SpanOut::new(&idx, m.position).with_text(m.position.slice(self.text)),
                        })
                        .collect()),
                })
                .collect()),
        )?;
        map.serialize_entry("dates", &Seq(self.dates.iter().map(|d| located(&idx, self.text, d.span, d)).collect()))?;
        map.serialize_entry("money", &Seq(self.money.iter().map(|d| located(&idx, self.text, d.span, d)).collect()))?;
        map.serialize_entry(
            "percents",
            &Seq(self.percents.iter().map(|d| located(&idx, self.text, d.span, d)).collect()),
        )?;
        map.serialize_entry(
            "sectors",
            &Seq(self
                .sectors
                .iter()
                .map(|s| SectorOut {
                    sector: &s.sector,
                    count: s.count,
                    mentions: Seq(s
                        .mentions
                        .iter()
                        .map(|&m| SpanOut::new(&idx, m).with_text(m.slice(self.text)))
                        .collect()),
                })
                .collect()),
        )?;
        map.serialize_entry("clusters", &self.clusters)?;
        if tokens {
            map.serialize_entry(
                "tokens",
                &Seq(self.tokens.iter().map(|t| SpanOut::new(&idx, t.span).with_token(t)).collect()),
            )?;
        }
        map.end()
    }
}

impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_with(serializer, false)
    }
}

/// An [`Analysis`] serialised with its tokens; from [`Analysis::with_tokens`].
#[derive(Clone, Copy, Debug)]
pub struct WithTokens<'a, 't>(&'a Analysis<'t>);

impl Serialize for WithTokens<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_with(serializer, true)
    }
}

/// A span in the JSON contract: bytes, then code points, end exclusive, plus extra fields.
#[derive(Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<Option<Lang>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<TokenKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    script: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

impl<'a> SpanOut<'a> {
    fn new(idx: &CharIndex, span: Span) -> SpanOut<'a> {
        SpanOut {
            start: span.start,
            end: span.end,
            char_start: idx.char_offset(span.start),
            char_end: idx.char_offset(span.end),
            lang: None,
            kind: None,
            script: None,
            text: None,
        }
    }

    fn with_lang(mut self, lang: Option<Lang>) -> Self {
        self.lang = Some(lang);
        self
    }

    fn with_text(mut self, text: &'a str) -> Self {
        self.text = Some(text);
        self
    }

    fn with_token(mut self, t: &Token<'a>) -> Self {
        self.kind = Some(t.kind);
        self.script = Some(t.script);
        self.text = Some(t.text);
        self
    }
}

/// An item that serialises its own byte span, with character offsets and its text added.
#[derive(Serialize)]
struct Located<'a, T> {
    #[serde(flatten)]
    item: &'a T,
    char_start: usize,
    char_end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct PartOut<'a> {
    #[serde(flatten)]
    span: SpanOut<'a>,
    norm: String,
}

#[derive(Serialize)]
struct OfficialOut<'a> {
    person: PartOut<'a>,
    position: PartOut<'a>,
    org: Option<PartOut<'a>>,
    cluster: Option<usize>,
    mentions: Seq<MentionOut<'a>>,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    person: SpanOut<'a>,
    position: SpanOut<'a>,
}

#[derive(Serialize)]
struct SectorOut<'a> {
    #[serde(flatten)]
    sector: &'a Sector,
    count: usize,
    mentions: Seq<SpanOut<'a>>,
}

struct Seq<T>(Vec<T>);

impl<T: Serialize> Serialize for Seq<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for x in &self.0 {
            seq.serialize_element(x)?;
        }
        seq.end()
    }
}
