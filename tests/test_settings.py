"""Configuration comes from the environment; mistakes stop the start with a clear message."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def manage(*args, **environment):
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **environment}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({}, "SECRET_KEY is not set"),
        ({"DEBUG": "true", "DATABASE_URL": "nope"}, "DATABASE_URL could not be read ('nope')"),
        ({"DEBUG": "true", "CACHE_URL": "carrier-pigeon://"}, "CACHE_URL could not be read"),
        ({"DEBUG": "maybe"}, "DEBUG must be true or false, not 'maybe'"),
    ],
)
def test_bad_configuration_stops_the_start_with_a_clear_message(environment, message):
    result = manage("check", **environment)
    assert result.returncode != 0
    assert result.stderr.startswith("Configuration error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_production_configuration_passes_the_deployment_checks(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="klimaallianz.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
