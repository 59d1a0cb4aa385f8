"""Good practices, annual clocks and development plans of municipalities, and their library."""

from networks.practices.models.content import (
    AnnualClockPage,
    DevelopmentPlanPage,
    FollowUp,
    Measure,
    PracticePage,
    PracticePageTag,
)
from networks.practices.models.library import PracticeLibraryPage
from networks.practices.models.taxonomy import PracticeArea

__all__ = [
    "AnnualClockPage",
    "DevelopmentPlanPage",
    "FollowUp",
    "Measure",
    "PracticeArea",
    "PracticeLibraryPage",
    "PracticePage",
    "PracticePageTag",
]
