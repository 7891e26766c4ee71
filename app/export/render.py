"""Render an ``ExportDocument`` as Markdown, plain text or one self-contained HTML file.

Every format starts from the same neutralised Markdown (see
``app.export.markdown_safety``), so no raw HTML, script, image or unsafe link
from an entry reaches any of them. HTML goes further: the body is rendered by
the preview's renderer (Python-Markdown with raw HTML off, then nh3 against an
allow-list), links become their text plus an http(s) address in parentheses,
and the page carries only an inline style sheet and a content security policy
that forbids fetching anything. Nothing in the output names the app: a file
found on a shared computer should not say where it came from.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from app import language
from app.export.attachment_refs import Gathered, HtmlResolver, Shown, folder_markdown
from app.export.html_text import html_to_text
from app.export.markdown_safety import is_safe_url, neutralise, shift_headings
from app.export.model import ExportDocument, ExportEntry
from app.export.pieces import SEAM, bounded_batches
from app.render.markdown_html import render_html
from app.words import QT_TR_NOOP, day_words, say

DOCUMENT_TITLE = QT_TR_NOOP("Journal entries")
UNTITLED = QT_TR_NOOP("Untitled")
_LINK = re.compile(r'<a(?: href="([^"]*)")? rel="noopener noreferrer">(.*?)</a>', re.DOTALL)
_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")
_PART_SEAM = f'\n</section>\n{SEAM}\n<section class="entry">\n'
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src {images}; form-action 'none'"
_INLINE_PICTURE = 'src="data:image/'

_SCREEN_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.55; color: #222;
       background: #fff; margin: 2em auto; max-width: 42em; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 0.2em; }
h2 { font-size: 1.2em; } h3 { font-size: 1.05em; }
p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th { unicode-bidi: plaintext; }
.meta { color: #555; margin: 0 0 1em; }
section.entry { border-top: 1px solid #ccc; padding-top: 1.5em; margin-top: 2em; }
section.cover { font-style: italic; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; color: #444; }
pre { white-space: pre-wrap; background: #f5f5f5; padding: 0.6em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; }
img { max-width: 100%; height: auto; }
"""
# QTextDocument understands a small CSS subset: no max-width, no unicode-bidi.
# Fonts, sizes, margins and padding for paper are app.pdf_export's (it knows
# Qt's quirks, e.g. block margins in device pixels); only what is ours goes here.
_PDF_CSS = """
.cover { font-style: italic; color: #333; }
.meta { color: #555; }
pre { background-color: #f5f5f5; }
"""


def format_date(day: dt.date) -> str:
    """A date in full, as the reader writes it: "Wednesday, 25 November 2026"."""
    return day_words(day)


def document_title() -> str:
    """The document's own title (the PDF's and the HTML page's), in the reader's language."""
    return say(DOCUMENT_TITLE)


def _tags_line(tags: str) -> str:
    return say(QT_TR_NOOP("Tags: {tags}"), tags=tags)


# ---------------------------------------------------------------- Markdown


def to_markdown(doc: ExportDocument, folder: str | None = None) -> str:
    """One Markdown file: the cover note, then each entry under a ``#`` title."""
    return join_markdown(markdown_sections(doc, folder))


def markdown_sections(doc: ExportDocument, folder: str | None = None) -> list[str]:
    """The cover note (if any) and each entry as Markdown, in the file's order.

    Args:
        doc: the prepared document.
        folder: the name of the folder beside the file that holds its attachments;
            None names them in words.
    """
    gathered = doc.gathered
    sections: list[str] = []
    if doc.cover_note:
        cover = [folder_markdown(block, {}, None) for block in _safe_blocks(doc.cover_note, 0)]
        sections.append("\n\n".join([*cover, "* * *"]))
    sections += [
        "\n\n".join(_entry_markdown(entry, doc.include_date, gathered, folder))
        for entry in doc.entries
    ]
    return sections


def join_markdown(sections: list[str]) -> str:
    """The Markdown file made of ``markdown_sections``."""
    return "\n\n".join(sections).rstrip() + "\n"


def _entry_markdown(
    entry: ExportEntry, include_date: bool, gathered: Gathered, folder: str | None
) -> list[str]:
    parts = [f"# {_inline_text(_title(entry, include_date))}"]
    meta = _meta(entry, include_date)
    if meta:
        parts.append(f"*{_inline_text(meta)}*")
    if entry.tags:
        parts.append(_tags_line(", ".join(_inline_text(tag) for tag in entry.tags)))
    if entry.prompt:
        parts.append(f"## {_inline_text(entry.prompt)}")
        parts += [f"### {_inline_text(question)}" for question in entry.follow_ups]
    for block in entry.paragraphs:
        parts.append(folder_markdown(shift_headings(neutralise(block), 2), gathered, folder))
    return parts


def _inline_text(text: str) -> str:
    r"""Text that Markdown shows as written: one line, its mark characters escaped.

    ``<`` becomes ``&lt;``, not ``\<``: renderers outside CommonMark (Python-Markdown's
    family) don't know that escape and would run a title such as ``<img onerror=…>``.
    """
    one_line = " ".join(text.split())
    escaped = re.sub(r"([\\`*_{}\[\]>()#+!|~])", r"\\\1", one_line)
    return escaped.replace("<", "&lt;")


def _safe_blocks(markdown_text: str, levels: int) -> list[str]:
    from app.export.paragraphs import split_paragraphs  # noqa: PLC0415 - tiny, avoids a cycle

    return [shift_headings(neutralise(block), levels) for block in split_paragraphs(markdown_text)]


# ---------------------------------------------------------------- plain text


def to_text(doc: ExportDocument) -> str:
    """Plain text: titles underlined, Markdown marks gone, links with their address."""
    return join_text(text_sections(doc))


def text_sections(doc: ExportDocument) -> list[str]:
    """The cover note (if any) and each entry as plain text, in the file's order."""
    resolver = HtmlResolver(doc.gathered, Shown.WORDS)
    sections: list[str] = []
    if doc.cover_note:
        cover = [_body_text(_safe_blocks(doc.cover_note, 0), _no_attachments()), "* * *"]
        sections.append("\n\n\n".join(part for part in cover if part))
    sections += [_entry_text(entry, doc.include_date, resolver) for entry in doc.entries]
    return sections


def join_text(sections: list[str]) -> str:
    """The text file made of ``text_sections``."""
    return "\n\n\n".join(part for part in sections if part).rstrip() + "\n"


def _entry_text(entry: ExportEntry, include_date: bool, resolver: HtmlResolver) -> str:
    title = " ".join(_title(entry, include_date).split())
    lines = [title, "=" * min(len(title), 72)]
    meta = _meta(entry, include_date)
    if meta:
        lines.append(meta)
    if entry.tags:
        lines.append(_tags_line(", ".join(entry.tags)))
    if entry.prompt:
        lines += ["", entry.prompt, *entry.follow_ups]
    body = _body_text([neutralise(block) for block in entry.paragraphs], resolver)
    return "\n".join(lines) + ("\n\n" + body if body else "")


def block_text(block: str) -> str:
    """One Markdown block as the reader sees it in the text export: marks gone, words kept."""
    return _body_text([neutralise(block)], _no_attachments(Shown.WORDS))


def _body_text(blocks: list[str], resolver: HtmlResolver) -> str:
    return "\n\n".join(
        html_to_text(_body_html([block], resolver)) for block in blocks if block.strip()
    )


# ---------------------------------------------------------------- HTML


def to_html(doc: ExportDocument, *, for_pdf: bool = False) -> str:
    """One self-contained HTML file: inline style only, nothing fetched, nothing run.

    Args:
        doc: the prepared document.
        for_pdf: for ``QTextDocument``: its CSS subset, and each entry after
            the first starts on a new page (the cover note shares the first).
    """
    return join_html(html_sections(doc, for_pdf=for_pdf), for_pdf=for_pdf)


def html_sections(doc: ExportDocument, *, for_pdf: bool = False) -> list[str]:
    """The cover note (if any) and each entry as an HTML section, in the file's order.

    For the PDF, a long entry is cut into bounded parts at ``SEAM`` markers (see
    ``app.export.pieces``), so Qt never lays out more than it can hold at once.
    """
    return _html_sections(doc, Shown.REFERENCED if for_pdf else Shown.INLINE, for_pdf=for_pdf)


def _html_sections(doc: ExportDocument, shown: Shown, *, for_pdf: bool) -> list[str]:
    resolver = HtmlResolver(doc.gathered, shown)
    sections: list[str] = []
    if doc.cover_note:
        note = _body_html(_safe_blocks(doc.cover_note, 1), _no_attachments(shown))
        sections.append(f'<section class="cover">\n{note}\n</section>')
    for index, entry in enumerate(doc.entries):
        new_page = for_pdf and index > 0
        sections.append(_entry_html(entry, doc.include_date, new_page, resolver, for_pdf))
    return sections


def join_html(sections: list[str], *, for_pdf: bool = False) -> str:
    """The HTML page made of ``html_sections`` (with seams between them for the PDF)."""
    joiner = f"\n{SEAM}\n" if for_pdf else "\n"
    return _page(joiner.join(sections), _PDF_CSS if for_pdf else _SCREEN_CSS)


def to_screen_html(doc: ExportDocument, css: str, lead: str = "") -> str:
    """The HTML export's content with the caller's style sheet, for an on-screen preview.

    The file's own style is paper (dark text on white); a preview inside the app
    follows the app's light or dark theme instead, so it passes its own ``css``.
    ``lead`` (HTML, already safe) goes first: the summary page's words.
    """
    sections = _html_sections(doc, Shown.REFERENCED, for_pdf=False)
    return _page("\n".join([lead, *sections] if lead else sections), css)


def _page(body: str, css: str) -> str:
    images = "data:" if _INLINE_PICTURE in body else "'none'"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language.chosen()}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP.format(images=images)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_escape(document_title())}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _entry_html(
    entry: ExportEntry, include_date: bool, new_page: bool, resolver: HtmlResolver, bounded: bool
) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    parts = [f"<h1{style}>{_escape(_title(entry, include_date))}</h1>"]
    meta = _meta(entry, include_date)
    if meta:
        parts.append(f'<p class="meta">{_escape(meta)}</p>')
    if entry.tags:
        parts.append(f'<p class="meta">{_escape(_tags_line(", ".join(entry.tags)))}</p>')
    if entry.prompt:
        parts.append(f"<h2>{_escape(entry.prompt)}</h2>")
        parts += [f"<h3>{_escape(question)}</h3>" for question in entry.follow_ups]
    blocks = [neutralise(block) for block in entry.paragraphs]
    batches = bounded_batches(blocks) if bounded else [blocks]
    parts.append(
        _PART_SEAM.join(_shift_heading_tags(_body_html(batch, resolver), 2) for batch in batches)
    )
    return '<section class="entry">\n' + "\n".join(parts) + "\n</section>"


def _body_html(blocks: list[str], resolver: HtmlResolver) -> str:
    """Sanitised HTML for neutralised Markdown blocks; links as text (and address).

    Attachment references are resolved first (``app.export.attachment_refs``).
    """
    rendered = resolver.resolve(render_html("\n\n".join(blocks)))
    return _LINK.sub(_link_as_text, rendered)


def _no_attachments(shown: Shown = Shown.REFERENCED) -> HtmlResolver:
    """For text that carries no attachment (a cover note): any reference becomes words."""
    return HtmlResolver({}, shown)


def _link_as_text(found: re.Match[str]) -> str:
    href, text = found.group(1), found.group(2)
    address = html.unescape(href or "")
    if not is_safe_url(address) or address.lower().startswith("mailto:"):
        return text
    if html.unescape(text).strip() == address:
        return text
    return f"{text} ({href})"


def _shift_heading_tags(fragment: str, levels: int) -> str:
    return _HEADING_TAG.sub(
        lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + levels)}>", fragment
    )


def _escape(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


# ---------------------------------------------------------------- shared


def _title(entry: ExportEntry, include_date: bool) -> str:
    """The entry's title; without one, its date (if shown) or "Untitled"."""
    if entry.title.strip():
        return entry.title
    return format_date(entry.date) if include_date else say(UNTITLED)


def _meta(entry: ExportEntry, include_date: bool) -> str:
    """The line under the title: date and mood, as chosen."""
    parts = [format_date(entry.date)] if include_date and entry.title.strip() else []
    if entry.mood:
        parts.append(entry.mood)
    return " · ".join(parts)
