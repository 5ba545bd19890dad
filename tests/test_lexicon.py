"""The relation vocabulary is valid data and covers the event types the foundation promises."""

from __future__ import annotations

import pytest

from graphkit.extract.lexicon import PLOVER_EVENT_TYPES, default_lexicon, parse_lexicon


def test_shipped_lexicon_covers_the_required_types():
    lexicon = default_lexicon()
    types = {r.event_type for r in lexicon.relations}
    assert {"AID", "ASSAULT", "CONSULT", "DISAPPROVE", "SANCTION", "THREATEN"} <= types <= set(PLOVER_EVENT_TYPES)
    verbs = lexicon.by_verb()
    for verb, event_type in [("supply", "AID"), ("provide", "AID"), ("give", "AID"), ("send", "AID"),
                             ("attack", "ASSAULT"), ("strike", "ASSAULT"), ("visit", "CONSULT"), ("meet", "CONSULT"),
                             ("accuse", "DISAPPROVE"), ("condemn", "DISAPPROVE"), ("criticize", "DISAPPROVE"),
                             ("sanction", "SANCTION"), ("threaten", "THREATEN")]:  # fmt: skip
        assert verbs[verb].event_type == event_type


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        ('[[relation]]\npredicate = "x"\nevent_type = "HUG"\nframe = "direct"\nverbs = ["hug"]', "not a PLOVER type"),
        ('[[relation]]\npredicate = "x"\nevent_type = "AID"\nframe = "sideways"\nverbs = ["x"]', "frame"),
        (
            '[[relation]]\npredicate = "a"\nevent_type = "AID"\nframe = "direct"\nverbs = ["aid"]\n'
            '[[relation]]\npredicate = "b"\nevent_type = "AID"\nframe = "direct"\nverbs = ["aid"]',
            "already listed",
        ),
    ],
)
def test_mistakes_in_the_lexicon_are_named(toml, error):
    with pytest.raises(ValueError, match=error):
        parse_lexicon(toml)
