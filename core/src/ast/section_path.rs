//! [`SectionPath`]: the titles of the headings above a node.

use super::Text;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// The titles of the headings above a node, outermost first. One list per section, shared
/// by every task and figure in it: a node holds one thin pointer (8 bytes; `Arc<[Text]>` is
/// 16), none when it stands under no heading. Reads as a `&[Text]`.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SectionPath(Option<Arc<Box<[Text]>>>);

impl SectionPath {
    /// The titles as a slice.
    pub fn as_slice(&self) -> &[Text] {
        self.0.as_deref().map_or(&[], |titles| titles)
    }
}

impl Deref for SectionPath {
    type Target = [Text];
    fn deref(&self) -> &[Text] {
        self.as_slice()
    }
}

impl FromIterator<Text> for SectionPath {
    fn from_iter<I: IntoIterator<Item = Text>>(titles: I) -> Self {
        let titles: Box<[Text]> = titles.into_iter().collect();
        SectionPath((!titles.is_empty()).then(|| Arc::new(titles)))
    }
}

impl From<Vec<Text>> for SectionPath {
    fn from(titles: Vec<Text>) -> Self {
        titles.into_iter().collect()
    }
}

impl fmt::Debug for SectionPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a SectionPath {
    type Item = &'a Text;
    type IntoIter = std::slice::Iter<'a, Text>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for SectionPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for SectionPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Text>::deserialize(deserializer).map(SectionPath::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_a_thin_shared_list() {
        assert_eq!(std::mem::size_of::<SectionPath>(), 8);
        let path: SectionPath = ["一、总体要求", "（一）目标"]
            .map(Text::from)
            .into_iter()
            .collect();
        assert_eq!(path.len(), 2);
        assert_eq!(path[1], "（一）目标");
        let shared = path.clone();
        assert_eq!(shared, path);
        let empty: SectionPath = std::iter::empty().collect();
        assert_eq!(empty, SectionPath::default());
        assert!(empty.is_empty());
    }
}
