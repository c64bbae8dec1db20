//! Phrases of the text a paste brings along that is not the article:
//! section labels, social prompts, newsletter pitches, notes and corrections,
//! photo credits. Lower case; a line matches after its final stop is dropped.

use super::PhraseSet;

/// Whole lines that are never article text.
pub const EXACT_LINES: &[&str] = &[
    "abstract",
    "full text",
    "advertisement",
    "related",
    "related coverage",
    "related content",
    "related stories",
    "related articles",
    "more",
    "share",
    "tweet",
    "email",
    "print",
    "comments",
    "facebook",
    "twitter",
    "instagram",
    "video",
    "photos",
    "x",
    "story continues below",
    "continue reading",
    "continue reading the main story",
    "read more",
    "close",
    "skip",
    "sponsored",
    "sponsored content",
    "playlist",
    "listen",
    "audio",
];

/// Whole lines that mark the article's own layout, not boilerplate: the
/// section breaks between the entries of a live blog.
pub const SEPARATORS: &[&str] = &["___", "***", "* * *", "—", "-", "--", "###", "…"];

/// Line openings that mark a paragraph as boilerplate.
pub const OPENINGS: &[&str] = &[
    "sign up",
    "subscribe",
    "read more",
    "read the rest",
    "read the full",
    "click here",
    "watch the",
    "watch:",
    "listen to",
    "related:",
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "correction",
    "clarification",
    "this story has been",
    "this article has been",
    "this article was",
    "this post has been",
    "this piece has been",
    "this story was",
    "an earlier version",
    "a previous version",
    "an article on",
    "an article in",
    "for more from",
    "for more,",
    "for more on",
    "want more",
    "want to receive",
    "enter your email",
    "like us on",
    "like the page",
    "download our app",
    "do you have a tip",
    "do you have information",
    "got a tip",
    "have a tip",
    "copyright",
    "©",
    "all rights reserved",
    "additional reporting",
    "reporting by",
    "story by",
    "(h/t",
    "h/t ",
    "hat tip",
    "join the conversation",
    "share this",
    "we are sorry",
    "the views expressed",
    "the opinions expressed",
    "as published",
    "correction appended",
    "huffpollster via email",
    "you can receive this",
    "[video",
    "(video",
    "contributing:",
    "podcast produced by",
    "like you’ve never seen",
    "do you support",
];

/// Phrases anywhere in a line that mark it as boilerplate.
pub static CONTAINS: PhraseSet = PhraseSet::new(&[
    "on twitter @",
    "on twitter at",
    "on facebook",
    "newsletter",
    "contributed to this report",
    "board of contributors",
    "is a contributing",
    "is a columnist",
    "writes a column",
    "is the author of",
    "download our app",
    "watch the latest video",
    "video above",
    "like the page",
    "sign up for",
    "subscribe to",
    "follow us",
    "all rights reserved",
    "this video is restricted",
    "get the latest",
    "click here",
    "read the rest",
    "read more at",
    "read the full story",
    "see more at",
    "contributed reporting",
    "contributed to this article",
    "like the page",
    "additional reporting",
    "first appeared on",
    "first appeared in",
    "originally appeared",
    "originally published",
]);

/// Words in a line that make it a photo caption or credit.
pub static CAPTION_MARKS: PhraseSet = PhraseSet::new(&[
    "getty images",
    "(ap photo",
    "ap photo/",
    "/afp",
    "afp/",
    "/reuters",
    "reuters/",
    "photo by",
    "photo credit",
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "(photo",
    "photos by",
    "/associated press",
    "illustration by",
    "(file photo",
    "file photo",
]);

/// Openings of a byline or dateline of publication.
pub const BYLINE_OPENINGS: &[&str] = &["by ", "posted ", "published ", "updated ", "last updated"];

/// Whole lines that credit a photo: "Getty.", "AP Photo."
pub const CREDIT_LINES: &[&str] = &[
    "getty",
    "getty images",
    "getty/instagram",
    "ap photo",
    "ap",
    "reuters",
    "afp",
    "afp/getty images",
    "epa",
    "shutterstock",
];

/// What follows "X is" in an author's note at the end of a piece ("Aaron
/// Kall is director of debate at ...").
pub const BIO_ROLES: &[&str] = &[
    "a ",
    "an ",
    "the ",
    "director",
    "professor",
    "columnist",
    "editor",
    "senior",
    "author",
    "president",
    "chief",
    "founder",
    "executive",
    "playwright",
    "writer",
    "reporter",
    "correspondent",
    "fellow",
    "contributor",
    "host",
    "co-host",
    "analyst",
    "former",
    "assistant",
    "associate",
    "deputy",
    "managing",
    "co-author",
    "co-founder",
    "chairman",
    "chair",
    "partner",
    "lecturer",
    "researcher",
];

/// Short labels that introduce a list of links: "Also on WorldPost:".
pub const LABEL_OPENINGS: &[&str] =
    &["also on ", "more from ", "more on ", "see also", "recommended", "most read", "trending"];

/// Where a "Follow X" line sends its reader.
pub const SOCIAL_NETWORKS: &[&str] = &["twitter", "facebook", "instagram", "@", "tiktok", "youtube", "linkedin"];

/// Credits for the reporting of a piece: whole lines of their own.
pub static CREDITS: PhraseSet = PhraseSet::new(&[
    "contributed reporting",
    "contributed to this report",
    "contributed to this article",
    "additional reporting",
    "first appeared on",
    "first appeared in",
    "originally appeared",
    "originally published",
    "reported from",
]);

/// Markup of an embedded post or link.
pub static MARKUP: PhraseSet = PhraseSet::new(&["<tweet", "</tweet>", "<a href", "</a>"]);

/// A web address.
pub static WEB_ADDRESSES: PhraseSet = PhraseSet::new(&["http://", "https://", "www."]);
