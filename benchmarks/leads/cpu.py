"""CPU time of one lead POST against one Wagtail form POST, in process: a steadier comparison.

``run.py`` measures throughput over HTTP, where one round can differ from the next by a factor
of two on a busy machine. This runs the same site and settings through Django's test client
instead (``--site`` as run.py's), alternating a lead post and a Wagtail form post one by one
so drift hits both alike, and prints the median CPU and wall time of each (the time trap is
passed by moving the form's clock, not by sleeping).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/careers_bench \\
        python benchmarks/leads/cpu.py [--posts 300] [--tasks-backend ...]
"""

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402 (the benchmark's site set-up; it puts the project on sys.path)
from run import new_user_site  # noqa: E402


def prepared_post(client, path):
    """GET ``path`` as a visitor would; the POST data its form then sends."""
    parser = run.FormFields()
    parser.feed(client.get(path).content.decode())
    if parser.token_url:
        parser.hidden.update(client.get(parser.token_url).json())
    fields = {k: v for k, v in run.FIELDS.items() if k in parser.names}
    return path, {**parser.hidden, **fields, "email": f"{uuid.uuid4().hex}@bench.example"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300, help="of each kind")
    parser.add_argument("--tasks-backend", default="", help="as run.py's")
    parser.add_argument("--site", choices=["new-user", "example"], default="new-user")
    parser.add_argument("--site-dir", default=str(new_user_site.DEFAULT_DIR))
    args = parser.parse_args()
    run.use_site(args.site, Path(args.site_dir))
    if args.tasks_backend:
        os.environ["BENCH_TASKS_BACKEND"] = args.tasks_backend
    career_paths, form_path = run.prepare_site(lead_posts_per_visitor=1)

    from django.test import Client

    from wagtail_careers.leads import antispam

    clock_offset = 0.0
    real_now = antispam.now
    antispam.now = lambda: real_now() + clock_offset
    pairs = []
    for n in range(args.posts):
        lead = Client(REMOTE_ADDR=f"127.1.{n // 250}.{n % 250 + 2}")
        wagtail = Client(REMOTE_ADDR=f"127.2.{n // 250}.{n % 250 + 2}")
        path = career_paths[n % len(career_paths)]
        pairs.append(
            ((lead, *prepared_post(lead, path)), (wagtail, *prepared_post(wagtail, form_path)))
        )
    clock_offset = 10.0  # every form was rendered "10 seconds ago": past the time trap

    times = {"lead": ([], []), "wagtail": ([], [])}
    expected = {"lead": 303, "wagtail": 200}
    for pair in pairs:
        for kind, (client, path, data) in zip(("lead", "wagtail"), pair, strict=True):
            cpu, wall = time.process_time(), time.perf_counter()
            status = client.post(path, data).status_code
            times[kind][0].append(time.process_time() - cpu)
            times[kind][1].append(time.perf_counter() - wall)
            if status != expected[kind]:
                raise SystemExit(f"{kind} post answered {status}")

    def median_ms(kind, which):
        return statistics.median(times[kind][which]) * 1000

    for label, which in (("CPU", 0), ("wall", 1)):
        lead, wagtail = median_ms("lead", which), median_ms("wagtail", which)
        print(
            f"median {label} per post: lead {lead:.2f} ms, Wagtail {wagtail:.2f} ms, "
            f"Wagtail / lead {wagtail / lead:.2f}"
        )


if __name__ == "__main__":
    main()
