"""A local Spark Connect server serving the demo tables (`python -m scripts.spark_server --port P`).

Starts the server jar shipped inside the pyspark package on 127.0.0.1, registers every demo table
(exported to Parquet) under its demo name so all sessions see it, prints one line containing
`ready` once it answers queries, and runs in the foreground until killed. Killing this process
(even with SIGKILL) takes the JVM with it.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

from scripts.export_parquet import DEFAULT_DB, DEFAULT_OUT, export

PR_SET_PDEATHSIG = 1
SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer"


def spark_home() -> Path:
    """The pyspark package directory: it holds bin/spark-submit and the jars."""
    import pyspark

    return Path(pyspark.__file__).resolve().parent


def server_command(port: int, work_dir: Path, *, cores: int, memory: str) -> list[str]:
    """spark-submit arguments for a loopback-only Connect server sized for a laptop."""
    conf = {
        "spark.connect.grpc.binding.address": "127.0.0.1",  # the default is every interface
        "spark.connect.grpc.binding.port": str(port),
        "spark.connect.progress.reportInterval": "500ms",  # >= 1 progress update per second
        "spark.ui.enabled": "false",
        "spark.sql.catalogImplementation": "in-memory",
        "spark.sql.warehouse.dir": str(work_dir / "warehouse"),
        "spark.local.dir": str(work_dir / "tmp"),
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.shuffle.partitions": str(max(2, cores * 2)),
        "spark.sql.parquet.aggregatePushdown": "true",  # count(*) from Parquet footers
        "spark.log.level": "WARN",
        "spark.driver.host": "127.0.0.1",
        "spark.driver.bindAddress": "127.0.0.1",
        "spark.driver.extraJavaOptions": f"-Djava.io.tmpdir={work_dir / 'tmp'} -Dderby.system.home={work_dir}",
    }
    args = [str(spark_home() / "bin" / "spark-submit"), "--class", SERVER_CLASS, "--master", f"local[{cores}]"]
    args += ["--driver-memory", memory]
    for key, value in conf.items():
        args += ["--conf", f"{key}={value}"]
    return [*args, "spark-internal"]


def _die_with_parent() -> None:
    """Runs in the child before exec: the kernel sends SIGTERM to the JVM when this process dies."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def register_tables(url: str, files: dict[str, Path]) -> None:
    """CREATE TABLE … USING parquet for each file: catalog tables outlive the session that made them."""
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.remote(url).getOrCreate()
    try:
        for table, path in files.items():
            spark.sql(f"DROP TABLE IF EXISTS `{table}`")
            spark.sql(f"CREATE TABLE `{table}` USING parquet LOCATION '{path.resolve().as_posix()}'")
            # Row counts in the table's statistics: clients read them for routing without a scan.
            spark.sql(f"ANALYZE TABLE `{table}` COMPUTE STATISTICS")
        spark.sql("SELECT 1").collect()
    finally:
        spark.stop()


def wait_until_serving(proc: subprocess.Popen[bytes], port: int, timeout: float) -> None:
    """Block until the gRPC port accepts connections; fail if the JVM exits or time runs out."""
    deadline = time.monotonic() + timeout
    while not _port_open(port):
        if proc.poll() is not None:
            raise SystemExit(f"Spark Connect server exited with status {proc.returncode} before serving")
        if time.monotonic() > deadline:
            raise SystemExit(f"Spark Connect server did not open port {port} within {timeout:g}s")
        time.sleep(0.2)


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=15002)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="DuckDB file whose tables are served")
    parser.add_argument("--parquet-dir", type=Path, default=DEFAULT_OUT, help="where the Parquet export lives")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--memory", default="1g", help="driver heap")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for start-up")
    args = parser.parse_args(argv)
    if _port_open(args.port):
        raise SystemExit(f"port {args.port} is already in use")
    files = export(args.db, args.parquet_dir)
    work_dir = Path(tempfile.mkdtemp(prefix="spark-connect-"))
    (work_dir / "tmp").mkdir()
    env = {
        **os.environ,
        "SPARK_HOME": str(spark_home()),
        "PYSPARK_PYTHON": sys.executable,
        "SPARK_LOCAL_IP": "127.0.0.1",
    }
    env.pop("SPARK_CONNECT_MODE_ENABLED", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        server_command(args.port, work_dir, cores=args.cores, memory=args.memory),
        cwd=work_dir,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=sys.stderr,  # the JVM's chatter goes to stderr; stdout carries only our status lines
        preexec_fn=_die_with_parent,
    )

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        wait_until_serving(proc, args.port, args.timeout)
        register_tables(f"sc://127.0.0.1:{args.port}", files)
        elapsed = time.perf_counter() - started
        print(f"spark connect ready on sc://127.0.0.1:{args.port} ({len(files)} tables, {elapsed:.1f}s)", flush=True)
        proc.wait()
        raise SystemExit(f"Spark Connect server exited with status {proc.returncode}")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        with contextlib.suppress(OSError):
            shutil.rmtree(work_dir)


if __name__ == "__main__":
    main()
