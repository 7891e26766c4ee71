"""Each format's way of showing an attachment the export carries, and words for the rest.

The neutralised Markdown keeps the journal's own references
(``![description](attachment:ID)``); nothing else may point anywhere. Here each
one becomes what its format can hold:

* Markdown: a relative link into the folder beside the file
  (``![the message](Export%20files/the-message.jpg)``).
* HTML file: the stripped picture inline as a ``data:image/…;base64,`` URI; a
  document as its name and size in words (a web page cannot carry it safely).
* PDF and the preview: the reference stays, and the Qt side draws the picture
  from memory; a document in words.
* Text: the file's name in the folder, "[Picture: the-message.jpg]".

A reference to an attachment that did not come along (not in the journal, or one
that could not be cleaned) becomes its description: never a broken link.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Mapping
from enum import Enum
from urllib.parse import quote

from app.errors import BadAttachment
from app.export.attachments import REFERENCE, ExportAttachment, safe_stem
from app.export.inline_scan import plain_parts
from app.export.markdown_safety import is_code_block

KEPT_IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp"})
"""The only ``data:`` URIs an HTML export may hold: the picture kinds Threshold keeps."""

_IMAGE_TAG = re.compile(r'<img alt="([^"]*)" src="attachment:([0-9a-f]{32})">')
_LINK_TAG = re.compile(
    r'<a href="attachment:([0-9a-f]{32})" rel="noopener noreferrer">(.*?)</a>', re.DOTALL
)


class Shown(Enum):
    """Where the HTML goes, which decides how a picture is shown."""

    INLINE = "inline"  # the HTML file: the picture's bytes inside it
    REFERENCED = "referenced"  # the PDF, print and preview: Qt draws it from memory
    WORDS = "words"  # the text export: the picture's file name


Gathered = Mapping[str, ExportAttachment]


def folder_markdown(block: str, gathered: Gathered, folder: str | None) -> str:
    """A neutralised block with each reference pointing into ``folder`` (None: in words)."""
    if "attachment:" not in block or is_code_block(block):
        return block
    pieces = []
    for part, code in plain_parts(block):
        pieces.append(part if code else REFERENCE.sub(_markdown_for(gathered, folder), part))
    return "".join(pieces)


def _markdown_for(gathered: Gathered, folder: str | None) -> Callable[[re.Match[str]], str]:
    def replace(found: re.Match[str]) -> str:
        mark, description, attachment_id = found.groups()
        attachment = gathered.get(attachment_id)
        if attachment is None:
            return description or "a picture that is not in the journal"
        if folder is None:
            return f"[{_bracket_free(attachment.in_words())}]"
        target = f"{quote(folder)}/{quote(attachment.file_name)}"
        return f"{mark}[{description or attachment.file_name}]({target})"

    return replace


class HtmlResolver:
    """Resolves the rendered references of one export, loading each picture at most once.

    Args:
        gathered: the attachments that come along, by id.
        shown: how pictures are shown.
    """

    def __init__(self, gathered: Gathered, shown: Shown) -> None:
        self._gathered = gathered
        self._shown = shown
        self._inline: dict[str, str | None] = {}  # id -> data URI, None if it can't be cleaned

    @property
    def uses_data(self) -> bool:
        """Whether any picture went inline (the page's policy must then allow ``data:``)."""
        return any(uri is not None for uri in self._inline.values())

    def resolve(self, fragment: str) -> str:
        """The sanitised HTML fragment with every attachment reference resolved."""
        if "attachment:" not in fragment:
            return fragment
        fragment = _IMAGE_TAG.sub(self._image, fragment)
        return _LINK_TAG.sub(self._link, fragment)

    def _image(self, found: re.Match[str]) -> str:
        alt, attachment_id = found.groups()
        attachment = self._gathered.get(attachment_id)
        if attachment is None:
            return alt or "(a picture that is not in the journal)"
        return (
            self._picture(attachment, alt)
            if attachment.is_picture
            else self._document(attachment, alt)
        )

    def _link(self, found: re.Match[str]) -> str:
        attachment_id, text = found.groups()
        attachment = self._gathered.get(attachment_id)
        if attachment is None:
            return text
        return (
            self._picture(attachment, text)
            if attachment.is_picture
            else self._document(attachment, text)
        )

    def _picture(self, attachment: ExportAttachment, alt: str) -> str:
        if self._shown is Shown.WORDS:
            return f"[Picture: {html.escape(attachment.file_name)}]"
        if self._shown is Shown.REFERENCED:
            return f'<img alt="{alt}" src="attachment:{attachment.id}">'
        uri = self._data_uri(attachment)
        if uri is None:
            return alt or html.escape(attachment.in_words())
        return f'<img alt="{alt}" src="{uri}">'

    def _document(self, attachment: ExportAttachment, text: str) -> str:
        words = html.escape(attachment.in_words())
        if self._shown is Shown.WORDS:
            return f"[{words}]"
        said = safe_stem(html.unescape(text))
        same = said in {"", attachment.file_name.rpartition(".")[0]}
        return f"<em>{words}</em>" if same else f"{text} (<em>{words}</em>)"

    def _data_uri(self, attachment: ExportAttachment) -> str | None:
        if attachment.id not in self._inline:
            self._inline[attachment.id] = _encode(attachment)
        return self._inline[attachment.id]


def _encode(attachment: ExportAttachment) -> str | None:
    """The stripped picture as a data URI, or None when it cannot be cleaned (it stays home)."""
    mime = attachment.kind.value
    if mime not in KEPT_IMAGE_TYPES:
        return None
    try:
        data = attachment.load()
    except BadAttachment:
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _bracket_free(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")
