"""Connection strings: the password is found in every form, masked for display and removed from errors."""

from __future__ import annotations

from backend.core.dsn import key_values, mysql_dsn, redact, secrets_of, shown_dsn


def test_password_is_found_and_masked_in_every_form() -> None:
    cases = {
        "host=db user=ann password=s3cr3t dbname=shop": "host=db user=ann password=*** dbname=shop",
        "host=db password='two words' dbname=shop": "host=db password=*** dbname=shop",
        "postgresql://ann:p%40ss@db:5432/shop": "postgresql://ann:***@db:5432/shop",
        "mysql://root:hunter2@127.0.0.1:3306/shop": "mysql://root:***@127.0.0.1:3306/shop",
        "host=127.0.0.1 user=root passwd=hunter2 database=shop": "host=127.0.0.1 user=root passwd=*** database=shop",
        "postgresql://db/shop?password=q1w2": "postgresql://db/shop?password=***",
        "/srv/data/shop.sqlite": "/srv/data/shop.sqlite",
    }
    for dsn, shown in cases.items():
        assert shown_dsn(dsn) == shown, dsn
    assert "p@ss" in secrets_of("postgresql://ann:p%40ss@db:5432/shop")
    assert secrets_of("postgresql://ann@db/shop") == []


def test_driver_errors_lose_the_password_in_any_spelling() -> None:
    dsn = "postgresql://ann:p%40ss@db:5432/shop"
    message = 'Unable to connect to "postgresql://ann:p%40ss@db:5432/shop": password p@ss rejected'
    cleaned = redact(message, dsn)
    assert "p%40ss" not in cleaned and "p@ss" not in cleaned and "***" in cleaned


def test_mysql_uri_becomes_key_values() -> None:
    converted = mysql_dsn("mysql://root:p w@127.0.0.1:3307/shop")
    assert key_values(converted) == {
        "host": "127.0.0.1",
        "port": "3307",
        "user": "root",
        "passwd": "p w",
        "database": "shop",
    }
    assert mysql_dsn("host=a user=b") == "host=a user=b"
