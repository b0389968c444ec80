"""The editor page through Streamlit's AppTest, with the signed-in user set by the test."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, VIBORA
from streamlit.testing.v1 import AppTest
from test_editing import _first_counted_claim

from opsatlas.editing import history, roundtrip

APP = str(ROOT / "app.py")
EDITOR = {"is_logged_in": True, "email": "ana@example.org", "name": "Ana Ruiz", "email_verified": True}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    data = tmp_path / "operations"
    data.mkdir()
    shutil.copy(VIBORA, data / VIBORA.name)
    monkeypatch.setenv("OPSATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("OPSATLAS_HISTORY_URL", f"sqlite:///{tmp_path / 'history.sqlite'}")
    monkeypatch.setenv("OPSATLAS_EDITORS", "ana@example.org")
    monkeypatch.delenv("OPSATLAS_LOCAL_EDITOR", raising=False)
    # AppTest starts every run in the legacy pages/ mode, so the page's switch to app.py's navigation
    # reruns each time and swallows a button's click; the real server does it once per process.
    import opsatlas.ui

    monkeypatch.setattr(opsatlas.ui, "enter_via_navigation", lambda: None)
    return data


def _edit_page(user: dict) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.user = user
    at.run()
    at.switch_page("pages/edit.py")
    return at.run()


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_a_reader_sees_no_editing_control(folder):
    at = _edit_page({"is_logged_in": False})
    assert not at.exception
    assert [b.label for b in at.button] == [] and not at.text_input and not at.text_area and not at.selectbox
    assert "Editing, importing and restoring records need a signed-in editor" in at.info[0].value


def test_a_signed_in_user_not_on_the_list_is_refused(folder):
    at = _edit_page({"is_logged_in": True, "email": "eve@example.org", "name": "Eve", "email_verified": True})
    assert "eve@example.org is not on the list of editors" in at.error[0].value.replace("\\", "")
    assert [b.label for b in at.button] == ["Sign out"] and not at.text_input


def test_an_editor_changes_a_figure_sees_the_diff_and_saves(folder):
    at = _edit_page(EDITOR)
    assert not at.exception, at.exception
    at.radio(key="editor-part").set_value("claims").run()
    text = (folder / "vibora-2025.yaml").read_text(encoding="utf-8")
    claims = roundtrip.plain(text)["claims"]
    claim_id, _count = _first_counted_claim(text)
    index, claim = next((i, c) for i, c in enumerate(claims) if c["id"] == claim_id)
    at.selectbox(key="editor-vibora-2025-claims-pick").set_value(index).run()
    count_box = next(t for t in at.text_input if t.label == "count" and t.value == str(claim["count"]))
    count_box.set_value("not a number")
    _button(at, "Apply changes").click().run()
    assert not at.exception, at.exception
    assert any("write the number without quotes" in e.value.replace("\\", "") for e in at.error), "beside the field"
    assert _button(at, "Save").disabled
    count_box = next(t for t in at.text_input if t.label == "count" and t.value == "not a number")
    count_box.set_value(str(claim["count"] + 1))
    _button(at, "Apply changes").click().run()
    diffs = [c.value for c in at.code if c.language == "diff"]
    changed = [ln for ln in diffs[-1].splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]
    assert changed == [f"-    count: {claim['count']}", f"+    count: {claim['count'] + 1}"]
    assert (folder / "vibora-2025.yaml").read_text(encoding="utf-8") == text, "nothing written before Save"
    assert not at.error
    _button(at, "Save").click().run()
    assert not at.exception, at.exception
    assert "Saved vibora-2025" in at.success[0].value.replace("\\", "")
    assert f"count: {claim['count'] + 1}" in (folder / "vibora-2025.yaml").read_text(encoding="utf-8")
    assert history.latest("vibora-2025").editor_email == "ana@example.org"


def test_a_draft_from_add_an_operation_is_handed_to_the_editor_and_imported(folder):
    """Paste an article, draft it, hand it over: the editor previews it and imports it as a new record,
    with the editor in the history; the record file is the draft, valid as a draft."""
    from opsatlas.catalogue.validate import load_file

    at = AppTest.from_file(APP, default_timeout=90)
    at.user = EDITOR
    at.run()
    at.switch_page("pages/add.py").run()
    at.text_area(key="add_text").input("Police said 20 people were arrested in Spain and Portugal in an operation "
                                       "against drug trafficking. Spanish police arrested seven suspects.")
    at.text_input(key="add_published").input("2025-06-06")
    at.text_input(key="add_publisher").input("A newspaper")
    at.run()
    at.button(key="add_go").click().run()
    assert not at.exception, at.exception
    at.button(key="add_handoff").click().run()
    assert not at.exception, at.exception
    assert any("The draft from" in i.value for i in at.info), [i.value for i in at.info]
    # The button switched to the editor; AppTest keeps its own idea of the page for the next runs.
    at.switch_page("pages/edit.py").run()
    imports = [b for b in at.button if b.label.startswith("Import into")]
    assert imports, [b.label for b in at.button]
    imports[0].click().run()
    assert not at.exception, at.exception
    assert any("Imported into" in s.value for s in at.success), ([e.value for e in at.error], [s.value for s in at.success])
    written = [p for p in folder.glob("*.yaml") if p.name != VIBORA.name]
    assert len(written) == 1
    loaded = load_file(written[0])
    assert loaded.ok and loaded.record.is_draft
    assert any(e.action == "import" and e.editor_email == "ana@example.org" for e in history.entries(written[0].stem))


def _map_description(at: AppTest) -> str:
    return next(c.value for c in at.caption if c.value.startswith("Map description")).replace("\\", "")


def _ids(options: list[str]) -> list[str | None]:
    """The ids behind a chooser's shown options ('sevilla-province — Sevilla (province)')."""
    return [None if o == "(not given)" else o.split(" — ")[0] for o in options]


def test_reference_fields_choose_from_the_records_ids(folder):
    """A claim's source and place, a dispute's contested claims and a link's ends are choosers of the
    ids this record holds (with their names), not free text; choosing one changes one line."""
    from opsatlas.editing import fields

    text = (folder / "vibora-2025.yaml").read_text(encoding="utf-8")
    data = roundtrip.plain(text)
    ids = {section: [i["id"] for i in data[section]] for section in ("sources", "places", "claims", "phases")}
    at = _edit_page(EDITOR)
    at.radio(key="editor-part").set_value("claims").run()
    index = next(i for i, c in enumerate(data["claims"]) if c["id"] == "sevilla-arrests")
    at.selectbox(key="editor-vibora-2025-claims-pick").set_value(index).run()
    by_label = {s.label: s for s in at.selectbox}
    assert "place" in by_label and "source *" in by_label and "replaces" in by_label and "part_of" in by_label
    assert not [t.label for t in at.text_input if t.label.split(" ")[0] in {"place", "source", "replaces", "part_of"}]
    assert _ids(by_label["place"].options) == [None, *ids["places"]]  # optional: may be left out
    assert _ids(by_label["source *"].options) == ids["sources"]  # required: no empty choice
    assert _ids(by_label["replaces"].options) == [None, *ids["claims"]]
    assert by_label["place"].value == "sevilla-province"
    assert "Sevilla (province) 1" in _map_description(at)
    assert "Sevilla (province)" in by_label["place"].options[by_label["place"].index]
    by_label["place"].set_value("jaen-province")
    _button(at, "Apply changes").click().run()
    assert not at.exception, at.exception
    diff = [c.value for c in at.code if c.language == "diff"][-1]
    changed = [ln for ln in diff.splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]
    assert changed == ["-    place: sevilla-province", "+    place: jaen-province"]
    described = _map_description(at)
    assert "Sevilla (province)" not in described and "Jaén (province) 1" in described, "the preview follows"

    # Lists of ids are multi-selects; every reference field of a dispute and of a link is a chooser.
    at.radio(key="editor-part").set_value("disputes").run()
    panama = next(i for i, d in enumerate(data["disputes"]) if d["id"] == "panama")
    at.selectbox(key="editor-vibora-2025-disputes-pick").set_value(panama).run()
    contested = next(m for m in at.multiselect if m.label == "contested")
    assert _ids(contested.options) == ids["claims"] and contested.value == ["pan-arrests"]
    assert _ids(next(m for m in at.multiselect if m.label == "phases").options) == ids["phases"]
    chooser_labels = {w.label.removesuffix(" *") for w in [*at.selectbox, *at.multiselect]}
    dispute_refs = {p.rsplit(".", 1)[1] for p, _ in fields.reference_fields() if p.startswith("disputes[]")}
    assert dispute_refs <= chooser_labels
    contested.set_value(["pan-arrests", "slv-arrests"])
    _button(at, "Apply changes").click().run()
    diff = [c.value for c in at.code if c.language == "diff"][-1]
    assert "+    contested: [pan-arrests, slv-arrests]" in diff.splitlines()

    at.radio(key="editor-part").set_value("links").run()
    ends = {s.label: s for s in at.selectbox if s.label in ("from *", "to *")}
    assert set(ends) == {"from *", "to *"} and all(_ids(s.options) == ids["places"] for s in ends.values())


def test_a_missing_id_stays_visible_in_its_chooser_with_its_problem(folder):
    path = folder / "vibora-2025.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    place: sevilla-province\n    reported_on",
                                                              "    place: sevilla\n    reported_on", 1), encoding="utf-8")
    data = roundtrip.plain(path.read_text(encoding="utf-8"))
    at = _edit_page(EDITOR)
    at.radio(key="editor-part").set_value("claims").run()
    index = next(i for i, c in enumerate(data["claims"]) if c["id"] == "sevilla-arrests")
    at.selectbox(key="editor-vibora-2025-claims-pick").set_value(index).run()
    place = next(s for s in at.selectbox if s.label == "place")
    assert place.value == "sevilla" and place.options[place.index] == "sevilla (not in places)"
    assert any("unknown place 'sevilla'" in e.value for e in at.error)


def test_adding_an_item_chooses_it_and_removing_it_chooses_the_one_before(folder):
    data = roundtrip.plain((folder / "vibora-2025.yaml").read_text(encoding="utf-8"))
    at = _edit_page(EDITOR)
    at.radio(key="editor-part").set_value("sources").run()
    _button(at, "Add to sources").click().run()
    assert not at.exception, at.exception
    pick = at.selectbox(key="editor-vibora-2025-sources-pick")
    assert pick.value == len(data["sources"]) and pick.options[-1] == "new-source-1"
    assert next(t for t in at.text_input if t.label == "id *").value == "new-source-1"
    assert any(f"sources[{len(data['sources'])}].title" in c.value.replace("\\", "") for c in at.caption)
    _button(at, "Remove this item from sources").click().run()
    assert not at.exception, at.exception
    pick = at.selectbox(key="editor-vibora-2025-sources-pick")
    assert pick.value == len(data["sources"]) - 1 and len(pick.options) == len(data["sources"])
    assert not [c for c in at.code if c.language == "diff" and c.value != "(no change)"]


def test_starting_a_new_record_opens_it_in_the_editor(folder):
    at = _edit_page(EDITOR)
    at.selectbox(key="editor-record").set_value("+ a new record").run()
    at.text_input(key="editor-new-id").input("test-new-op")
    at.text_input(key="editor-new-name").input("Test operation")
    _button(at, "Start the record").click().run()
    assert not at.exception, at.exception
    assert at.selectbox(key="editor-record").value == "test-new-op"
    diff = [c.value for c in at.code if c.language == "diff"][-1]
    assert "+++ b/test-new-op.yaml" in diff and "+name: Test operation" in diff.splitlines()
    assert _button(at, "Save").disabled, "a record without its required text cannot be saved yet"
    assert not (folder / "test-new-op.yaml").exists()
