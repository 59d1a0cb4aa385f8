"""The networks app: municipalities and their content, networks, regions, events, collections."""

from networks.models.collections import CollectionItem, CollectionPage
from networks.models.content import (
    AnnualClockPage,
    DevelopmentPlanPage,
    FollowUp,
    Measure,
    PracticePage,
    PracticePageTag,
)
from networks.models.library import PracticeLibraryPage
from networks.models.municipalities import MunicipalityIndexPage, MunicipalityPage, School
from networks.models.networks import (
    EventPage,
    NetworkIndexPage,
    NetworkMembership,
    NetworkPage,
    RegionPage,
)
from networks.models.taxonomy import PracticeArea
from networks.models.tutoring import (
    CompetenceAnswer,
    CompetenceArea,
    CompetenceScore,
    CompetenceSurvey,
    TeamPlanning,
    TrainingPlan,
    TutorSession,
)

__all__ = [
    "AnnualClockPage",
    "CollectionItem",
    "CollectionPage",
    "CompetenceAnswer",
    "CompetenceArea",
    "CompetenceScore",
    "CompetenceSurvey",
    "DevelopmentPlanPage",
    "EventPage",
    "FollowUp",
    "Measure",
    "MunicipalityIndexPage",
    "MunicipalityPage",
    "NetworkIndexPage",
    "NetworkMembership",
    "NetworkPage",
    "PracticeArea",
    "PracticeLibraryPage",
    "PracticePage",
    "PracticePageTag",
    "RegionPage",
    "School",
    "TeamPlanning",
    "TrainingPlan",
    "TutorSession",
]
