"""The OAI-PMH 2.0 schema and the schemas of what a response carries (tests/data/oai/)."""

from functools import cache
from pathlib import Path

from lxml import etree

NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "lrmi": "urn:opentori:oai:lrmi:1.0",
}
SCHEMAS = Path(__file__).parent / "data" / "oai"


@cache
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "responses.xsd")))


def validate(root):
    """Fail unless ``root`` (an OAI-PMH response) is valid, naming the first error."""
    checker = schema()
    assert checker.validate(root), checker.error_log.last_error
