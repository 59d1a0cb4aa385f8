"""The API's OpenAPI 3 description, built from the endpoint classes themselves.

DRF's schema generator needs ``uritemplate`` (not installed) and knows nothing of Wagtail's
per-type fields, so the description is assembled here from what the endpoints really use: their
query parameters, their meta fields and each page type's public fields (``portal.api.fields``).
A field added to an endpoint therefore appears here without a second edit.
"""

from functools import cache

from django.db import models
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import get_page_models

from portal.api.fields import PUBLIC_FIELDS
from portal.api.views import (
    AddressRateThrottle,
    PublicDocumentsAPIViewSet,
    PublicImagesAPIViewSet,
    PublicPagesAPIViewSet,
)

PREFIX = "/api/v2"

PARAMETERS = {
    "limit": ("integer", "How many items to return (at most 20)."),
    "offset": ("integer", "How many items to skip."),
    "fields": (
        "string",
        "Comma-separated fields to add to each item (`*` for all; `-title` leaves one out).",
    ),
    "order": ("string", "A field to order by (`-field` for descending, `random`)."),
    "search": ("string", "Full-text search (Finnish base forms)."),
    "search_operator": ("string", "`and` or `or` between the search words."),
    "type": ("string", "Page type, for example `plans.LessonPlanPage` (comma-separated)."),
    "child_of": ("integer", "Only the children of this page."),
    "ancestor_of": ("integer", "Only the pages above this page."),
    "descendant_of": ("integer", "Only the pages below this page."),
    "translation_of": ("integer", "Only the translations of this page."),
    "locale": ("string", "Only pages in this locale."),
    "kunta": ("string", "Only content of this municipality: its slug or its number (e.g. 704)."),
    "aine": ("string", "Only lesson plans with this subject code (e.g. `matematiikka`)."),
    "luokka": ("string", "Only lesson plans for this grade code (e.g. `3`)."),
}
IGNORED_PARAMETERS = {"_", "format", "rich_text_format"}

FIELD_TYPES = [
    ((models.IntegerField, models.PositiveSmallIntegerField, models.AutoField), "integer"),
    ((models.DecimalField, models.FloatField), "number"),
    ((models.BooleanField,), "boolean"),
]


def _parameter(name):
    kind, description = PARAMETERS[name]
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": {"type": kind},
        "description": description,
    }


def _field_schema(model, field):
    """A JSON schema for one field: from the model field it reads, or an object for the
    structured ones written out by the serializers of ``portal.api.fields``."""
    if isinstance(field.serializer, serializers.ListField):
        child = getattr(field.serializer.child, "schema", {"type": "string"})
        return {"type": "array", "items": child}
    if field.serializer is not None:
        return getattr(field.serializer, "schema", {})
    try:
        model_field = model._meta.get_field(field.name)
    except models.FieldDoesNotExist:
        return {}
    if isinstance(model_field, models.DateTimeField):
        return {"type": "string", "format": "date-time", "nullable": model_field.null}
    for classes, kind in FIELD_TYPES:
        if isinstance(model_field, classes):
            return {"type": kind, "nullable": model_field.null}
    if model_field.name == "tags":
        return {"type": "array", "items": {"type": "string"}}
    return {"type": "string"}


def _page_schema(model):
    endpoint = PublicPagesAPIViewSet
    return {
        "type": "object",
        "description": str(model._meta.verbose_name),
        "properties": {
            "meta": {
                "type": "object",
                "properties": {name: {} for name in endpoint.get_meta_fields_names(model)},
            },
            **{
                field.name: _field_schema(model, field) for field in endpoint.get_body_fields(model)
            },
        },
    }


def _listing(name, endpoint, item_schema):
    parameters = sorted(endpoint.known_query_parameters - IGNORED_PARAMETERS)
    return {
        "get": {
            "operationId": f"{name}_list",
            "summary": f"List the public {name}",
            "parameters": [_parameter(parameter) for parameter in parameters],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "meta": {
                                        "type": "object",
                                        "properties": {"total_count": {"type": "integer"}},
                                    },
                                    "items": {"type": "array", "items": item_schema},
                                },
                            }
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "429": {"$ref": "#/components/responses/Throttled"},
            },
        }
    }


def _detail(name, item_schema):
    return {
        "get": {
            "operationId": f"{name}_detail",
            "summary": f"One public item of {name}",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                _parameter("fields"),
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": item_schema}},
                },
                "404": {"$ref": "#/components/responses/NotFound"},
                "429": {"$ref": "#/components/responses/Throttled"},
            },
        }
    }


def _find(name, endpoint):
    """``find/``: a redirect to the detail address of the item with this id (or page path)."""
    parameters = [
        {"name": parameter, "in": "query", "required": False, "schema": {"type": "string"}}
        for parameter in sorted(endpoint.find_query_parameters)
    ]
    return {
        "get": {
            "operationId": f"{name}_find",
            "summary": f"Find one public item of {name}",
            "parameters": parameters,
            "responses": {
                "302": {"description": "Redirect to the item's detail address."},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "429": {"$ref": "#/components/responses/Throttled"},
            },
        }
    }


def _media_schema(endpoint):
    model = endpoint.model
    return {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {name: {} for name in endpoint.get_meta_fields_names(model)},
            },
            **{
                field.name: _field_schema(model, field) for field in endpoint.get_body_fields(model)
            },
        },
    }


@cache
def document():
    """The description (the same for every request: built once a process)."""
    page_models = [model for model in get_page_models() if model in PUBLIC_FIELDS]
    page_schemas = {
        model._meta.label.replace(".", "_"): _page_schema(model) for model in page_models
    }
    page_item = {"oneOf": [{"$ref": f"#/components/schemas/{key}"} for key in page_schemas]}
    image_item = {"$ref": "#/components/schemas/Image"}
    document_item = {"$ref": "#/components/schemas/Document"}
    error = {
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"message": {"type": "string"}}}
            }
        }
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Opentori API",
            "version": "2",
            "description": (
                "Open content of Opentori: lesson plans, good practices, annual clocks, "
                "development plans, municipalities and networks, with their public images and "
                "documents. Only what anyone may read on the site; read-only; limited per "
                "address."
            ),
        },
        "servers": [{"url": "/"}],
        "paths": {
            f"{PREFIX}/pages/": _listing("pages", PublicPagesAPIViewSet, page_item),
            f"{PREFIX}/pages/{{id}}/": _detail("pages", page_item),
            f"{PREFIX}/pages/find/": _find("pages", PublicPagesAPIViewSet),
            f"{PREFIX}/images/": _listing("images", PublicImagesAPIViewSet, image_item),
            f"{PREFIX}/images/{{id}}/": _detail("images", image_item),
            f"{PREFIX}/images/find/": _find("images", PublicImagesAPIViewSet),
            f"{PREFIX}/documents/": _listing("documents", PublicDocumentsAPIViewSet, document_item),
            f"{PREFIX}/documents/{{id}}/": _detail("documents", document_item),
            f"{PREFIX}/documents/find/": _find("documents", PublicDocumentsAPIViewSet),
        },
        "components": {
            "schemas": {
                **page_schemas,
                "Image": _media_schema(PublicImagesAPIViewSet),
                "Document": _media_schema(PublicDocumentsAPIViewSet),
            },
            "responses": {
                "BadRequest": {"description": "A query parameter is not valid.", **error},
                "NotFound": {"description": "No such public item.", **error},
                "Throttled": {
                    "description": "Too many requests from this address (see Retry-After).",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"detail": {"type": "string"}},
                            }
                        }
                    },
                },
            },
        },
    }


class OpenAPIView(APIView):
    """``/api/v2/openapi.json``: the description as JSON, limited like the endpoints."""

    renderer_classes = [JSONRenderer]
    throttle_classes = [AddressRateThrottle]
    authentication_classes = []
    permission_classes = []

    def get(self, request):
        return Response(document())
