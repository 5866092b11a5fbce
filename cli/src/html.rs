//! One self-contained HTML page for an article: the text with entities, dates, money and
//! percentages highlighted by type (hover shows the base form or value), a legend, and side
//! tables of officials, dates, money and sectors.

use std::fmt::Write;

use pressa::{Analysis, EntityKind};

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 24px;border-bottom:1px solid #ddd;background:#fafafa}
h1{font-size:20px;margin:0 0 8px}
main{display:flex;gap:24px;padding:16px 24px}
article{flex:3;max-width:860px}
aside{flex:2;font-size:14px}
table{border-collapse:collapse;margin-bottom:16px;width:100%}
td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
mark.ent{border-radius:3px;padding:0 2px;cursor:help}
.PER{background:#ffd6d6}.ORG{background:#d6e4ff}.LOC{background:#d8f5d0}
.POSITION{background:#ffeecc}.DATE{background:#eadcff}.MONEY{background:#d0f2f2}.PERCENT{background:#f2f2c0}
.legend mark{margin-right:8px}
";

/// A highlight: byte span, type class, hover text.
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    title: String,
}

fn marks(a: &Analysis<'_>) -> Vec<Mark> {
    let mut m = Vec::new();
    for e in &a.entities {
        let class = match e.kind {
            EntityKind::Person => "PER",
            EntityKind::Organization => "ORG",
            EntityKind::Location => "LOC",
            _ => "POSITION",
        };
        m.push(Mark { start: e.span.start, end: e.span.end, class, title: format!("{class}: {}", e.norm) });
    }
    for d in &a.dates {
        let v = d.value.clone().unwrap_or_else(|| format!("{:?}", d.kind).to_lowercase());
        m.push(Mark { start: d.span.start, end: d.span.end, class: "DATE", title: format!("DATE: {v}") });
    }
    for x in &a.money {
        let v = x.amount.map_or("?".into(), |v| format!("{v}"));
        m.push(Mark {
            start: x.span.start,
            end: x.span.end,
            class: "MONEY",
            title: format!("MONEY: {v} {}", x.currency),
        });
    }
    for x in &a.percents {
        let v = x.value.map_or("?".into(), |v| format!("{v}"));
        m.push(Mark { start: x.span.start, end: x.span.end, class: "PERCENT", title: format!("PERCENT: {v}") });
    }
    // Outer spans first; a span that would cross an open one is left out (HTML nests).
    m.sort_by_key(|x| (x.start, std::cmp::Reverse(x.end)));
    let mut kept: Vec<Mark> = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    for x in m {
        open.retain(|o| o.1 > x.start);
        if open.iter().all(|o| x.end <= o.1) {
            open.push((x.start, x.end));
            kept.push(x);
        }
    }
    kept
}

/// The article text with highlights, paragraphs at blank lines.
fn body(a: &Analysis<'_>) -> String {
    let text = a.text;
    let ms = marks(a);
    // Events: open at start (outer first), close at end (inner first).
    let mut opens: Vec<(usize, usize)> = ms.iter().enumerate().map(|(k, m)| (m.start, k)).collect();
    opens.sort_by_key(|&(s, k)| (s, k));
    let mut out = String::from("<p>");
    let mut stack: Vec<usize> = Vec::new();
    let mut next_open = 0;
    let mut pos = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        while let Some(&k) = stack.last() {
            if ms[k].end <= i {
                out.push_str("</mark>");
                stack.pop();
            } else {
                break;
            }
        }
        while next_open < opens.len() && opens[next_open].0 == i {
            let m = &ms[opens[next_open].1];
            let _ = write!(out, "<mark class=\"ent {}\" title=\"{}\">", m.class, esc(&m.title));
            stack.push(opens[next_open].1);
            next_open += 1;
        }
        if c == '\n' && chars.peek().is_some_and(|&(_, n)| n == '\n') && stack.is_empty() {
            while chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
            }
            out.push_str("</p>\n<p>");
        } else {
            out.push_str(&esc(&c.to_string()));
        }
        pos = i + c.len_utf8();
    }
    while stack.pop().is_some() {
        out.push_str("</mark>");
    }
    let _ = pos;
    out.push_str("</p>");
    out
}

/// The whole page.
pub fn page(title: &str, a: &Analysis<'_>) -> String {
    let mut h = String::new();
    let lang = a.lang.map_or("und", |l| l.code());
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>pressa: {}</title><style>{STYLE}</style></head><body>\n",
        esc(title)
    );
    let _ = write!(h, "<header><h1>{}</h1><div class=\"legend\">", esc(title));
    for (c, label) in [
        ("PER", "person"),
        ("ORG", "organisation"),
        ("LOC", "location"),
        ("POSITION", "position"),
        ("DATE", "date"),
        ("MONEY", "money"),
        ("PERCENT", "percent"),
    ] {
        let _ = write!(h, "<mark class=\"{c}\">{label}</mark>");
    }
    let _ = write!(h, " language: {lang}</div></header>\n<main><article id=\"text\">{}</article>\n<aside>", body(a));
    let _ = write!(
        h,
        "<h2>Officials</h2><table id=\"officials\"><tr><th>person</th><th>position</th><th>organisation</th></tr>"
    );
    for o in &a.officials {
        let org = o.org.as_ref().map_or(String::new(), |g| esc(&g.norm));
        let _ = write!(h, "<tr><td>{}</td><td>{}</td><td>{org}</td></tr>", esc(&o.person.norm), esc(&o.position.norm));
    }
    let _ = write!(h, "</table><h2>Dates</h2><table id=\"dates\"><tr><th>text</th><th>value</th></tr>");
    for d in &a.dates {
        let v = d.value.as_deref().unwrap_or("–");
        let _ = write!(h, "<tr><td>{}</td><td>{}</td></tr>", esc(d.span.slice(a.text)), esc(v));
    }
    let _ = write!(h, "</table><h2>Money and percentages</h2><table id=\"money\"><tr><th>text</th><th>value</th></tr>");
    for m in &a.money {
        let v = m.amount.map_or("?".into(), |v| format!("{v}"));
        let _ = write!(h, "<tr><td>{}</td><td>{v} {}</td></tr>", esc(m.span.slice(a.text)), m.currency);
    }
    for p in &a.percents {
        let v = p.value.map_or("?".into(), |v| format!("{v}"));
        let _ = write!(h, "<tr><td>{}</td><td>{v} %</td></tr>", esc(p.span.slice(a.text)));
    }
    let _ = write!(
        h,
        "</table><h2>Sectors</h2><table id=\"sectors\"><tr><th>code</th><th>sector</th><th>mentions</th></tr>"
    );
    for s in &a.sectors {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{} / {}</td><td>{}</td></tr>",
            s.sector.code,
            esc(s.sector.label_ru),
            esc(s.sector.label_en),
            s.count
        );
    }
    h.push_str("</table></aside></main></body></html>\n");
    h
}
