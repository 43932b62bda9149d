//! The gongwen demo. Parses a real document (the 2024 Jiyuan notice assigning the work
//! report's 154 key tasks, embedded below) or a file given as the first argument, and
//! prints its outline, its first tasks with their units, and the units that lead most.
//!
//!     cargo run -p gongwen-demo            # the embedded notice
//!     cargo run -p gongwen-demo -- FILE    # any document (UTF-8, UTF-16, GB18030)

use gongwen::{Document, Options};

const EMBEDDED: &str = include_str!("../../../../tests/fixtures/corpus/002_1db4aff5efda3015.txt");

fn main() {
    let doc = match std::env::args().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| {
                eprintln!("gongwen-demo: {path}: {e}");
                std::process::exit(2)
            });
            gongwen::parse_bytes(&bytes, &Options::default()).unwrap_or_else(|e| {
                eprintln!("gongwen-demo: {path}: {e}");
                std::process::exit(2)
            })
        }
        None => gongwen::parse(EMBEDDED),
    };
    show(&doc);
}

fn show(doc: &Document) {
    println!("kind:  {}", doc.kind().as_str());
    println!("title: {}", doc.title().map_or("-", |t| t.text.as_str()));
    println!(
        "date:  {}",
        doc.date()
            .and_then(|d| d.iso())
            .unwrap_or_else(|| "-".into())
    );

    println!("\n== outline ==");
    for h in doc.outline().into_iter().filter(|h| !h.run_in) {
        println!(
            "{}{}{}",
            "  ".repeat(usize::from(h.level - 1)),
            h.marker,
            h.title
        );
    }

    let tasks = doc.tasks();
    println!("\n== tasks ({}) ==", tasks.len());
    for t in tasks.iter().take(12) {
        let text: String = t.text.chars().take(30).collect();
        let lead: Vec<&str> = t.lead().collect();
        let all: Vec<&str> = t.units().iter().map(|u| u.name.as_str()).collect();
        println!(
            "{:>4}. {text}…\n      lead: {}\n      units: {}",
            t.number.map_or("-".to_string(), |n| n.to_string()),
            if lead.is_empty() {
                "-".to_string()
            } else {
                lead.join("、")
            },
            all.join("、")
        );
    }
    if tasks.len() > 12 {
        println!("  … {} more", tasks.len() - 12);
    }

    let mut units = doc.units();
    units.sort_by_key(|u| std::cmp::Reverse(u.lead.len() + u.responsible.len()));
    println!("\n== units leading or responsible for the most tasks ==");
    for u in units.iter().take(10) {
        println!(
            "{:<24} lead {:>3}  responsible {:>3}  support {:>3}",
            u.name,
            u.lead.len(),
            u.responsible.len(),
            u.support.len()
        );
    }
    if !doc.diagnostics().is_empty() {
        println!("\n== diagnostics ==");
        for d in doc.diagnostics() {
            let (line, col) = doc.line_col(d.span.start());
            println!("{}: {} at line {line} column {col}", d.code, d.message);
        }
    }
}
