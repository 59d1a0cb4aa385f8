"""The workflow steps' names and what follows a step, for the moderation templates."""

from django import template

from portal.moderation.models import step_after as _step_after
from portal.moderation.models import step_name as _step_name

register = template.Library()


@register.filter
def step_name(task):
    """The step's one name in the active language."""
    return _step_name(task) if task is not None else ""


@register.simple_tag
def step_after(task_state):
    """The step that follows the task state's, or None."""
    return _step_after(task_state)


@register.filter
def public_path(page):
    """The page's address on the site, without the host (the e-mails put the portal's base
    address before it)."""
    parts = page.get_url_parts()
    return parts[2] if parts else ""
