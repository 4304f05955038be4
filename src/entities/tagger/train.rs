//! Training: an averaged structured perceptron (Collins 2002).
//!
//! Each epoch visits the sentences in an order shuffled by a fixed seed,
//! decodes each with the current weights and, where the best sequence is
//! wrong, moves weight from the predicted tags' features to the gold tags'.
//! The model keeps the average of the weights over all steps, which
//! generalises much better than the last ones. Same data, same options:
//! same model, byte for byte.
//!
//! With a cost ([`Options::miss_cost`], [`Options::error_cost`]) the
//! decoding that finds the mistakes is cost-augmented, as in Mohit et al.
//! 2012 ("Recall-oriented learning of named entities in Arabic
//! Wikipedia"): each wrong tag adds its cost to the sequence's score, so a
//! sentence is corrected until the gold sequence wins by a margin, and a
//! larger margin where the mistake is a missed name (a gold entity token
//! tagged O). The tagger then leans towards recall, which out-of-domain
//! text (statements, not ANERcorp's news) needs most.

use super::classes::WordClasses;
use super::model::Model;
use super::{viterbi, TAGS};
use std::collections::HashMap;

/// One training sentence: every token's features and its gold tag.
#[derive(Clone, Debug)]
pub struct Example {
    /// Per token, its hashed features ([`super::sequence_features`]).
    pub features: Vec<Vec<u64>>,
    /// Per token, its gold tag (an index into [`super::TAG_NAMES`]).
    pub gold: Vec<u8>,
}

/// How to train.
#[derive(Clone, Debug)]
pub struct Options {
    /// Passes over the examples.
    pub epochs: usize,
    /// Seed of the visiting order.
    pub seed: u64,
    /// Features hash into `1 << bucket_bits` buckets in the model file.
    pub bucket_bits: u8,
    /// Weights whose quantized value is within this of zero are dropped
    /// (0 keeps every non-zero one): the model's size knob.
    pub prune: i8,
    /// The note the model file carries: sources, licence, command.
    pub note: String,
    /// The cost, in weight units, of tagging a gold entity token O while
    /// training (0 with `error_cost` 0: the plain perceptron).
    pub miss_cost: f64,
    /// The cost of any other wrong tag while training.
    pub error_cost: f64,
    /// The word classes the examples' features were made with, carried in
    /// the model.
    pub classes: WordClasses,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 20,
            seed: 7,
            bucket_bits: 22,
            prune: 1,
            note: String::new(),
            miss_cost: 0.0,
            error_cost: 0.0,
            classes: WordClasses::default(),
        }
    }
}

/// Dense weights over the features seen in training.
struct Weights {
    index: HashMap<u64, u32>,
    now: Vec<[i32; TAGS]>,
    /// Σ step · change, for averaging.
    sum: Vec<[i64; TAGS]>,
    trans: [[i32; TAGS]; TAGS + 1],
    trans_sum: [[i64; TAGS]; TAGS + 1],
}

impl Weights {
    fn update(&mut self, f: u32, tag: u8, delta: i32, step: i64) {
        self.now[f as usize][tag as usize] += delta;
        self.sum[f as usize][tag as usize] += step * delta as i64;
    }

    fn update_trans(&mut self, prev: usize, tag: u8, delta: i32, step: i64) {
        self.trans[prev][tag as usize] += delta;
        self.trans_sum[prev][tag as usize] += step * delta as i64;
    }
}

/// Trains a model on `examples`.
pub fn train(examples: &[Example], options: &Options) -> Model {
    // Features as dense indices, in order of first appearance (deterministic).
    let mut index: HashMap<u64, u32> = HashMap::new();
    let sentences: Vec<Vec<Vec<u32>>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .map(|fs| {
                    fs.iter()
                        .map(|f| {
                            let n = index.len() as u32;
                            *index.entry(*f).or_insert(n)
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let n = index.len();
    let mut w = Weights {
        index,
        now: vec![[0; TAGS]; n],
        sum: vec![[0; TAGS]; n],
        trans: [[0; TAGS]; TAGS + 1],
        trans_sum: [[0; TAGS]; TAGS + 1],
    };
    let costs = (options.miss_cost != 0.0 || options.error_cost != 0.0).then(|| Costs {
        miss: (options.miss_cost * COST_UNIT as f64).round() as i64,
        error: (options.error_cost * COST_UNIT as f64).round() as i64,
    });
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = options.seed | 1;
    let mut step: i64 = 1;
    for _ in 0..options.epochs {
        shuffle(&mut order, &mut rng);
        for &k in &order {
            let (feats, gold) = (&sentences[k], &examples[k].gold);
            let scores: Vec<[i64; TAGS]> = feats
                .iter()
                .map(|fs| {
                    let mut s = [0i64; TAGS];
                    for &f in fs {
                        s.iter_mut().zip(&w.now[f as usize]).for_each(|(a, b)| *a += *b as i64);
                    }
                    s
                })
                .collect();
            let predicted = match costs.as_ref() {
                None => viterbi(&scores, |p, t| w.trans[p][t] as i64),
                Some(c) => {
                    let scores = augmented(&scores, gold, c);
                    viterbi(&scores, |p, t| w.trans[p][t] as i64 * COST_UNIT)
                }
            };
            if predicted != *gold {
                for i in 0..gold.len() {
                    let (g, p) = (gold[i], predicted[i]);
                    let (gp, pp) =
                        if i == 0 { (TAGS, TAGS) } else { (gold[i - 1] as usize, predicted[i - 1] as usize) };
                    if g != p {
                        for &f in &feats[i] {
                            w.update(f, g, 1, step);
                            w.update(f, p, -1, step);
                        }
                    }
                    if g != p || gp != pp {
                        w.update_trans(gp, g, 1, step);
                        w.update_trans(pp, p, -1, step);
                    }
                }
            }
            step += 1;
        }
    }
    quantize(&w, step, options)
}

/// Costs are counted in hundredths of a weight unit: scores and
/// transitions are scaled by this before the costs are added, so costs
/// need not be whole while the weights stay integers.
const COST_UNIT: i64 = 100;

/// The costs of wrong tags, in [`COST_UNIT`]s.
struct Costs {
    miss: i64,
    error: i64,
}

/// `scores` scaled by [`COST_UNIT`], each tag but the gold one raised by
/// its cost: Viterbi over them finds the sequence that most violates the
/// margin the costs ask for.
fn augmented(scores: &[[i64; TAGS]], gold: &[u8], costs: &Costs) -> Vec<[i64; TAGS]> {
    scores
        .iter()
        .zip(gold)
        .map(|(s, &g)| {
            std::array::from_fn(|t| {
                let cost = match (g as usize, t) {
                    (g, t) if g == t => 0,
                    (g, 0) if g != 0 => costs.miss,
                    _ => costs.error,
                };
                s[t] * COST_UNIT + cost
            })
        })
        .collect()
}

/// Averages the weights and rounds them to i8 with one shared scale.
fn quantize(w: &Weights, step: i64, options: &Options) -> Model {
    let avg = |now: i32, sum: i64| now as f64 - sum as f64 / step as f64;
    let mut max: f64 = 0.0;
    for (now, sum) in w.now.iter().zip(&w.sum).chain(w.trans.iter().zip(&w.trans_sum)) {
        for t in 0..TAGS {
            max = max.max(avg(now[t], sum[t]).abs());
        }
    }
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let q = |v: f64| (v / scale).round().clamp(-127.0, 127.0) as i8;
    let mut transitions = [[0i8; TAGS]; TAGS + 1];
    for (p, row) in transitions.iter_mut().enumerate() {
        *row = std::array::from_fn(|t| q(avg(w.trans[p][t], w.trans_sum[p][t])));
    }
    let mut model = Model {
        bucket_bits: options.bucket_bits,
        scale: scale as f32,
        note: options.note.clone(),
        transitions,
        rows: Default::default(),
        classes: options.classes.clone(),
    };
    // Visit features in hash order so colliding buckets sum the same way
    // every run.
    let mut features: Vec<(&u64, &u32)> = w.index.iter().collect();
    features.sort_unstable();
    let mut sums: HashMap<u32, [i32; TAGS]> = HashMap::new();
    for (&hash, &i) in features {
        let row: [i32; TAGS] =
            std::array::from_fn(|t| q(avg(w.now[i as usize][t], w.sum[i as usize][t])) as i32);
        if row.iter().all(|v| v.abs() <= options.prune as i32) {
            continue;
        }
        let slot = sums.entry(model.bucket(hash)).or_default();
        slot.iter_mut().zip(row).for_each(|(a, b)| *a += b);
    }
    model.rows = sums.into_iter().map(|(b, row)| (b, row.map(|v| v.clamp(-127, 127) as i8))).collect();
    model
}

/// Fisher–Yates with xorshift64: a fixed, dependency-free shuffle.
fn shuffle(v: &mut [usize], state: &mut u64) {
    for i in (1..v.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        v.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}
