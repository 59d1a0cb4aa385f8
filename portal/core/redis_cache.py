"""Django's Redis cache backend, with one redis-py client kept per connection pool.

Django's ``RedisCacheClient.get_client`` makes a new ``redis.Redis`` for every cache operation,
and each one builds its table of reply parsers (some 170 entries) first: on a page that reads a
dozen fragments that is a few milliseconds of every request. A redis-py client is safe to share
(each command takes a connection from the pool and gives it back), so one is kept per pool.
Everything else is Django's own backend.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
