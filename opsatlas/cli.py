"""Command line: `python -m opsatlas validate|summary|export|snapshot|schema|draft`.

Flags map onto package calls; nothing else."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from . import settings
from .exports import FORMATS, write_export
from .publish.options import DRAW_PRECISIONS, PRESETS, SNAPSHOT_FORMATS, WORDS
from .quality import quality_report
from .records.schema import json_schema
from .catalogue.store import InvalidRecord, NotFoundError, RecordStore
from .catalogue.validate import Loaded, draft_notes, load_file
from .summary import summary_dict, summary_text
from .view import MAP_METRICS


def _load(paths: Sequence[str]) -> list[Loaded]:
    """Folders as the app reads them (links confined to the folder); files as named."""
    out: list[Loaded] = []
    for raw in paths or [str(settings.records_dir())]:
        p = Path(raw)
        out += RecordStore(p).load_files() if p.is_dir() else [load_file(p)]
    return out


def cmd_validate(args: argparse.Namespace) -> int:
    loaded = _load(args.paths)
    files = [item.path for item in loaded]
    if not files:
        print(f"no record files found in {', '.join(args.paths) or settings.records_dir()}", file=sys.stderr)
        return 1
    problems = [p for item in loaded for p in item.problems]
    for p in problems:
        print(p)
    notes = {item.path: draft_notes(item) for item in loaded if item.record is not None and item.record.is_draft}
    for lines in notes.values():
        for p in lines:
            print(p)
    if not problems:
        drafts = (f" ({len(notes)} of them draft(s), {sum(map(len, notes.values()))} item(s) to review)"
                  if notes else "")
        print(f"{len(files)} record file(s) valid{drafts}", file=sys.stderr)
    if args.report:
        for item in loaded:
            if item.record is not None:
                print("\n".join(quality_report(item.record).lines()))
    return 1 if problems else 0


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD, e.g. 2025-06-06") from None


def cmd_summary(args: argparse.Namespace) -> int:
    store = RecordStore()
    try:
        record = store.get(args.operation_id)
        result = summary_dict(record, args.as_of) if args.json else summary_text(record, args.as_of)
    except NotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InvalidRecord as exc:
        print(f"error: the record is not valid; run `python -m opsatlas validate`:\n{exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else result)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    cat = RecordStore().load_all()
    if cat.problems and not args.operation:
        # Exporting "everything" while files are left out would be silently incomplete.
        print("error: some records are not valid; fix them or name the operations with --operation "
              "(run `python -m opsatlas validate`):", file=sys.stderr)
        for p in cat.problems:
            print(p, file=sys.stderr)
        return 1
    if args.operation:
        missing = [i for i in args.operation if i not in cat.records]
        if missing:
            print(f"error: no operation {', '.join(missing)} (known: {', '.join(cat.records)})", file=sys.stderr)
            return 2
        records = [cat.records[i] for i in args.operation]
    else:
        records = list(cat.records.values())
    size = write_export(records, args.format, Path(args.out))
    print(f"wrote {args.out} ({size:,} bytes, {len(records)} operation(s))", file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    from .publish import PRESETS, SnapshotOptions, write_snapshot
    from .publish.snapshot import view_for

    preset = PRESETS[args.preset or "article"]
    resized = args.width is not None or args.height is not None
    # a preset's display width holds for its own size; a size of one's own is shown at its width
    # unless --shown-at says otherwise
    shown_at = args.shown_at or (None if resized else preset.shown_at)
    try:
        record = RecordStore().get(args.operation_id)
        options = SnapshotOptions(
            width=args.width or preset.width, height=args.height or preset.height, metric=args.metric,
            as_of=args.as_of, phase=args.phase, precision=args.precision, title=args.title, subtitle=args.subtitle,
            credit=args.credit, lang=args.lang, shown_at=shown_at)
        view = view_for(record, options)
    except NotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InvalidRecord as exc:
        print(f"error: the record is not valid; run `python -m opsatlas validate`:\n{exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # options the record cannot satisfy: a phase without dates, a size out of range
        print(f"error: {exc}", file=sys.stderr)
        return 1
    size, alt = write_snapshot(view, options, args.format, Path(args.out))
    print(f"wrote {args.out} ({size:,} bytes) and {alt}", file=sys.stderr)
    return 0


def _partial_date_arg(text: str) -> str:
    from .records.dates import parse_partial

    try:
        parse_partial(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def cmd_draft(args: argparse.Namespace) -> int:
    from .draft import ArticleError, SourceInfo, draft_from_article, read_article
    from .draft.build import slug
    from .draft.text import guess_language

    try:
        article = read_article(args.article)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out)
    if args.out != "-" and not out.parent.is_dir():
        print(f"error: {out.parent} is not a folder: create it or write --out elsewhere", file=sys.stderr)
        return 2
    lang = args.lang or guess_language(article.text)
    info = SourceInfo(url=args.url, title=args.title, publisher=args.publisher, published=args.published,
                      language=lang, kind=args.kind)
    # The record's id must equal its file name (validate checks it): take it from --out.
    stem = out.name.split(".")[0]
    record_id = stem if args.out != "-" and slug(stem) == stem else None
    result = draft_from_article(article, info, record_id=record_id)
    text = result.yaml
    if args.out == "-":
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    facts = result.facts
    unreviewed = text.count("unreviewed: true")
    where = "standard output" if args.out == "-" else args.out
    rec = result.record
    print(f"wrote {where}: {len(rec.get('claims', []))} figure(s), {len(facts.countries)} country(ies), "
          f"{len(facts.coordinators)} coordinator(s), {len(facts.phases)} phase(s), {len(rec.get('disputes', []))} "
          f"dispute(s); {unreviewed} item(s) unreviewed ({article.origin}, language {lang})", file=sys.stderr)
    for note in article.notes:
        print(f"note: {note}", file=sys.stderr)
    if not result.record.get("claims"):
        print("note: no figure found in the article (no arrests, suspects, seizures or countries counted)",
              file=sys.stderr)
    if record_id is None and args.out != "-":
        print(f"note: {out.name} is not an id; rename the file to {result.record['id']}.yaml before validating",
              file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m opsatlas", description="Operations Atlas records and figures")
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check record files; one line per problem")
    v.add_argument("paths", nargs="*", help="record files or folders (default: the records folder)")
    v.add_argument("--report", action="store_true",
                   help="also print the data-quality report of every valid record")
    v.set_defaults(func=cmd_validate)
    s = sub.add_parser("summary", help="the reconciled headline figures of one operation")
    s.add_argument("operation_id")
    s.add_argument("--json", action="store_true", help="print JSON instead of text")
    s.add_argument("--as-of", type=_date_arg, metavar="YYYY-MM-DD",
                   help="only what had been reported by that day; later running totals replace earlier ones")
    s.set_defaults(func=cmd_summary)
    e = sub.add_parser("export", help="write the records as CSV, JSON, GeoJSON or SQLite")
    e.add_argument("--format", required=True, choices=sorted(FORMATS))
    e.add_argument("--out", required=True, help="the file to write")
    e.add_argument("--operation", action="append", metavar="ID", help="only this operation (repeatable)")
    e.set_defaults(func=cmd_export)
    sn = sub.add_parser("snapshot", help="a map image (SVG, PNG, PDF) or an HTML embed, offline")
    sn.add_argument("operation_id")
    sn.add_argument("--format", required=True, choices=list(SNAPSHOT_FORMATS))
    sn.add_argument("--out", required=True)
    sn.add_argument("--as-of", type=_date_arg, metavar="YYYY-MM-DD", help="only what had been reported by then")
    sn.add_argument("--metric", choices=[m for m in MAP_METRICS if m != "involvement"])
    sn.add_argument("--phase", help="a phase id: show that stretch of the investigation")
    sn.add_argument("--precision", default="any", choices=list(DRAW_PRECISIONS))
    sn.add_argument("--preset", choices=list(PRESETS),
                    help="default article; " + ", ".join(f"{name} {p.width}x{p.height} for {p.where}"
                                                          for name, p in PRESETS.items()))
    sn.add_argument("--width", type=int)
    sn.add_argument("--height", type=int)
    sn.add_argument("--shown-at", type=int, metavar="CSS_PX",
                    help="the width the image will be shown at: no text is smaller than 11 CSS px there")
    sn.add_argument("--title")
    sn.add_argument("--subtitle")
    sn.add_argument("--credit", default="Operations Atlas")
    sn.add_argument("--lang", default="en", choices=sorted(WORDS))
    sn.set_defaults(func=cmd_snapshot)
    d = sub.add_parser("draft", help="draft a record from a news article (plain text, saved HTML page, or - for stdin)")
    d.add_argument("article", help="a .txt or saved .html file, or - to read standard input")
    d.add_argument("--out", required=True, help="the YAML file to write (its name is the record id), or - for stdout")
    d.add_argument("--url", help="the article's address (http or https)")
    d.add_argument("--title", help="the article's headline (default: its first line)")
    d.add_argument("--publisher", help="who published it")
    d.add_argument("--published", type=_partial_date_arg, metavar="YYYY[-MM[-DD]]",
                   help="publication date: relative dates ('last year', 'on Friday') are resolved against it")
    d.add_argument("--lang", choices=["en", "es"], help="the article's language (default: guessed)")
    d.add_argument("--kind", choices=["agency_statement", "wire", "newspaper", "broadcaster", "relay", "rewrite"],
                   help="what kind of source it is (default: newspaper, marked unreviewed)")
    d.set_defaults(func=cmd_draft)
    sc = sub.add_parser("schema", help="print the JSON Schema of a record, for editors' YAML plugins")
    sc.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings.allow_online_geocoding()  # OPSATLAS_GEOCODE=online applies to the command line only
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `summary ... | head` closed the pipe: end quietly, as other Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
