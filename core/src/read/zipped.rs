//! The zip container of a Word file, opened under the limits of [`Options`]: member count,
//! total uncompressed size and compression ratio. Members are read through a counting
//! reader, so a member that inflates past its limit stops there, whatever its header
//! claims.

use crate::{Error, Options};
use std::cell::Cell;
use std::io::{BufReader, Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

const ARCHIVE: &str = "archive";
/// Below this uncompressed size the ratio is not checked: small parts can compress well.
const RATIO_FLOOR: u64 = 1 << 20;

pub(crate) struct Zip<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Uncompressed bytes still allowed.
    budget: u64,
    max_total: u64,
    max_ratio: u64,
}

impl<'a> Zip<'a> {
    pub(crate) fn open(bytes: &'a [u8], options: &Options) -> Result<Self, Error> {
        // The central directory is read whole: refuse a huge member count before that.
        if let Some(n) = declared_members(bytes) {
            if n > options.max_zip_members {
                return Err(too_many(n, options.max_zip_members));
            }
        }
        let archive = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| Error::docx(ARCHIVE, format!("not a readable zip: {}", lower(&e))))?;
        if archive.len() > options.max_zip_members {
            return Err(too_many(archive.len(), options.max_zip_members));
        }
        Ok(Zip {
            archive,
            budget: options.max_unzipped_bytes,
            max_total: options.max_unzipped_bytes,
            max_ratio: options.max_compression_ratio,
        })
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// Stream member `name` to `f` through a limited reader; `None` when it is absent.
    pub(crate) fn member<T>(
        &mut self,
        name: &str,
        f: impl FnOnce(&mut dyn std::io::BufRead) -> Result<T, Error>,
    ) -> Result<Option<T>, Error> {
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let file = self.archive.by_index(index).map_err(|e| match e {
            ZipError::UnsupportedArchive(m) if m == ZipError::PASSWORD_REQUIRED => {
                Error::docx(name, "encrypted (password protected), cannot be read")
            }
            other => Error::docx(name, lower(&other)),
        })?;
        let by_ratio = file
            .compressed_size()
            .saturating_mul(self.max_ratio)
            .max(RATIO_FLOOR);
        let (limit, why) = if by_ratio < self.budget {
            let why = format!("compression ratio over {}", self.max_ratio);
            (by_ratio, why)
        } else {
            let why = format!(
                "uncompressed parts over the limit of {} bytes",
                self.max_total
            );
            (self.budget, why)
        };
        if file.size() > limit {
            return Err(Error::docx(name, why));
        }
        let hit = Cell::new(false);
        let mut reader = BufReader::new(Limited {
            inner: file,
            left: limit,
            hit: &hit,
        });
        let result = f(&mut reader);
        let used = limit - reader.get_ref().left;
        self.budget = self.budget.saturating_sub(used);
        if hit.get() {
            return Err(Error::docx(name, why));
        }
        result.map(Some)
    }
}

fn too_many(n: usize, max: usize) -> Error {
    Error::docx(ARCHIVE, format!("{n} members, over the limit of {max}"))
}

fn lower(e: &dyn std::fmt::Display) -> String {
    e.to_string().to_lowercase()
}

/// The member count the end-of-central-directory record declares (`None` when the record
/// is not found, or for zip64, where the zip crate's own checks apply).
fn declared_members(bytes: &[u8]) -> Option<usize> {
    let from = bytes.len().saturating_sub(22 + 65_535);
    let tail = &bytes[from..];
    let at = tail.windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let n = u16::from_le_bytes([*tail.get(at + 10)?, *tail.get(at + 11)?]);
    (n != u16::MAX).then_some(usize::from(n))
}

/// A reader that fails once more than `left` bytes come out, and says so in `hit`.
struct Limited<'c, R> {
    inner: R,
    left: u64,
    hit: &'c Cell<bool>,
}

impl<R: Read> Read for Limited<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Ask for one byte more than allowed, so "exactly at the limit" still passes.
        let want = buf
            .len()
            .min(usize::try_from(self.left + 1).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            self.hit.set(true);
            self.left = 0;
            return Err(std::io::Error::other("member over its size limit"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}
