"""The report's editors: the review of this round's updates (approve, rewrite, send back) and
the coordinators' own texts (the introduction, a text per actielijn)."""

from typing import TYPE_CHECKING

from workflows.surface import lazy_surface

if TYPE_CHECKING:
    from workflows.editorial.review import (
        Review,
        Reviewed,
        ReviewItem,
        ReviewState,
        load_review,
        review_step,
        state_of,
    )
    from workflows.editorial.sections import (
        SectionText,
        open_section,
        report_sections,
        save_section,
        section_key,
    )

__getattr__, __dir__ = lazy_surface(
    __name__,
    {
        ".review": (
            "Review",
            "Reviewed",
            "ReviewItem",
            "ReviewState",
            "load_review",
            "review_step",
            "state_of",
        ),
        ".sections": (
            "SectionText",
            "open_section",
            "report_sections",
            "save_section",
            "section_key",
        ),
    },
)

__all__ = [
    "Review",
    "ReviewItem",
    "ReviewState",
    "Reviewed",
    "SectionText",
    "load_review",
    "open_section",
    "report_sections",
    "review_step",
    "save_section",
    "section_key",
    "state_of",
]
