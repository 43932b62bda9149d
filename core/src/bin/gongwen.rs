//! The `gongwen` command line: parse a document and print its tree, outline, tasks, units or
//! targets, or write an HTML page that shows it marked.

use clap::{Parser, Subcommand, ValueEnum};
use gongwen::{Block, Document, Format, Options};
use gongwen::{DocumentJson, OutlineRow, TargetRow, TaskRow};
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::process::ExitCode;

// The parse allocates many small nodes; mimalloc takes ~20% off the CPU time (bench/ratios.py).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gongwen",
    version,
    about = "Parse Chinese government documents into a typed tree"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// How to read the input: told from the bytes (auto), or forced.
    #[arg(long, global = true, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Auto,
    Text,
    Html,
    Docx,
}

impl InputFormat {
    fn options(self) -> Options {
        let opts = Options::default();
        match self {
            InputFormat::Auto => opts,
            InputFormat::Text => opts.with_format(Format::Text),
            InputFormat::Html => opts.with_format(Format::Html),
            InputFormat::Docx => opts.with_format(Format::Docx),
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// The whole tree.
    Parse {
        /// A file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = ParseFormat::Json)]
        format: ParseFormat,
    },
    /// Headings in document order.
    Outline {
        /// A file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = OutlineFormat::Jsonl)]
        format: OutlineFormat,
    },
    /// Tasks with their units.
    Tasks {
        /// A file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = RowFormat::Jsonl)]
        format: RowFormat,
    },
    /// The responsibility matrix: each unit with the tasks it leads and supports.
    Units {
        /// A file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = RowFormat::Csv)]
        format: RowFormat,
    },
    /// Quantified targets (生产总值增长6.5%…), one a line.
    Targets {
        /// A file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = RowFormat::Jsonl)]
        format: RowFormat,
    },
    /// One self-contained HTML page showing the document with what was found marked.
    Html {
        /// A file, or - for standard input.
        file: String,
        /// Write the page here instead of standard output.
        #[arg(short, long)]
        output: Option<std::path::PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    Json,
    Tree,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutlineFormat {
    Jsonl,
    Tree,
}

#[derive(Clone, Copy, ValueEnum)]
enum RowFormat {
    Jsonl,
    Csv,
}

fn read_input(file: &str, options: &Options) -> Result<Document, String> {
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("-: {e}"))?;
        return gongwen::parse_bytes(&bytes, options).map_err(|e| format!("-: {e}"));
    }
    let meta = std::fs::metadata(file).map_err(|e| format!("{file}: {}", io_message(&e)))?;
    if meta.is_dir() {
        return Err(format!("{file}: is a directory"));
    }
    // parse_file keeps the file's buffer as the source (no copy of UTF-8 text).
    gongwen::parse_file(file, options).map_err(|e| match e {
        gongwen::Error::Io { .. } => e.to_string(),
        _ => format!("{file}: {e}"),
    })
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string().to_lowercase(),
    }
}

fn print_tree(out: &mut impl Write, blocks: &[Block], depth: usize) -> std::io::Result<()> {
    for b in blocks {
        let pad = "  ".repeat(depth);
        let short = |s: &str| -> String {
            let t: String = s.chars().take(40).collect();
            if s.chars().count() > 40 {
                format!("{t}…")
            } else {
                t
            }
        };
        match b {
            Block::Blank(_) => continue,
            Block::Section(s) => {
                writeln!(out, "{pad}{}{}", s.heading.marker, s.heading.title)?;
                print_tree(out, &s.children, depth + 1)?;
                continue;
            }
            Block::Task(t) => {
                let units: Vec<String> = t
                    .units()
                    .iter()
                    .map(|u| {
                        if u.role == gongwen::Role::Lead {
                            format!("{}*", u.name)
                        } else {
                            u.name.to_string()
                        }
                    })
                    .collect();
                writeln!(
                    out,
                    "{pad}[task {}] {}  → {}",
                    t.number.map_or("-".into(), |n| n.to_string()),
                    short(&t.text),
                    units.join("、")
                )?;
            }
            Block::Paragraph(p) => match &p.run_in {
                Some(h) => writeln!(out, "{pad}[run-in] {}", h.title)?,
                None => writeln!(out, "{pad}[paragraph] {}", short(&p.text))?,
            },
            Block::Chrome(c) => writeln!(
                out,
                "{pad}[chrome {:?}] {}",
                c.chrome,
                short(&c.text.replace('\n', " "))
            )?,
            other => {
                let name = format!("{other:?}");
                let name = name.split('(').next().unwrap_or("").to_lowercase();
                let text = match (other.text_block(), other) {
                    (Some(t), _) => t.text.to_string(),
                    (None, Block::Dateline(d)) => d.text.to_string(),
                    (None, Block::Attendees(a)) => a.text.to_string(),
                    (None, Block::Statement(s)) => s.line(),
                    _ => String::new(),
                };
                writeln!(out, "{pad}[{name}] {}", short(&text))?;
            }
        }
    }
    Ok(())
}

fn run(cli: Cli) -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let io = |e: std::io::Error| e.to_string();
    let options = cli.input_format.options();
    // Each command parses one document and the process exits when it is written: the
    // document is never freed (freeing a large tree costs time and gives nothing back).
    let read_input = |file: &str| read_input(file, &options).map(ManuallyDrop::new);
    match cli.command {
        Command::Parse { file, format } => {
            let doc = read_input(&file)?;
            match format {
                // Streamed: the JSON text is never held whole in memory.
                ParseFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &DocumentJson::new(&doc))
                        .map_err(|e| e.to_string())?;
                    writeln!(out).map_err(io)?;
                }
                ParseFormat::Tree => {
                    writeln!(out, "kind: {}", doc.kind().as_str()).map_err(io)?;
                    writeln!(
                        out,
                        "title: {}",
                        doc.title().map_or("-", |t| t.text.as_str())
                    )
                    .map_err(io)?;
                    writeln!(
                        out,
                        "date: {}",
                        doc.date()
                            .and_then(|d| d.iso())
                            .unwrap_or_else(|| "-".into())
                    )
                    .map_err(io)?;
                    print_tree(&mut out, doc.blocks(), 0).map_err(io)?;
                }
            }
        }
        Command::Outline { file, format } => {
            let doc = read_input(&file)?;
            for row in doc.outline().into_iter().map(OutlineRow::from) {
                match format {
                    OutlineFormat::Jsonl => writeln!(out, "{}", json_line(&row)).map_err(io)?,
                    OutlineFormat::Tree => {
                        let pad = "  ".repeat(usize::from(row.level.saturating_sub(1)));
                        let flag = if row.run_in { "  (run-in)" } else { "" };
                        writeln!(out, "{pad}{}{}{flag}", row.marker, row.title).map_err(io)?;
                    }
                }
            }
        }
        Command::Tasks { file, format } => {
            let doc = read_input(&file)?;
            let header = "id,number,text,lead,support,units,leaders,deadline,section";
            let rows = doc.tasks().into_iter().map(TaskRow::from);
            write_rows(&mut out, format, rows, header, |r| {
                vec![
                    r.id.0.to_string(),
                    r.number.map_or(String::new(), |n| n.to_string()),
                    r.text.to_string(),
                    r.lead.join(";"),
                    r.support.join(";"),
                    r.units.join(";"),
                    r.leaders.join(";"),
                    r.deadline.unwrap_or("").to_string(),
                    r.section.join(" > "),
                ]
            })?;
        }
        Command::Units { file, format } => {
            let doc = read_input(&file)?;
            let header = "unit,kind,lead_count,support_count,responsible_count,task_ids";
            write_rows(&mut out, format, doc.units().iter(), header, |r| {
                let kind = serde_json::to_value(r.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                vec![
                    r.name.to_string(),
                    kind,
                    r.lead.len().to_string(),
                    r.support.len().to_string(),
                    r.responsible.len().to_string(),
                    r.tasks
                        .iter()
                        .map(|t| t.0.to_string())
                        .collect::<Vec<_>>()
                        .join(";"),
                ]
            })?;
        }
        Command::Targets { file, format } => {
            let doc = read_input(&file)?;
            let header = "indicator,relation,value,upper,unit,qualifier,base_value,base_unit,task,section,start,end";
            let rows = doc.targets().into_iter().map(TargetRow::from);
            write_rows(&mut out, format, rows, header, |r| {
                vec![
                    r.indicator.to_string(),
                    r.relation.to_string(),
                    r.value.to_string(),
                    r.upper.map_or(String::new(), |u| u.to_string()),
                    r.unit.to_string(),
                    r.qualifier.unwrap_or("").to_string(),
                    r.base_value.to_string(),
                    r.base_unit.to_string(),
                    r.task.map_or(String::new(), |n| n.to_string()),
                    r.section.join(" > "),
                    r.span.start().to_string(),
                    r.span.end().to_string(),
                ]
            })?;
        }
        Command::Html { file, output } => {
            let doc = read_input(&file)?;
            let page = doc.to_html();
            match output {
                Some(path) => std::fs::write(&path, page)
                    .map_err(|e| format!("{}: {}", path.display(), io_message(&e)))?,
                None => out.write_all(page.as_bytes()).map_err(io)?,
            }
        }
    }
    out.flush().map_err(io)
}

/// One value as a line of JSON (our row types always serialize).
fn json_line<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string())
}

/// Rows as JSON lines, or as CSV under `header` with the fields `fields` gives, each row
/// written as it is made (nothing is collected first).
fn write_rows<T: serde::Serialize>(
    out: &mut impl Write,
    format: RowFormat,
    rows: impl Iterator<Item = T>,
    header: &str,
    fields: impl Fn(&T) -> Vec<String>,
) -> Result<(), String> {
    match format {
        RowFormat::Jsonl => {
            for row in rows {
                serde_json::to_writer(&mut *out, &row).map_err(|e| e.to_string())?;
                writeln!(out).map_err(|e| e.to_string())?;
            }
        }
        RowFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            csv.write_record(header.split(','))
                .map_err(|e| e.to_string())?;
            for row in rows {
                csv.write_record(fields(&row)).map_err(|e| e.to_string())?;
            }
            csv.flush().map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (| head) is not an error worth a message.
            if e.contains("Broken pipe") {
                return ExitCode::SUCCESS;
            }
            eprintln!("gongwen: {e}");
            ExitCode::from(2)
        }
    }
}
