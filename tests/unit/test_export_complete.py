"""The check after writing: a file holding less than was chosen is never a success."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export.complete import INCOMPLETE_MESSAGE, ExportIncomplete, check_export, letters
from app.export.model import ExportDocument, ExportFormat
from app.export.pipeline import export_document, render_export
from app.export.render import to_html, to_markdown, to_text
from tests.helpers.exports import evenings

TEXT_FORMATS = [ExportFormat.MARKDOWN, ExportFormat.TEXT, ExportFormat.HTML]


def _doc(entries: int = 40, cover: str = "For our next session.") -> ExportDocument:
    return ExportDocument(
        cover,
        evenings(
            entries,
            lambda n: (
                f"First paragraph of entry {n}.",
                f"He said <you are nothing> {n}.",
                "Last.",
            ),
        ),
    )


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_text_format_is_rendered_as_before_and_passes(fmt: ExportFormat) -> None:
    doc = _doc()
    rendered = render_export(doc, fmt)
    same = {
        ExportFormat.MARKDOWN: to_markdown(doc),
        ExportFormat.TEXT: to_text(doc),
        ExportFormat.HTML: to_html(doc),
    }[fmt]
    assert rendered.data == same.encode("utf-8")
    assert rendered.entries == 40
    check_export(rendered.data, rendered)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_a_short_file_fails_whatever_is_missing(fmt: ExportFormat) -> None:
    rendered = render_export(_doc(), fmt)
    data = rendered.data
    last = rendered.sections[-1].encode("utf-8")
    middle = rendered.sections[20].encode("utf-8")
    for short in (data[: len(data) // 2], data[:-40], data.replace(middle, b""), b""):
        with pytest.raises(ExportIncomplete) as failed:
            check_export(short, rendered)
        assert failed.value.message == INCOMPLETE_MESSAGE
    assert last in data


def test_the_message_is_calm_and_says_the_entries_are_safe() -> None:
    message = ExportIncomplete("x").message
    assert "safe in the journal" in message and "!" not in message
    assert "should" not in message


def test_the_pipeline_writes_checked_files(tmp_path: Path) -> None:
    for fmt in TEXT_FORMATS:
        target = tmp_path / f"out{fmt.suffix}"
        rendered = export_document(target, _doc(), fmt)
        assert target.read_bytes() == rendered.data


def test_letters_fold_case_and_forms_and_skip_scripts_that_shape() -> None:
    assert letters("\uff26irst \ufb01 Zo\u00eb 1/2") == letters("first fi zo\u00eb")
    assert letters("नमस्ते 今日 שלום") == letters("")
    assert letters("Straße")["s"] == 3
