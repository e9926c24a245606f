"""All VIZ_* settings in one validated class."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Runtime configuration; the embedded defaults need nothing set."""

    model_config = SettingsConfigDict(env_prefix="VIZ_", env_file=".env", extra="ignore")

    model: str = "builtin"
    # Other models a request may ask for (`model` in the body), comma-separated; `builtin` is always allowed.
    models: Annotated[list[str], NoDecode] = Field(default_factory=list[str])
    openai_base_url: str | None = None
    openai_api_key: SecretStr | None = Field(default=None, description="default: OPENAI_API_KEY")
    model_timeout_s: float = Field(default=60.0, gt=0, description="one model request")
    model_http_retries: int = Field(default=1, ge=0, description="the provider client's own retries (429, 5xx)")
    model_sample_rows: int = Field(default=10, ge=0, le=100, description="result rows a model may see")
    prompt_catalog_tokens: int = Field(
        default=6000, ge=500, description="catalog tokens in a model prompt; the other tables via describe_table"
    )
    model_health_ttl_s: float = Field(default=60.0, ge=0, description="how long /health reuses a model ping")
    max_tokens_per_turn: int = Field(default=200_000, ge=1000, description="input + output tokens of one turn")
    max_tool_calls_per_turn: int = Field(default=12, ge=1)
    model_retries: int = Field(default=2, ge=2, description="tool and output retries of the agent")
    database_url: str = f"sqlite+aiosqlite:///{REPO_ROOT / 'data' / 'app.db'}"
    auto_migrate: bool = True
    duckdb_path: Path = REPO_ROOT / "data" / "demo.duckdb"
    # The catalog owner's words for its tables and columns (JSON object); default: <duckdb_path>.synonyms.json.
    synonyms_path: Path | None = None
    duckdb_remote: str | None = None
    duckdb_remote_token: SecretStr | None = None
    spark_remote: str | None = None
    results_dir: Path = REPO_ROOT / "data" / "results"
    uploads_dir: Path = REPO_ROOT / "data" / "uploads"
    api_token: SecretStr | None = None
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["http://127.0.0.1:3000", "http://localhost:3000"]
    )

    # limits
    default_row_limit: int = Field(default=1000, ge=1)
    max_row_limit: int = Field(default=100_000, ge=1)
    query_timeout_s: float = Field(default=30.0, gt=0)
    json_row_limit: int = Field(default=5000, ge=1, description="rows above this are stored as Parquet")
    result_memory_bytes: int = Field(default=256 * 1024 * 1024, ge=1024)
    result_ttl_s: int = Field(default=6 * 3600, ge=1)
    results_max_bytes: int = Field(
        default=2 * 1024**3, ge=1024 * 1024, description="result files on disk; least recently used evicted first"
    )
    max_conversation_bytes: int = Field(
        default=32 * 1024**2, ge=64 * 1024, description="stored turns of one conversation, like max_turns"
    )
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_message_chars: int = Field(default=4000, ge=1)
    duckdb_threads: int = Field(default=2, ge=1)
    duckdb_memory_limit: str = "2GB"
    max_turns: int = Field(default=200, ge=1, description="turns one conversation may hold")
    history_turns: int = Field(default=20, ge=1, description="most recent turns a new turn is based on")
    duckdb_max_temp_size: str = Field(default="4GB", description="DuckDB spill bound (under the results dir)")
    workers: int = Field(default=1, ge=1, description="uvicorn worker processes (`make start` passes VIZ_WORKERS)")
    export_workers: int | None = Field(
        default=None,
        ge=1,
        description="processes converting results for download (CSV, Arrow, JSON pages), shared out among the "
        "VIZ_WORKERS server processes (at least one each); default: the cores, at most 2",
    )
    export_warm: bool = Field(
        default=True, description="start those processes with the server (in the background), not on first use"
    )
    export_nice: int = Field(
        default=10, ge=0, le=19, description="how much lower those processes' scheduling priority is than the server's"
    )
    # Queries whose tables hold more rows than this go to Spark when Spark serves them (the 1M:
    # the demo's 3M-row flights is the "large" table); below it DuckDB answers in milliseconds.
    spark_row_threshold: int = Field(default=1_000_000, ge=1)
    engine_catalog_wait_s: float = Field(
        default=15.0, ge=0, description="how long routing waits for a remote engine's catalog still loading"
    )
    upload_max_bytes: int = Field(default=200 * 1024 * 1024, ge=1024, description="largest file an upload may send")
    source_sample_rows: int = Field(default=50_000, ge=100, description="rows of a source table its catalog reads")
    source_timeout_s: float = Field(default=60.0, gt=0, description="attaching or testing one database")

    @property
    def export_workers_per_process(self) -> int:
        """This server process's share of `export_workers`: the whole server converts on at most that many
        cores (a process of its own in each of more `workers` than that)."""
        total = self.export_workers or min(2, os.cpu_count() or 1)
        return max(1, total // self.workers)

    @property
    def extensions_dir(self) -> Path:
        """Where the scanner extensions are copied under the names DuckDB's LOAD expects."""
        return self.results_dir / "extensions"

    # Fair sharing: a client is its bearer token's forwarded browser address (the frontend proxy), else
    # its own address; past these it gets 429 with Retry-After, so no client holds every worker.
    max_queries_per_client: int = Field(default=2, ge=1, description="concurrent POST /api/query of one client")
    max_chats_per_client: int = Field(default=2, ge=1, description="concurrent POST /chat streams of one client")
    max_active_turns: int = Field(
        default=4, ge=1, description="built-in analyst turns (CPU work in threads) running at once; others wait"
    )
    retry_after_s: int = Field(default=2, ge=1, description="Retry-After of a 429")
    health_probe_timeout_s: float = Field(default=5.0, gt=0, description="one /health check; slower is a failure")
    health_refresh_s: float = Field(
        default=1.0, gt=0, description="how often the /health checks run in the background; /health answers the latest"
    )

    @property
    def duckdb_temp_directory(self) -> Path:
        """Where DuckDB spills: under the results directory, never next to the database file."""
        return self.results_dir / "duckdb-tmp"

    @field_validator("api_token")
    @classmethod
    def _token_not_empty(cls, value: SecretStr | None) -> SecretStr | None:
        # Set-but-empty would silently mean "no auth"; unset is the explicit way to run without a token.
        if value is not None and not value.get_secret_value().strip():
            raise ValueError("VIZ_API_TOKEN is set but empty: give it a value, or unset it to run without a token")
        return value

    @field_validator("cors_origins", "models", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [o.strip() for o in value.split(",") if o.strip()]
        return value
