"""What an `.xlsx` upload must prove before DuckDB's excel reader sees it: a real, bounded workbook.

An `.xlsx` file is a zip archive; a "zip bomb" renamed `.xlsx` declares entries that expand to
gigabytes. The archive's own directory says how large each entry expands, so the check reads no
entry data: too large in total, or compressed at an implausible ratio, is refused.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from backend.models.errors import UnreadableFileError

MAX_EXPANDED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 500  # XML compresses well (typically 5-30×); a ratio in the hundreds is a bomb
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def sheet_names(path: Path, *, max_expanded: int = MAX_EXPANDED_BYTES) -> list[str]:
    """The workbook's sheet names in order; refuses non-workbooks and archives that expand too far."""
    if not zipfile.is_zipfile(path):
        raise UnreadableFileError("this is not an Excel workbook (.xlsx files are zip archives; this one is not)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            expanded = sum(e.file_size for e in entries)
            packed = max(1, sum(e.compress_size for e in entries))
            if expanded > max_expanded or expanded / packed > MAX_RATIO:
                raise UnreadableFileError(
                    f"this workbook would expand to {expanded:,} bytes from {packed:,} (a zip bomb?): refused"
                )
            names = {e.filename for e in entries}
            if "xl/workbook.xml" not in names:
                raise UnreadableFileError("this zip archive is not an Excel workbook (no xl/workbook.xml)")
            root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, OSError) as exc:
        raise UnreadableFileError(f"this Excel workbook is damaged: {exc}") from None
    sheets = [s.get("name", "") for s in root.iter(f"{_MAIN}sheet")]
    return [s for s in sheets if s]
