"""Anti-joins whose child the words spell rather than name. "Which
workshops have no visits" finds the squashed table the word ends (servicevisits), "fault codes never diagnosed" the
table holding that state, "couriers never dispatched" the one table referencing them, "scale units that never sent
a weight reading" the rows a value names; the "no" of the denial is no value of the child's ('No Show'); a listing
of named rows shows their name. On catalogs written for the test (`shape_catalogs.py`): a
snake_case repair shop and a PascalCase parcel depot."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.shape_catalogs import depot, repairs

shop = catalog_fixture(repairs)
parcels = catalog_fixture(depot)


def test_a_word_of_a_squashed_table_name_is_the_child_denied(shop: Db, parcels: Db) -> None:
    same(shop, "Which workshops have no visits at all?",
         "SELECT workshop_id, workshop_name FROM workshops w WHERE NOT EXISTS "
         "(SELECT 1 FROM servicevisits v WHERE v.workshop_id = w.workshop_id)")  # fmt: skip
    same(parcels, "Which depots have no audits?",
         'SELECT "DepotId", "DepotName" FROM "Depot" d WHERE NOT EXISTS '
         '(SELECT 1 FROM "Auditentry" i WHERE i."DepotId" = d."DepotId")')  # fmt: skip


def test_a_denied_verb_names_the_only_table_referencing_the_rows(shop: Db, parcels: Db) -> None:
    covers(shop, "Which apprentices have never been assigned a visit?",
           "SELECT staff_name FROM staff s WHERE staff_role = 'apprentice' AND NOT EXISTS "
           "(SELECT 1 FROM servicevisits v WHERE v.mechanic_id = s.staff_id)")  # fmt: skip
    covers(parcels, "Which couriers have never been dispatched?",
           'SELECT "CourierName" FROM "Courier" c WHERE NOT EXISTS '
           '(SELECT 1 FROM "Parcel" p WHERE p."CourierId" = c."CourierId")')  # fmt: skip


def test_a_denied_state_names_the_table_holding_it(shop: Db, parcels: Db) -> None:
    covers(shop, "Which fault codes have never been diagnosed?",
           "SELECT fault_code FROM fault_codes f WHERE NOT EXISTS "
           "(SELECT 1 FROM servicevisits v WHERE v.fault_code = f.fault_code)")  # fmt: skip
    covers(parcels, "Which damage types have never been registered?",
           'SELECT "DamageCode" FROM "DamageType" t WHERE NOT EXISTS '
           '(SELECT 1 FROM "Parcel" p WHERE p."DamageCode" = t."DamageCode")')  # fmt: skip


def test_rows_named_by_a_value_are_the_ones_denied(parcels: Db) -> None:
    same(parcels, "Which scale units have never sent a weight reading?",
         """SELECT "SensorTag" FROM "Sensor" s WHERE "SensorKind" = 'scale_unit' AND NOT EXISTS """
         """(SELECT 1 FROM "WeightReading" w WHERE w."SensorTag" = s."SensorTag")""")  # fmt: skip


def test_the_no_of_a_denial_is_no_value_of_the_child(shop: Db, parcels: Db) -> None:
    same(shop, "How many workshops have no visits?",
         "SELECT count(*) FROM workshops w WHERE NOT EXISTS "
         "(SELECT 1 FROM servicevisits v WHERE v.workshop_id = w.workshop_id)")  # fmt: skip
    same(
        parcels,
        "How many depots have no parcels?",
        'SELECT count(*) FROM "Depot" d WHERE NOT EXISTS (SELECT 1 FROM "Parcel" p WHERE p."DepotId" = d."DepotId")',
    )


def test_a_listing_of_named_rows_shows_their_name(shop: Db, parcels: Db) -> None:
    same(shop, "Which workshops are in Leeds or York?",
         "SELECT workshop_name FROM workshops WHERE town IN ('Leeds', 'York')")  # fmt: skip
