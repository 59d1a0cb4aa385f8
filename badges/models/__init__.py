"""Competence badges (osaamismerkit): a town's framework of badges per grade, kept per school
year, and the follow-up of how many pupils completed them, without a word of any pupil."""

from badges.models.followup import CompletionCount, CompletionReport, FollowUpRole
from badges.models.frameworks import Badge, BadgeFrameworkPage, ScaleLevel

__all__ = [
    "Badge",
    "BadgeFrameworkPage",
    "CompletionCount",
    "CompletionReport",
    "FollowUpRole",
    "ScaleLevel",
]
