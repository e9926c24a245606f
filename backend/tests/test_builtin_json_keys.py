"""JSON objects kept in a column, as ELT tools land API data: the catalog reads each JSON column's scalar keys as
columns of their own (`<column> <key>`, typed, their values indexed), so a question groups by, filters on, counts and
averages them; the object's own name says the key that names it ("per owner" is per owner name), and the whole
object is never grouped by. On two catalogs written here: a Stitch-landed CRM (snake_case, a JSON `owner` object,
cents) and a PascalCase app log whose `Payload` is JSON written into a VARCHAR."""

from __future__ import annotations

import duckdb

from backend.agents.builtin.sql_builder import build_sql
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def stitch_crm() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE deals(id BIGINT PRIMARY KEY, deal_name VARCHAR, amount_cents BIGINT, stage VARCHAR,
        owner JSON, properties JSON, created_at TIMESTAMP, _sdc_batched_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO deals SELECT i, 'Deal ' || i, 10000 + (i * 7919 % 500000), ['open', 'won', 'lost'][1 + i % 3],
        json_object('id', 100 + i % 7,
                    'email', ['ada', 'bo', 'cyd', 'dee', 'eli', 'fay', 'gus'][1 + i % 7] || '@example.com',
                    'name', ['Ada Quill', 'Bo Varn', 'Cyd Oaks', 'Dee Marsh', 'Eli Fenn', 'Fay Lorn', 'Gus Peel'][1 + i % 7],
                    'is_admin', i % 7 < 2, 'team', ['inbound', 'outbound'][1 + i % 7 % 2],
                    'avatar', 'https://img.example.com/' || (i % 7) || '.png'),
        json_object('source', ['web', 'referral', 'event'][1 + i % 5 % 3], 'seats', 1 + i % 40),
        TIMESTAMP '2024-01-01' + INTERVAL (i * 13 % 365) DAY, TIMESTAMP '2025-01-01' FROM range(1, 701) t(i)"""
    )
    return con


def app_log() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "AppEvents"("EventId" INTEGER PRIMARY KEY, "EventName" VARCHAR, "Payload" VARCHAR,
        "Actor" VARCHAR, "LoggedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "AppEvents" SELECT i, ['ScreenView', 'Tap', 'Purchase'][1 + i % 3],
        '{"Screen": "' || ['Home', 'Search', 'Checkout', 'Profile'][1 + i % 4] || '", "DurationMs": '
        || (100 + i * 37 % 5000) || ', "IsRetry": ' || CASE WHEN i % 9 = 0 THEN 'true' ELSE 'false' END
        || ', "Device": {"Os": "' || ['iOS', 'Android'][1 + i % 2] || '"}, "Platform": "'
        || ['Tablet', 'Phone'][1 + i % 2] || '"}',
        '{"Id": ' || (1 + i % 11 % 4) || ', "Login": "' || ['mira', 'otto', 'pim', 'sync-bot'][1 + i % 11 % 4] || '", "Kind": "'
        || CASE WHEN i % 11 % 4 = 3 THEN 'Bot' ELSE 'Human' END || '"}',
        TIMESTAMP '2024-03-01 08:00:00' + INTERVAL (i * 7) MINUTE FROM range(1, 1201) t(i)"""
    )
    return con


crm = catalog_fixture(stitch_crm)
log = catalog_fixture(app_log)


def test_the_catalog_reads_scalar_keys_as_typed_columns(crm: Db, log: Db) -> None:
    deals = crm[1].table("deals")
    assert deals is not None
    keys = {c.name: c.type for c in deals.columns if c.json_path is not None}
    # the avatar's web addresses are links, not data; a nested object is no scalar
    assert keys == {
        "owner email": "VARCHAR",
        "owner id": "BIGINT",
        "owner is_admin": "BOOLEAN",
        "owner name": "VARCHAR",
        "owner team": "VARCHAR",
        "properties seats": "BIGINT",
        "properties source": "VARCHAR",
    }, keys
    name = deals.column("owner name")
    assert name is not None and name.values is not None and "Ada Quill" in name.values
    events = log[1].table("AppEvents")
    assert events is not None
    assert {c.name for c in events.columns if c.json_path} == {
        "Payload Screen",
        "Payload DurationMs",
        "Payload IsRetry",
        "Payload Platform",
        "Actor Id",
        "Actor Login",
        "Actor Kind",
    }


def test_grouped_by_a_key_and_by_the_objects_name(crm: Db, log: Db) -> None:
    gold = "SELECT owner->>'name', count(*) FROM deals GROUP BY 1"
    same(crm, "deals per owner name", gold)
    same(crm, "deals per owner", gold)
    same(
        crm,
        "total amount by owner email",
        "SELECT owner->>'email', sum(amount_cents) / 100.0 FROM deals GROUP BY 1",
    )
    same(crm, "deals by source", "SELECT properties->>'source', count(*) FROM deals GROUP BY 1")
    same(log, "events per Screen", """SELECT "Payload"->>'Screen', count(*) FROM "AppEvents" GROUP BY 1""")
    d = same(
        log,
        "average duration by screen",
        """SELECT "Payload"->>'Screen', avg(CAST("Payload"->>'DurationMs' AS BIGINT)) FROM "AppEvents" GROUP BY 1""",
    )
    assert '"Payload Screen"' in d.sql, d.sql  # the key's value is named as its column


def test_filtered_on_a_keys_value_or_flag(crm: Db, log: Db) -> None:
    same(
        crm,
        "how many deals does Ada Quill own",
        "SELECT count(*) FROM deals WHERE owner->>'name' = 'Ada Quill'",
    )
    same(
        crm,
        "won deals per owner team",
        "SELECT owner->>'team', count(*) FROM deals WHERE stage = 'won' GROUP BY 1",
    )
    same(
        log,
        "Checkout events per day",
        """SELECT date_trunc('day', "LoggedAt"), count(*) FROM "AppEvents" WHERE "Payload"->>'Screen' = 'Checkout'
        GROUP BY 1""",
    )
    same(
        log,
        "retried events by platform",
        """SELECT "Payload"->>'Platform', count(*) FROM "AppEvents" WHERE CAST("Payload"->>'IsRetry' AS BOOLEAN)
        GROUP BY 1""",
    )


def test_a_keys_sql_is_written_in_the_engines_dialect(log: Db) -> None:
    d = answer(log, "events per Screen")
    spark = build_sql(d.plan, log[1], dialect="spark")
    assert "GET_JSON_OBJECT(`Payload`, '$.Screen')" in spark, spark


def test_who_ranks_the_accounts_kept_in_the_rows(crm: Db, log: Db) -> None:
    same(
        crm,
        "who owns the most deals? top 3",
        "SELECT owner->>'name', count(*) FROM deals GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3",
    )
    same(
        log,
        "who made the most purchases",
        """SELECT "Actor"->>'Login', count(*) FROM "AppEvents" WHERE "EventName" = 'Purchase' GROUP BY 1
        ORDER BY 2 DESC LIMIT 1""",
    )
    same(
        log,
        "share of events by bots",
        """SELECT 100.0 * count(*) FILTER (WHERE "Actor"->>'Kind' = 'Bot') / count(*)
        FROM "AppEvents" """,
    )
