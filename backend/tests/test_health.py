from fastapi.testclient import TestClient

from backend.main import create_app


def test_health_reports_ok_status() -> None:
    with TestClient(create_app()) as client:
        response = client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] in {"ok", "degraded"}
