"""Lead POST throughput against Wagtail's own form page, on gunicorn and PostgreSQL.

``--site new-user`` (the default): the site a new user has, a fresh ``wagtail start`` project
with the README's install and nothing else (no ``TASKS``: deliveries would run in the request;
no recipients: there are none), 3 gunicorn sync workers (``new_user_site.py``). ``--site
example``: the example site's production setup, described below.

Each visitor has its own loopback source address (127.0.0.2, 127.0.0.3, ...), GETs a career
page, waits out the 3-second time trap and POSTs the lead form; as many visitors do the same on
a Wagtail ``AbstractEmailForm`` page served by the same gunicorn. Lead deliveries go through
the example site's production task queue (django-tasks-db), emptied by its ``db_worker``
between the timed rounds (``--worker beside``: beside gunicorn throughout, at the lowest CPU
priority); each round starts once the worker has delivered the previous lead round.
``--tasks-backend`` picks another backend.

After an untimed warm-up of both forms, both kinds run twice, in the order lead, Wagtail,
Wagtail, lead, so drift on a noisy machine hits both alike; only the POSTs are timed.
``--repeat N`` runs that sequence N times (on a busy machine one pair of rounds can be off by a
factor of two; more rounds average it out) and prints the ratio of each block of four rounds
with their mean and standard error. Checks: no 5xx, every success answer has its row
(no lead lost, none flagged as spam), every lead delivered (by the worker, or the retry command
for what is left), and lead throughput at least Wagtail's (the ratio measured in this run).
It also prints the server's CPU time per post of each kind: gunicorn's and PostgreSQL's.
``--wagtail-extra-queries N`` adds N one-row queries to each Wagtail form post, to measure what
a database round trip costs under this load.

    pip install -r benchmarks/requirements.txt
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/careers_bench \\
        python benchmarks/leads/run.py [--visitors 250] [--concurrency 32] [--workers 4] [--repeat 1]

Exits 1 if a lead was lost or a 5xx answered (the throughput ratio is reported, not enforced).
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from benchmarks.leads import new_user_site  # noqa: E402

FLOOR = 0.8  # lead throughput at least this share of Wagtail's form page's
NEW_USER = True
SITE_DIR = ROOT / "example_site"
WSGI_PACKAGE = "example_site"
TIME_TRAP = 3.2  # seconds between a visitor's GET and POST: above the 3 s minimum
FIELDS = {
    "name": "Bench Visitor",
    "phone": "+1 (555) 010-0199",
    "postal_code": "94103",
    "message": "When does the next course start?",
    "consent": "on",
}


def use_site(site: str, directory: Path) -> None:
    """Serve ``site``: the new user's (made in ``directory`` if missing) or the example site."""
    global NEW_USER, SITE_DIR, WSGI_PACKAGE
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/careers_bench")
    NEW_USER = site == "new-user"
    if NEW_USER:
        SITE_DIR = new_user_site.create(directory)
        WSGI_PACKAGE = new_user_site.PROJECT
        os.environ["DJANGO_SETTINGS_MODULE"] = new_user_site.SETTINGS
    else:
        os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.leads.settings"
    sys.path.insert(0, str(SITE_DIR))


def tasks_label(args) -> str:
    if args.tasks_backend:
        return args.tasks_backend
    if NEW_USER:
        return "none set (immediate), no recipients"
    return f"database queue, db_worker {args.worker} the rounds"


def ensure_database():
    """Create the benchmark database if it does not exist yet (PostgreSQL only)."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        return
    import psycopg

    params = {"host": db["HOST"], "port": db["PORT"] or 5432, "user": db["USER"]}
    with psycopg.connect(
        dbname="postgres", autocommit=True, password=db["PASSWORD"], **params
    ) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone():
            c.execute(f'CREATE DATABASE "{db["NAME"]}"')


def prepare_site(lead_posts_per_visitor):
    """Migrate; make three career pages and one Wagtail form page; clear earlier results
    (leads, form submissions, task records).

    The rate limit is kept on (its counting is part of a lead post), high enough for each
    visitor's ``lead_posts_per_visitor`` posts.
    """
    import django

    ensure_database()
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.models import Page, Site

    from benchmarks.leads.models import BenchFormField, BenchFormPage
    from wagtail_careers.factories import CareerPageFactory
    from wagtail_careers.models import CareerPage, CareersSettings, Lead

    call_command("migrate", verbosity=0)
    if not settings.DEBUG:
        call_command("collectstatic", "--no-input", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    root = site.root_page
    careers = list(CareerPage.objects.child_of(root).live().filter(slug__startswith="bench-"))
    for n in range(len(careers), 3):
        careers.append(
            CareerPageFactory(parent=root, title=f"Bench career {n}", slug=f"bench-{n}")
        )
    form_page = BenchFormPage.objects.child_of(root).first()
    if form_page is None:
        form_page = BenchFormPage(title="Bench form", slug="bench-form")
        # Mailed where the lead form mails: to nobody on a new user's site, else to the school.
        form_page.to_address = "" if NEW_USER else "admissions@school.example"
        form_page.from_address = "school@example.com"
        form_page.subject = "New request"
        root.add_child(instance=form_page)
        for label, field_type in [
            ("Name", "singleline"),
            ("Email", "email"),
            ("Phone", "singleline"),
            ("Postal code", "singleline"),
            ("Message", "multiline"),
            ("Consent", "checkbox"),
        ]:
            BenchFormField.objects.create(
                page=form_page, label=label, field_type=field_type, required=label != "Message"
            )
    careers_settings = CareersSettings.for_site(site)
    careers_settings.recipients = "" if NEW_USER else "admissions@school.example"
    careers_settings.webhook_url = ""
    careers_settings.rate_limit = max(5, lead_posts_per_visitor)
    careers_settings.save()
    Lead.objects.all().delete()
    FormSubmission.objects.all().delete()
    if "django_tasks_db" in settings.INSTALLED_APPS:
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.all().delete()
    urls = [page.url for page in Page.objects.filter(pk__in=[c.pk for c in careers])]
    from django.db import connections

    connections.close_all()
    return sorted(urls), form_page.url


def count_rows(kind, emails):
    """How many of ``emails`` have their row: a genuine lead, or a Wagtail form submission."""
    from wagtail.contrib.forms.models import FormSubmission

    from wagtail_careers.models import Lead, LeadStatus

    if kind == "lead":
        leads = Lead.objects.filter(email__in=emails)
        spam = leads.filter(status=LeadStatus.SPAM).count()
        return leads.exclude(status=LeadStatus.SPAM).count(), spam
    found = {s.get_data().get("email") for s in FormSubmission.objects.all()}
    return len(found & set(emails)), 0


def wait_for_worker(emails, timeout=300):
    """Wait until the task worker has sent every lead's delivery; seconds waited.

    Gives up after ``timeout`` seconds (``check_deliveries`` then reports what is left).
    """
    from wagtail_careers.models import LeadDelivery

    started = time.perf_counter()
    deliveries = LeadDelivery.objects.filter(lead__email__in=emails)
    while deliveries.exclude(status="delivered").exists():
        if time.perf_counter() - started > timeout:
            break
        time.sleep(0.2)
    return time.perf_counter() - started


def check_deliveries(emails):
    """Send what is still pending (the retry command with ``--force``, which does not wait out
    the task window), then check every lead's email went out (none is sent without
    recipients: a new user's site)."""
    if NEW_USER:
        return []
    from django.core.management import call_command

    from wagtail_careers.models import LeadDelivery

    started = time.perf_counter()
    limit = str(len(emails) + 1)
    call_command("careers_retry_deliveries", "--force", "--limit", limit, stdout=sys.stdout)
    print(f"careers_retry_deliveries took {time.perf_counter() - started:.1f} s")
    deliveries = LeadDelivery.objects.filter(lead__email__in=emails)
    delivered = deliveries.filter(status="delivered").count()
    print(f"deliveries: {delivered} of {len(emails)} leads delivered")
    return [] if delivered == len(emails) else [f"{len(emails) - delivered} leads not delivered"]


class FormFields(HTMLParser):
    """The inputs of the page's POST form: names of the fields, values of the hidden ones,
    and the URL a cached lead form gets its tokens from (``token_url``; README.md, "The lead
    form's tokens"), which a browser's script asks before posting."""

    def __init__(self):
        super().__init__()
        self.in_form = False
        self.hidden = {}
        self.names = set()
        self.token_url = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method") == "post":
            self.in_form = True
            self.token_url = attrs.get("data-careers-token-url")
        elif self.in_form and tag in ("input", "textarea", "select") and attrs.get("name"):
            self.names.add(attrs["name"])
            if attrs.get("type") == "hidden":
                self.hidden[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False


class Visitor:
    """One person on one source address, with their own cookies."""

    def __init__(self, port, number):
        self.port = port
        self.address = f"127.0.0.{number + 2}"
        self.cookies = {}

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, source_address=(self.address, 0), timeout=120
        )
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            return response.status, response.read().decode()
        finally:
            connection.close()


def run_round(kind, port, paths, visitors, concurrency, tag, server_cpu=lambda: (0.0, 0.0)):
    """GET every visitor's page, wait out the time trap, POST all; time the POSTs only.

    ``server_cpu()``: CPU seconds gunicorn and PostgreSQL have used so far (see
    ``ServerCPU``), read before and after the POSTs.
    """
    people = [Visitor(port, n) for n in range(visitors)]
    path_of = {id(p): paths[n % len(paths)] for n, p in enumerate(people)}
    forms = {}

    def get(person):
        status, html = person.request("GET", path_of[id(person)])
        parser = FormFields()
        parser.feed(html)
        if status == 200 and parser.token_url:
            status, answer = person.request("GET", parser.token_url)
            if status == 200:
                parser.hidden.update(json.loads(answer))
        forms[id(person)] = (status, parser)

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(get, people))
    time.sleep(TIME_TRAP)
    emails = [f"visitor{n}-{tag}@bench.example" for n in range(visitors)]
    latencies, statuses = [], []

    def post(args):
        person, email = args
        status, parser = forms[id(person)]
        if status != 200:
            return status
        data = {**parser.hidden, **{k: v for k, v in FIELDS.items() if k in parser.names}}
        data["email"] = email
        started = time.perf_counter()
        answer, _body = person.request("POST", path_of[id(person)], urlencode(data))
        latencies.append(time.perf_counter() - started)
        return answer

    (web_before, db_before), started = server_cpu(), time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        statuses = list(pool.map(post, zip(people, emails, strict=True)))
    wall = time.perf_counter() - started
    web_after, db_after = server_cpu()
    success = 303 if kind == "lead" else 200
    ok_emails = [
        email for email, status in zip(emails, statuses, strict=True) if status == success
    ]
    return {
        "kind": kind,
        "posts": len(statuses),
        "ok": len(ok_emails),
        "5xx": sum(status >= 500 for status in statuses),
        "other": sorted({s for s in statuses if s != success and s < 500}),
        "wall": wall,
        "web_cpu": web_after - web_before,
        "db_cpu": db_after - db_before,
        "median_ms": statistics.median(latencies) * 1000 if latencies else 0,
        "ok_emails": ok_emails,
    }


class TaskWorker:
    """The example site's ``db_worker``, when the tasks go to its database queue.

    ``beside``: it runs beside gunicorn throughout, at the lowest CPU priority (as
    docs/leads.md recommends for a host that also serves visitors). Otherwise it runs only
    between the timed rounds, as a worker on a host of its own would leave the web server's
    CPU to visitors. Either way each round starts once the previous lead round is delivered.
    """

    def __init__(self, beside):
        self.beside = beside
        self.process = None
        self.cpu = 0.0

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (a fixed command line)
            [sys.executable, str(SITE_DIR / "manage.py"), "db_worker", "-v", "0"],
            env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{SITE_DIR}"},
            preexec_fn=lambda: os.nice(19),  # noqa: PLW1509 (no other thread runs then)
        )

    def stop(self):
        if self.process is not None:
            self.cpu += cpu_seconds(self.process) or 0.0
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def deliver(self, emails):
        """Let the worker deliver the leads of ``emails``; the seconds it took."""
        if self.process is None:
            self.start()
        waited = wait_for_worker(emails)
        if not self.beside:
            self.stop()
        return waited


def uses_database_queue():
    from django.conf import settings

    backend = getattr(settings, "TASKS", {}).get("default", {}).get("BACKEND")
    return backend == "django_tasks_db.DatabaseBackend"


def process_stat(pid):
    """Command name, parent's pid and CPU seconds used (user + system) of a process, from
    Linux's ``/proc``; ``None`` if there is no such process (any more)."""
    try:
        head, _, rest = Path(f"/proc/{pid}/stat").read_text().rpartition(")")
    except OSError:
        return None
    fields = rest.split()  # from the state on: the parent is [1], user and system CPU [11], [12]
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return head.partition("(")[2], int(fields[1]), cpu


def cpu_seconds(process):
    """CPU time a child process has used so far, or ``None``."""
    stat = process_stat(process.pid)
    return stat[2] if stat else None


class ServerCPU:
    """CPU seconds used so far by gunicorn (master and workers) and by every PostgreSQL process,
    as a pair.

    On a machine whose cores are all busy, throughput is what the server's CPU per post allows:
    this shows which side of a post costs more, the web server or the database. PostgreSQL's
    processes are found by name, so a database on another host is not counted. Linux only
    (``/proc``); elsewhere it reads 0.
    """

    def __init__(self, server):
        self.server_pid = server.pid

    def __call__(self):
        web = db = 0.0
        for entry in Path("/proc").glob("[0-9]*"):
            stat = process_stat(entry.name)
            if stat is None:
                continue
            command, parent, cpu = stat
            if self.server_pid in (int(entry.name), parent):
                web += cpu
            elif command == "postgres":
                db += cpu
        return web, db


def start_server(port, workers):
    server = subprocess.Popen(  # noqa: S603 (a fixed command line)
        [
            *(sys.executable, "-m", "gunicorn", f"{WSGI_PACKAGE}.wsgi:application"),
            *("--chdir", str(ROOT), "--pythonpath", f"{SITE_DIR},{ROOT}"),
            *("--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--backlog", "2048"),
            *("--timeout", "120", "--log-level", "warning"),
        ],
        env={**os.environ},
    )
    for _ in range(100):  # at most 20 s
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("HEAD", "/")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def print_block_ratios(blocks, throughput):
    """The lead / Wagtail ratio of each lead, Wagtail, Wagtail, lead block of rounds, and their
    spread: how far the ratio of the whole run can be trusted on this machine."""
    ratios = [throughput("lead", block) / throughput("wagtail", block) for block in blocks]
    error = statistics.stdev(ratios) / len(ratios) ** 0.5
    print(
        f"lead / Wagtail per block of 4 rounds: {', '.join(f'{r:.2f}' for r in ratios)}; "
        f"mean {statistics.mean(ratios):.2f}, standard error {error:.2f}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=250, help="per round, at most 250")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--site",
        choices=["new-user", "example"],
        default="new-user",
        help="a fresh `wagtail start` site with the README's install (the default), or the "
        "example site's production setup",
    )
    parser.add_argument(
        "--site-dir",
        default=str(new_user_site.DEFAULT_DIR),
        help="where the new user's site is made (once)",
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="gunicorn sync workers (new-user 3, example 4)"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--repeat", type=int, default=1, help="run the lead, Wagtail, Wagtail, lead rounds N times"
    )
    parser.add_argument(
        "--tasks-backend",
        default="",
        help="TASKS backend of the server instead of the database queue and its worker, e.g. "
        "django_tasks.backends.immediate.ImmediateBackend to deliver inside each request",
    )
    parser.add_argument(
        "--worker",
        choices=["between", "beside"],
        default="between",
        help="with the database queue: run db_worker only between the timed rounds (as on a "
        "host of its own; the default) or beside gunicorn throughout, at low CPU priority",
    )
    parser.add_argument(
        "--wagtail-extra-queries",
        type=int,
        default=0,
        help="add N one-row queries, each a round trip to the database, to every Wagtail form "
        "post: what a round trip costs under this load (a lead post makes 5 more than Wagtail's)",
    )
    args = parser.parse_args()
    use_site(args.site, Path(args.site_dir))
    if args.workers is None:
        args.workers = 3 if NEW_USER else 4
    if args.tasks_backend:
        os.environ["BENCH_TASKS_BACKEND"] = args.tasks_backend
    os.environ["BENCH_WAGTAIL_EXTRA_QUERIES"] = str(args.wagtail_extra_queries)
    visitors = min(args.visitors, 250)  # 127.0.0.2 to 127.0.0.251

    repeat = max(1, args.repeat)
    # Each visitor posts twice per repeat, plus once in the warm-up.
    career_paths, form_path = prepare_site(lead_posts_per_visitor=2 * repeat + 1)
    server = start_server(args.port, args.workers)
    server_cpu = ServerCPU(server)
    worker = TaskWorker(beside=args.worker == "beside") if uses_database_queue() else None
    if worker is not None and worker.beside:
        worker.start()
    results = []
    try:
        # Untimed: every gunicorn worker loads its code and templates for both forms first,
        # so the first timed round (a lead round) does not pay for a cold server.
        for kind, paths in (("lead", career_paths), ("wagtail", [form_path])):
            warm_up = run_round(kind, args.port, paths, min(visitors, 64), args.concurrency, "w")
            if worker is not None and kind == "lead":
                worker.deliver(warm_up["ok_emails"])
        for n, kind in enumerate(["lead", "wagtail", "wagtail", "lead"] * repeat):
            paths = career_paths if kind == "lead" else [form_path]
            tag = f"{uuid.uuid4().hex[:8]}-{n}"
            result = run_round(kind, args.port, paths, visitors, args.concurrency, tag, server_cpu)
            if worker is not None and kind == "lead":
                result["drain"] = worker.deliver(result["ok_emails"])
            results.append(result)
        lead_emails = [e for r in results if r["kind"] == "lead" for e in r["ok_emails"]]
    finally:
        server.terminate()
        server.wait(timeout=30)
        if worker is not None:
            worker.stop()
    if worker is not None:
        drains = ", ".join(f"{r['drain']:.1f}" for r in results if "drain" in r)
        print(f"the worker delivered the lead rounds in: {drains} s")
        print(f"task worker CPU time: {worker.cpu:.1f} s, warm-up included")

    failures = []
    print(
        f"site: {args.site}; {visitors} visitors per round, {args.concurrency} at once, "
        f"{args.workers} workers, tasks: {tasks_label(args)}"
        + (
            f", {args.wagtail_extra_queries} extra queries per Wagtail post"
            if args.wagtail_extra_queries
            else ""
        )
    )
    print(
        f"{'round':<9}{'posts':>6}{'ok':>6}{'rows':>6}{'spam':>6}{'5xx':>5}"
        f"{'req/s':>9}{'median ms':>11}{'CPU ms/post: web':>18}{'db':>6}"
    )
    for result in results:
        rows, spam = count_rows(result["kind"], result["ok_emails"])
        rate = result["ok"] / result["wall"]
        result["rate"] = rate
        print(
            f"{result['kind']:<9}{result['posts']:>6}{result['ok']:>6}{rows:>6}{spam:>6}"
            f"{result['5xx']:>5}{rate:>9.1f}{result['median_ms']:>11.0f}"
            f"{1000 * result['web_cpu'] / result['posts']:>18.1f}"
            f"{1000 * result['db_cpu'] / result['posts']:>6.1f}"
        )
        if rows != result["ok"] or spam:
            failures.append(
                f"{result['kind']}: {result['ok'] - rows} success answers without a row"
            )
        if result["5xx"] or result["other"]:
            failures.append(
                f"{result['kind']}: {result['5xx']} 5xx, other statuses {result['other']}"
            )
        if result["ok"] != result["posts"]:
            failures.append(f"{result['kind']}: {result['posts'] - result['ok']} posts failed")

    def throughput(kind, rounds=results):
        mine = [r for r in rounds if r["kind"] == kind]
        return sum(r["ok"] for r in mine) / sum(r["wall"] for r in mine)

    def cpu_per_post(kind, *sides):
        mine = [r for r in results if r["kind"] == kind]
        return sum(r[f"{side}_cpu"] for r in mine for side in sides) / sum(
            r["posts"] for r in mine
        )

    ratio = throughput("lead") / throughput("wagtail")
    failures += check_deliveries(lead_emails)
    for sides, label in (("web",), "gunicorn"), (("db",), "PostgreSQL"), (("web", "db"), "both"):
        lead_cpu, wagtail_cpu = cpu_per_post("lead", *sides), cpu_per_post("wagtail", *sides)
        if lead_cpu:
            print(
                f"{label} CPU per post: lead {1000 * lead_cpu:.1f} ms, Wagtail "
                f"{1000 * wagtail_cpu:.1f} ms, Wagtail / lead {wagtail_cpu / lead_cpu:.2f}"
            )
    if repeat > 1:
        print_block_ratios([results[n : n + 4] for n in range(0, len(results), 4)], throughput)
    verdict = "meets" if ratio >= FLOOR else "BELOW"
    print(f"lead / Wagtail form throughput: {ratio:.2f} ({verdict} the floor of {FLOOR})")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
