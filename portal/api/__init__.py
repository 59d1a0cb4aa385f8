"""The open read API (Wagtail's API v2 at ``/api/v2/``): public pages, images and documents.

It is a window on what an anonymous reader may already open on the site, nothing more: the
same visibility rule (``portal.core.visibility``, ``portal.core.media``) decides every list,
detail and search, for a signed-in administrator too, and each page type shows only the fields
its public page shows.
"""
