"""The admin of badge frameworks: hooks registered on import (badges.wagtail_hooks)."""
