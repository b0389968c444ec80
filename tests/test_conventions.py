"""Architecture rules that keep the code easy to find and test."""

from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "opsatlas"


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]


def test_only_the_ui_package_imports_streamlit():
    users = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if "streamlit" in set(_imports(p)))
    assert users and all(u.startswith("opsatlas/ui/") for u in users), users


def test_pages_are_thin():
    for page in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        imported = set(_imports(page))
        assert not imported & {"pandas", "pydeck", "altair", "ruamel", "pydantic", "geopy"}, page.name
        assert len(page.read_text(encoding="utf-8").splitlines()) <= 40, f"{page.name} grew: move logic to opsatlas"


def test_no_unsafe_html_anywhere():
    for path in [*PACKAGE.rglob("*.py"), ROOT / "app.py", *(ROOT / "pages").glob("*.py")]:
        assert "unsafe_allow_html" not in path.read_text(encoding="utf-8"), path


def test_settings_and_formats_are_listed_in_the_readme():
    # Each list is declared once (settings.SETTINGS, exports.FORMATS, publish SNAPSHOT_FORMATS);
    # the README's tables must name every entry.
    from opsatlas import settings
    from opsatlas.exports import FORMATS
    from opsatlas.publish.options import SNAPSHOT_FORMATS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert f"| `{s.name}` | `{s.default}` |" in readme, f"README's settings table lacks {s.name}"
    for fmt in [*FORMATS, *SNAPSHOT_FORMATS]:
        assert f"`{fmt}`" in readme, f"README does not name the {fmt} format"


def test_data_dictionary_documents_every_field():
    import re

    from opsatlas.records import schema

    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\w+).*?\n(.*?)(?=^## |\Z)", text, flags=re.DOTALL | re.MULTILINE))
    models = {"Operation": schema.Operation, "Source": schema.Source, "Place": schema.Place,
              "Claim": schema.Claim, "Case": schema.Case, "Dispute": schema.Dispute, "Phase": schema.Phase,
              "Link": schema.Link, "Coordinator": schema.Coordinator}
    for title, model in models.items():
        assert title in sections, f"data/README.md has no section for {title}"
        for name, field in model.model_fields.items():
            key = field.alias or name
            assert f"`{key}`" in sections[title], f"{title}.{key} is not documented in data/README.md"


def test_data_dictionary_lists_every_metric_qualifier_and_precision():
    # The vocabularies are declared once (records/vocab.py); the data dictionary must name each.
    import re

    from opsatlas.records.vocab import METRICS, PRECISIONS, QUALIFIERS

    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\w+).*?\n(.*?)(?=^## |\Z)", text, flags=re.DOTALL | re.MULTILINE))
    for m in METRICS:
        assert f"`{m.name}`" in sections["Claim"], f"metric {m.name} missing from data/README.md"
    for q in QUALIFIERS:
        assert f"`{q.name}`" in sections["Claim"], f"qualifier {q.name} missing from data/README.md"
    for p in PRECISIONS:
        assert f"`{p.name}`" in sections["Place"], f"precision {p.name} missing from data/README.md"


def test_records_know_nothing_of_geography():
    # The record on its own (schema, files, rules) is the lowest layer: geography and the checked
    # catalogue build on it, never the other way round.
    import ast

    for path in (PACKAGE / "records").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                target = ("." * node.level) + (node.module or "")
                assert not target.startswith(("..geo", "..catalogue", "opsatlas.geo", "opsatlas.catalogue")), \
                    f"{path.name} imports {target}"
