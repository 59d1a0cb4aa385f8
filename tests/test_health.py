"""``/health/``: answers without the database, never cached."""

import pytest


def test_health_answers_without_the_database(client):
    # No django_db mark: a query would fail the test.
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("method", ["post", "delete"])
def test_health_takes_only_safe_methods(client, method):
    assert getattr(client, method)("/health/").status_code == 405
