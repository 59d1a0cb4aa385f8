from django.core.management.base import BaseCommand

from portal.oai.models import Record
from portal.oai.records import sync_all


class Command(BaseCommand):
    help = (
        "Bring every OAI-PMH harvesting record in step with what the public may read: a record "
        "for each open page, a tombstone for each page that has closed. Run it once after "
        "installing the harvesting interface on an existing database; after that every change "
        "keeps the records itself, and running it again changes nothing."
    )

    def handle(self, *args, **options):
        changed = sync_all()
        live = Record.objects.filter(deleted=False).count()
        deleted = Record.objects.filter(deleted=True).count()
        self.stdout.write(
            f"{changed} records written; {live} open and {deleted} deleted records in all."
        )
