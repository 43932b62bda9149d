//! What a pure function of a unit name gave, remembered for the rest of the parse: a notice
//! names the same few dozen units in task after task, and reading a name costs a thousand
//! instructions or more. Each memo is a thread-local that `lib.rs` empties when a parse
//! ends, so nothing outlives a parse and no parse sees another's names.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// Names longer than this are worked out each time rather than remembered.
pub(crate) const MAX_REMEMBERED_NAME: usize = 96;
/// At most this many names are remembered; past it the memory starts over.
pub(crate) const MAX_REMEMBERED: usize = 4096;

/// A memo's map: what a function gave, by name.
pub(crate) type Memo<V> = RefCell<FxHashMap<Box<str>, V>>;

/// `work(name)`, from `memo` when it was asked before.
pub(crate) fn remembered<V: Clone + 'static>(
    memo: &'static LocalKey<Memo<V>>,
    name: &str,
    work: impl FnOnce(&str) -> V,
) -> V {
    if name.len() > MAX_REMEMBERED_NAME {
        return work(name);
    }
    memo.with(|memo| {
        if let Some(v) = memo.borrow().get(name) {
            return v.clone();
        }
        let v = work(name);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MAX_REMEMBERED {
            memo.clear();
        }
        memo.insert(name.into(), v.clone());
        v
    })
}

/// Empty `memo`, giving its memory back.
pub(crate) fn forget<V: 'static>(memo: &'static LocalKey<Memo<V>>) {
    // A thread being torn down has no memo left to empty.
    let _ = memo.try_with(|memo| *memo.borrow_mut() = FxHashMap::default());
}
