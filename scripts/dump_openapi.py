"""Print the backend's OpenAPI document (routes plus the SSE event models) as JSON.

Usage: .venv/bin/python -m scripts.dump_openapi [output.json]
The frontend generates its TypeScript types and Zod schemas from this file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from backend.main import create_app


def main() -> None:
    """Write the document to the given path, or stdout."""
    document = create_app().openapi()
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
