"""The evaluation's own backends keep their state apart: two at once (or one beside `make dev`) share no chat slots,
results or app database, and leave nothing behind."""

from __future__ import annotations

from pathlib import Path

import httpx

from eval.client import Backend, own_state

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo.duckdb"


def test_state_settings_point_under_the_backends_own_directory(tmp_path: Path) -> None:
    env = own_state({"VIZ_RESULTS_DIR": "/shared/results", "PATH": "/bin"}, tmp_path)
    assert env["PATH"] == "/bin"
    assert env["VIZ_RESULTS_DIR"] == str(tmp_path / "results")
    assert env["VIZ_UPLOADS_DIR"] == str(tmp_path / "uploads")
    assert env["VIZ_DATABASE_URL"].endswith(str(tmp_path / "app.db"))


def test_two_backends_at_once_each_answer_from_a_directory_of_their_own() -> None:
    with Backend(catalog=DEMO, model="builtin") as one, Backend(catalog=DEMO, model="builtin") as two:
        assert one.state != two.state
        for b in (one, two):
            assert httpx.get(f"{b.url}/health", timeout=10).status_code == 200
            assert (b.state / "results").is_dir() and (b.state / "app.db").exists()
    assert not one.state.exists() and not two.state.exists()
