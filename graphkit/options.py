"""The defaults and choices of a build that a user can change, shared by the API and the command line.

The ground floor, with no imports: ``graphkit --help`` shows these without loading the pipeline (and
spaCy). Each stage takes its default from here, and ``graphkit.api`` re-exports them.
"""

MAX_ARTICLE_CHARS = 2_000_000  # a longer article is skipped; up to this it is parsed in parts
DEFAULT_MAX_NODES = 300  # actors drawn on the map at most, the most connected first
DEFAULT_BASE_IRI = "https://w3id.org/graphkit/id/"  # under which entities, articles and claims get their IRIs
# The formats the graph can be written in, and the file name ``save`` gives each.
GRAPH_FILES = {
    "turtle": "graph.ttl",
    "ntriples": "graph.nt",
    "jsonld": "graph.jsonld",
    "graphml": "graph.graphml",
    "gexf": "graph.gexf",
}
FORMATS = tuple(GRAPH_FILES)
ENGINES = ("local", "dask")  # where the parse runs: this machine, or Dask workers
