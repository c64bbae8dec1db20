//! Abbreviations whose full stop does not end a sentence.
//!
//! Lower case, without the final full stop; internal stops kept ("u.s").

use super::WordSet;

/// Titles before a name: their full stop never ends a sentence ("Sen. Omar").
pub static TITLES_WITH_STOP: WordSet = WordSet::new(
    "mr mrs ms mx dr prof sen rep reps sens gov govs gen lt col sgt capt cmdr adm maj pres rev hon st \
     supt atty amb gens cpl pvt msgr fr sr jr messrs mmes brig",
);

/// Abbreviations that may also end a sentence ("in the U.S. The next day"):
/// they end one only when an upper-case word follows.
pub static OTHER: WordSet = WordSet::new(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun no nos \
     vs etc inc corp co ltd llc dept est fig approx u.s u.k u.n e.u a.m p.m e.g i.e ph.d d.c calif fla ky \
     mass mich minn miss n.y n.j pa tenn tex va wash wis ariz ark colo conn del ga ill ind kan la md mo \
     mont neb nev n.c n.d n.h n.m okla ore r.i s.c s.d vt w.va wyo ala mt ft ave blvd rd univ assn bros \
     vol p pp op ed eds",
);

/// Whether `word` (any case, without its final stop) is a title abbreviation.
pub fn is_title(word: &str) -> bool {
    TITLES_WITH_STOP.contains(word)
}

/// Whether `word` (any case, without its final stop) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    TITLES_WITH_STOP.contains(word) || OTHER.contains(word)
}

/// Initials that mostly stand before what they qualify ("the U.S.
/// Department of Justice", "U.N. Security Council", "Ft. Worth", "Mt.
/// Vernon"), so that a capitalised word after them does not by itself start
/// a sentence.
static MODIFIERS: WordSet = WordSet::new("u.s u.k u.n e.u ft mt");

/// Whether `word` (any case, without its final stop) is such initials.
pub fn is_modifier(word: &str) -> bool {
    MODIFIERS.contains(word)
}
