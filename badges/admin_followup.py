"""The admin of the completion follow-up: hooks registered on import (badges.wagtail_hooks)."""
