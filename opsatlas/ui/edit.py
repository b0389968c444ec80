"""The editor page: sign-in, forms built from the schema, live preview, diff, save, history, import.

Everything that writes goes through `opsatlas.editing` with the session's `Identity`, which is
read here from what the server knows (`st.user`, from the signed identity cookie) and checked
again inside each call: a reader, or a replayed widget message from another session, changes
nothing. Readers see an explanation and a sign-in button, never an editing control.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import streamlit as st
from pydantic import BaseModel

from .. import editing, settings
from ..editing import fields, history, roundtrip
from ..editing.auth import Identity, require_editor
from ..records.files import record_paths, record_stem
from ..records.problems import Problem
from ..records.schema import Operation
from ..catalogue.validate import Loaded
from .common import HANDOFF, md

KEY = "editor"  # session state prefix


# ---- who is this ---------------------------------------------------------------------------------

def auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        return False


def current_identity() -> Identity:
    """The session's identity, from the server's side only (the identity cookie, the server address)."""
    user = st.user.to_dict()
    if user.get("is_logged_in") is True and isinstance(user.get("email"), str) and user["email"]:
        verified = user.get("email_verified")
        return Identity(signed_in=True, email=str(user["email"]), name=str(user.get("name") or user["email"]),
                        email_verified=verified if isinstance(verified, bool) else None)
    local = editing.local_identity(str(st.get_option("server.address") or ""))
    return local if local is not None else editing.READER


def _sign_in_panel(identity: Identity) -> Identity | None:
    """The editor's identity when allowed; otherwise shows why and how to sign in, and returns None."""
    st.title("Edit records")
    if identity.signed_in and identity.via == "oidc":
        st.sidebar.caption(f"Signed in as {md(identity.who)}")
        if st.sidebar.button("Sign out", key="sign-out"):
            st.logout()
    try:
        return require_editor(identity)
    except editing.NotAllowed as exc:
        reason = str(exc)
    if identity.signed_in:
        st.error(f"Editing refused: {md(reason)}.")
        return None
    st.info("Reading is public and needs no account. Editing, importing and restoring records need a "
            "signed-in editor.")
    if auth_configured():
        if st.button("Sign in", type="primary", key="sign-in"):
            st.login()
    else:
        st.caption("Sign-in is not configured on this server (see the README: Editing records).")
    return None


# ---- the draft -----------------------------------------------------------------------------------

def _draft(record_id: str) -> dict[str, Any]:
    """The session's working copy of a record: the text and hash it started from, and the data."""
    state = st.session_state.setdefault(f"{KEY}-drafts", {})
    if record_id not in state:
        opened = editing.open_record(record_id)
        data = roundtrip.plain(opened.text) if opened.text else {}
        state[record_id] = {"text": opened.text, "hash": opened.base_hash, "data": data, "gen": 0}
    return state[record_id]


def _reset(record_id: str) -> None:
    drafts = st.session_state.get(f"{KEY}-drafts", {})
    gen = drafts.get(record_id, {}).get("gen", 0)
    drafts.pop(record_id, None)
    _draft(record_id)["gen"] = gen + 1


def _set_data(draft: dict[str, Any], data: dict[str, Any]) -> None:
    draft["data"] = data
    draft["gen"] += 1


def _text_of(draft: dict[str, Any]) -> str:
    if not draft["data"]:
        return draft["text"]
    return roundtrip.render(draft["text"], draft["data"]) if draft["text"] else roundtrip.new_text(draft["data"])


@st.cache_resource(show_spinner=False, max_entries=32)
def _checked(record_id: str, digest: str, _text: str) -> Loaded:
    return editing.check(record_id, _text)


def _problems_by_path(problems: list[Problem]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in problems:
        out.setdefault(p.path, []).append(f"line {p.line}: {p.message}")
    return out


# ---- forms from the schema -------------------------------------------------------------------------

def _ref_label(known: dict[str, str], section: str) -> Any:
    def fmt(v: Any) -> str:
        if v is None:
            return "(not given)"
        return known.get(v) or f"{v} (not in {section})"
    return fmt


def _widget(spec: fields.FieldSpec, value: Any, key: str, disabled: bool = False,
            refs: dict[str, dict[str, str]] | None = None) -> Any:
    shown = fields.to_form(spec, value)
    label = spec.key + (" *" if spec.required else "")
    if spec.kind in ("ref", "refs"):
        # The ids this record holds in that section, with what they are; a missing id stays visible,
        # with its problem beside the field.
        known = (refs or {}).get(spec.refers, {})
        fmt = _ref_label(known, spec.refers)
        if spec.kind == "refs":
            options = [*known, *[v for v in shown if v not in known]]
            return st.multiselect(label, options, default=shown, key=key, format_func=fmt, disabled=disabled,
                                  placeholder=f"choose from the {spec.refers}")
        options = [*known, *([shown] if shown is not None and shown not in known else [])]
        if not spec.required:
            options.insert(0, None)
        return st.selectbox(label, options, index=options.index(shown) if shown in options else None, key=key,
                            format_func=fmt, disabled=disabled, placeholder=f"choose one of the {spec.refers}")
    if spec.kind == "choice":
        options = list(spec.choices) if spec.required else [None, *spec.choices]
        if shown not in options:
            options.append(shown)  # an invalid value stays visible, with its problem beside it
        return st.selectbox(label, options, index=options.index(shown), key=key, disabled=disabled,
                            format_func=lambda v: "(not given)" if v is None else str(v))
    if spec.kind == "choices":
        return st.multiselect(label, list(spec.choices), default=[v for v in shown if v in spec.choices], key=key)
    if spec.kind == "bool":
        return st.checkbox(label, value=shown, key=key)
    if spec.kind in ("longtext", "lines"):
        return st.text_area(label, value=shown, key=key, height=90,
                            help="one per line" if spec.kind == "lines" else None)
    help_text = {"list": "comma-separated", "codes": "one code, or several separated by commas",
                 "int": "a whole number; leave empty when no source gives it"}.get(spec.kind)
    return st.text_input(label, value=shown, key=key, disabled=disabled, help=help_text)


def _show_problems(problems: dict[str, list[str]], path: str) -> None:
    for message in problems.get(path, []):
        st.error(md(message))


def _fields_form(model: type, item: dict[str, Any], path: str, key: str, problems: dict[str, list[str]],
                 refs: dict[str, dict[str, str]], locked: tuple[str, ...] = ()) -> dict[str, Any]:
    """Widgets for every field of `model` (nested items inline), inside the caller's st.form; returns
    the item as the form holds it. `refs`: the ids each reference field may choose from."""
    out = dict(item)
    _show_problems(problems, path)
    for spec in fields.specs(model):
        field_path = f"{path}.{spec.key}" if path else spec.key
        if spec.kind == "models" and spec.model is not None:
            items = list(item.get(spec.key) or [])
            st.markdown(f"**{md(spec.key)}**")
            _show_problems(problems, field_path)
            kept = []
            for j, sub in enumerate([*items, {}]):
                new_slot = j == len(items)
                with st.container(border=True):
                    st.caption(f"add one to {md(spec.key)} (fill in to add)" if new_slot
                               else f"{md(spec.key)}[{j}]")
                    values = _fields_form(spec.model, sub, f"{field_path}[{j}]", f"{key}-{spec.key}-{j}", problems,
                                          refs)
                    remove = False if new_slot else st.checkbox("remove", key=f"{key}-{spec.key}-{j}-rm")
                if new_slot and not any(v not in (None, "", []) for v in values.values()):
                    continue
                if not remove:
                    kept.append({k: v for k, v in values.items() if v is not None})
            if kept or spec.key in item:
                out[spec.key] = kept
            continue
        value = _widget(spec, item.get(spec.key), f"{key}-{spec.key}", disabled=spec.key in locked, refs=refs)
        _show_problems(problems, field_path)
        stored = fields.from_form(spec, value)
        if stored is None:
            out.pop(spec.key, None)
        else:
            out[spec.key] = stored
    return _in_schema_order(model, item, out)


def _in_schema_order(model: type, before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Keys kept where the file had them; a new key placed after the schema field before it."""
    order = [s.key for s in fields.specs(model)]
    keys = [k for k in before if k in after]
    for k in after:
        if k in keys:
            continue
        rank = order.index(k) if k in order else len(order)
        pos = 0
        for i, existing in enumerate(keys):
            if existing in order and order.index(existing) < rank:
                pos = i + 1
        keys.insert(pos, k)
    return {k: after[k] for k in keys}


def _facts_section(draft: dict[str, Any], record_id: str, problems: dict[str, list[str]]) -> None:
    data = draft["data"]
    facts = {s.key: s for s in fields.facts()}
    with st.form(f"{KEY}-facts-{record_id}-{draft['gen']}"):
        out = dict(data)
        for spec in facts.values():
            value = _widget(spec, data.get(spec.key), f"{KEY}-{draft['gen']}-{record_id}-facts-{spec.key}",
                            disabled=spec.key in ("id", "schema_version") and bool(draft["text"]))
            _show_problems(problems, spec.key)
            stored = fields.from_form(spec, value)
            if stored is None:
                out.pop(spec.key, None)
            else:
                out[spec.key] = stored
        if st.form_submit_button("Apply changes", type="primary"):
            new = copy.deepcopy(data)
            new.clear()
            new.update(_in_schema_order(Operation, data, out))
            _set_data(draft, new)
            st.rerun()


def _add_item(draft: dict[str, Any], spec: fields.FieldSpec, pick: str) -> None:
    """The "Add to ..." button's callback: a new item, chosen in the item chooser. (A callback runs
    before the script, the only moment a chooser's value may be set so that the browser shows it.)"""
    data = draft["data"]
    items = list(data.get(spec.key) or [])
    ids = {str(s.get("id")) for s in items if isinstance(s, dict)}
    prefix = spec.key.removesuffix("s")  # claims: new-claim-1
    has_id = any(s.key == "id" for s in fields.specs(spec.model)) if spec.model else False
    item = fields.skeleton(spec.model, fields.new_id(f"new-{prefix}", ids) if has_id else None) if spec.model else {}
    new = copy.deepcopy(data)
    new.setdefault(spec.key, []).append(item)
    _set_data(draft, _in_schema_order(Operation, data, new))
    st.session_state[pick] = len(items)


def _remove_item(draft: dict[str, Any], section: str, index: int, pick: str) -> None:
    """The "Remove this item" button's callback; the chooser moves to the item before it."""
    new = copy.deepcopy(draft["data"])
    del new[section][index]
    _set_data(draft, new)
    st.session_state[pick] = max(0, index - 1)


def _items_section(draft: dict[str, Any], record_id: str, spec: fields.FieldSpec,
                   problems: dict[str, list[str]]) -> None:
    data = draft["data"]
    items = list(data.get(spec.key) or [])
    for path, messages in problems.items():
        if path.startswith(f"{spec.key}[") or path == spec.key:
            st.caption(f"{md(path)}: " + md("; ".join(messages)))
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    pick = f"{KEY}-{record_id}-{spec.key}-pick"
    if not items:
        st.session_state.pop(pick, None)
    elif st.session_state.get(pick) not in range(len(items)):
        st.session_state[pick] = 0  # first visit, or fewer items since (discarded changes)
    chosen = left.selectbox(f"Item of {spec.key}", list(range(len(items))), key=pick,
                            format_func=lambda i: fields.label(items[i]) if 0 <= i < len(items) else "")
    right.button(f"Add to {spec.key}", key=f"{KEY}-{record_id}-{spec.key}-add", width="stretch",
                 on_click=_add_item, args=(draft, spec, pick))
    if chosen is None or not items:
        st.caption(f"No {md(spec.key)} yet.")
        return
    item = items[chosen]
    gen = draft["gen"]
    assert spec.model is not None  # fields.sections() lists the sections of items, each with its model
    with st.form(f"{KEY}-form-{record_id}-{spec.key}-{chosen}-{gen}"):
        values = _fields_form(spec.model, item, f"{spec.key}[{chosen}]",
                              f"{KEY}-{gen}-{record_id}-{spec.key}-{chosen}", problems, fields.reference_options(data))
        apply, remove = st.columns(2)
        applied = apply.form_submit_button("Apply changes", type="primary")
        remove.form_submit_button(f"Remove this item from {spec.key}", on_click=_remove_item,
                                  args=(draft, spec.key, chosen, pick))
    if applied:
        new = copy.deepcopy(data)
        new[spec.key][chosen] = values
        _set_data(draft, new)
        st.rerun()


def _yaml_section(draft: dict[str, Any], record_id: str, text: str) -> None:
    st.caption("The whole record as YAML, for anything the forms do not reach. Apply it to see the diff "
               "and the problems; nothing is saved until you press Save.")
    with st.form(f"{KEY}-yaml-{record_id}-{draft['gen']}"):
        edited = st.text_area("YAML", value=text, height=420, key=f"{KEY}-{draft['gen']}-{record_id}-yaml")
        if st.form_submit_button("Apply the YAML", type="primary"):
            try:
                data = roundtrip.plain(edited)
            except Exception as exc:  # noqa: BLE001 - any parse error is shown, nothing changes
                st.error(f"The YAML cannot be read: {md(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)}")
                return
            _set_data(draft, data)
            st.rerun()


# ---- preview, diff, save ---------------------------------------------------------------------------

def _preview(loaded: Loaded) -> None:
    from ..alttext import map_alt_text
    from ..maps import build_deck
    from ..panel import headline_figures
    from ..timeline import phases_chart
    from ..view import build_view, primary_metric
    from .panels import show_headline

    record = loaded.record
    if record is None:
        st.warning("The preview appears when the record has no problems.")
        return
    metric = primary_metric(record)
    view = build_view(record, metric)
    show_headline(view, headline_figures(view))
    st.pydeck_chart(build_deck(view), height=380, key=f"{KEY}-preview-map")
    st.caption("Map description: " + md(map_alt_text(view)))
    if record.phases:
        st.altair_chart(phases_chart(record), width="stretch")


def _save(identity: Identity, record_id: str, draft: dict[str, Any], text: str, action: str = "save") -> None:
    try:
        saved = editing.save(identity, record_id, text, draft["hash"], action=action)
    except editing.NotAllowed as exc:
        st.session_state[f"{KEY}-flash"] = ("error", f"Not saved: {exc}.")
    except editing.Conflict as exc:
        st.session_state[f"{KEY}-conflict"] = {"record": record_id, "current": exc.current_text,
                                               "hash": exc.current_hash, "mine": exc.proposed_text,
                                               "base": draft["text"]}
    except editing.Invalid as exc:
        st.session_state[f"{KEY}-flash"] = ("error", "Not saved: " + "; ".join(str(p) for p in exc.problems[:5]))
    except editing.SaveFailed as exc:
        st.session_state[f"{KEY}-flash"] = ("error", f"Not saved: {exc}")
    else:
        if saved.changed:
            message = f"Saved {record_id} (history entry {saved.entry})." + "".join(f" {n}." for n in saved.notes)
        else:
            message = "Nothing to save: the record is unchanged."
        st.session_state[f"{KEY}-flash"] = ("success", message)
        _reset(record_id)
    st.rerun()


def _conflict_panel(identity: Identity, record_id: str) -> bool:
    conflict = st.session_state.get(f"{KEY}-conflict")
    if not conflict or conflict["record"] != record_id:
        return False
    st.error("Someone else saved this record after you opened it, so your save was refused. Nothing is lost: "
             "both versions are below. Start again from the current version and make your change there.")
    theirs, mine = st.columns(2)
    with theirs:
        st.markdown("**Their change (now in the file)**")
        st.code(editing.unified_diff(conflict["base"], conflict["current"], f"{record_id}.yaml") or "(none)",
                language="diff")
    with mine:
        st.markdown("**Your change (not saved)**")
        st.code(editing.unified_diff(conflict["base"], conflict["mine"], f"{record_id}.yaml") or "(none)",
                language="diff")
        st.download_button("Download your version", conflict["mine"].encode("utf-8"),
                           file_name=f"{record_id}.mine.yaml", key=f"{KEY}-conflict-download")
    if st.button("Start again from the current version", key=f"{KEY}-conflict-reload"):
        st.session_state.pop(f"{KEY}-conflict", None)
        _reset(record_id)
        st.rerun()
    return True


def _history_section(identity: Identity, record_id: str, draft: dict[str, Any]) -> None:
    try:
        log = history.entries(record_id)
    except history.HistoryError as exc:
        st.error(md(str(exc)))
        return
    if not log:
        st.caption("No saves of this record yet.")
        return
    st.dataframe([{"entry": e.entry, "when (UTC)": f"{e.at:%Y-%m-%d %H:%M:%S}", "who": e.who, "what": e.action,
                   "lines changed": sum(1 for ln in e.diff.splitlines() if ln[:1] in "+-"
                                        and not ln.startswith(("+++", "---"))), "note": e.note}
                  for e in log], hide_index=True, width="stretch", key=f"{KEY}-history-table")
    by_entry = {e.entry: e for e in log}
    chosen = st.selectbox("Show an entry", list(by_entry), key=f"{KEY}-{record_id}-history-pick",
                          format_func=lambda n: f"{n}: {by_entry[n].action} by {by_entry[n].who} "
                                                f"at {by_entry[n].at:%Y-%m-%d %H:%M:%S} UTC")
    entry = by_entry[chosen]
    st.code(entry.diff or "(the whole file as first found)", language="diff")
    if st.button(f"Restore the version of entry {entry.entry}", key=f"{KEY}-{record_id}-restore"):
        try:
            saved = editing.restore(identity, record_id, entry.entry, draft["hash"])
        except editing.Conflict:
            st.session_state[f"{KEY}-flash"] = ("error", "Not restored: the record changed since you opened it. "
                                                "Reload it and try again.")
        except (editing.NotAllowed, editing.Invalid, editing.SaveFailed, ValueError) as exc:
            st.session_state[f"{KEY}-flash"] = ("error", f"Not restored: {exc}")
        else:
            st.session_state[f"{KEY}-flash"] = ("success", f"Restored entry {entry.entry} as history entry "
                                                           f"{saved.entry}." if saved.changed else
                                                "That version is the current one: nothing changed.")
            _reset(record_id)
        st.rerun()


def _import_section(identity: Identity, record_id: str | None) -> None:
    st.caption("Upload a record (.yaml), the app's JSON export (.json), or a CSV of claims for the chosen record "
               "(.csv, the columns of the CSV download). It is checked and previewed; nothing is written until "
               "you press Import.")
    upload = st.file_uploader("Upload", type=["yaml", "yml", "json", "csv"], key=f"{KEY}-upload",
                              max_upload_size=max(1, editing.importing.MAX_UPLOAD_BYTES // 1_000_000))
    handed = st.session_state.get(HANDOFF) if upload is None else None
    if upload is not None:
        name, raw = upload.name, upload.getvalue()
    elif handed is not None:
        name, raw = handed
    else:
        return
    if handed is not None:
        st.info(f"The draft from “Add an operation” ({md(name)}): check the changes, then import it.")
    try:
        preview = editing.preview_upload(identity, name, raw, target=record_id)
    except editing.NotAllowed as exc:
        st.error(md(str(exc)))
        return
    for note in preview.notes:
        st.caption(md(note))
    if preview.problems:
        st.error(f"{len(preview.problems)} problem(s): nothing can be imported until they are fixed.")
        st.code("\n".join(str(p) for p in preview.problems), language=None, wrap_lines=True)
        return
    st.markdown(f"**Changes to {md(preview.record_id)}**")
    st.code(preview.diff or "(no change)", language="diff")
    if preview.diff and st.button(f"Import into {preview.record_id}", type="primary", key=f"{KEY}-import"):
        try:
            saved = editing.save(identity, preview.record_id, preview.text, preview.base_hash, action="import",
                                 note=f"from {name}")
        except editing.Conflict:
            st.session_state[f"{KEY}-flash"] = ("error", "Not imported: the record changed since the preview. "
                                                "Upload again.")
        except (editing.NotAllowed, editing.Invalid, editing.SaveFailed) as exc:
            st.session_state[f"{KEY}-flash"] = ("error", f"Not imported: {exc}")
        else:
            st.session_state[f"{KEY}-flash"] = ("success", f"Imported into {preview.record_id} (history entry "
                                                           f"{saved.entry}).")
            st.session_state.pop(HANDOFF, None)
            _reset(preview.record_id)
        st.rerun()


def _new_record(identity: Identity) -> str | None:
    with st.form(f"{KEY}-new"):
        new_id = st.text_input("Id of the new record (also its file name)", key=f"{KEY}-new-id",
                               help="lower-case letters, digits and single hyphens, e.g. 'vibora-2025'")
        name = st.text_input("Name of the operation", key=f"{KEY}-new-name")
        if st.form_submit_button("Start the record"):
            try:
                opened = editing.open_record(new_id.strip())
            except ValueError as exc:
                st.error(md(str(exc)))
                return None
            if opened.text:
                st.error(f"{md(new_id)} exists already: choose it in the list.")
                return None
            data = fields.skeleton(Operation, new_id.strip())
            data["schema_version"] = 1
            if name.strip():
                data["name"] = name.strip()
            data["sources"] = [fields.skeleton(_model("sources"), "source-1")]
            draft = _draft(new_id.strip())
            _set_data(draft, _in_schema_order(Operation, {}, data))
            return new_id.strip()
    return None


def _model(section: str) -> type[BaseModel]:
    return next(s.model for s in fields.sections() if s.key == section and s.model is not None)


def show_edit_page() -> None:
    identity = _sign_in_panel(current_identity())
    if identity is None:
        return
    st.sidebar.caption(f"Editing as {md(identity.who)}" + (" (local mode)" if identity.via == "local" else ""))
    flash = st.session_state.pop(f"{KEY}-flash", None)
    if flash:
        (st.success if flash[0] == "success" else st.error)(md(flash[1]))
    folder = settings.records_dir()
    ids = sorted({record_stem(p) for p in record_paths(folder)} | set(st.session_state.get(f"{KEY}-drafts", {})))
    NEW = "+ a new record"
    wanted = st.query_params.get("op")  # the operation chosen on the other pages
    options = [*ids, NEW]
    # The chooser's value is set before it is drawn (afterwards Streamlit refuses): a record just
    # started, else the operation of the other pages on arrival.
    started = st.session_state.pop(f"{KEY}-record-next", None)
    if started in options:
        st.session_state[f"{KEY}-record"] = started
    elif st.session_state.get(f"{KEY}-record") not in options:
        st.session_state[f"{KEY}-record"] = wanted if wanted in ids else options[0]
    record_id = st.selectbox("Record", options, key=f"{KEY}-record")
    if record_id == NEW:
        started = _new_record(identity)
        if started:
            st.session_state[f"{KEY}-record-next"] = started
            st.rerun()
        return
    if _conflict_panel(identity, record_id):
        return
    if st.session_state.pop(f"{HANDOFF}-fresh", False):
        st.session_state[f"{KEY}-part"] = "import"  # a draft was just handed over: open the import part
    draft = _draft(record_id)
    text = _text_of(draft)
    loaded = _checked(record_id, hashlib.sha256(text.encode()).hexdigest(), text)
    problems = _problems_by_path(loaded.problems)
    edit, preview = st.columns([3, 2], gap="medium")
    with edit:
        sections = ["operation", *[s.key for s in fields.sections()], "YAML", "import", "history"]
        part = st.radio("Part of the record", sections, horizontal=True, key=f"{KEY}-part")
        if part == "operation":
            _facts_section(draft, record_id, problems)
        elif part == "YAML":
            _yaml_section(draft, record_id, text)
        elif part == "import":
            _import_section(identity, record_id)
        elif part == "history":
            _history_section(identity, record_id, draft)
        else:
            spec = next(s for s in fields.sections() if s.key == part)
            _items_section(draft, record_id, spec, problems)
    with preview:
        st.subheader("Preview")
        _preview(loaded)
    st.subheader("Changes to save")
    diff = editing.unified_diff(draft["text"], text, f"{record_id}.yaml")
    if loaded.problems:
        st.error(f"{len(loaded.problems)} problem(s): the record cannot be saved until they are fixed.")
        st.code("\n".join(str(p) for p in loaded.problems), language=None, wrap_lines=True)
    st.code(diff or "(no change)", language="diff")
    save_col, discard_col = st.columns(2)
    if save_col.button("Save", type="primary", key=f"{KEY}-save", disabled=not diff or not loaded.ok):
        _save(identity, record_id, draft, text)
    if discard_col.button("Discard my changes", key=f"{KEY}-discard", disabled=not diff):
        _reset(record_id)
        st.rerun()
