"""The lesson plan's editor form."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.moderation.forms import ContentCheckedPageForm
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import municipality_groups
from portal.sharing.models import Licence

NOT_A_COLLEAGUE = _("Only teachers of the plan's municipality can be its co-authors.")
CHOSEN_TWICE = _("%(name)s is chosen twice as a co-author.")
OWN_DRAFT = _(
    "You already have a draft called “{title}” — {continue_it}. "
    "If this is another plan, give it another title."
)
ADDRESS_TAKEN = _(
    "The slug “%(slug)s” is already used by another page in %(town)s. Choose another, "
    "for example “%(free)s”."
)


JUST_AUTOSAVED = datetime.timedelta(minutes=2)


def default_licence(model, town):
    """The licence a new plan of ``town`` starts with: the one the town's published plans are
    shared under most often, else the first of the licence list (as the administrators order
    it; CC BY 4.0 as seeded)."""
    most_used = (
        model.objects.child_of(town)
        .live()
        .filter(licence__isnull=False)
        .values("licence")
        .annotate(plans=Count("pk"))
        .order_by("-plans", "licence__sort_order", "licence__slug")
        .first()
    )
    if most_used is not None:
        return most_used["licence"]
    licences = sorted(Licence.all_by_id().values(), key=lambda item: (item.sort_order, item.slug))
    return licences[0].pk if licences else None


def free_slug(parent, slug, page=None):
    """``slug``, or the first of ``slug-2``, ``slug-3``… no other child of ``parent`` has."""
    siblings = parent.get_children().filter(slug__startswith=slug)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


class LessonPlanForm(ContentCheckedPageForm):
    """Co-authors are chosen among the teachers and moderators of the plan's municipality (and
    those already named), never from every account in the country."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.starts_a_plan and self.initial.get("licence") is None:
            # A new plan starts with the town's usual licence chosen.
            self.initial["licence"] = default_licence(self._meta.model, self.parent_page)
        badges = self.fields.get("badges")
        if badges is not None:
            # The badges she may name, as the badges app lists them (plans stand below badges
            # and do not import them): offered and accepted alike.
            for hook in hooks.get_hooks("lesson_plan_badge_choices"):
                badges.choices = hook(self.for_user, self, "badges")
        links = self.formsets.get("co_author_links")
        if links is not None:
            people = self.possible_co_authors()
            for form in links.forms:
                field = form.fields["person"]
                field.queryset = people
                field.error_messages["invalid_choice"] = NOT_A_COLLEAGUE

    @property
    def starts_a_plan(self):
        return not self.is_bound and self.instance.pk is None and self.parent_page is not None

    def possible_co_authors(self):
        User = get_user_model()
        town = (
            MunicipalityPage.objects.ancestor_of(self.parent_page, inclusive=True).last()
            if self.parent_page is not None
            else None
        )
        people = Q(groups__in=municipality_groups(town)) if town is not None else Q(pk__in=[])
        if self.instance.pk:
            named = [link.person_id for link in self.instance.co_author_links.all()]
            people |= Q(pk__in=named)
        return User.objects.filter(people, is_active=True).distinct()

    def clean(self):
        # Before Wagtail's own check, which would only say that the address is in use.
        self.settle_the_address()
        cleaned_data = super().clean()
        links = self.formsets.get("co_author_links")
        if links is not None:
            seen = set()
            for form in links.forms:
                person = form.cleaned_data.get("person") if form.is_valid() else None
                if person is None or form.cleaned_data.get("DELETE"):
                    continue
                if person.pk in seen:
                    name = person.get_full_name() or person.get_username()
                    form.add_error("person", ValidationError(CHOSEN_TWICE % {"name": name}))
                seen.add(person.pk)
        return cleaned_data

    def settle_the_address(self):
        """When the plan's address (made from its title) is another page's of the town:

        - a new plan titled like the author's own unpublished draft offers that draft;
        - a plan never published takes the next free address (``…-2``), as nobody has linked
          to it yet;
        - a published plan keeps its address unless the author chooses another: she is told
          which are free.
        """
        slug = self.cleaned_data.get("slug")
        if not slug or self.parent_page is None:
            return
        other = self.parent_page.get_children().filter(slug=slug)
        if self.instance.pk:
            other = other.exclude(pk=self.instance.pk)
        other = other.specific().first()
        if other is None:
            return
        if self.instance.pk is None and self.is_own_draft(other) and self.just_autosaved(other):
            # This very form's autosave created the draft a moment ago (a save by hand raced
            # it): the address stays, and the view sends the save on to the draft
            # (portal.core.admin_guards.CreateView).
            return
        suggestion = free_slug(self.parent_page, slug, self.instance)
        if self.instance.pk is None and self.is_own_draft(other):
            self.cleaned_data.pop("slug")
            self.add_error("title", ValidationError(self.own_draft_message(other)))
        elif not self.is_published:
            self.cleaned_data["slug"] = suggestion
        else:
            message = ADDRESS_TAKEN % {
                "slug": slug,
                "town": self.parent_page.title,
                "free": suggestion,
            }
            self.add_error("slug", ValidationError(message))

    @property
    def is_published(self):
        """Whether the plan is or has been published (a new page is ``live`` until saved)."""
        page = self.instance
        return page.pk is not None and (page.live or page.first_published_at is not None)

    @staticmethod
    def just_autosaved(page):
        """Whether the draft was saved in the last two minutes: by the autosave of the form
        that is now saved by hand, not a draft of another day."""
        saved = page.latest_revision_created_at
        return saved is not None and timezone.now() - saved < JUST_AUTOSAVED

    def is_own_draft(self, page):
        user = self.for_user
        if user is None or page.live:
            return False
        is_co_author = getattr(page, "is_co_author", None)
        return page.owner_id == user.pk or bool(is_co_author and is_co_author(user))

    @staticmethod
    def own_draft_message(page):
        link = format_html(
            '<a href="{}">{}</a>',
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            _("continue it"),
        )
        return format_html(str(OWN_DRAFT), title=page.title, continue_it=link)
