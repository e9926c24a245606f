"""Build the evaluation catalogs that are not the demo (`make eval-data`): data/<name>.duckdb for each generator.

    .venv/bin/python -m scripts.build_eval_catalogs [--force] [--only erp] [--postgres DSN]

Generated from fixed seeds, nothing downloaded; a catalog is rebuilt only when its generator changed.
`--postgres DSN` also loads the ERP warehouse (seven related tables with their keys) into that database.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

from scripts.eval_catalogs import (
    adsxfer,
    airline,
    bank,
    billing,
    city,
    clinic,
    coldchain,
    crm,
    devops,
    erp,
    fitness,
    formula1,
    freight,
    helpdesk,
    hospital,
    hotel,
    hr,
    koha,
    league,
    ledger,
    mls,
    mobilegame,
    pos,
    rentals,
    saas,
    sapsd,
    school,
    sfdc,
    shopexport,
    stackdump,
    taxi,
    tracker,
    wholesale,
)
from scripts.eval_catalogs.common import Catalog, write_duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
CATALOGS: dict[str, tuple[Callable[[], Catalog], list[Path]]] = {
    "adsxfer": (adsxfer.build, [Path(adsxfer.__file__)]),
    "airline": (airline.build, [Path(airline.__file__)]),
    "bank": (bank.build, [Path(bank.__file__)]),
    "billing": (billing.build, [Path(billing.__file__)]),
    "city": (city.build, [Path(city.__file__)]),
    "clinic": (clinic.build, [Path(clinic.__file__)]),
    "coldchain": (coldchain.build, [Path(coldchain.__file__)]),
    "crm": (crm.build, [Path(crm.__file__)]),
    "devops": (devops.build, [Path(devops.__file__)]),
    "erp": (erp.build, [Path(erp.__file__)]),
    "fitness": (fitness.build, [Path(fitness.__file__)]),
    "formula1": (formula1.build, [Path(formula1.__file__)]),
    "freight": (freight.build, [Path(freight.__file__)]),
    "helpdesk": (helpdesk.build, [Path(helpdesk.__file__)]),
    "hospital": (hospital.build, [Path(hospital.__file__)]),
    "hotel": (hotel.build, [Path(hotel.__file__)]),
    "hr": (hr.build, [Path(hr.__file__)]),
    "koha": (koha.build, [Path(koha.__file__)]),
    "league": (league.build, [Path(league.__file__)]),
    "ledger": (ledger.build, [Path(ledger.__file__)]),
    "mls": (mls.build, [Path(mls.__file__)]),
    "mobilegame": (mobilegame.build, [Path(mobilegame.__file__)]),
    "pos": (pos.build, [Path(pos.__file__)]),
    "rentals": (rentals.build, [Path(rentals.__file__)]),
    "saas": (saas.build, [Path(saas.__file__)]),
    "sapsd": (sapsd.build, [Path(sapsd.__file__)]),
    "school": (school.build, [Path(school.__file__)]),
    "sfdc": (sfdc.build, [Path(sfdc.__file__)]),
    "shopexport": (shopexport.build, [Path(shopexport.__file__)]),
    "stackdump": (stackdump.build, [Path(stackdump.__file__)]),
    "taxi": (taxi.build, [Path(taxi.__file__)]),
    "tracker": (tracker.build, [Path(tracker.__file__)]),
    "wholesale": (wholesale.build, [Path(wholesale.__file__)]),
}
COMMON = Path(__file__).resolve().parent / "eval_catalogs" / "common.py"


def fingerprint(sources: list[Path]) -> str:
    """Hash of the generator sources: the stamp that says whether a catalog is up to date."""
    digest = hashlib.sha256()
    for path in [*sources, COMMON]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(name: str, output_dir: Path = DATA_DIR, force: bool = False) -> Path:
    """Write `<output_dir>/<name>.duckdb` unless its stamp says it is current; return its path."""
    make, sources = CATALOGS[name]
    output = output_dir / f"{name}.duckdb"
    stamp = output.with_suffix(".stamp")
    expected = fingerprint(sources)
    if not force and output.exists() and stamp.exists() and stamp.read_text() == expected:
        return output
    write_duckdb(make(), output)
    stamp.write_text(expected)
    return output


def main(argv: list[str] | None = None) -> int:
    """Build the requested catalogs (all by default)."""
    parser = argparse.ArgumentParser(prog="python -m scripts.build_eval_catalogs", description=__doc__)
    parser.add_argument("--only", choices=sorted(CATALOGS), action="append", help="build just this catalog")
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--output-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--postgres", metavar="DSN", help="also load the ERP warehouse into this Postgres database")
    args = parser.parse_args(argv)
    for name in args.only or sorted(CATALOGS):
        path = build(name, args.output_dir, args.force)
        print(f"{name}: {path}")
    if args.postgres:
        from scripts.eval_catalogs.postgres import load_into_postgres

        counts = asyncio.run(load_into_postgres(build("erp", args.output_dir), args.postgres))
        print("postgres: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
