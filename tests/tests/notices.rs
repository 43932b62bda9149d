//! Task notices in the formats real notices use, written for these tests (not scraped):
//! labelled parentheticals, X牵头/Y配合, X负责, lines under the task, inline deadlines,
//! tables flattened with tabs or spaces, traditional script, roles in parentheses.
//! Each `NAME.txt` has a hand-written `NAME.expect`: `N | lead;… | units;… | leaders | deadline`.

use std::path::Path;

/// One expected task: number, lead units, all units, leaders (if checked), deadline (if checked).
type ExpectedTask = (
    u32,
    Vec<String>,
    Vec<String>,
    Option<Vec<String>>,
    Option<String>,
);

struct Expected {
    kind: Option<String>,
    date: Option<String>,
    tasks: Vec<ExpectedTask>,
}

fn list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn read_expect(path: &Path) -> Expected {
    let text = std::fs::read_to_string(path).expect("expect file");
    let mut e = Expected {
        kind: None,
        date: None,
        tasks: Vec::new(),
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if let Some(k) = line.strip_prefix("kind: ") {
            e.kind = Some(k.trim().to_string());
        } else if let Some(d) = line.strip_prefix("date: ") {
            e.date = Some(d.trim().to_string());
        } else {
            let f: Vec<&str> = line.split('|').map(str::trim).collect();
            e.tasks.push((
                f[0].parse().expect("number"),
                list(f[1]),
                list(f[2]),
                f.get(3).map(|x| list(x)),
                f.get(4).map(|x| x.to_string()).filter(|x| !x.is_empty()),
            ));
        }
    }
    e
}

#[test]
fn every_notice_format_parses_with_every_unit_and_role() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("notices")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 13, "every format has a fixture");
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let want = read_expect(&path.with_extension("expect"));
        let doc = gongwen::parse(&std::fs::read_to_string(path).unwrap());
        if let Some(k) = &want.kind {
            if doc.kind().as_str() != k {
                failures.push(format!("{name}: kind {} != {k}", doc.kind().as_str()));
            }
        }
        if let Some(d) = &want.date {
            if doc.date().and_then(|x| x.iso()).as_deref() != Some(d.as_str()) {
                failures.push(format!(
                    "{name}: date {:?} != {d}",
                    doc.date().and_then(|x| x.iso())
                ));
            }
        }
        let tasks: Vec<_> = doc
            .tasks()
            .into_iter()
            .filter(|t| t.number.is_some())
            .collect();
        if tasks.len() != want.tasks.len() {
            failures.push(format!(
                "{name}: {} tasks, want {}",
                tasks.len(),
                want.tasks.len()
            ));
        }
        for (t, (n, lead, units, leaders, deadline)) in tasks.iter().zip(&want.tasks) {
            let got_units: Vec<String> = t.units().iter().map(|u| u.name.to_string()).collect();
            let got_lead: Vec<String> = t.lead().map(str::to_string).collect();
            if t.number != Some(*n) || &got_units != units || &got_lead != lead {
                failures.push(format!("{name} task {n}: got #{:?} lead {got_lead:?} units {got_units:?}; want lead {lead:?} units {units:?}", t.number));
            }
            if let Some(l) = leaders {
                let got: Vec<String> = t.responsibility.as_ref().map_or_else(Vec::new, |r| {
                    r.leaders.iter().map(ToString::to_string).collect()
                });
                if &got != l {
                    failures.push(format!("{name} task {n}: leaders {got:?} != {l:?}"));
                }
            }
            if let Some(d) = deadline {
                let got = t.deadline.as_ref().map(|x| x.text.as_str());
                if got != Some(d.as_str()) {
                    failures.push(format!("{name} task {n}: deadline {got:?} != {d}"));
                }
            }
            // Every unit span slices to its name.
            for u in t.units() {
                if doc.text(u.span) != u.name {
                    failures.push(format!(
                        "{name} task {n}: span of {} slices {:?}",
                        u.name,
                        doc.text(u.span)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
