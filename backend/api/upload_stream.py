"""Stream a `multipart/form-data` upload to disk, bounded: the file never sits in memory whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from python_multipart import MultipartParser
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import parse_options_header
from starlette.requests import Request

from backend.models.errors import BadRequestError, PayloadTooLargeError

MAX_FIELD_BYTES = 1024


@dataclass
class StreamedUpload:
    """The `file` part written to `path`, its client file name, and the small text fields."""

    path: Path
    filename: str | None = None
    size: int = 0
    fields: dict[str, str] = field(default_factory=dict[str, str])


class _Parts:
    """Collects one file part into a file and small text parts into memory."""

    def __init__(self, out: BinaryIO, result: StreamedUpload) -> None:
        self.out = out
        self.result = result
        self.header_field = b""
        self.header_value = b""
        self.headers: dict[bytes, bytes] = {}
        self.name: str | None = None
        self.is_file = False
        self.text = bytearray()

    def on_part_begin(self) -> None:
        self.headers, self.name, self.is_file, self.text = {}, None, False, bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self.header_field.lower()] = self.header_value
        self.header_field, self.header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.headers.get(b"content-disposition", b""))
        self.name = options.get(b"name", b"").decode("utf-8", "replace")
        if self.name == "file":
            if self.result.filename is not None:
                raise BadRequestError("send one file per upload")
            self.is_file = True
            self.result.filename = options.get(b"filename", b"").decode("utf-8", "replace") or "upload"

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.is_file:
            self.out.write(data[start:end])
            self.result.size += end - start
            return
        self.text += data[start:end]
        if len(self.text) > MAX_FIELD_BYTES:
            raise BadRequestError(f"form field {self.name!r} is longer than {MAX_FIELD_BYTES} bytes")

    def on_part_end(self) -> None:
        if not self.is_file and self.name:
            self.result.fields[self.name] = self.text.decode("utf-8", "replace")


async def stream_upload(request: Request, path: Path, max_bytes: int) -> StreamedUpload:
    """Write the request's `file` part to `path`; 413 once the body passes `max_bytes`."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise BadRequestError("send the file as multipart/form-data with a field named file")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise PayloadTooLargeError(_too_large(max_bytes))
    result = StreamedUpload(path=path)
    seen = 0
    with path.open("wb") as out:
        parts = _Parts(out, result)
        parser = MultipartParser(
            boundary,
            {
                "on_part_begin": parts.on_part_begin,
                "on_header_field": parts.on_header_field,
                "on_header_value": parts.on_header_value,
                "on_header_end": parts.on_header_end,
                "on_headers_finished": parts.on_headers_finished,
                "on_part_data": parts.on_part_data,
                "on_part_end": parts.on_part_end,
            },
        )
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > max_bytes:
                raise PayloadTooLargeError(_too_large(max_bytes))
            try:
                parser.write(chunk)
            except MultipartParseError as exc:
                raise BadRequestError(f"the multipart body is malformed: {exc}") from None
        parser.finalize()
    if result.filename is None:
        raise BadRequestError("no file in the upload: send it in a form field named file")
    return result


def _too_large(max_bytes: int) -> str:
    return f"the file is larger than the upload limit of {max_bytes / 1024 / 1024:g} MB (VIZ_UPLOAD_MAX_BYTES)"
