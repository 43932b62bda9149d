//! The AST: the [`Document`] and its node types, ids and walkers. Stages produce it,
//! `output` serializes it, the bindings read it; it imports no stage.

mod diagnostic;
mod document;
mod ids;
mod index;
mod marker;
mod nodes;
mod official;
mod read_info;
mod section_path;
mod span;
mod target;
mod text;
mod walk;

pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use document::Document;
pub use ids::{HeadingId, TargetId, TaskId};
pub use marker::MarkerStyle;

pub use nodes::*;
pub use official::{DocNumber, Genre, Official, SecrecyLevel, Urgency};
pub use read_info::{ChromeRegion, Format, NumberedMarker, ReadInfo, StyledHeading};
pub use section_path::SectionPath;
pub use span::{Span, MAX_SPAN_OFFSET};
pub use target::{Approx, Quantity, QuantityKind, Relation, Target};
pub(crate) use target::{QuantityExtra, TargetExtra};
pub use text::Text;
pub(crate) use text::{Source, SourceScope};
pub(crate) use walk::assign_ids;
pub use walk::Walk;
