"""Recovery keys: 160 random bits that a person can copy onto paper and type back.

The key is written in Crockford's base32 (no I, L, O or U, so nothing looks alike)
as eight groups of five characters. Four characters in each group carry the secret;
the fifth is a Luhn mod 32 check character over the group and its position, so a
single mistyped character or two swapped neighbours are caught, and the message
can say which group to look at again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.errors import MalformedRecoveryKey
from app.words import QT_TR_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
DATA_CHARS_PER_GROUP = 4
SECRET_BYTES = 20  # 160 bits = 8 groups x 4 characters x 5 bits
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -\t\r\n")


@dataclass(frozen=True)
class RecoveryKey:
    """A recovery key's secret bytes; ``str()`` gives the grouped, typeable form."""

    secret: bytes

    @classmethod
    def generate(cls) -> RecoveryKey:
        """A new key from the operating system's secure random source."""
        return cls(os.urandom(SECRET_BYTES))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a key as typed: any case, with or without separators.

        Raises:
            MalformedRecoveryKey: the length is wrong, a character is not one a
                recovery key uses, or a group's check character does not match.
        """
        compact = text.upper().translate(_SEPARATORS).translate(_LOOKALIKES)
        width = DATA_CHARS_PER_GROUP + 1
        if len(compact) != GROUPS * width:
            raise MalformedRecoveryKey(
                QT_TR_NOOP(
                    "A recovery key has {groups} groups of {width} characters; "
                    "this one has {count} characters. Please check it and try again."
                ),
                groups=GROUPS,
                width=width,
                count=len(compact),
            )
        bad = sorted({char for char in compact if char not in ALPHABET})
        if bad:
            raise MalformedRecoveryKey(
                QT_TR_NOOP(
                    "A recovery key never contains {characters}. Please check it and try again."
                ),
                characters=repr("".join(bad)),
            )
        groups = [compact[i : i + width] for i in range(0, len(compact), width)]
        data = ""
        for index, group in enumerate(groups):
            if _check_character(index, group[:-1]) != group[-1]:
                raise MalformedRecoveryKey(
                    QT_TR_NOOP(
                        "Group {number} of the recovery key looks mistyped. "
                        "Please check that group and try again."
                    ),
                    number=index + 1,
                )
            data += group[:-1]
        return cls(_decode(data))

    def __str__(self) -> str:
        data = _encode(self.secret)
        groups = []
        for index in range(GROUPS):
            chunk = data[index * DATA_CHARS_PER_GROUP : (index + 1) * DATA_CHARS_PER_GROUP]
            groups.append(chunk + _check_character(index, chunk))
        return "-".join(groups)

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"

    def group(self, number: int) -> str:
        """The 1-based ``number``-th group, for asking the user to type one back."""
        return str(self).split("-")[number - 1]


def _encode(secret: bytes) -> str:
    value = int.from_bytes(secret, "big")
    count = len(secret) * 8 // 5
    return "".join(ALPHABET[(value >> (5 * (count - 1 - i))) & 31] for i in range(count))


def _decode(data: str) -> bytes:
    value = 0
    for char in data:
        value = (value << 5) | ALPHABET.index(char)
    return value.to_bytes(len(data) * 5 // 8, "big")


def _check_character(position: int, chunk: str) -> str:
    """Luhn mod 32 over the group's position and characters."""
    codes = [position % 32] + [ALPHABET.index(char) for char in chunk]
    factor, total = 2, 0
    for code in reversed(codes):
        addend = factor * code
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]
