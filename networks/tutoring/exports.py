"""Spreadsheets that open safely: a text cell that begins like a formula stays text.

A spreadsheet program runs a CSV cell that begins with = + - @ (or a tab or carriage return
before one) as a formula: a note "=HYPERLINK(...)" written by anyone would run on the
coordinator's machine. Such text is written with a leading apostrophe (OWASP's advice); in
XLSX the cell is also stored as text.
"""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """``value`` as it may be written to a spreadsheet cell."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(rows):
    """Rows (lists of cells) as CSV for Finnish spreadsheet programs: UTF-8 with a byte order
    mark, semicolons between cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    for row in rows:
        writer.writerow([spreadsheet_text(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(sheets):
    """Sheets ({title: rows}) as an XLSX workbook; every text cell stays text."""
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title=title[:31])
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, spreadsheet_text(value))
                if isinstance(value, str):
                    cell.data_type = "s"
                cells.append(cell)
            sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
