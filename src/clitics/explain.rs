//! Why a word is segmented as it is: every reading with its points rule by
//! rule, the runner-up, and the rule that decided (`bayan segment
//! --explain WORD`, and the errors `bayan eval-seg --errors N` lists).
//!
//! A rule decided a word when, switched off alone, the word would be
//! segmented otherwise: the rejection that removed a better reading, the
//! score that lifted the winner. That is what a rule's case in
//! `tests/cases/clitics.tsv` checks. When no rule alone changes the
//! outcome, the deciding rule is the one that rejected the runner-up, or
//! else the one whose points most favour the winner over it.

use super::analyze::{self, beats, Off, Trace};
use super::letters::Letters;
use super::lexicon::Lexicon;
use super::reading::Split;
use super::rules::{Evidence, RULES};
use super::{segments_of, Segment};

/// Why a word is segmented as it is (see [`explain`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// What [`Lexicon::segment`] returns for the word.
    pub segments: Vec<Segment>,
    /// Every reading the letters allow, in the order they are considered
    /// (which settles ties); empty when the word is not segmented at all.
    pub readings: Vec<Considered>,
    /// The reading chosen, as an index into `readings`; `None` when the
    /// word is listed or not segmented.
    pub chosen: Option<usize>,
    /// The reading that would win without the chosen one: the best of the
    /// others not rejected, or the best rejected one when all are. For a
    /// listed word, the reading the rules would choose.
    pub runner_up: Option<usize>,
    /// The rule that decided: a rule's name, or `listed` (the word is in
    /// `clitics-fixed.tsv`), `order` (a tie kept the earlier reading),
    /// `only-reading` (the letters allow no other), `not-segmented` (not a
    /// plain Arabic word of 2 to 32 letters).
    pub decided_by: &'static str,
    /// The rules without which the word would be segmented otherwise (each
    /// switched off alone), in the order they run, with what it would get.
    pub pivotal: Vec<(&'static str, Vec<Segment>)>,
}

/// One reading of the word, as the rules saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Considered {
    /// The reading as segments of the word.
    pub segments: Vec<Segment>,
    /// The first rule that rejects it; it is weighed and scored anyway, to
    /// show what it would have scored.
    pub rejected_by: Option<&'static str>,
    /// The stem's log2-frequency bucket after the rules that weigh it.
    pub bucket: u8,
    /// Whether it rests on the lexicon (attested stem or inflected word),
    /// which wins a tie.
    pub attested: bool,
    /// Its points in all; the highest not rejected wins.
    pub score: i32,
    /// The rules that gave it points, in the order they run.
    pub points: Vec<(&'static str, i32)>,
}

/// Collects what the choice reports.
#[derive(Default)]
struct Record {
    listed: bool,
    /// The current reading's points so far.
    points: Vec<(&'static str, i32)>,
    readings: Vec<Recorded>,
}

/// One reading as reported: its split, the rule that rejected it, its
/// evidence, score and points.
struct Recorded {
    split: Split,
    rejected_by: Option<usize>,
    evidence: Evidence,
    score: i32,
    points: Vec<(&'static str, i32)>,
}

impl Trace for Record {
    const FULL: bool = true;
    fn listed(&mut self) {
        self.listed = true;
    }
    fn points(&mut self, rule: usize, points: i32) {
        if points != 0 {
            self.points.push((RULES[rule].name, points));
        }
    }
    fn reading(&mut self, split: Split, rejected_by: Option<usize>, evidence: &Evidence, score: i32) {
        let points = std::mem::take(&mut self.points);
        self.readings.push(Recorded { split, rejected_by, evidence: *evidence, score, points });
    }
}

/// Explains the segmentation of `word` with the built-in lexicon
/// ([`Lexicon::builtin`]); see [`Lexicon::explain`].
///
/// ```
/// use bayan::clitics::{explain, notation};
/// let why = explain("الفهم");
/// assert_eq!(notation("الفهم", &why.segments), "ال~ فهم");
/// // ألف + هم would score as well, and comes first: a rule rejects it.
/// assert_eq!(why.decided_by, "pronoun-after-bare-al");
/// ```
pub fn explain(word: &str) -> Explanation {
    Lexicon::builtin().explain(word)
}

impl Lexicon {
    /// Explains the segmentation of `word` with this lexicon (see
    /// [`Explanation`]): what [`Lexicon::segment`] returns, and why.
    pub fn explain(&self, word: &str) -> Explanation {
        let lex = self;
        let segments = self.segment(word);
        let Some(w) = Letters::of(word).filter(|w| w.len() >= 2) else {
            return Explanation {
                segments,
                readings: vec![],
                chosen: None,
                runner_up: None,
                decided_by: "not-segmented",
                pivotal: vec![],
            };
        };
        let mut record = Record::default();
        analyze::analyze(&w, lex, Off::NONE, &mut record);
        let listed = record.listed;
        if listed {
            // What the readings would say: the rules below the listing.
            record = Record::default();
            analyze::analyze(&w, lex, Off::rule(analyze::LISTED), &mut record);
        }
        let readings: Vec<Considered> = record
            .readings
            .into_iter()
            .map(|r| Considered {
                segments: segments_of(word, &w, analyze::pieces(&w, lex, r.split, r.evidence.restored_last)),
                rejected_by: r.rejected_by.map(|i| RULES[i].name),
                bucket: r.evidence.bucket,
                attested: r.evidence.attested(),
                score: r.score,
                points: r.points,
            })
            .collect();
        let chosen = if listed { None } else { best(&readings, |_, r| r.rejected_by.is_none()) };
        let runner_up = match chosen {
            Some(c) => best(&readings, |i, r| i != c && r.rejected_by.is_none())
                .or_else(|| best(&readings, |i, _| i != c)),
            None => best(&readings, |_, r| r.rejected_by.is_none()),
        };
        let pivotal: Vec<(&'static str, Vec<Segment>)> = (0..RULES.len())
            .filter_map(|i| {
                let other = segments_of(word, &w, analyze::analyze(&w, lex, Off::rule(i), &mut ()));
                (other != segments).then_some((RULES[i].name, other))
            })
            .collect();
        let decided_by = if listed {
            "listed"
        } else if let Some((name, _)) = pivotal.first() {
            name
        } else {
            match (chosen, runner_up) {
                (Some(c), Some(r)) => deciding(&readings[c], &readings[r]),
                _ => "only-reading",
            }
        };
        Explanation { segments, readings, chosen, runner_up, decided_by, pivotal }
    }
}

/// The reading the choice would take among those `eligible`.
fn best(readings: &[Considered], eligible: impl Fn(usize, &Considered) -> bool) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, r) in readings.iter().enumerate().filter(|(i, r)| eligible(*i, r)) {
        if best.is_none_or(|b| beats(r.score, r.attested, readings[b].score, readings[b].attested)) {
            best = Some(i);
        }
    }
    best
}

/// What set the winner above the runner-up when no rule alone did: the
/// rule that rejected the runner-up, `order` for a tie, or the rule whose
/// points favour the winner most.
fn deciding(winner: &Considered, runner_up: &Considered) -> &'static str {
    if let Some(rule) = runner_up.rejected_by {
        return rule;
    }
    if winner.score == runner_up.score {
        return if winner.attested && !runner_up.attested { "attested-wins-tie" } else { "order" };
    }
    let points =
        |r: &Considered, name: &str| r.points.iter().find(|(n, _)| *n == name).map_or(0, |(_, p)| *p);
    let mut lead: Option<(&'static str, i32)> = None;
    for rule in RULES {
        let d = points(winner, rule.name) - points(runner_up, rule.name);
        if d > 0 && lead.is_none_or(|(_, best)| d > best) {
            lead = Some((rule.name, d));
        }
    }
    lead.map_or("order", |(name, _)| name)
}
