"""Build data/demo.duckdb from the npm package vega-datasets plus generated sales tables (`make data`)."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import subprocess
import tarfile
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow as pa

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "data" / "demo.duckdb"
SYNONYMS = Path(__file__).with_name("demo.synonyms.json")
CACHE_DIR = REPO_ROOT / ".cache"
PACKAGE, VERSION = "vega-datasets", "3.2.1"
SEED = 20230101
N_ORDERS = 50_000
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
# The source stores two-digit years, so films from 1915-1946 appear as 2015-2046. Two films
# genuinely dated 2011 (Restless, The Adventures of Tintin) sit after 2010, hence the cut-off.
MOVIE_YEAR_CUTOFF = dt.date(2011, 12, 31)

# table name -> file in package/data/, in catalog order
SOURCES: dict[str, str] = {
    "cars": "cars.json",
    "movies": "movies.json",
    "seattle_weather": "seattle-weather.csv",
    "weather": "weather.csv",
    "stocks": "stocks.csv",
    "gapminder": "gapminder.json",
    "penguins": "penguins.json",
    "flights": "flights-3m.parquet",
    "airports": "airports.csv",
    "disasters": "disasters.csv",
    "co2_concentration": "co2-concentration.csv",
    "iowa_electricity": "iowa-electricity.csv",
    "us_employment": "us-employment.csv",
    "birdstrikes": "birdstrikes.csv",
    "sp500": "sp500.csv",
    "global_temp": "global-temp.csv",
}
MON_D_YYYY = "strptime({col}, '%b %d %Y')::DATE"
# (table, normalised column) -> SQL expression over the quoted source column
OVERRIDES: dict[tuple[str, str], str] = {
    ("stocks", "date"): MON_D_YYYY,
    ("sp500", "date"): MON_D_YYYY,
    ("movies", "release_date"): MON_D_YYYY,
    ("movies", "title"): "json_extract_string({col}, '$')",
    ("penguins", "sex"): "nullif({col}, '.')",
}
READERS = {".json": "read_json", ".csv": "read_csv", ".parquet": "read_parquet"}

CATEGORIES: dict[str, list[tuple[str, str]]] = {
    "Electronics": [
        ("Wireless Earbuds", "79.99"),
        ("Noise-Cancelling Headphones", "249.00"),
        ("4K Monitor 27in", "329.00"),
        ("Mechanical Keyboard", "119.00"),
        ("Wireless Mouse", "29.99"),
        ("USB-C Hub", "49.99"),
        ("Portable SSD 1TB", "109.00"),
        ("Smart Speaker", "99.00"),
    ],
    "Home & Kitchen": [
        ("Espresso Machine", "449.00"),
        ("High-Speed Blender", "89.99"),
        ("Air Fryer", "129.00"),
        ("Chef's Knife", "69.00"),
        ("Cast Iron Skillet", "39.99"),
        ("Burr Coffee Grinder", "59.00"),
        ("Electric Kettle", "44.99"),
        ("Stand Mixer", "379.00"),
    ],
    "Sports & Outdoors": [
        ("Yoga Mat", "34.99"),
        ("Adjustable Dumbbells", "299.00"),
        ("Trail Running Shoes", "129.00"),
        ("Two-Person Tent", "219.00"),
        ("Hiking Backpack 40L", "149.00"),
        ("Insulated Water Bottle", "29.99"),
        ("Bike Helmet", "89.00"),
        ("Fitness Tracker", "149.00"),
    ],
    "Office": [
        ("Ergonomic Office Chair", "399.00"),
        ("Standing Desk", "549.00"),
        ("LED Desk Lamp", "49.99"),
        ("Notebook 3-Pack", "14.99"),
        ("Fountain Pen", "59.00"),
        ("Laser Printer", "199.00"),
        ("Monitor Arm", "119.00"),
        ("Paper Shredder", "89.00"),
    ],
    "Apparel": [
        ("Merino Wool Sweater", "119.00"),
        ("Rain Jacket", "159.00"),
        ("Slim Fit Jeans", "79.00"),
        ("Cotton T-Shirt", "24.99"),
        ("Leather Belt", "49.00"),
        ("Wool Socks 3-Pack", "29.99"),
        ("Down Parka", "279.00"),
        ("Baseball Cap", "27.99"),
    ],
}
# demand by month (Jan..Dec): a Q4 peak overall, and a shape per category
MONTH_DEMAND = [0.80, 0.76, 0.88, 0.92, 0.97, 0.95, 0.92, 0.98, 1.00, 1.06, 1.38, 1.62]
CATEGORY_SEASON: dict[str, list[float]] = {
    "Electronics": [0.9, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.5, 1.7],
    "Home & Kitchen": [0.9, 0.9, 1.0, 1.0, 1.1, 1.0, 0.9, 0.9, 1.0, 1.0, 1.3, 1.5],
    "Sports & Outdoors": [1.3, 1.0, 1.1, 1.3, 1.4, 1.4, 1.3, 1.1, 0.9, 0.8, 0.7, 0.8],
    "Office": [1.2, 1.0, 1.0, 0.9, 0.9, 0.8, 0.9, 1.3, 1.4, 1.0, 0.9, 0.8],
    "Apparel": [0.9, 0.8, 0.9, 1.0, 1.0, 0.9, 0.8, 0.9, 1.1, 1.2, 1.4, 1.5],
}
WEEKDAY_DEMAND = [1.0, 1.0, 1.0, 1.02, 1.08, 0.9, 0.8]
REGIONS = ["North America", "Europe", "Asia Pacific", "Latin America"]
QUANTITIES = [1, 2, 3, 4, 5, 6, 8, 10]
CHEAP_QTY_WEIGHTS = [46, 22, 12, 8, 5, 3, 2, 2]
DEAR_QTY_WEIGHTS = [80, 14, 4, 1, 1, 0, 0, 0]
CENT = Decimal("0.01")


def normalise(name: str) -> str:
    """Lower-case a column name, turn runs of characters outside [a-z0-9] into '_' and trim '_'."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def fetch_tarball(cache_dir: Path = CACHE_DIR) -> Path:
    """Return the cached `npm pack` tarball, downloading it from the npm registry only when absent."""
    tarball = cache_dir / f"{PACKAGE}-{VERSION}.tgz"
    if not tarball.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=cache_dir, check=True, stdout=subprocess.DEVNULL
        )
    return tarball


def extract(tarball: Path, dest: Path) -> Path:
    """Extract the source data files from the tarball into dest and return the data directory."""
    wanted = {f"package/data/{name}" for name in SOURCES.values()}
    with tarfile.open(tarball) as tar:
        members = [m for m in tar.getmembers() if m.name in wanted]
        missing = wanted - {m.name for m in members}
        if missing:
            raise FileNotFoundError(f"{tarball.name} lacks {sorted(missing)}")
        tar.extractall(dest, members=members, filter="data")
    return dest / "package" / "data"


def load_table(conn: duckdb.DuckDBPyConnection, table: str, path: Path) -> None:
    """Create one table from a source file with normalised column names and the type fixes."""
    source = f"{READERS[path.suffix]}('{path.as_posix()}')"
    columns = [str(row[0]) for row in conn.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
    select: list[str] = []
    for column in columns:
        quoted = '"' + column.replace('"', '""') + '"'
        expr = OVERRIDES.get((table, normalise(column)), "{col}").format(col=quoted)
        select.append(f"{expr} AS {normalise(column)}")
    conn.execute(f"CREATE TABLE {table} AS SELECT {', '.join(select)} FROM {source}")
    if table == "movies":
        conn.execute(
            "UPDATE movies SET release_date = release_date - INTERVAL 100 YEAR WHERE release_date > ?",
            [MOVIE_YEAR_CUTOFF],
        )


def generate_sales(seed: int = SEED) -> tuple[pa.Table, pa.Table]:
    """Generate the products and sales tables: seasonal, growing, regionally unequal orders."""
    rng = random.Random(seed)
    products = [(name, category, Decimal(price)) for category, items in CATEGORIES.items() for name, price in items]
    ids = list(range(1, len(products) + 1))
    popularity = [rng.uniform(0.4, 1.6) / (1 + float(price) / 400) for _, _, price in products]
    by_month = [
        [p * CATEGORY_SEASON[c][m] for p, (_, c, _) in zip(popularity, products, strict=True)] for m in range(12)
    ]
    days = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
    span = len(days) - 1
    # roughly 22% more orders a year, shaped by month and weekday
    weights = [
        (1 + 0.66 * i / span) * MONTH_DEMAND[d.month - 1] * WEEKDAY_DEMAND[d.weekday()] for i, d in enumerate(days)
    ]
    dates = sorted(rng.choices(days, weights=weights, k=N_ORDERS))
    regions: list[str] = []
    product_ids: list[int] = []
    quantities: list[int] = []
    amounts: list[Decimal] = []
    for day in dates:
        t = (day - START).days / span  # Asia Pacific gains share from Europe over the three years
        regions.append(rng.choices(REGIONS, weights=[0.40, 0.31 - 0.04 * t, 0.19 + 0.08 * t, 0.10])[0])
        product_id = rng.choices(ids, weights=by_month[day.month - 1])[0]
        price = products[product_id - 1][2]
        quantity = rng.choices(QUANTITIES, weights=CHEAP_QTY_WEIGHTS if price < 100 else DEAR_QTY_WEIGHTS)[0]
        noise = Decimal(f"{rng.uniform(0.85, 1.05):.4f}")  # discounts and shipping
        product_ids.append(product_id)
        quantities.append(quantity)
        amounts.append((price * quantity * noise).quantize(CENT))
    product_table = pa.table(
        {"id": pa.array(ids, pa.int32()), "name": [p[0] for p in products], "category": [p[1] for p in products]}
    )
    sales_table = pa.table(
        {
            "order_id": pa.array(range(1, len(dates) + 1), pa.int32()),
            "date": pa.array(dates, pa.date32()),
            "region": regions,
            "product_id": pa.array(product_ids, pa.int32()),
            "quantity": pa.array(quantities, pa.int32()),
            "amount": pa.array(amounts, pa.decimal128(12, 2)),
        }
    )
    return product_table, sales_table


def load_generated(conn: duckdb.DuckDBPyConnection, seed: int = SEED) -> None:
    """Create products and sales with their primary and foreign keys declared."""
    product_table, sales_table = generate_sales(seed)
    conn.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, category VARCHAR NOT NULL)")
    conn.execute(
        "CREATE TABLE sales (order_id INTEGER PRIMARY KEY, date DATE NOT NULL, region VARCHAR NOT NULL, "
        "product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL, amount DECIMAL(12,2) NOT NULL)"
    )
    for name, data in (("products", product_table), ("sales", sales_table)):
        conn.register("_arrow_src", data)
        conn.execute(f"INSERT INTO {name} SELECT * FROM _arrow_src")
        conn.unregister("_arrow_src")


def stamp_text(skip_flights: bool) -> str:
    """Hash of everything the output depends on: this script, the package version and the options."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{PACKAGE}@{VERSION} skip_flights={skip_flights}".encode())
    return digest.hexdigest()


def build(
    output: Path = DEFAULT_OUTPUT, *, skip_flights: bool = False, force: bool = False, cache_dir: Path = CACHE_DIR
) -> dict[str, int] | None:
    """Build the demo database at output; return row counts per table, or None when already up to date."""
    # The demo's own words for its names (data, read by the app next to the database; see Settings.synonyms_path).
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SYNONYMS, output.with_suffix(".synonyms.json"))
    stamp = output.with_name(output.name + ".stamp")
    expected = stamp_text(skip_flights)
    if not force and output.exists() and stamp.exists() and stamp.read_text().strip() == expected:
        return None
    tarball = fetch_tarball(cache_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with tempfile.TemporaryDirectory() as src_dir:
            data_dir = extract(tarball, Path(src_dir))
            conn = duckdb.connect(str(tmp), config={"autoinstall_known_extensions": False})
            try:
                for table, filename in SOURCES.items():
                    if not (skip_flights and table == "flights"):
                        load_table(conn, table, data_dir / filename)
                load_generated(conn)
                tables = [
                    str(r[0]) for r in conn.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()
                ]
                counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0]) for t in tables}
                conn.execute("CHECKPOINT")
            finally:
                conn.close()
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
    stamp.write_text(expected + "\n")
    return counts


def main(argv: list[str] | None = None) -> None:
    """Command line entry point: build if needed and print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="database file to write")
    parser.add_argument("--skip-flights", action="store_true", help="leave out the 3-million-row flights table")
    parser.add_argument("--force", action="store_true", help="rebuild even when the stamp matches")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = build(args.output, skip_flights=args.skip_flights, force=args.force)
    if counts is None:
        print(f"{args.output} is up to date")
        return
    print(f"{args.output}: {len(counts)} tables, {sum(counts.values()):,} rows in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
