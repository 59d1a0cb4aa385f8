"""The OAI-PMH 2.0 endpoint at ``/oai/``: the six verbs over the harvesting records.

Only records are listed, so a list costs the same whatever the pages hold; a page's metadata is
read only when its record is live, and only if the page is still open to everyone at that
moment (a record that says otherwise is given as deleted and rewritten).
"""

from datetime import datetime

from django.conf import settings
from django.db.models import Exists, Min, OuterRef, Q
from django.http import FileResponse, HttpResponse, HttpResponseNotAllowed
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited
from lxml import etree
from wagtail.models import Page

from accounts.throttling import address_key
from portal.core.visibility import Visibility, public_pages
from portal.oai import protocol
from portal.oai.metadata import FORMATS, description, metadata, read_for_descriptions
from portal.oai.models import Record, RecordSet
from portal.oai.protocol import OAIError, datestamp
from portal.oai.records import KIND_BY_SLUG, KINDS, SET_GROUPS, sync_pages
from portal.oai.sets import set_names

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_IDENTIFIER_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
SCHEMAS = settings.BASE_DIR / "portal" / "oai" / "schemas"


def _el(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, f"{{{OAI_NS}}}{tag}")
    for key, value in attributes.items():
        if value is not None:
            element.set(key, str(value))
    if text is not None:
        element.text = str(text)
    return element


def base_url(request):
    return request.build_absolute_uri(request.path)


@csrf_exempt
@never_cache
def endpoint(request):
    """Every answer is new (its responseDate, the records as they are now): no cache keeps it.
    Its messages are in the harvester's language (Accept-Language), Finnish by default."""
    with translation.override(translation.get_language_from_request(request)):
        return _answer(request)


def _answer(request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if _limited(request):
        response = HttpResponse(
            _("Too many requests: wait a moment and go on with the same request."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = "60"
        return response
    query = request.POST if request.method == "POST" else request.GET
    root = etree.Element(f"{{{OAI_NS}}}OAI-PMH", nsmap={None: OAI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_NS} {OAI_SCHEMA}")
    _el(root, "responseDate", datestamp(datetime.now().astimezone()))
    echo = _el(root, "request", base_url(request))
    try:
        oai_request = protocol.parse(query)
        # The request is echoed with its arguments only once they are known to be good.
        echo.set("verb", oai_request.verb)
        for key, value in oai_request.arguments.items():
            echo.set(key, value)
        VERB_VIEWS[oai_request.verb](request, oai_request, root)
    except OAIError as error:
        if error.code in ("badVerb", "badArgument"):
            echo.attrib.clear()
        _el(root, "error", error.message, code=error.code)
    body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return HttpResponse(body, content_type="text/xml; charset=utf-8")


def _limited(request):
    return is_ratelimited(
        request,
        group="oai",
        key=address_key,
        rate=settings.OAI_RATE,
        increment=True,
    )


def lrmi_schema(request):
    """The schema of the ``lrmi`` metadata format."""
    response = FileResponse(
        (SCHEMAS / "lrmi.xsd").open("rb"), content_type="application/xml; charset=utf-8"
    )
    response["Cache-Control"] = "public, max-age=86400"
    return response


# Identify and ListMetadataFormats ------------------------------------------------------------


def repository_identifier():
    return settings.OAI_REPOSITORY_IDENTIFIER


def oai_identifier(record):
    return f"oai:{repository_identifier()}:{record.local_identifier}"


def identify(request, oai_request, root):
    body = _el(root, "Identify")
    _el(body, "repositoryName", settings.OAI_REPOSITORY_NAME)
    _el(body, "baseURL", base_url(request))
    _el(body, "protocolVersion", "2.0")
    _el(body, "adminEmail", settings.OAI_ADMIN_EMAIL)
    earliest = Record.objects.aggregate(first=Min("datestamp"))["first"]
    _el(body, "earliestDatestamp", datestamp(earliest or datetime.now().astimezone()))
    _el(body, "deletedRecord", "persistent")
    _el(body, "granularity", "YYYY-MM-DDThh:mm:ssZ")
    described = _el(body, "description")
    scheme = etree.SubElement(
        described,
        f"{{{OAI_IDENTIFIER_NS}}}oai-identifier",
        nsmap={None: OAI_IDENTIFIER_NS, "xsi": XSI_NS},
    )
    scheme.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_IDENTIFIER_NS} {OAI_IDENTIFIER_SCHEMA}")
    for tag, text in (
        ("scheme", "oai"),
        ("repositoryIdentifier", repository_identifier()),
        ("delimiter", ":"),
        ("sampleIdentifier", f"oai:{repository_identifier()}:{KINDS[0].slug}/123"),
    ):
        etree.SubElement(scheme, f"{{{OAI_IDENTIFIER_NS}}}{tag}").text = text


def find_record(identifier):
    """The record an ``oai:<host>:<type>/<id>`` identifier names (``idDoesNotExist`` if none)."""
    prefix = f"oai:{repository_identifier()}:"
    local = identifier[len(prefix) :] if identifier.startswith(prefix) else ""
    kind, _slash, page_id = local.partition("/")
    record = None
    if kind in KIND_BY_SLUG and page_id.isdigit() and len(page_id) < 10:
        record = Record.objects.filter(kind=kind, page_id=int(page_id)).first()
    if record is None:
        raise OAIError(
            "idDoesNotExist",
            _("No record has the identifier %(identifier)s.") % {"identifier": identifier},
        )
    return record


def schema_address(request, metadata_format):
    return request.build_absolute_uri(metadata_format.schema)


def list_metadata_formats(request, oai_request, root):
    identifier = oai_request.arguments.get("identifier")
    if identifier is not None and find_record(identifier).deleted:
        raise OAIError(
            "noMetadataFormats",
            _("The record has been deleted: no metadata is given for it any more."),
        )
    body = _el(root, "ListMetadataFormats")
    for metadata_format in FORMATS.values():
        item = _el(body, "metadataFormat")
        _el(item, "metadataPrefix", metadata_format.prefix)
        _el(item, "schema", schema_address(request, metadata_format))
        _el(item, "metadataNamespace", metadata_format.namespace)


def _format(prefix):
    if prefix not in FORMATS:
        raise OAIError(
            "cannotDisseminateFormat",
            _("The metadata format %(prefix)s is not given here: use oai_dc or lrmi.")
            % {"prefix": prefix},
        )
    return FORMATS[prefix]


# Records -------------------------------------------------------------------------------------


def get_record(request, oai_request, root):
    _format(oai_request.arguments["metadataPrefix"])
    record = find_record(oai_request.arguments["identifier"])
    body = _el(root, "GetRecord")
    _write_records(request, body, [record], oai_request.arguments["metadataPrefix"], True)


def _records(state):
    records = Record.objects.all()
    if state["from"]:
        records = records.filter(datestamp__gte=datetime.fromisoformat(state["from"]))
    if state["until"]:
        records = records.filter(datestamp__lte=datetime.fromisoformat(state["until"]))
    if state["set"]:
        spec = state["set"]
        in_set = RecordSet.objects.filter(record=OuterRef("pk")).filter(
            Q(spec=spec) | Q(spec__startswith=f"{spec}:")
        )
        records = records.filter(Exists(in_set))
    return records


def list_records(request, oai_request, root):
    _list(request, oai_request, root, with_metadata=True)


def list_identifiers(request, oai_request, root):
    _list(request, oai_request, root, with_metadata=False)


def _list(request, oai_request, root, with_metadata):
    state = oai_request.state
    _format(state["prefix"])
    records = _records(state)
    page = records.order_by("datestamp", "id")
    if state["after"]:
        stamp, last_id = datetime.fromisoformat(state["after"][0]), state["after"][1]
        page = page.filter(Q(datestamp__gt=stamp) | Q(datestamp=stamp, id__gt=last_id))
    size = settings.OAI_PAGE_SIZE if with_metadata else settings.OAI_IDENTIFIERS_PAGE_SIZE
    found = list(page.prefetch_related("sets")[: size + 1])
    if not found:
        if state["cursor"]:
            raise OAIError(
                "badResumptionToken", _("The list has changed: start it again without a token.")
            )
        raise OAIError("noRecordsMatch", _("No record matches these arguments."))
    more, found = len(found) > size, found[:size]
    body = _el(root, oai_request.verb)
    if with_metadata:
        _write_records(request, body, found, state["prefix"], False)
    else:
        for record in found:
            _header(body, record)
    if more or state["cursor"]:
        _resumption(body, state, found, more, records.count())


def _resumption(body, state, found, more, complete):
    """The token that goes on with the list after ``found``, or the empty one ending it."""
    cursor = state["cursor"]
    token = None
    expires = None
    if more:
        last = found[-1]
        token = protocol.make_token(
            {
                **state,
                "cursor": cursor + len(found),
                "after": [last.datestamp.isoformat(), last.pk],
            }
        )
        expires = datestamp(protocol.token_expires())
    # The complete size is at least what has been given and is being given now.
    complete = max(complete, cursor + len(found))
    _el(body, "resumptionToken", token, expirationDate=expires, completeListSize=complete,
        cursor=cursor)  # fmt: skip


def _header(parent, record, deleted=None):
    header = _el(parent, "header", status="deleted" if (deleted or record.deleted) else None)
    _el(header, "identifier", oai_identifier(record))
    _el(header, "datestamp", datestamp(record.datestamp))
    for spec in sorted(row.spec for row in record.sets.all()):
        _el(header, "setSpec", spec)
    return header


def _write_records(request, body, records, prefix, single):
    """The records with their metadata. Pages are read in one query per type, and only those
    open to everyone now."""
    live = {record.page_id: record for record in records if not record.deleted}
    pages = {}
    if live:
        pages = public_pages(Page.objects.filter(pk__in=list(live))).specific().in_bulk()
        pages = {pk: page for pk, page in pages.items() if page.visibility == Visibility.PUBLIC}
    stale = [page_id for page_id in live if page_id not in pages]
    if stale:
        # Closed since the record was written (or written behind the signals' back).
        sync_pages(stale)
    read_for_descriptions(
        (record.kind, pages[record.page_id]) for record in records if record.page_id in pages
    )
    schema = schema_address(request, FORMATS[prefix])
    for record in records:
        page = pages.get(record.page_id)
        element = _el(body, "record")
        _header(element, record, deleted=page is None)
        if page is not None:
            data = description(page, request)
            holder = _el(element, "metadata")
            holder.append(metadata(prefix, record.kind, data, schema))


# Sets ----------------------------------------------------------------------------------------


def list_sets(request, oai_request, root):
    state = oai_request.state
    specs = sorted(
        {*SET_GROUPS, *(f"tyyppi:{kind.slug}" for kind in KINDS)}
        | set(RecordSet.objects.values_list("spec", flat=True).distinct())
    )
    cursor = state["cursor"]
    size = settings.OAI_IDENTIFIERS_PAGE_SIZE
    chosen = specs[cursor : cursor + size]
    if not chosen:
        raise OAIError(
            "badResumptionToken", _("The list has changed: start it again without a token.")
        )
    names = set_names(chosen)
    body = _el(root, "ListSets")
    for spec in chosen:
        item = _el(body, "set")
        _el(item, "setSpec", spec)
        _el(item, "setName", names.get(spec, spec))
    more = cursor + size < len(specs)
    if more or cursor:
        token = protocol.make_token({**state, "cursor": cursor + size}) if more else None
        expires = datestamp(protocol.token_expires()) if more else None
        _el(body, "resumptionToken", token, expirationDate=expires, completeListSize=len(specs),
            cursor=cursor)  # fmt: skip


VERB_VIEWS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}
