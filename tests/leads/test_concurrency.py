"""Nothing lost when visitors post at once: SQLite (a file database) and PostgreSQL."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from leads_support import post_at_once

from wagtail_careers.models import Lead

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("recipients", ["admissions@school.example", ""])
def test_twenty_posts_at_once_on_a_sqlite_file_database_are_all_saved(tmp_path, recipients):
    environment = {
        **os.environ,
        "LEAD_RECIPIENTS": recipients,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PYTHONPATH": os.pathsep.join(
            [str(HERE), str(HERE.parent), str(HERE.parents[1] / "example_site")]
        ),
    }
    result = subprocess.run(
        [sys.executable, "-P", str(HERE / "concurrent_posts.py")],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"statuses": [303] * 20, "leads": 20}, result.stderr[-3000:]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the suite runs on SQLite: the test above posts to a SQLite file database",
)
# Threads need committed rows; serialized_rollback brings back the default site that an
# earlier transactional test (the browser tests') flushed away.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_posts_at_once_on_postgresql_are_all_saved(career_page, careers_settings):
    assert post_at_once(career_page, 20) == [303] * 20
    assert Lead.objects.count() == 20
