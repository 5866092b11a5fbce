// Stage: output. May use: every stage before it.
//! The JSON contract of an analysis: byte offsets and character offsets side by side, in the
//! shape of [`OwnedAnalysis`](super::OwnedAnalysis) (the records are shared, borrowed here).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::owned::{Located, OfficialRecord, SectorRecord, SentenceRecord, TokenRecord};
use crate::Analysis;
use crate::resolve::Part;
use crate::text::CharIndex;

impl<'t> Analysis<'t> {
    /// A serialisable view that also lists the tokens (`"tokens": [span + "kind" + "script" +
    /// "text"]`).
    pub fn with_tokens(&self) -> WithTokens<'_, 't> {
        WithTokens(self)
    }

    fn serialize_with<S: Serializer>(&self, serializer: S, tokens: bool) -> Result<S::Ok, S::Error> {
        let idx = CharIndex::new(self.text);
        let text = self.text;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("lang", &self.lang)?;
        map.serialize_entry("pub_date", &self.pub_date)?;
        let sentences: Vec<SentenceRecord> = self.sentences.iter().map(|s| SentenceRecord::new(&idx, s)).collect();
        map.serialize_entry("sentences", &sentences)?;
        let entities: Vec<Located<_, &str>> =
            self.entities.iter().map(|e| Located::new(&idx, text, e.span, e)).collect();
        map.serialize_entry("entities", &entities)?;
        let officials: Vec<OfficialRecord<&str, &Part>> =
            self.officials.iter().map(|o| OfficialRecord::new(&idx, text, o, |p| p)).collect();
        map.serialize_entry("officials", &officials)?;
        let dates: Vec<Located<_, &str>> = self.dates.iter().map(|d| Located::new(&idx, text, d.span, d)).collect();
        map.serialize_entry("dates", &dates)?;
        let money: Vec<Located<_, &str>> = self.money.iter().map(|d| Located::new(&idx, text, d.span, d)).collect();
        map.serialize_entry("money", &money)?;
        let percents: Vec<Located<_, &str>> =
            self.percents.iter().map(|d| Located::new(&idx, text, d.span, d)).collect();
        map.serialize_entry("percents", &percents)?;
        let sectors: Vec<SectorRecord<&str, _>> =
            self.sectors.iter().map(|s| SectorRecord::new(&idx, text, s, &s.sector)).collect();
        map.serialize_entry("sectors", &sectors)?;
        map.serialize_entry("clusters", &self.clusters)?;
        if tokens {
            let tokens: Vec<Located<TokenRecord, &str>> = self
                .tokens
                .iter()
                .map(|t| Located::new(&idx, text, t.span, TokenRecord { span: t.span, kind: t.kind, script: t.script }))
                .collect();
            map.serialize_entry("tokens", &tokens)?;
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
