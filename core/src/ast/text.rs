//! [`Text`]: the string type of the tree's text fields. Most text in a document is a verbatim
//! slice of its source, so a field is a view into the shared source (a reference-counted
//! pointer and two `u32` offsets, 16 bytes, no copy); text that differs from the source
//! (pinyin readings removed, lines joined) is an owned shared string. Built on `arcstr`'s
//! `ArcStr`, which stays private.

use arcstr::ArcStr;
use std::borrow::Borrow;
use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;

/// A string of the tree: reads like a `&str` (`Deref`, `==` with strings, `Display`), cheap
/// to clone, serialized as a plain string.
#[derive(Clone)]
pub struct Text {
    shared: ArcStr,
    /// `shared[start..end]`; `start == WHOLE`: all of `shared`, which is too long for `u32`
    /// offsets.
    start: u32,
    end: u32,
}

const WHOLE: u32 = u32::MAX;

impl Text {
    /// The text as a `&str`.
    pub fn as_str(&self) -> &str {
        if self.start == WHOLE {
            return self.shared.as_str();
        }
        // Offsets are set only from char boundaries of `shared`: never the fallback.
        self.shared
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// The whole of `shared`.
    fn whole(shared: ArcStr) -> Text {
        match u32::try_from(shared.len()) {
            Ok(end) if end != WHOLE => Text {
                shared,
                start: 0,
                end,
            },
            _ => Text {
                shared,
                start: WHOLE,
                end: WHOLE,
            },
        }
    }

    /// `s` as a view into the source of the parse running on this thread, or into one of its
    /// cleaned lines, when `s` lies in it; else an owned copy. Stages call it on slices they
    /// took from the source or a cleaned line.
    pub(crate) fn of(s: &str) -> Text {
        if s.is_empty() {
            return Text::default();
        }
        CURRENT
            .with(|c| {
                let mut c = c.borrow_mut();
                if let Some(t) = c.source.as_ref().and_then(|src| Text::view(src, s)) {
                    return Some(t);
                }
                // Fields are taken from one line after another: try the line found last.
                if let Some(t) = c.last_line.as_ref().and_then(|line| Text::view(line, s)) {
                    return Some(t);
                }
                let at = s.as_ptr() as usize;
                let (_, line) = c.lines.range(..=at).next_back()?;
                let t = Text::view(line, s)?;
                c.last_line = Some(line.clone());
                Some(t)
            })
            .unwrap_or_else(|| Text::from(s))
    }

    /// `s` as a view into `shared` when it lies in it.
    fn view(shared: &ArcStr, s: &str) -> Option<Text> {
        let at = (s.as_ptr() as usize).checked_sub(shared.as_ptr() as usize)?;
        let end = at.checked_add(s.len()).filter(|&e| e <= shared.len())?;
        Some(Text {
            shared: shared.clone(),
            start: u32::try_from(at).ok().filter(|&a| a != WHOLE)?,
            end: u32::try_from(end).ok()?,
        })
    }

    /// A line of text that differs from the source (pinyin readings left out): shared, and
    /// while the parse runs [`Text::of`] makes slices of it views into it, so the fields
    /// taken from one cleaned line share one copy.
    pub(crate) fn cleaned_line(line: String) -> Text {
        let t = Text::from(line);
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.open && !t.is_empty() {
                c.lines.insert(t.shared.as_ptr() as usize, t.shared.clone());
            }
        });
        t
    }

    /// `owned` as a view into the source when it equals `slice`, a slice of the source (text
    /// that was cleaned but came out unchanged), else `owned` itself.
    pub(crate) fn at_or_owned(slice: &str, owned: String) -> Text {
        if slice == owned {
            Text::of(slice)
        } else {
            Text::from(owned)
        }
    }

    /// A word of the lexicon: one shared copy per parse, not one per node.
    pub(crate) fn word(word: &'static str) -> Text {
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            if !c.open {
                return Text::from(word);
            }
            c.words
                .entry((word.as_ptr() as usize, word.len()))
                .or_insert_with(|| Text::from(word))
                .clone()
        })
    }
}

/// What [`Text`] constructors share while a parse runs on this thread.
#[derive(Default)]
struct Current {
    /// The source, when shorter than `u32::MAX` bytes (offsets are u32).
    source: Option<ArcStr>,
    /// Lexicon words already made into text, by address.
    words: rustc_hash::FxHashMap<(usize, usize), Text>,
    /// Cleaned lines ([`Text::cleaned_line`]), by address.
    lines: std::collections::BTreeMap<usize, ArcStr>,
    /// The cleaned line [`Text::of`] found a slice in last.
    last_line: Option<ArcStr>,
    /// A scope is open.
    open: bool,
}

thread_local! {
    static CURRENT: RefCell<Current> = RefCell::new(Current::default());
}

/// Makes `source` the one [`Text::of`] slices, until dropped (a parse sets it around the
/// stages that build nodes; a nested scope restores the outer one).
pub(crate) struct SourceScope(Current);

impl SourceScope {
    pub(crate) fn enter(source: &Source) -> SourceScope {
        let sliceable = (source.0.len() < WHOLE as usize).then(|| source.0.clone());
        let inner = Current {
            source: sliceable,
            words: Default::default(),
            lines: Default::default(),
            last_line: None,
            open: true,
        };
        SourceScope(CURRENT.with(|c| c.replace(inner)))
    }
}

impl Drop for SourceScope {
    fn drop(&mut self) {
        let outer = std::mem::take(&mut self.0);
        CURRENT.with(|c| *c.borrow_mut() = outer);
    }
}

/// A document's source, shared with the [`Text`] views into it.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Source(ArcStr);

impl Source {
    pub(crate) fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl From<&str> for Source {
    fn from(s: &str) -> Self {
        Source(ArcStr::from(s))
    }
}

impl From<String> for Source {
    fn from(s: String) -> Self {
        Source(ArcStr::from(s))
    }
}

impl Deref for Source {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::whole(ArcStr::new())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::whole(ArcStr::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::whole(ArcStr::from(s))
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text::from(s.as_str())
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.as_str().to_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Source, Text};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl Serialize for Text {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            String::deserialize(d).map(Text::from)
        }
    }

    impl Serialize for Source {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for Source {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            String::deserialize(d).map(Source::from)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_of_the_source_share_it() {
        let source = Source::from("一二三四");
        let _scope = SourceScope::enter(&source);
        let t = Text::of(&source.as_str()[3..9]);
        assert_eq!(t, "二三");
        let shares = |t: &Text| ArcStr::ptr_eq(&t.shared, &source.0);
        assert!(shares(&t));
        let owned = Text::of("二三");
        assert!(!shares(&owned));
        assert_eq!(owned, t);
        let same = Text::at_or_owned(&source.as_str()[3..9], "二三".to_owned());
        assert!(shares(&same));
        let cleaned = Text::at_or_owned(&source.as_str()[3..9], "二".to_owned());
        assert_eq!(cleaned, "二");
        let line = Text::cleaned_line("三四五".to_owned());
        let part = Text::of(&line[3..6]);
        assert!(ArcStr::ptr_eq(&part.shared, &line.shared));
        assert_eq!(part, "四");
        let (a, b) = (Text::word("%"), Text::word("%"));
        assert!(ArcStr::ptr_eq(&a.shared, &b.shared));
    }

    #[test]
    fn slices_of_cleaned_lines_share_their_line_whichever_was_found_last() {
        let source = Source::from("一二三四");
        let _scope = SourceScope::enter(&source);
        let lines: Vec<Text> = ["甲乙丙", "丁戊己庚", "辛"]
            .map(|l| Text::cleaned_line(l.to_owned()))
            .into();
        // Slices asked line after line, back and forth: each a view into its own line.
        for (k, from, to) in [
            (0, 0, 3),
            (0, 3, 9),
            (1, 6, 12),
            (0, 6, 9),
            (2, 0, 3),
            (1, 0, 3),
        ] {
            let t = Text::of(&lines[k][from..to]);
            assert!(
                ArcStr::ptr_eq(&t.shared, &lines[k].shared),
                "{k} {from}..{to}"
            );
            assert_eq!(t, lines[k][from..to]);
        }
        // A string in no line is its own copy.
        let other = String::from("壬癸");
        let t = Text::of(&other);
        assert!(lines.iter().all(|l| !ArcStr::ptr_eq(&t.shared, &l.shared)));
        assert_eq!(t, "壬癸");
    }

    #[test]
    fn without_a_scope_text_is_owned() {
        assert_eq!(Text::of("abc"), "abc");
        assert_eq!(Text::word("abc"), "abc");
    }

    #[test]
    fn is_as_small_as_a_view() {
        assert_eq!(std::mem::size_of::<Text>(), 16);
        assert_eq!(std::mem::size_of::<Option<Text>>(), 16);
    }

    #[test]
    fn text_too_long_for_offsets_is_whole() {
        let t = Text::whole(ArcStr::from("abc"));
        let long = Text {
            start: WHOLE,
            end: WHOLE,
            ..t
        };
        assert_eq!(long, "abc");
    }

    #[test]
    fn reads_like_a_str() {
        let t = Text::from("abc");
        assert!(t.contains('b'));
        assert_eq!(&*t, "abc");
        assert_eq!(format!("{t} {t:?}"), "abc \"abc\"");
        assert_eq!(t, String::from("abc"));
        assert_eq!("abc", t);
        let (a, b) = (Text::from("a"), Text::from("b"));
        assert!(a < b);
    }
}
