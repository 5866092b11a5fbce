//! Every family of hostile input (`pressa_eval::adversarial`) at 512 KB analyses in under 10 s
//! (ordinary news takes well under one): no stage may turn quadratic on odd content.
//! `cargo run --release --example adversarial` measures the growth at four sizes.

use std::time::Instant;

use pressa_eval::adversarial::families;

#[test]
fn every_family_runs_in_time() {
    let analyzer = pressa::Analyzer::new();
    let mut slow = Vec::new();
    for family in families() {
        let text = (family.make)(512 << 10);
        let t0 = Instant::now();
        let doc = analyzer.analyze(&text);
        let json = serde_json::to_vec(&doc).expect("JSON");
        let secs = t0.elapsed().as_secs_f64();
        assert!(!json.is_empty());
        eprintln!("{:<20} {:>6.2} s  ({})", family.name, secs, family.what);
        if secs > 10.0 {
            slow.push(format!("{}: {secs:.1} s", family.name));
        }
    }
    assert!(slow.is_empty(), "families over 10 s at 512 KB: {slow:?}");
}
