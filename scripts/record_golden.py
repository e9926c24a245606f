"""Record the golden SSE transcript the backend and frontend tests share.

Usage: .venv/bin/python -m scripts.record_golden  (writes backend/tests/golden/*.sse)
"""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from backend.main import create_app
from backend.settings import REPO_ROOT

GOLDEN = REPO_ROOT / "backend" / "tests" / "golden"
CONVERSATION = [
    ("chat_sales_by_region.sse", "Show me sales by region for Q1 2024"),
    ("chat_followup_line.sse", "make it a line chart"),
]


def main() -> None:
    """Run the conversation against a fresh app and write each turn's raw stream."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    conversation_id: str | None = None
    with TestClient(create_app()) as client:
        for filename, message in CONVERSATION:
            body = {"message": message, **({"conversation_id": conversation_id} if conversation_id else {})}
            response = client.post("/chat", json=body)
            response.raise_for_status()
            (GOLDEN / filename).write_text(response.text, encoding="utf-8")
            done = [b for b in response.text.split("\n\n") if b.startswith("event: done")][-1]
            conversation_id = json.loads(done.split("data: ", 1)[1])["conversation_id"]
            print(f"wrote {GOLDEN / filename}")


if __name__ == "__main__":
    main()
