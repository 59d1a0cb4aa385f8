"""The Redis cache backend of production (``REDIS_URL``): Django's own, keeping one redis-py
client, against the machine's real Redis (database 9, emptied before and after)."""

import pytest
from django.core.cache.backends.redis import RedisCache as DjangosRedisCache
from redis.exceptions import ConnectionError

from portal.core.redis_cache import RedisCache

LOCATION = "redis://127.0.0.1:6379/9"


@pytest.fixture
def backend():
    params = {"KEY_PREFIX": "opentori-test"}
    ours, djangos = RedisCache(LOCATION, params), DjangosRedisCache(LOCATION, params)
    try:
        ours.clear()
    except ConnectionError as error:
        pytest.skip(f"no Redis at {LOCATION}: {error}")
    yield ours, djangos
    ours.clear()


def test_values_go_in_and_out_as_with_djangos_backend(backend):
    ours, djangos = backend
    ours.set("fragment:1:licences", {1: "CC BY 4.0"}, 60)
    assert djangos.get("fragment:1:licences") == {1: "CC BY 4.0"}
    djangos.set("content-version", 1767225600000000000, None)
    assert ours.get("content-version") == 1767225600000000000
    assert ours.add("content-version", 1) is False
    ours.delete("content-version")
    assert ours.get("content-version") is None
    assert ours.get_many(["fragment:1:licences", "missing"]) == {
        "fragment:1:licences": {1: "CC BY 4.0"}
    }


def test_one_client_serves_every_operation(backend):
    ours, djangos = backend
    assert ours._cache.get_client() is ours._cache.get_client(write=True)
    assert djangos._cache.get_client() is not djangos._cache.get_client()
    for number in range(20):
        ours.set(f"key-{number}", number)
    assert [ours.get(f"key-{number}") for number in range(20)] == list(range(20))
