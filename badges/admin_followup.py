"""The admin of the badges' completion follow-up: hooks registered on import (badges.wagtail_hooks)."""
