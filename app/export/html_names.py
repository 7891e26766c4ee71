"""What counts as real HTML in an entry, and what is words in angle brackets.

People quote what was said to them: ``He said <you are nothing>``, ``Dear <name>,``,
``<i love you>``. Those are words and must reach every export. ``<b>``,
``<img src=x onerror=...>`` and ``<a href="...">`` are HTML and are removed.
The line between them, for a tag that parses as an HTML tag at all:

- a closing tag is HTML when it names an HTML element (``</b>``; not ``</rant>``);
- an opening tag is HTML when every attribute in it is written ``name=value``
  or is a real attribute of that element (``<a href>``, ``<details open>``), and
  it names an HTML element or carries at least one attribute. So ``<b and c>``
  and ``<i love you>`` are words (``and``, ``love`` are no attributes of ``b``
  or ``i``), and so is ``<sigh>`` (no element, no attribute); ``<img src=x>``
  and ``<foo onclick=x>`` are HTML.

Whichever way a tag is judged, the exported Markdown never holds a ``<`` that
another program could read as a tag: words are written with ``&lt;``.
"""

from __future__ import annotations

from collections.abc import Sequence


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


CODE_ELEMENTS = _names(
    "script style iframe frame frameset object embed applet noscript noembed noframes"
    " template textarea title svg math xmp plaintext select canvas audio video"
)
"""Elements whose content is code or hidden, not words: removed with the element."""

ELEMENTS = CODE_ELEMENTS | _names(
    "a abbr acronym address area article aside b base basefont bdi bdo big blink"
    " blockquote body br button caption center cite code col colgroup data datalist dd"
    " del details dfn dialog dir div dl dt em fieldset figcaption figure font footer"
    " form h1 h2 h3 h4 h5 h6 head header hgroup hr html i image img input ins isindex"
    " kbd keygen label legend li link listing main map mark marquee menu menuitem meta"
    " meter multicol nav nextid nobr ol optgroup option output p param picture portal"
    " pre progress q rb rp rt rtc ruby s samp search section slot small source spacer"
    " span strike strong sub summary sup table tbody td tfoot th thead time tr track tt"
    " u ul var wbr"
)
"""Every HTML element name, current and obsolete, that a browser knows."""

GLOBAL_ATTRIBUTES = _names(
    "accesskey autocapitalize autocorrect autofocus class contenteditable dir draggable"
    " enterkeyhint exportparts hidden id inert inputmode is itemid itemprop itemref"
    " itemscope itemtype lang nonce part popover role slot spellcheck style tabindex"
    " title translate writingsuggestions xmlns xml:lang xml:space xml:base"
)

_MEDIA = "src crossorigin preload autoplay loop muted controls controlslist width height"
_CELL = "align valign width height nowrap bgcolor axis char charoff colspan rowspan headers"
_ELEMENT_ATTRIBUTES = {
    "a": "href target download ping rel hreflang type referrerpolicy name charset coords shape rev",
    "applet": "code codebase archive width height alt name align hspace vspace object",
    "area": "alt coords shape href target download ping rel referrerpolicy nohref",
    "audio": _MEDIA,
    "base": "href target",
    "basefont": "color face size",
    "blockquote": "cite",
    "body": "alink background bgcolor link text vlink",
    "br": "clear",
    "button": "disabled form formaction formenctype formmethod formnovalidate formtarget"
    " name popovertarget popovertargetaction type value command commandfor",
    "canvas": "width height",
    "caption": "align",
    "col": "span width align valign char charoff",
    "colgroup": "span width align valign char charoff",
    "data": "value",
    "del": "cite datetime",
    "details": "open name",
    "dialog": "open",
    "dir": "compact",
    "div": "align",
    "dl": "compact",
    "embed": "src type width height",
    "fieldset": "disabled form name",
    "font": "color face size",
    "form": "accept-charset action autocomplete enctype method name novalidate rel target",
    "frame": "src name noresize scrolling frameborder marginheight marginwidth longdesc",
    "frameset": "rows cols",
    "h1": "align",
    "h2": "align",
    "h3": "align",
    "h4": "align",
    "h5": "align",
    "h6": "align",
    "head": "profile",
    "hr": "align color noshade size width",
    "html": "manifest version",
    "iframe": "src srcdoc name sandbox allow allowfullscreen width height referrerpolicy"
    " loading frameborder scrolling marginheight marginwidth longdesc align",
    "img": "alt src srcset sizes crossorigin usemap ismap width height referrerpolicy"
    " decoding loading fetchpriority align border hspace vspace longdesc name lowsrc",
    "input": "accept alt autocomplete checked dirname disabled form formaction formenctype"
    " formmethod formnovalidate formtarget height list max maxlength min minlength"
    " multiple name pattern placeholder popovertarget popovertargetaction readonly"
    " required size src step type value width align usemap",
    "ins": "cite datetime",
    "isindex": "prompt action",
    "keygen": "challenge keytype disabled form name",
    "label": "for form",
    "legend": "align",
    "li": "value type",
    "link": "href crossorigin rel media integrity hreflang type referrerpolicy sizes"
    " imagesrcset imagesizes as blocking color disabled fetchpriority charset rev target",
    "map": "name",
    "marquee": "behavior bgcolor direction height hspace loop scrollamount scrolldelay"
    " truespeed vspace width",
    "menu": "compact type label",
    "meta": "name http-equiv content charset media scheme",
    "meter": "value min max low high optimum",
    "object": "data type name form width height usemap archive classid codebase codetype"
    " declare standby border hspace vspace align",
    "ol": "reversed start type compact",
    "optgroup": "disabled label",
    "option": "disabled label selected value",
    "output": "for form name",
    "p": "align",
    "param": "name value type valuetype",
    "pre": "width wrap",
    "progress": "value max",
    "q": "cite",
    "script": "src type nomodule async defer crossorigin integrity referrerpolicy blocking"
    " fetchpriority charset language event for",
    "select": "autocomplete disabled form multiple name required size",
    "slot": "name",
    "source": "type src srcset sizes media width height",
    "spacer": "type size width height align",
    "style": "media blocking type",
    "svg": "width height viewbox preserveaspectratio version x y",
    "math": "display",
    "table": "align border cellpadding cellspacing frame rules summary width bgcolor",
    "tbody": "align valign bgcolor char charoff",
    "td": _CELL,
    "template": "shadowrootmode shadowrootdelegatesfocus shadowrootclonable shadowrootserializable",
    "textarea": "autocomplete cols dirname disabled form maxlength minlength name"
    " placeholder readonly required rows wrap",
    "tfoot": "align valign bgcolor char charoff",
    "th": _CELL + " abbr scope",
    "thead": "align valign bgcolor char charoff",
    "time": "datetime",
    "tr": "align valign bgcolor char charoff",
    "track": "default kind label src srclang",
    "ul": "compact type",
    "video": _MEDIA + " poster playsinline disablepictureinpicture disableremoteplayback",
}
ELEMENT_ATTRIBUTES = {name: _names(words) for name, words in _ELEMENT_ATTRIBUTES.items()}
"""The attributes each element has besides the global ones."""


def is_attribute(element: str, attribute: str) -> bool:
    """Whether ``attribute`` (lowercase) is a real attribute of ``element`` (lowercase)."""
    return (
        attribute in GLOBAL_ATTRIBUTES
        or attribute in ELEMENT_ATTRIBUTES.get(element, ())
        or attribute.startswith(("data-", "aria-"))
    )


def is_real_tag(name: str, attributes: Sequence[tuple[str, bool]], *, closing: bool) -> bool:
    """Whether a tag that parses as HTML is HTML, rather than words in angle brackets.

    Args:
        name: the tag name as written.
        attributes: each attribute's name and whether it has a value (``=...``).
        closing: a closing tag (``</name>``), which has no attributes.
    """
    element = name.lower()
    if closing:
        return element in ELEMENTS
    if element not in ELEMENTS and not attributes:
        return False
    return all(valued or is_attribute(element, attr.lower()) for attr, valued in attributes)
