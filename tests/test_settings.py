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


def production(tmp_path, **environment):
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "klimaallianz.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        # The rate limits need a cache that all workers share. Neither the checks nor the
        # start connect to it, so no Redis server needs to run for these tests.
        "CACHE_URL": "redis://127.0.0.1:6379/3",
        **environment,
    }


def test_production_configuration_passes_the_deployment_checks(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("cache_url", [None, "locmem://", "dummy://"])
def test_deployment_checks_refuse_a_cache_of_each_process(tmp_path, cache_url):
    environment = production(tmp_path, CACHE_URL=cache_url)
    if cache_url is None:
        del environment["CACHE_URL"]  # the default: local memory
    result = manage("check", "--deploy", **environment)
    assert result.returncode != 0
    assert "klimaallianz.E001" in result.stderr
    assert "rate limits of the membership form and the logins" in result.stderr
    assert "Set CACHE_URL to a shared cache" in result.stderr


def start_wsgi(**environment):
    """Import the WSGI application as gunicorn does."""
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **environment}
    return subprocess.run(
        [sys.executable, "-c", "import klimaallianz.wsgi"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_start_with_a_cache_of_each_process_stops_with_a_clear_message(tmp_path):
    environment = production(tmp_path)
    del environment["CACHE_URL"]
    result = start_wsgi(**environment)
    assert result.returncode != 0
    assert result.stderr.startswith("Configuration error: The default cache (LocMemCache)")
    assert "Set CACHE_URL to a shared cache" in result.stderr
    assert "Traceback" not in result.stderr
    # With a shared cache the same start succeeds, and with DEBUG on local memory is fine.
    assert start_wsgi(**production(tmp_path)).returncode == 0
    assert start_wsgi(**environment, DEBUG="true").returncode == 0
