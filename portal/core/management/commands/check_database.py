"""Tells in Finnish, before ``migrate``, when the database was made by an earlier layout of the
code (apps renamed, migrations started again) and how to start again, instead of a traceback."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.exceptions import InconsistentMigrationHistory
from django.db.migrations.loader import MigrationLoader

EARLIER_LAYOUT = (
    "Tietokanta {name} on tehty Opentorin aiemmalla versiolla, jonka sovellukset ja "
    "migraatiot ovat nyt toiset, eikä sitä voi päivittää. Aloita alusta: poista tiedosto "
    "(rm {name}) ja aja make demo uudelleen; demosisältö ja ylläpitäjän tunnus luodaan "
    "uudelleen. Koodista puuttuvat migraatiot: {unknown}."
)


def unknown_migrations(connection):
    """The migrations the database records that the code does not have, or that were applied
    in an order the code's dependencies do not allow."""
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    unknown = sorted(
        f"{app}.{name}"
        for app, name in loader.applied_migrations
        if (app, name) not in loader.disk_migrations
    )
    if not unknown:
        try:
            loader.check_consistent_history(connection)
        except InconsistentMigrationHistory as error:
            unknown = [str(error)]
    return unknown


class Command(BaseCommand):
    help = (
        "Check that the database's migration history matches the code, and say in Finnish "
        "how to start again when it does not."
    )

    def handle(self, *args, **options):
        connection = connections[DEFAULT_DB_ALIAS]
        unknown = unknown_migrations(connection)
        if unknown:
            shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
            raise CommandError(
                EARLIER_LAYOUT.format(name=connection.settings_dict["NAME"], unknown=shown)
            )
