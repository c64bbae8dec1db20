//! Reporting words: the verbs and phrases that attribute speech to a source.

/// Verb forms that report speech, lower case. Present and past forms are both
/// listed because news uses both ("said", "says").
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote",
    "writes", "tweeted", "tweets", "posted", "argued", "argues", "warned", "warns",
    "explained", "explains", "noted", "notes", "stated", "states", "insisted", "insists",
    "replied", "replies", "responded", "responds", "declared", "declares", "announced",
    "announces", "claimed", "claims", "continued", "continues", "recalled", "recalls",
    "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests",
    "observed", "observes", "remarked", "remarks", "conceded", "concedes", "urged",
    "urges", "joked", "jokes", "shouted", "shouts", "whispered", "quipped", "quips",
    "predicted", "predicts", "cautioned", "cautions", "stressed", "stresses",
    "emphasized", "emphasised", "countered", "counters", "pointed", "confirmed",
    "confirms", "denied", "denies", "testified", "testifies", "complained", "complains",
    "boasted", "boasts", "lamented", "laments", "concluded", "concludes",
];

/// Phrases that introduce their source after them ("according to Novak").
pub const SOURCE_AFTER_PHRASES: &[&str] = &["according to"];

/// Whether `word` (any case) is a speech verb.
pub fn is_speech_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    SPEECH_VERBS.contains(&lower.as_str())
}
