import logging
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from portal.demo import badge_followup as badge_followup_demo
from portal.demo import badges as badges_demo
from portal.demo import home as home_demo
from portal.demo import networks as networks_demo
from portal.demo import plans as plans_demo
from portal.demo import translations as translations_demo
from portal.demo import tutoring as tutoring_demo
from portal.demo.pages import read

PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-admin-password"


class Command(BaseCommand):
    help = (
        "Load Opentori's demo content and create the demo administrator. Safe to run again: "
        "what exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the demo administrator."
        )

    def handle(self, *args, no_admin=False, **options):
        # Wagtail logs every page it creates and publishes; for a demo that is only noise.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            with transaction.atomic():
                home = home_demo.load()
                networks_demo.load(home)
                plans_demo.load(home)
                badges_demo.load()
                home_demo.feature_practices(home)
                translations_demo.load()
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        if not no_admin:
            self.ensure_admin()

    def ensure_admin(self):
        admin = read("people")["admin"]
        User = get_user_model()
        username = os.environ.get("DEMO_ADMIN_USERNAME", admin["username"])
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "")
        user = User.objects.filter(username=username).first()
        if user is None:
            if not password:
                password = secrets.token_urlsafe(12)
                PASSWORD_FILE.write_text(password + "\n", encoding="utf-8")
                PASSWORD_FILE.chmod(0o600)
            User.objects.create_superuser(
                username=username,
                email=os.environ.get("DEMO_ADMIN_EMAIL", admin["email"]),
                password=password,
                first_name=admin["first_name"],
            )
            action = "Created"
        else:
            if not password and PASSWORD_FILE.exists():
                password = PASSWORD_FILE.read_text(encoding="utf-8").strip()
            action = "Kept"
        shown = password or "(unchanged; set DEMO_ADMIN_PASSWORD to choose one)"
        self.stdout.write(
            f"{action} the administrator. Admin: /admin/  username: {username}  password: {shown}"
        )
        self.load_tutoring(password)
        badge_followup_demo.load_badge_follow_up(badges_demo.load(), password)
        if password:
            self.load_moderation(password)

    def load_tutoring(self, password):
        logged = tutoring_demo.load(password)
        if not logged:
            return
        coordinator = read("people")["coordinator"]["username"]
        self.stdout.write(
            f"Logged {logged} tutor sessions of a year in the Keski-Suomi network's and "
            "Tutor 2.0's towns (tutor.<town> users"
            + (
                f"; the Keski-Suomi coordinator {coordinator} reads the report "
                "at /admin/tutorointi/raportti/; both with the administrator's password)."
                if password
                else ")."
            )
        )

    def load_moderation(self, password):
        people = plans_demo.load_moderation(password)
        if people:
            town = read("people")["moderation"]["town"]
            self.stdout.write(
                f"Created {' and '.join(people)} (a teacher and a moderator of {town}, "
                f"with the same password): two submissions wait in {town}'s queue."
            )
