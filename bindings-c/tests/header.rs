//! The committed `include/gongwen.h` must equal a fresh cbindgen generation (with the
//! cbindgen version pinned in Cargo.toml), and its version macros must match Cargo.toml.
//!
//! After changing `src/lib.rs` or `cbindgen.toml`, regenerate and review the diff:
//! `GW_BLESS_HEADER=1 cargo test -p gongwen-c --test header`.

use std::path::Path;

fn generate() -> String {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .expect("bindings-c/cbindgen.toml parses");
    let bindings = cbindgen::Builder::new()
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("the header is UTF-8")
}

fn committed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("include/gongwen.h")
}

#[test]
fn committed_header_matches_a_fresh_generation() {
    let fresh = generate();
    let path = committed_path();
    if std::env::var_os("GW_BLESS_HEADER").is_some() {
        std::fs::write(&path, &fresh).expect("write include/gongwen.h");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        let first = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(committed.lines().count().min(fresh.lines().count()));
        panic!(
            "bindings-c/include/gongwen.h is stale (first difference at line {}).\n\
             Regenerate it with `GW_BLESS_HEADER=1 cargo test -p gongwen-c --test header` \
             and review the diff.\ncommitted: {:?}\nfresh:     {:?}",
            first + 1,
            committed.lines().nth(first),
            fresh.lines().nth(first),
        );
    }
}

fn define(header: &str, name: &str) -> String {
    let prefix = format!("#define {name} ");
    header
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{name} is not defined in gongwen.h"))
        .trim()
        .to_owned()
}

#[test]
fn version_macros_match_cargo_toml() {
    let header = std::fs::read_to_string(committed_path()).expect("read include/gongwen.h");
    let major: u32 = define(&header, "GW_VERSION_MAJOR").parse().unwrap();
    let minor: u32 = define(&header, "GW_VERSION_MINOR").parse().unwrap();
    let patch: u32 = define(&header, "GW_VERSION_PATCH").parse().unwrap();
    assert_eq!(major.to_string(), env!("CARGO_PKG_VERSION_MAJOR"));
    assert_eq!(minor.to_string(), env!("CARGO_PKG_VERSION_MINOR"));
    assert_eq!(patch.to_string(), env!("CARGO_PKG_VERSION_PATCH"));
    // The composite macros too (rustls-ffi once shipped a packed macro that shifted the
    // wrong part while the parts were right).
    assert_eq!(
        define(&header, "GW_VERSION_STRING"),
        format!("\"{}\"", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(
        define(&header, "GW_VERSION_NUMBER"),
        "(GW_VERSION_MAJOR * 10000 + GW_VERSION_MINOR * 100 + GW_VERSION_PATCH)"
    );
    let number = major * 10000 + minor * 100 + patch;
    assert!(
        minor < 100 && patch < 100,
        "GW_VERSION_NUMBER needs a wider packing"
    );
    assert_eq!(number / 10000, major);
}
