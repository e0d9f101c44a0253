"""Slack's escaped command text becomes the plain text a person typed."""

from __future__ import annotations

import pytest

from workflows.updates.slack_markup import plain_text


@pytest.mark.parametrize(
    ("escaped", "plain"),
    [
        ("Overleg met <@U0DEMOERIK|erik.visser>", "Overleg met @erik.visser"),
        ("zie <#C0123ABC|woonzorg>", "zie #woonzorg"),
        ("zie <#C0123ABC|>", "zie #C0123ABC"),
        ("lees <https://example.org/plan|het plan>", "lees het plan (https://example.org/plan)"),
        ("lees <https://example.org/plan>", "lees https://example.org/plan"),
        ("<https://example.org|example.org>", "https://example.org"),
        ("<mailto:anna@example.nl|anna@example.nl>", "anna@example.nl"),
        ("<https://x.nl/?a=1&amp;b=2|label>", "label (https://x.nl/?a=1&b=2)"),
        ("<!here> en <!channel> en <!everyone>", "@here en @channel en @everyone"),
        ("<!subteam^S0123|@regiehouders>", "@regiehouders"),
        ("<!date^1392734382^{date_short}|13 feb 2014>", "13 feb 2014"),
        ("&lt;tag&gt; &amp; meer", "<tag> & meer"),
        ("&amp;lt; bleef staan", "&lt; bleef staan"),
        ("geen opmaak, 3 > 2", "geen opmaak, 3 > 2"),
        ("a < b > c", "a < b > c"),  # not a reference: left alone
        ("", ""),
    ],
)
def test_plain_text(escaped: str, plain: str) -> None:
    assert plain_text(escaped) == plain


def test_a_mention_without_a_label_takes_the_name_from_the_lookup() -> None:
    names = {"U0ANNA": "Anna de Vries"}
    assert (
        plain_text("met <@U0ANNA> en <@W0NOBODY>", names.get) == "met @Anna de Vries en @W0NOBODY"
    )


def test_a_label_wins_over_the_lookup() -> None:
    assert plain_text("<@U0ANNA|anna>", lambda _id: "Anna de Vries") == "@anna"


def test_names_from_the_lookup_are_not_unescaped() -> None:
    assert plain_text("<@U0ANNA>", lambda _id: "A &amp; B") == "@A &amp; B"
