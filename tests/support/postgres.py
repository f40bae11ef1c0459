"""A throwaway PostgreSQL cluster for tests, started from the server binaries on the machine.

The server refuses to run as root, and CI runs as root: then the cluster belongs to an
unprivileged user made for it. Each test gets its own database cloned from a template that
was migrated once, so tests stay independent and fast.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SERVER_USER = "jointclass-pg"
TEMPLATE = "jointclass_template"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: on PATH, or Debian's versioned directory."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="jointclass-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._names = itertools.count()
        self._as_user: list[str] = []

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as_user, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if os.geteuid() == 0:
            if subprocess.run(["id", SERVER_USER], capture_output=True).returncode != 0:
                subprocess.run(
                    ["useradd", "-M", "-s", "/usr/sbin/nologin", SERVER_USER],
                    check=True,
                    capture_output=True,
                )
            shutil.chown(self.root, SERVER_USER)
            self._as_user = ["runuser", "-u", SERVER_USER, "--"]
        self._run(
            str(self.bindir / "initdb"),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
            "-D",
            str(self.data),
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        )

    def create_database(self, template: str | None = None) -> str:
        name = f"jc_{os.getpid()}_{next(self._names)}"
        clause = f" TEMPLATE {template}" if template else ""
        with self._admin() as admin:
            admin.execute(f"CREATE DATABASE {name}{clause}")
        return name

    def rename_database(self, old: str, new: str) -> None:
        with self._admin() as admin:
            admin.execute(f"ALTER DATABASE {old} RENAME TO {new}")

    def drop_database(self, name: str) -> None:
        with self._admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
