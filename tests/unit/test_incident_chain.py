"""The incident record's hash chain, on its own: links, digests and every way to break them."""

from __future__ import annotations

from dataclasses import replace

from app.storage.incident_chain import (
    Link,
    LinkKind,
    Standing,
    amendment_ref,
    canonical,
    content_digest,
    first_break,
    genesis,
    link_digest,
    next_link,
)

FIRST = genesis("journal-one")


def _chain(count: int) -> tuple[list[Link], dict[str, str]]:
    """``count`` records, every third one amended once; and what each seals now."""
    links: list[Link] = []
    sealed: dict[str, str] = {}
    for number in range(count):
        ref = f"record-{number}"
        if number % 3 == 2:
            ref = amendment_ref(f"record-{number - 1}", f"amendment-{number}")
        kind = LinkKind.AMENDMENT if "/" in ref else LinkKind.RECORD
        content = content_digest({"n": number, "words": f"what happened, {number}"})
        sealed[ref] = content
        at = f"2026-01-01T00:00:{number % 60:02d}.000+00:00"
        links.append(
            next_link(
                links[-1] if links else None, FIRST, kind=kind, ref=ref, at=at, content=content
            )
        )
    return links, sealed


def test_a_thousand_records_and_amendments_hold() -> None:
    links, sealed = _chain(1000)
    assert first_break(links, FIRST, Standing(sealed, frozenset())) is None
    assert [link.seq for link in links] == list(range(1, 1001))


def test_a_record_changed_after_it_was_sealed_is_named() -> None:
    links, sealed = _chain(1000)
    sealed["record-400"] = content_digest({"n": 400, "words": "a kinder version"})
    found = first_break(links, FIRST, Standing(sealed, frozenset()))
    assert found is not None and found.ref == "record-400"
    assert str(found.reason) == "what this link seals was changed after it was sealed"


def test_a_link_rewritten_or_taken_out_breaks_the_chain_there() -> None:
    links, sealed = _chain(50)
    rewritten = [*links[:20], replace(links[20], at="2020-01-01T00:00:00.000+00:00"), *links[21:]]
    found = first_break(rewritten, FIRST, Standing(sealed, frozenset()))
    assert found is not None and found.link is not None and found.link.seq == 21
    assert str(found.reason) == "this link was changed after it was written"
    missing = [*links[:30], *links[31:]]
    found = first_break(missing, FIRST, Standing(sealed, frozenset()))
    assert found is not None and found.link is not None and found.link.seq == 32
    assert str(found.reason) == "a link before this one is missing"


def test_a_rebuilt_chain_from_another_start_does_not_hold() -> None:
    links, sealed = _chain(10)
    assert first_break(links, genesis("journal-two"), Standing(sealed, frozenset())) is not None


def test_a_record_gone_needs_its_removal_link() -> None:
    links, sealed = _chain(9)  # record-1 has its amendment record-1/amendment-2
    gone = {ref: digest for ref, digest in sealed.items() if not ref.startswith("record-1")}
    found = first_break(links, FIRST, Standing(gone, frozenset()))
    assert found is not None and found.ref == "record-1"
    assert str(found.reason) == "what this link seals is gone, with no removal recorded"
    removal = next_link(
        links[-1],
        FIRST,
        kind=LinkKind.REMOVAL,
        ref="record-1",
        at="later",
        content=sealed["record-1"],
    )
    assert first_break([*links, removal], FIRST, Standing(gone, frozenset())) is None
    found = first_break([*links, removal], FIRST, Standing(sealed, frozenset()))
    assert found is not None and str(found.reason) == "a record said to be deleted is still there"


def test_the_bytes_sealed_do_not_depend_on_key_order_and_keep_every_character() -> None:
    words = "Er sagte: »Du wirst es bereuen.«\n\n  — 12:30 🙂"
    assert canonical({"b": 1, "a": words}) == canonical({"a": words, "b": 1})
    assert words.encode("utf-8") in canonical({"a": words}).replace(b"\\n", b"\n")
    assert content_digest({"a": words}) != content_digest({"a": words + " "})


def test_parts_are_told_apart_by_their_lengths() -> None:
    one = link_digest(FIRST, LinkKind.RECORD, "ab", "c", "d")
    two = link_digest(FIRST, LinkKind.RECORD, "a", "bc", "d")
    assert one != two
