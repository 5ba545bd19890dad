"""Errors the library raises for the user's mistakes (the CLI turns them into one-line messages), and its warnings."""


class GraphkitError(Exception):
    """A problem the user can fix: the message says what is wrong and what to do."""


class ModelNotFoundError(GraphkitError):
    """The spaCy pipeline asked for is not installed."""


class InputError(GraphkitError):
    """An input path or option that cannot be used."""


class QueryError(GraphkitError):
    """A SPARQL query that cannot be parsed or run."""


class OutputError(GraphkitError):
    """The outputs could not be written (a full disk, a file size limit): the previous ones are kept."""


class UnreadArticle(UserWarning):
    """An article that makes no claims because it could not be read or extracted (streamed claims have no report
    to record it in)."""
