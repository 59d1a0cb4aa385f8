"""What readers searched for and found nothing: the other half of Wagtail's query log.

Wagtail's search promotions keep every query (``Query``) and its hits a day
(``QueryDailyHits``); a query that found nothing is counted here as well, a row a query a day,
so the report (``search.page.report``) can show editors what readers miss.
"""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class QueryDailyMisses(models.Model):
    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="daily_misses")
    date = models.DateField(_("date"))
    misses = models.PositiveIntegerField(_("searches that found nothing"), default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="one_miss_row_a_query_a_day")
        ]

    def __str__(self):
        return f"{self.query} ({self.date:%Y-%m-%d}): {self.misses}"

    @classmethod
    def add(cls, query, date=None):
        row, _created = cls.objects.get_or_create(query=query, date=date or timezone.localdate())
        cls.objects.filter(pk=row.pk).update(misses=F("misses") + 1)
