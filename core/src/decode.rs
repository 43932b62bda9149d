//! bytes → text. UTF-8 (BOM or not), UTF-16 with BOM, GB18030 (GBK and GB2312 are subsets).

use crate::Error;
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// Decoded text and the name of the encoding that was used.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decode `bytes`, choosing the encoding from a BOM, then strict UTF-8, then detection.
///
/// Undecodable bytes are an error carrying the offset of the first bad byte: we never
/// silently replace text.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return decode_strict(enc, &bytes[bom_len..], bom_len);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_owned(),
            encoding: "UTF-8",
        }),
        Err(e) => {
            // Not UTF-8: ask a detector, but only among the encodings we accept. Chinese
            // government sites publish in GB18030/GBK when not in UTF-8.
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            // A prefix tells the encoding as well as the whole; detection costs more per byte
            // than parsing, so look at 256 KiB at most.
            let sample = &bytes[..bytes.len().min(256 * 1024)];
            det.feed(sample, sample.len() == bytes.len());
            let guess = det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
            let enc = if guess == UTF_16LE || guess == UTF_16BE || guess == GB18030 {
                guess
            } else if guess == UTF_8 || !looks_like_gb(bytes) {
                // Mostly UTF-8 with a bad byte: report where UTF-8 broke.
                return Err(Error::Decode {
                    encoding: "UTF-8",
                    offset: e.valid_up_to(),
                });
            } else {
                GB18030
            };
            decode_strict(enc, bytes, 0)
        }
    }
}

/// True when high bytes pair up as GB lead/trail bytes, the shape of GBK text.
fn looks_like_gb(bytes: &[u8]) -> bool {
    let mut high = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x81 && b != 0xFF {
            if i + 1 < bytes.len()
                && bytes[i + 1] >= 0x40
                && bytes[i + 1] != 0x7F
                && bytes[i + 1] != 0xFF
            {
                high += 1;
                i += 2;
                continue;
            }
            return false;
        }
        i += 1;
    }
    high > 0
}

fn decode_strict(enc: &'static Encoding, body: &[u8], prefix: usize) -> Result<Decoded, Error> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len() * 3 + 16);
    let mut out = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(Decoded {
            text: out,
            encoding: enc.name(),
        }),
        encoding_rs::DecoderResult::Malformed(bad, _) => {
            // `read` counts bytes consumed including the malformed sequence.
            let offset = prefix + read.saturating_sub(bad as usize);
            Err(Error::Decode {
                encoding: enc.name(),
                offset,
            })
        }
        encoding_rs::DecoderResult::OutputFull => Err(Error::Decode {
            encoding: enc.name(),
            offset: prefix + read,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("报告".as_bytes()).unwrap().text, "报告");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("报告".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "报告");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "关于通知".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "关于通知");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn gb18030_detected() {
        let (b, _, _) =
            GB18030.encode("济源市人民政府关于明确政府工作报告提出的2024年重点工作责任单位的通知");
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert!(d.text.starts_with("济源市人民政府"));
    }

    #[test]
    fn lone_surrogate_in_utf16_is_an_error_with_offset() {
        let mut b = vec![0xFF, 0xFE];
        b.extend_from_slice(&0x62A5u16.to_le_bytes());
        b.extend_from_slice(&0xD800u16.to_le_bytes());
        b.extend_from_slice(&0x0041u16.to_le_bytes());
        let err = decode(&b).unwrap_err();
        assert!(matches!(err, Error::Decode { offset: 4, .. }), "{err:?}");
    }
}
