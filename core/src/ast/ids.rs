//! Node ids: a node's place among the nodes of its kind, in document order.

/// A node's identity within its document: its place among the nodes of its kind in document
/// order (0-based). Unnumbered tasks have one; tasks that repeat a written number keep apart.
macro_rules! node_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(transparent))]
        #[repr(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The id as an index into the document's list of such nodes.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

node_id!(
    /// A task's id: its index in [`Document::tasks`](crate::Document::tasks).
    TaskId
);
node_id!(
    /// A heading's id: its index in [`Document::outline`](crate::Document::outline).
    HeadingId
);
node_id!(
    /// A figure's id: its index among every figure of the document, targets and
    /// achievements together, in document order.
    TargetId
);
