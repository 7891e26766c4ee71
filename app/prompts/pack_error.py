"""The one error a prompt pack file (or a shipped words file) gives: file, line, problem.

The problem is a marked template with its details (``app.words``), and the whole
("pack.toml, line 7: the theme id 'x' appears twice.") is a template too, so the
window says it in the reader's language, file name and line as they are.
"""

from __future__ import annotations

import re

from app.errors import KnownError
from app.words import QT_TR_NOOP, Said

# Control and reordering characters in a file's name are shown as codes, never acted on.
_SHOWN_AS_CODE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u206f\ufff9-\ufffb]")


class PackError(KnownError):
    """A prompt pack file that can't be used; nothing from it was taken.

    The problem is a marked template and its details (``app.words``), said after
    the file's name (and line) in the reader's language.

    Attributes:
        file: the file's name as the user knows it.
        line: the line the problem is on, when known.
    """

    def __init__(self, problem: str, file: str, line: int | None, **details: object) -> None:
        shown = _SHOWN_AS_CODE.sub(lambda m: f"\\u{ord(m.group()):04x}", file)
        said = Said(problem, details)
        if line:
            super().__init__(
                QT_TR_NOOP("{file}, line {line}: {problem}"), file=shown, line=line, problem=said
            )
        else:
            super().__init__(QT_TR_NOOP("{file}: {problem}"), file=shown, problem=said)
        self.file = file
        self.line = line
