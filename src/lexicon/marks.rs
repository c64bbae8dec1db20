//! Double quotation mark styles: each opening mark and the marks that may
//! close it.

/// One style of quotation marks.
pub struct QuoteStyle {
    pub open: char,
    /// Marks that close a quote this style opened.
    pub close: &'static [char],
}

/// The double quotation styles of English and European news. The straight
/// mark `"` both opens and closes; which one it is comes from where it stands.
pub const DOUBLE_STYLES: &[QuoteStyle] = &[
    // English: “...”
    QuoteStyle { open: '\u{201C}', close: &['\u{201D}'] },
    // German and Central European: „...“; Polish and others: „...”
    QuoteStyle { open: '\u{201E}', close: &['\u{201C}', '\u{201D}'] },
    // French, Spanish, Russian: «...»
    QuoteStyle { open: '\u{AB}', close: &['\u{BB}'] },
    // Single guillemets: ‹...›
    QuoteStyle { open: '\u{2039}', close: &['\u{203A}'] },
    // Typewriter: "..."
    QuoteStyle { open: '"', close: &['"'] },
];

/// The style that `ch` opens, if it opens one.
pub fn style_opened_by(ch: char) -> Option<&'static QuoteStyle> {
    DOUBLE_STYLES.iter().find(|style| style.open == ch)
}

/// Whether `ch` is any double quotation mark, opening or closing.
pub fn is_double_mark(ch: char) -> bool {
    // Most text is ASCII, where only the straight mark is one.
    if ch.is_ascii() {
        return ch == '"';
    }
    DOUBLE_STYLES.iter().any(|style| style.open == ch || style.close.contains(&ch))
}

/// Single quotation marks, the primary style of British news: ‘...’. The
/// closing mark is also the apostrophe.
pub const SINGLE_OPEN: char = '\u{2018}';
pub const SINGLE_CLOSE: char = '\u{2019}';
