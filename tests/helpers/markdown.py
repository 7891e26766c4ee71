"""Checks that rendered Markdown is safe, and the pieces hostile Markdown is made of."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import strategies as st

from app.render.markdown_html import ALLOWED_TAGS


class Collected(HTMLParser):
    """Every tag, attribute and piece of text in a fragment, as a browser would see it."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((tag, name, value) for name, value in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def plain(self) -> str:
        return "".join(self.text)


def assert_safe(html: str) -> Collected:
    """Only allowed tags; href and rel on links, start on numbered lists; web and mail links."""
    found = Collected(html)
    assert set(found.tags) <= ALLOWED_TAGS, set(found.tags) - ALLOWED_TAGS
    for tag, name, value in found.attributes:
        if (tag, name) == ("ol", "start"):
            assert value is not None and value.isdecimal(), value
            continue
        assert tag == "a" and name in {"href", "rel"}, (tag, name, value)
        if name == "href":
            assert value is not None
            assert value.startswith(("http://", "https://", "mailto:")), value
        if name == "rel":
            assert value == "noopener noreferrer"
    return found


# Markdown and HTML syntax, schemes and scripts that fuzzing mixes into any text.
MARKDOWN_PIECES = st.sampled_from(
    [
        "<", ">", "[", "]", "(", ")", "!", "*", "_", "`", "~", "#", "-", "|", ":", "&",
        "\n", "\n\n", "    ", "\t", "1. ", "> ", "- ", "```", "<script>", "<img src=x>",
        "onerror=", "javascript:", "data:", "file://", "http://e.org", "&#x6a;", "&lt;",
        "<a href='", "'>", "\"", "'", "=", "/", "word", "שלום", "🌱",
    ]
)  # fmt: skip
