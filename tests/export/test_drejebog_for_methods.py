"""The printed drejebog of a method that scores and ends without a decision (25/10), and of a
big room with no dot budget: what it says instead of an empty agreement and "None prikker"."""

from __future__ import annotations

from dialogdesk.export.drejebog import drejebog_html
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import DotVoting, WrapUp
from tests.conftest import MATERIALS
from tests.examples.examples import EXAMPLES, TWENTY_FIVE_TEN


def test_a_scoring_method_without_a_decision_prints_its_scoring_and_no_empty_table() -> None:
    material = load_material(EXAMPLES / TWENTY_FIVE_TEN / "material.yaml").material
    assert not material.wrap_up.agreement and material.wrap_up.scoring is not None

    page = drejebog_html(material)

    assert "Each card gets 1–5 points a round; the points are added up." in page
    assert f"The {material.wrap_up.scoring.top} best are marked." in page
    wrap_up = page[page.index("<h2>The wrap-up: what the method produces</h2>") :]
    assert "<table" not in wrap_up.split("<h3>")[0]  # no agreement fields to fill in


def test_no_dot_budget_is_said_in_words() -> None:
    material = load_material(MATERIALS / "hardware" / "material.yaml").material
    material = material.model_copy(
        update={
            "wrap_up": WrapUp(
                agreement=material.wrap_up.agreement, dot_voting=DotVoting(dots_per_participant=None)
            )
        }
    )

    page = drejebog_html(material)

    assert "Intet loft: prikkerne tælles på papir" in page
    assert "None" not in page
