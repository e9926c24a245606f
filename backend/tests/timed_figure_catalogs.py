"""Two catalogs whose figures are counted in a unit their names end on, beside an event kind spelled like the figure
and a price per that unit, written for the unit-named figure tests (none is the demo nor an eval catalog): a
snake_case kiln workshop (cooldown_minutes, gas_kwh; a COOLDOWN event kind; dated kilns priced per kWh) and a PascalCase print
shop (SetupSec, EnergyKwh; a SETUP alert type; presses priced per kWh)."""

from __future__ import annotations

import duckdb


def kiln_workshop() -> duckdb.DuckDBPyConnection:
    """kilns, kiln_firings (a cooldown in minutes, gas in kWh) and kiln_events (kinds of events, one a cooldown)."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE kilns(kiln_code VARCHAR PRIMARY KEY, kiln_name VARCHAR, site VARCHAR, built_on DATE, "
        "price_eur_kwh DOUBLE)"
    )
    con.execute(
        """INSERT INTO kilns VALUES ('K1', 'Big Bertha', 'North', DATE '2019-04-01', 0.21),
        ('K2', 'Little Ann', 'North', DATE '2024-03-15', 0.19), ('K3', 'Old Tom', 'South', DATE '2016-09-30', 0.24)"""
    )
    con.execute(
        "CREATE TABLE kiln_firings(firing_id INTEGER PRIMARY KEY, kiln_code VARCHAR REFERENCES kilns(kiln_code), "
        "fired_at TIMESTAMP, cooldown_minutes INTEGER, gas_kwh DOUBLE)"
    )
    con.execute(
        """INSERT INTO kiln_firings SELECT i, ['K1', 'K2', 'K3'][1 + i % 3],
        TIMESTAMP '2023-01-02 06:00' + INTERVAL (i * 37) HOUR, 90 + (i * 7) % 120, 40 + (i * 11) % 60 / 2.0
        FROM range(600) t(i)"""
    )
    con.execute(
        "CREATE TABLE kiln_events(event_id INTEGER PRIMARY KEY, kiln_code VARCHAR REFERENCES kilns(kiln_code), "
        "event_kind VARCHAR, logged_at TIMESTAMP)"
    )
    con.execute(
        """INSERT INTO kiln_events SELECT i, ['K1', 'K2', 'K3'][1 + i % 3], ['COOLDOWN', 'OVERHEAT', 'DOOR'][1 + i % 3],
        TIMESTAMP '2023-01-02 08:00' + INTERVAL (i * 53) HOUR FROM range(200) t(i)"""
    )
    return con


def print_shop() -> duckdb.DuckDBPyConnection:
    """Presses, PressRuns (a setup in seconds, energy in kWh) and PressAlerts (alert types, one a setup), PascalCase."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Presses"("PressName" VARCHAR, "Hall" VARCHAR, "InstalledOn" DATE, "TariffUsdKwh" DOUBLE)'
    )
    con.execute("""INSERT INTO "Presses" VALUES ('Heidel A', 'East', DATE '2018-01-10', 0.15),
        ('Heidel B', 'East', DATE '2021-05-02', 0.16), ('Komori', 'West', DATE '2023-11-20', 0.14),
        ('Ryobi', 'West', DATE '2015-07-07', 0.17)""")
    con.execute(
        'CREATE TABLE "PressRuns"("RunId" INTEGER, "PressName" VARCHAR, "StartedAt" TIMESTAMP, "SetupSec" INTEGER, '
        '"EnergyKwh" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "PressRuns" SELECT i, ['Heidel A', 'Heidel B', 'Komori', 'Ryobi'][1 + i % 4],
        TIMESTAMP '2023-06-01 07:00' + INTERVAL (i * 29) HOUR, 300 + (i * 41) % 1500, 12 + (i * 3) % 25 / 4.0
        FROM range(800) t(i)"""
    )
    con.execute('CREATE TABLE "PressAlerts"("AlertId" INTEGER, "PressName" VARCHAR, "AlertType" VARCHAR, '
                '"RaisedAt" TIMESTAMP)')  # fmt: skip
    con.execute(
        """INSERT INTO "PressAlerts" SELECT i, ['Heidel A', 'Heidel B', 'Komori', 'Ryobi'][1 + i % 4],
        ['SETUP', 'JAM', 'INK'][1 + i % 3], TIMESTAMP '2023-06-01 09:00' + INTERVAL (i * 61) HOUR FROM range(150) t(i)"""
    )
    return con
