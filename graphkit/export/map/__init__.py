"""The interactive map (``graph.html``): ``items`` (what is drawn), ``layout`` (where), ``style`` (how it
looks), ``page`` (the self-contained HTML page, and the public ``generate_html``, ``write_html`` and
``iframe_html``), ``assets/`` (the page's own script and style)."""

from graphkit.export.map.items import map_data, safe_url
from graphkit.export.map.page import generate_html, iframe_html, write_html
from graphkit.options import DEFAULT_MAX_NODES

__all__ = ["DEFAULT_MAX_NODES", "generate_html", "iframe_html", "map_data", "safe_url", "write_html"]
