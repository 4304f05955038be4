//! Forms kept from one text to the next.
//!
//! A [`Lexed`](crate::Lexed) normalizes and segments each distinct surface
//! of its text once. A long text analysed a section at a time, or a corpus
//! analysed a document at a time, would do it again for every section or
//! document, though most of their words were seen before: a [`FormCache`]
//! handed from one to the next keeps the forms made. A form depends only on
//! its surface, on whether it is a word and on the clitic lexicon, so a
//! cached form is the one that would be made; the cache starts again empty
//! for another lexicon, and when it passes its size, so memory stays
//! bounded whatever the input.

use crate::clitics::Lexicon;
use crate::entities::tagger::Rows;
use crate::lexed::{make_form, Form};
use crate::tokenize::TokenKind;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Distinct surfaces a cache holds by default (a form is a few hundred
/// bytes at most: about 10 MB). The UN corpus has about 25,000 in 10 MB.
const MAX_FORMS: usize = 1 << 16;

/// Forms by surface, kept across texts (see the [module docs](self)).
#[derive(Debug)]
pub struct FormCache {
    /// Words (segmented) and other tokens (not), apart.
    words: FxHashMap<Box<str>, Form>,
    others: FxHashMap<Box<str>, Form>,
    /// The lexicon the forms were segmented with (held, so that no other
    /// can take its place unnoticed).
    lexicon: Option<Arc<Lexicon>>,
    max: usize,
    /// The tagger's sums for the same surfaces: they depend on the forms,
    /// so they go when the forms go.
    pub(crate) rows: Rows,
}

impl Default for FormCache {
    fn default() -> Self {
        FormCache::with_capacity(MAX_FORMS)
    }
}

impl FormCache {
    /// A cache holding at most `max` surfaces (0: nothing is kept).
    pub fn with_capacity(max: usize) -> Self {
        FormCache {
            words: FxHashMap::default(),
            others: FxHashMap::default(),
            lexicon: None,
            max,
            rows: Rows::with_capacity(max),
        }
    }

    /// Readies the cache for forms segmented with `lexicon`: emptied if
    /// its forms were made with another one.
    pub(crate) fn bind(&mut self, lexicon: &Arc<Lexicon>) {
        if self.max > 0 && !self.lexicon.as_ref().is_some_and(|l| Arc::ptr_eq(l, lexicon)) {
            self.clear();
            self.lexicon = Some(lexicon.clone());
        }
    }

    fn clear(&mut self) {
        self.words.clear();
        self.others.clear();
        self.rows.clear();
    }

    /// The form of `surface` as a `kind` token, segmented with `lexicon`,
    /// the one [`FormCache::bind`] was given.
    pub(crate) fn form(&mut self, surface: &str, kind: TokenKind, lexicon: &Lexicon) -> Form {
        if self.max == 0 {
            return make_form(surface, kind, lexicon);
        }
        debug_assert!(self.lexicon.as_deref().is_some_and(|l| std::ptr::eq(l, lexicon)), "bound");
        if self.words.len() + self.others.len() >= self.max {
            self.clear();
        }
        let map = if kind == TokenKind::Word { &mut self.words } else { &mut self.others };
        if let Some(form) = map.get(surface) {
            return form.clone();
        }
        let form = make_form(surface, kind, lexicon);
        map.insert(surface.into(), form.clone());
        form
    }
}
