"""The national register of municipalities (kunnat.csv), read once per process."""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REGISTER_FILE = Path(__file__).resolve().parent / "data" / "kunnat.csv"


@dataclass(frozen=True)
class MunicipalityRecord:
    code: str
    name_fi: str
    name_sv: str
    region_code: str
    region_fi: str
    region_sv: str


@cache
def municipalities():
    """Every municipality by its Statistics Finland code."""
    with REGISTER_FILE.open(encoding="utf-8", newline="") as handle:
        return {
            row["kuntanumero"]: MunicipalityRecord(
                code=row["kuntanumero"],
                name_fi=row["nimi_fi"],
                name_sv=row["nimi_sv"],
                region_code=row["maakunta_koodi"],
                region_fi=row["maakunta_fi"],
                region_sv=row["maakunta_sv"],
            )
            for row in csv.DictReader(handle)
        }


def by_name(name_fi):
    """The register entry for a Finnish municipality name."""
    for record in municipalities().values():
        if record.name_fi == name_fi:
            return record
    raise KeyError(name_fi)


def code_choices():
    return [
        (record.code, f"{record.name_fi} ({record.code})")
        for record in sorted(municipalities().values(), key=lambda r: r.name_fi)
    ]
