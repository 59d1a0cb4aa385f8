"""What a finished workflow does (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Wagtail imports this while it defines its own models, so it imports nothing at the top.
"""


def publish_approved(workflow_state, user=None):
    """Publish the approved version in the name of its last approver.

    The tasks decide who approves (never one's own work; in a town with a single moderator,
    the coordinators of its networks), so the approval is the right to publish it. Wagtail's
    default would also ask for the approver's publish permission on the page, which a
    network's coordinator does not hold in a member town.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
