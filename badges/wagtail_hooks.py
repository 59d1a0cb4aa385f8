"""The admin's badge screens: the frameworks' actions (``badges.admin_frameworks``) and the
completion follow-up (``badges.admin_followup``); their hooks register when imported here."""

from badges import admin_followup, admin_frameworks  # noqa: F401
