"""hypothesis sends hostile and odd entry text through the whole path: save, read,
search, the preview's renderer and every export format.

The journal is a real SQLCipher file. Whatever the text, it comes back exactly as
written, a plain word in it finds it, the preview holds only allow-listed tags, and
no export format carries live HTML.
"""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.export.model import ExportOptions
from app.export.prepare import prepare
from app.export.render import to_html, to_markdown, to_text
from app.journal import Journal
from app.records.entries import EntryFields
from app.render.markdown_html import render_html
from app.storage.validation import clean_title
from tests.helpers.markdown import MARKDOWN_PIECES, assert_safe

ANY_CHARACTER = st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"])
ENTRY_TEXT = st.lists(MARKDOWN_PIECES | st.text(ANY_CHARACTER, max_size=8), max_size=50).map(
    "".join
)
EXPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "section", "a"}
EXPORT_TAGS |= {"p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre"}
EXPORT_TAGS |= {"ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td"}
EXPORT_TAGS |= {"br", "hr", "del", "dl", "dt", "dd", "sup", "sub"}
MARKER = "zq7marker"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=ENTRY_TEXT, title=st.text(ANY_CHARACTER, max_size=30))
def test_any_entry_text_survives_every_step_safely(journal: Journal, body: str, title: str) -> None:
    written = f"{body}\n\n{MARKER} <sigh>\n\n{body}"  # words of their own paragraph
    entry = journal.entries.add(EntryFields(body=written, title=title))
    again = journal.entries.get(entry.id)
    assert (again.body, again.title) == (written, clean_title(title))  # titles are one line
    assert entry.id in {hit.entry.id for hit in journal.entries.search(MARKER, limit=10_000)}
    assert_safe(render_html(written))
    document = prepare(journal, [entry.id], ExportOptions())
    page = _Tags()
    page.feed(to_html(document))
    assert page.tags <= EXPORT_TAGS, page.tags - EXPORT_TAGS
    assert not page.handlers
    for exported in (to_text(document), to_markdown(document)):
        assert MARKER in exported
        assert "<sigh>" in exported.replace("&lt;", "<") or "```" in body or "~~~" in body
    journal.entries.trash(entry.id)  # keep the search index small for the next example
