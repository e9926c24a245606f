"""An engineering organisation's GitHub data as Airbyte's GitHub source lands it in a warehouse (Destinations V2).

One table per Airbyte stream, named as the connector names its streams: `repositories`, `users` (the
organisation's members), `teams`, `team_members`, `pull_requests`, `pull_request_stats`, `reviews`, `commits`,
`issues`, `issue_labels`, `comments` (issue and pull request conversation comments), `workflows`,
`workflow_runs` and `releases`. Final tables the way Destinations V2 types them: the stream's top-level fields
as typed columns (GitHub's own snake_case names, date-times as TIMESTAMP WITH TIME ZONE in UTC), every nested
object or array kept as a JSON column (`user`, `head`, `base`, `labels`, `merged_by`, `commit`, `author`,
`actor`, `head_commit`, ...), and Airbyte's metadata columns `_airbyte_raw_id`, `_airbyte_extracted_at`,
`_airbyte_meta` and `_airbyte_generation_id` on every table. As the connector does: most streams carry
`repository` as the repository's full name ('quillpay/api'), except `workflow_runs`, where it is GitHub's
repository object; the `issues` stream holds pull requests too (GitHub's issues API does: their
`pull_request` object is not null); `reviews` link to their pull request only by `pull_request_url` (the
pull request's API `url`); `comments` carry `user_id` beside the `user` object and `issue_url`; the `commits`
stream syncs each repository's default branch (`branch`) with `created_at` copied from the commit's author
date; `pull_requests` has no merged flag (`merged_at` says it; `pull_request_stats.merged` has it);
`team_members` carries `team_slug`; `users` lists only members, so bots (dependabot[bot],
github-actions[bot]) appear only inside the JSON of what they did, with `"type": "Bot"`. Two keys into
`users` through JSON (`pull_request_stats.merged_by` and `pull_requests.user`), and `workflow_runs` has
`actor` and `triggering_actor`.

Patterns, 2023-01-01 to 2024-12-31 (synced 2025-01-06): the organisation 'quillpay' (a payments start-up)
grows from 18 engineers to about 50 in six teams; twelve repositories (one archived in 2024, two created in
2024); activity on weekdays in European working hours (UTC), little at weekends, a dip in August and at
Christmas; pull requests mostly squash-merged after one to three reviews by teammates (a few leads review far
more), some opened as drafts, about a tenth closed without merging, the newest still open; time to first review
a few working hours (longer over weekends), time to merge growing with the size of the change and slowly
shrinking over the two years; dependabot opening dependency bumps every week (label 'dependencies'), most
merged quickly or superseded; issues labelled bug, feature, tech-debt, documentation, question,
'priority: high', closed as completed or not_planned, an open backlog that grows; GitHub Actions workflows CI,
Lint, E2E (flaky: fails often and is re-run), CodeQL (weekly schedule), Deploy (on push to main), Release; runs
whose conclusion is success, failure, cancelled or skipped (Deploy skips documentation and chore merges);
releases with semantic version tags on the service repositories (weekly for the API, fortnightly for the
mobile apps, some prereleases). Deterministic: everything comes from one seeded `random.Random`.

Vocabulary: the vocabulary test finds 40 of this catalog's names and values in the analyst's code; every one is
kept, none renamed, since each is GitHub's or Airbyte's own name or an ordinary word. Kept (real name: GitHub's
field names as the connector lands them): `archived`, `assignee`, `author`, `base`, `branch`, `color`,
`comments`, `default`, `description`, `draft`, `event`, `head`, `labels`, `language`, `login`, `merged`,
`number`, `organization`, `owner`, `parent`, `parents`, `path`, `reviews` (a stream), `size`, `users` (a
stream). Kept (real value: GitHub's codes): 'APPROVED', 'COMMENTED' (review states), 'CLEAN' (merge state
status), 'MEMBER' (author association), 'pull' (team permission), 'main' (default branch), 'release',
'schedule' (run events), 'success', 'failure', 'skipped' (run conclusions), 'invalid' (a default label),
'Python' (a repository language). Kept (ordinary word chosen here): 'payments' and 'data' (team slugs, the
payments-service repository).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import uuid
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, weighted, words

SEED = 20_250_106
START, END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)
UTC = dt.UTC
SYNC = dt.datetime(2025, 1, 6, 3, 12, 44, tzinfo=UTC)
ORG = "quillpay"
API = "https://api.github.com"
WEB = "https://github.com"

AIRBYTE = "_airbyte_raw_id VARCHAR NOT NULL, _airbyte_extracted_at TIMESTAMP WITH TIME ZONE NOT NULL, _airbyte_meta JSON NOT NULL, _airbyte_generation_id BIGINT"
TS = "TIMESTAMP WITH TIME ZONE"
DDL = [
    f"""CREATE TABLE repositories (
        id BIGINT, node_id VARCHAR, name VARCHAR, full_name VARCHAR, owner JSON, private BOOLEAN, html_url VARCHAR,
        description VARCHAR, fork BOOLEAN, url VARCHAR, created_at {TS}, updated_at {TS}, pushed_at {TS},
        homepage VARCHAR, size BIGINT, stargazers_count BIGINT, watchers_count BIGINT, language VARCHAR,
        has_issues BOOLEAN, has_projects BOOLEAN, has_wiki BOOLEAN, forks_count BIGINT, archived BOOLEAN,
        disabled BOOLEAN, open_issues_count BIGINT, topics JSON, visibility VARCHAR, default_branch VARCHAR,
        permissions JSON, organization VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE users (
        login VARCHAR, id BIGINT, node_id VARCHAR, avatar_url VARCHAR, gravatar_id VARCHAR, url VARCHAR,
        html_url VARCHAR, type VARCHAR, site_admin BOOLEAN, organization VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE teams (
        id BIGINT, node_id VARCHAR, url VARCHAR, html_url VARCHAR, name VARCHAR, slug VARCHAR, description VARCHAR,
        privacy VARCHAR, notification_setting VARCHAR, permission VARCHAR, members_url VARCHAR,
        repositories_url VARCHAR, parent JSON, organization VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE team_members (
        login VARCHAR, id BIGINT, node_id VARCHAR, avatar_url VARCHAR, url VARCHAR, html_url VARCHAR, type VARCHAR,
        site_admin BOOLEAN, organization VARCHAR, team_slug VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE pull_requests (
        repository VARCHAR, id BIGINT, node_id VARCHAR, url VARCHAR, html_url VARCHAR, diff_url VARCHAR,
        number BIGINT, state VARCHAR, locked BOOLEAN, title VARCHAR, "user" JSON, body VARCHAR,
        created_at {TS}, updated_at {TS}, closed_at {TS}, merged_at {TS}, merge_commit_sha VARCHAR,
        assignee JSON, assignees JSON, requested_reviewers JSON, requested_teams JSON, labels JSON,
        milestone JSON, draft BOOLEAN, head JSON, base JSON, _links JSON, author_association VARCHAR,
        auto_merge JSON, active_lock_reason VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE pull_request_stats (
        repository VARCHAR, id BIGINT, node_id VARCHAR, number BIGINT, updated_at {TS}, changed_files BIGINT,
        deletions BIGINT, additions BIGINT, merged BOOLEAN, mergeable VARCHAR, can_be_rebased BOOLEAN,
        maintainer_can_modify BOOLEAN, merge_state_status VARCHAR, comments BIGINT, commits BIGINT,
        review_comments BIGINT, merged_by JSON, {AIRBYTE})""",
    f"""CREATE TABLE reviews (
        repository VARCHAR, id BIGINT, node_id VARCHAR, "user" JSON, body VARCHAR, state VARCHAR, html_url VARCHAR,
        pull_request_url VARCHAR, _links JSON, submitted_at {TS}, created_at {TS}, updated_at {TS},
        commit_id VARCHAR, author_association VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE commits (
        repository VARCHAR, sha VARCHAR, node_id VARCHAR, "commit" JSON, url VARCHAR, html_url VARCHAR,
        comments_url VARCHAR, author JSON, committer JSON, parents JSON, branch VARCHAR, created_at {TS},
        {AIRBYTE})""",
    f"""CREATE TABLE issues (
        repository VARCHAR, id BIGINT, node_id VARCHAR, url VARCHAR, repository_url VARCHAR, labels_url VARCHAR,
        comments_url VARCHAR, events_url VARCHAR, html_url VARCHAR, number BIGINT, state VARCHAR, title VARCHAR,
        "user" JSON, labels JSON, assignee JSON, assignees JSON, milestone JSON, locked BOOLEAN,
        active_lock_reason VARCHAR, comments BIGINT, pull_request JSON, closed_at {TS}, created_at {TS},
        updated_at {TS}, author_association VARCHAR, draft BOOLEAN, reactions JSON, timeline_url VARCHAR,
        state_reason VARCHAR, body VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE issue_labels (
        repository VARCHAR, id BIGINT, node_id VARCHAR, url VARCHAR, name VARCHAR, description VARCHAR,
        color VARCHAR, "default" BOOLEAN, {AIRBYTE})""",
    f"""CREATE TABLE comments (
        repository VARCHAR, id BIGINT, node_id VARCHAR, "user" JSON, url VARCHAR, html_url VARCHAR, body VARCHAR,
        user_id BIGINT, created_at {TS}, updated_at {TS}, issue_url VARCHAR, author_association VARCHAR,
        {AIRBYTE})""",
    f"""CREATE TABLE workflows (
        id BIGINT, node_id VARCHAR, name VARCHAR, path VARCHAR, state VARCHAR, created_at {TS}, updated_at {TS},
        url VARCHAR, html_url VARCHAR, badge_url VARCHAR, repository VARCHAR, {AIRBYTE})""",
    f"""CREATE TABLE workflow_runs (
        id BIGINT, name VARCHAR, node_id VARCHAR, head_branch VARCHAR, head_sha VARCHAR, path VARCHAR,
        display_title VARCHAR, run_number BIGINT, event VARCHAR, status VARCHAR, conclusion VARCHAR,
        workflow_id BIGINT, check_suite_id BIGINT, url VARCHAR, html_url VARCHAR, pull_requests JSON,
        created_at {TS}, updated_at {TS}, actor JSON, run_attempt BIGINT, run_started_at {TS},
        triggering_actor JSON, jobs_url VARCHAR, logs_url VARCHAR, workflow_url VARCHAR, head_commit JSON,
        repository JSON, head_repository JSON, {AIRBYTE})""",
    f"""CREATE TABLE releases (
        repository VARCHAR, url VARCHAR, html_url VARCHAR, assets_url VARCHAR, upload_url VARCHAR,
        tarball_url VARCHAR, zipball_url VARCHAR, id BIGINT, node_id VARCHAR, tag_name VARCHAR,
        target_commitish VARCHAR, name VARCHAR, body VARCHAR, draft BOOLEAN, prerelease BOOLEAN,
        created_at {TS}, published_at {TS}, author JSON, assets JSON, {AIRBYTE})""",
]

# (name, team, language, created, archived on, description, topics)
REPOS: list[tuple[str, str, str | None, dt.date, dt.date | None, str]] = [
    ("api", "platform", "Go", dt.date(2021, 3, 2), None, "Public REST API and webhooks"),
    ("web", "web", "TypeScript", dt.date(2021, 3, 9), None, "Merchant dashboard (Next.js)"),
    ("payments-service", "payments", "Go", dt.date(2021, 8, 17), None, "Card and bank payment processing"),
    ("ledger", "payments", "Rust", dt.date(2024, 3, 4), None, "Double-entry ledger service"),
    ("android", "mobile", "Kotlin", dt.date(2022, 1, 20), None, "Merchant app for Android"),
    ("ios", "mobile", "Swift", dt.date(2022, 1, 20), None, "Merchant app for iOS"),
    ("infra", "sre", "HCL", dt.date(2021, 3, 1), None, "Terraform for all environments"),
    ("data-pipelines", "data", "Python", dt.date(2022, 6, 1), None, "dbt models and Airflow DAGs"),
    ("design-system", "web", "TypeScript", dt.date(2022, 9, 12), None, "Shared React components"),
    ("auth-service", "platform", "Go", dt.date(2024, 6, 10), None, "OAuth2 and SSO"),
    ("cli", "platform", "Go", dt.date(2022, 4, 4), None, "quill command-line tool"),
    ("legacy-monolith", "payments", "Ruby", dt.date(2019, 5, 6), dt.date(2024, 7, 31), "Rails app (archived)"),
]
# (slug, name, description)
TEAMS = [
    ("platform", "Platform", "API, auth and developer tooling"),
    ("payments", "Payments", "Payment processing and ledger"),
    ("web", "Web", "Dashboard and design system"),
    ("mobile", "Mobile", "iOS and Android apps"),
    ("data", "Data", "Analytics engineering"),
    ("sre", "SRE", "Infrastructure and reliability"),
]
TEAM_WEIGHT = {"platform": 1.3, "payments": 1.2, "web": 1.1, "mobile": 0.9, "data": 0.6, "sre": 0.6}
FIRST = words("alex sam maria jonas lea tomas priya ken nadia omar julia felix aisha marco ines lukas sofia david emma "
         "mateo chloe yusuf hana oscar elena noah mila ravi clara tariq eva jan zoe liam anya bruno kira leo "
         "amara finn ida hugo lina pavel rosa theo vera wei yara ben")  # fmt: skip
LAST = words("nowak garcia schmidt rossi kowalski dubois jensen silva novak fischer berg moreau ivanova costa weber "
        "lindqvist santos meyer horvat petrov")  # fmt: skip
BOTS = {
    "dependabot[bot]": (49699333, "BOT_kgDOAvZ9lQ"),
    "github-actions[bot]": (41898282, "MDM6Qm90NDE4OTgyODI="),
}
LABELS = [
    ("bug", "Something isn't working", "d73a4a", True),
    ("documentation", "Improvements or additions to documentation", "0075ca", True),
    ("duplicate", "This issue or pull request already exists", "cfd3d7", True),
    ("enhancement", "New feature or request", "a2eeef", True),
    ("good first issue", "Good for newcomers", "7057ff", True),
    ("help wanted", "Extra attention is needed", "008672", True),
    ("invalid", "This doesn't seem right", "e4e669", True),
    ("question", "Further information is requested", "d876e3", True),
    ("wontfix", "This will not be worked on", "ffffff", True),
    ("dependencies", "Pull requests that update a dependency file", "0366d6", False),
    ("feature", "New functionality", "1d76db", False),
    ("tech-debt", "Refactoring and cleanup", "fbca04", False),
    ("priority: high", "Fix this sprint", "b60205", False),
    ("security", "Security fix or hardening", "ee0701", False),
]
DEP_LANG = {"Go": "go", "TypeScript": "javascript", "Kotlin": "java", "Swift": "swift", "Python": "python",
            "Rust": "rust", "Ruby": "ruby", "HCL": "terraform"}  # fmt: skip
DEP_PKG = {
    "Go": ["golang.org/x/net", "github.com/stretchr/testify", "google.golang.org/grpc", "github.com/jackc/pgx/v5"],
    "TypeScript": ["next", "react", "@types/node", "eslint", "typescript", "vite", "axios"],
    "Kotlin": ["com.squareup.retrofit2:retrofit", "androidx.compose:compose-bom", "org.jetbrains.kotlin:kotlin-gradle-plugin"],
    "Swift": ["Alamofire", "swift-snapshot-testing"],
    "Python": ["dbt-core", "apache-airflow", "pandas", "pytest"],
    "Rust": ["tokio", "serde", "sqlx"],
    "Ruby": ["rails", "nokogiri", "puma"],
    "HCL": ["hashicorp/aws", "hashicorp/google"],
}  # fmt: skip
VERBS = ["Add", "Fix", "Refactor", "Update", "Remove", "Improve", "Support", "Handle", "Migrate", "Rework"]
NOUNS = ["webhook retries", "payout export", "login flow", "rate limiter", "invoice PDF", "dark mode", "settings page",
         "idempotency keys", "refund endpoint", "onboarding wizard", "error messages", "metrics", "CI cache",
         "feature flags", "search", "pagination", "audit log", "SSO", "currency rounding", "push notifications",
         "dbt models", "alerting", "terraform modules", "flaky test", "timeouts", "logging"]  # fmt: skip
WORKFLOWS = {  # name -> (file, failure rate, minutes)
    "CI": ("ci.yml", 0.07, 9.0),
    "Lint": ("lint.yml", 0.04, 2.0),
    "E2E": ("e2e.yml", 0.19, 22.0),
    "CodeQL": ("codeql.yml", 0.02, 12.0),
    "Deploy": ("deploy.yml", 0.03, 7.0),
    "Release": ("release.yml", 0.04, 5.0),
}
REPO_WORKFLOWS = {
    "api": ["CI", "Lint", "CodeQL", "Deploy"],
    "web": ["CI", "Lint", "E2E", "Deploy"],
    "payments-service": ["CI", "Lint", "CodeQL", "Deploy"],
    "ledger": ["CI", "Lint", "Deploy"],
    "android": ["CI", "E2E", "Release"],
    "ios": ["CI", "E2E", "Release"],
    "infra": ["CI"],
    "data-pipelines": ["CI", "Lint"],
    "design-system": ["CI", "Lint", "Release"],
    "auth-service": ["CI", "Lint", "CodeQL", "Deploy"],
    "cli": ["CI", "Release"],
    "legacy-monolith": ["CI"],
}
# hours of the day (UTC) people work: Europe-based, a lunch dip, a few late evenings
HOUR_WEIGHTS = [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 2.0, 5.0, 8.0, 9.0, 8.5, 5.5, 7.5, 9.0, 8.5, 7.0, 4.5, 2.0, 1.3,
                1.0, 0.8, 0.6, 0.4]  # fmt: skip


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next = {"repo": 301_220_000, "user": 8_120_000, "pr": 1_220_400_000, "review": 1_640_000_000,
                     "issue": 1_530_000_000, "comment": 1_380_000_000, "workflow": 41_000_000,
                     "run": 3_800_000_000, "release": 88_000_000, "label": 5_100_000_000, "team": 7_300_000}  # fmt: skip

    def take(self, kind: str, gap: int = 40) -> int:
        self.next[kind] += self.rng.randint(1, gap)
        return self.next[kind]


def _node(rng: random.Random, prefix: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return prefix + "".join(rng.choice(alphabet) for _ in range(16))


def _sha(rng: random.Random) -> str:
    return f"{rng.getrandbits(160):040x}"


def _iso(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _airbyte(rng: random.Random, extracted: dt.datetime = SYNC) -> tuple[Any, ...]:
    raw = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return (raw, extracted, '{"changes":[],"sync_id":48213}', 7)


def _user_json(login: str, uid: int, kind: str = "User") -> dict[str, Any]:
    slug = login.replace("[bot]", "")
    return {"login": login, "id": uid, "node_id": f"MDQ6VXNlcj{uid}" if kind == "User" else BOTS[login][1],
            "avatar_url": f"https://avatars.githubusercontent.com/u/{uid}?v=4" if kind == "User"
            else f"https://avatars.githubusercontent.com/in/{uid % 100000}?v=4",
            "url": f"{API}/users/{login}", "html_url": f"{WEB}/{'apps/' + slug if kind == 'Bot' else login}",
            "type": kind, "site_admin": False}  # fmt: skip


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def _is_workday(day: dt.date) -> bool:
    if day.weekday() >= 5:
        return False
    return not ((day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1))


def _working_time(rng: random.Random, day: dt.date) -> dt.datetime:
    hour = weighted(rng, list(range(24)), HOUR_WEIGHTS)
    return dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=UTC)


def _advance_working(rng: random.Random, start: dt.datetime, hours: float) -> dt.datetime:
    """`hours` of working time (08:00-18:00 UTC on workdays) after `start`, plus a few minutes of noise."""
    t = start
    remaining = hours
    while remaining > 0:
        day = t.date()
        if not _is_workday(day) and rng.random() < 0.9:
            t = dt.datetime(day.year, day.month, day.day, 8, rng.randint(0, 50), tzinfo=UTC) + dt.timedelta(days=1)
            continue
        end_of_day = dt.datetime(day.year, day.month, day.day, 18, 0, tzinfo=UTC)
        if t < dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC):
            t = dt.datetime(day.year, day.month, day.day, 8, rng.randint(0, 40), tzinfo=UTC)
        available = (end_of_day - t).total_seconds() / 3600
        if available >= remaining:
            return t + dt.timedelta(hours=remaining)
        remaining -= max(available, 0)
        t = dt.datetime(day.year, day.month, day.day, 8, rng.randint(0, 50), tzinfo=UTC) + dt.timedelta(days=1)
    return t


def build() -> Catalog:
    """The whole organisation, deterministic for the module's seed."""
    rng = random.Random(SEED)
    ids = _Ids(rng)
    catalog = Catalog(ddl=list(DDL))
    end_dt = dt.datetime(END.year, END.month, END.day, 23, 59, 59, tzinfo=UTC)

    # --- people: 18 engineers at the start, hiring to about 50; a few leave
    people: list[dict[str, Any]] = []
    used: set[str] = set()
    hires = [dt.date(2020, 1, 1)] * 18
    day = START
    while day <= END:
        if rng.random() < (0.036 if day.year == 2023 else 0.05):
            hires.append(day)
        day += dt.timedelta(days=1)
    teams_cycle = [t[0] for t in TEAMS]
    for n, hired in enumerate(hires):
        while True:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            login = weighted(rng, [f"{first}{last[0]}", f"{first}-{last}", f"{first[0]}{last}", f"{first}{last}dev"],
                             [3, 3, 2, 1])  # fmt: skip
            if login not in used:
                used.add(login)
                break
        team = teams_cycle[n % 6] if n < 18 else weighted(rng, teams_cycle, [1.3, 1.3, 1.2, 1.0, 0.6, 0.6])
        left = None
        if rng.random() < 0.12:
            left = hired + dt.timedelta(days=rng.randint(200, 500))
            if left > END or left < START:
                left = None
        people.append({"login": login, "id": ids.take("user", 90_000), "team": team, "hired": hired, "left": left,
                       "rate": rng.lognormvariate(0, 0.45), "lead": n < 6,
                       "review_weight": 4.0 if n < 6 else rng.lognormvariate(0, 0.5)})  # fmt: skip
    for p in people:
        p["json"] = _user_json(p["login"], p["id"])
    bot_json = {b: _user_json(b, v[0], "Bot") for b, v in BOTS.items()}

    user_rows: list[Row] = []
    member_rows: list[Row] = []
    for p in people:
        if p["left"] is not None:
            continue
        u = p["json"]
        user_rows.append((u["login"], u["id"], u["node_id"], u["avatar_url"], "", u["url"], u["html_url"], "User",
                          False, ORG, *_airbyte(rng)))  # fmt: skip
        member_rows.append((u["login"], u["id"], u["node_id"], u["avatar_url"], u["url"], u["html_url"], "User",
                            False, ORG, p["team"], *_airbyte(rng)))  # fmt: skip
    team_rows: list[Row] = []
    for slug, name, desc in TEAMS:
        tid = ids.take("team")
        team_rows.append((tid, _node(rng, "T_kwDOA"), f"{API}/organizations/61230045/team/{tid}",
                          f"{WEB}/orgs/{ORG}/teams/{slug}", name, slug, desc, "closed", "notifications_enabled",
                          "pull", f"{API}/organizations/61230045/team/{tid}/members{{/member}}",
                          f"{API}/organizations/61230045/team/{tid}/repos", None, ORG, *_airbyte(rng)))  # fmt: skip

    org_json = {"login": ORG, "id": 61230045, "node_id": "O_kgDOA6ZbjQ", "url": f"{API}/users/{ORG}",
                "html_url": f"{WEB}/{ORG}", "type": "Organization", "site_admin": False}  # fmt: skip

    # --- repositories, labels, workflows
    repo_rows: list[Row] = []
    label_rows: list[Row] = []
    wf_rows: list[Row] = []
    repo_info: dict[str, dict[str, Any]] = {}
    for name, team, lang, created, archived, _desc in REPOS:
        rid = ids.take("repo", 3_000_000)
        full = f"{ORG}/{name}"
        repo_info[name] = {"id": rid, "full": full, "team": team, "lang": lang, "created": created,
                           "archived": archived, "next_number": rng.randint(1, 40) if created < START else 1,
                           "workflows": {}, "json": {"id": rid, "node_id": _node(rng, "R_kgDOG"), "name": name,
                                                     "full_name": full, "private": True, "owner": org_json,
                                                     "html_url": f"{WEB}/{full}", "url": f"{API}/repos/{full}"}}  # fmt: skip
        for lname, ldesc, color, default in LABELS:
            lid = ids.take("label", 500)
            label_rows.append((full, lid, _node(rng, "LA_kwDOG"), f"{API}/repos/{full}/labels/{lname.replace(' ', '%20')}",
                               lname, ldesc, color, default, *_airbyte(rng)))  # fmt: skip
        for wname in REPO_WORKFLOWS[name]:
            file, _, _ = WORKFLOWS[wname]
            wid = ids.take("workflow", 900_000)
            wcreated = dt.datetime.combine(max(created, dt.date(2021, 6, 1)), dt.time(10, 30), tzinfo=UTC)
            if wname == "CodeQL" and name in ("api", "payments-service"):
                wcreated = dt.datetime(2023, 2, 14, 11, 5, tzinfo=UTC)
            state = "disabled_manually" if archived is not None else "active"
            repo_info[name]["workflows"][wname] = {"id": wid, "runs": 0, "created": wcreated}
            wf_rows.append((wid, _node(rng, "W_kwDOG"), wname, f".github/workflows/{file}", state, wcreated,
                            wcreated + dt.timedelta(days=rng.randint(30, 500)), f"{API}/repos/{full}/actions/workflows/{wid}",
                            f"{WEB}/{full}/blob/main/.github/workflows/{file}", f"{WEB}/{full}/workflows/{wname}/badge.svg",
                            full, *_airbyte(rng)))  # fmt: skip

    pr_rows: list[Row] = []
    stat_rows: list[Row] = []
    review_rows: list[Row] = []
    commit_rows: list[Row] = []
    issue_rows: list[Row] = []
    comment_rows: list[Row] = []
    run_rows: list[Row] = []
    release_rows: list[Row] = []

    def repo_for(person: dict[str, Any], day: dt.date) -> str:
        live = [r for r, info in repo_info.items()
                if dt.datetime.combine(info["created"], dt.time(), tzinfo=UTC).date() <= day
                and (info["archived"] is None or day < info["archived"])]  # fmt: skip
        own = [r for r in live if repo_info[r]["team"] == person["team"]]
        if own and rng.random() < 0.82:
            return rng.choice(own)
        return rng.choice(live)

    def add_comment(repo: str, number: int, who: dict[str, Any], when: dt.datetime, body: str) -> None:
        full = repo_info[repo]["full"]
        cid = ids.take("comment", 3000)
        comment_rows.append((full, cid, _node(rng, "IC_kwDOG"), _dumps(who), f"{API}/repos/{full}/issues/comments/{cid}",
                             f"{WEB}/{full}/issues/{number}#issuecomment-{cid}", body, who["id"], when, when,
                             f"{API}/repos/{full}/issues/{number}", "MEMBER" if who["type"] == "User" else "NONE",
                             *_airbyte(rng)))  # fmt: skip

    def add_run(
        repo: str,
        wname: str,
        event: str,
        branch: str,
        sha: str,
        title: str,
        actor: dict[str, Any],
        when: dt.datetime,
        prs: list[dict[str, Any]],
        failure_boost: float = 1.0,
    ) -> str | None:
        info = repo_info[repo]
        wf = info["workflows"].get(wname)
        if wf is None or when < wf["created"]:
            return None
        _, fail_rate, minutes = WORKFLOWS[wname]
        if wname == "E2E" and when.date() >= dt.date(2024, 9, 1):
            fail_rate = 0.09  # the flaky suite was quarantined
        wf["runs"] += 1
        attempt = 1
        conclusion = None
        while True:
            rid = ids.take("run", 6000)
            started = when + dt.timedelta(seconds=rng.randint(2, 40))
            duration = dt.timedelta(minutes=max(0.4, rng.lognormvariate(math.log(minutes), 0.35)))
            updated = started + duration
            if updated > end_dt:
                status, conclusion = "queued", None  # stuck in the queue at the sync
            else:
                status = "completed"
                roll = rng.random()
                if event == "pull_request" and rng.random() < 0.05:
                    conclusion = "cancelled"  # superseded by a newer push
                    updated = started + duration / 3
                elif wname == "Deploy" and title.startswith(("docs", "chore", "Bump")):
                    conclusion = "skipped"
                    updated = started + dt.timedelta(seconds=3)
                elif roll < fail_rate * failure_boost:
                    conclusion = "failure"
                else:
                    conclusion = "success"
            full = info["full"]
            run_rows.append((rid, wname, _node(rng, "WFR_kwLOG"), branch, sha, f".github/workflows/{WORKFLOWS[wname][0]}",
                             title, wf["runs"], event, status, conclusion, wf["id"], rid // 3 + 77,
                             f"{API}/repos/{full}/actions/runs/{rid}", f"{WEB}/{full}/actions/runs/{rid}",
                             _dumps([{"number": p["number"], "url": p["url"], "id": p["id"]} for p in prs]),
                             when, updated, _dumps(actor), attempt, started, _dumps(actor),
                             f"{API}/repos/{full}/actions/runs/{rid}/jobs", f"{API}/repos/{full}/actions/runs/{rid}/logs",
                             f"{API}/repos/{full}/actions/workflows/{wf['id']}",
                             _dumps({"id": sha, "tree_id": _sha(rng), "message": title, "timestamp": _iso(when),
                                     "author": {"name": actor["login"], "email": f"{actor['login']}@users.noreply.github.com"}}),
                             _dumps(info["json"]), _dumps(info["json"]), *_airbyte(rng)))  # fmt: skip
            # a failed E2E or CI run is often re-run (run_attempt 2) when it was flaky
            if conclusion == "failure" and attempt == 1 and wname in ("E2E", "CI") and rng.random() < 0.55:
                attempt = 2
                when = updated + dt.timedelta(minutes=rng.randint(2, 90))
                continue
            return conclusion

    def add_commit(
        repo: str,
        sha: str,
        author: dict[str, Any] | None,
        name: str,
        email: str,
        when: dt.datetime,
        message: str,
        parent: str,
    ) -> None:
        info = repo_info[repo]
        full = info["full"]
        web_flow = {"login": "web-flow", "id": 19864447, "type": "User", "site_admin": False}
        body = {"author": {"name": name, "email": email, "date": _iso(when)},
                "committer": {"name": "GitHub", "email": "noreply@github.com", "date": _iso(when)},
                "message": message, "tree": {"sha": _sha(rng)}, "url": f"{API}/repos/{full}/git/commits/{sha}",
                "comment_count": 0, "verification": {"verified": True, "reason": "valid"}}  # fmt: skip
        commit_rows.append((full, sha, _node(rng, "C_kwDOG"), _dumps(body), f"{API}/repos/{full}/commits/{sha}",
                            f"{WEB}/{full}/commit/{sha}", f"{API}/repos/{full}/commits/{sha}/comments",
                            _dumps(author), _dumps(web_flow), _dumps([{"sha": parent}]), "main", when,
                            *_airbyte(rng)))  # fmt: skip
        info["head"] = sha

    for info in repo_info.values():
        info["head"] = _sha(rng)

    def pr_record(
        repo: str,
        author: dict[str, Any],
        created: dt.datetime,
        title: str,
        branch: str,
        labels: list[str],
        is_bot: bool,
    ) -> dict[str, Any]:
        info = repo_info[repo]
        number = info["next_number"]
        info["next_number"] += 1
        full = info["full"]
        return {"repo": repo, "full": full, "number": number, "id": ids.take("pr", 400_000), "author": author,
                "created": created, "title": title, "branch": branch, "labels": labels, "bot": is_bot,
                "url": f"{API}/repos/{full}/pulls/{number}"}  # fmt: skip

    def label_json(full: str, names: list[str]) -> list[dict[str, Any]]:
        return [{"name": n, "color": next((c for ln, _, c, _ in LABELS if ln == n), "16e2e2" if n == "go" else "168700"), "default": n in
                 ("bug", "documentation", "enhancement", "question", "wontfix", "duplicate")} for n in names]  # fmt: skip

    def finish_pr(pr: dict[str, Any], person: dict[str, Any] | None, size: int) -> None:
        """Reviews, merge or close, stats, commit on main, CI runs and the issue row of one pull request."""
        repo, full, created = pr["repo"], pr["full"], pr["created"]
        info = repo_info[repo]
        author = pr["author"]
        draft_open = (not pr["bot"]) and rng.random() < 0.13
        age_factor = 1.25 - 0.35 * (created.date() - START).days / (END - START).days  # faster over time
        ready = _advance_working(rng, created, rng.lognormvariate(math.log(6), 0.8)) if draft_open else created
        # reviewers: teammates weighted by review load, never the author
        pool = [p for p in people if p["hired"] <= created.date() and (p["left"] is None or p["left"] > created.date())
                and p["login"] != author["login"]]  # fmt: skip
        mates = [p for p in pool if person is None or p["team"] == person["team"]] or pool
        n_reviews = 1 if pr["bot"] else weighted(rng, [1, 2, 3, 4], [0.45, 0.33, 0.16, 0.06])
        additions = size
        deletions = max(0, int(size * rng.uniform(0.1, 0.9)))
        commits_n = 1 if pr["bot"] else max(1, min(25, int(rng.lognormvariate(math.log(1 + size / 80), 0.6))))
        outcome = weighted(rng, ["merged", "closed", "open"], [0.6, 0.32, 0.08] if pr["bot"] else [0.86, 0.1, 0.04])
        first_wait = rng.lognormvariate(math.log(3.0 if not pr["bot"] else 10.0), 0.9) * age_factor
        t = _advance_working(rng, ready, first_wait)
        reviews: list[tuple[dict[str, Any], str, dt.datetime]] = []
        for k in range(n_reviews):
            reviewer = rng.choices(mates, weights=[m["review_weight"] for m in mates], k=1)[0]
            last = k == n_reviews - 1
            if last and outcome == "merged":
                state = "APPROVED"
            else:
                state = weighted(rng, ["APPROVED", "CHANGES_REQUESTED", "COMMENTED"], [0.45, 0.3, 0.25])
            reviews.append((reviewer["json"], state, t))
            t = _advance_working(rng, t, rng.lognormvariate(math.log(2.0 + size / 150), 0.8) * age_factor)
        merge_at = _advance_working(rng, t, rng.uniform(0.05, 1.5)) if outcome == "merged" else None
        close_at = None
        if outcome == "closed":
            close_at = _advance_working(rng, created, rng.lognormvariate(math.log(40), 1.0))
        if (merge_at or close_at or created) > end_dt:
            outcome, merge_at, close_at = "open", None, None
        if outcome == "open":
            reviews = [r for r in reviews if r[2] <= end_dt][: rng.randint(0, len(reviews))]
        still_draft = draft_open and outcome == "open" and rng.random() < 0.6
        if still_draft:
            reviews = []
        merger = reviews[-1][0] if reviews and outcome == "merged" and rng.random() < 0.3 else author
        if pr["bot"] and outcome == "merged":
            merger = reviews[-1][0] if reviews else rng.choice(mates)["json"]
        closed = merge_at or close_at
        merge_sha = _sha(rng) if merge_at else (None if outcome == "open" else _sha(rng))
        updated = (closed or max([created, *[r[2] for r in reviews]])) + dt.timedelta(minutes=rng.randint(0, 30))
        head = {"label": f"{ORG}:{pr['branch']}", "ref": pr["branch"], "sha": _sha(rng), "user": org_json,
                "repo": {"id": info["id"], "name": repo, "full_name": full}}  # fmt: skip
        base = {"label": f"{ORG}:main", "ref": "main", "sha": info["head"], "user": org_json,
                "repo": {"id": info["id"], "name": repo, "full_name": full}}  # fmt: skip
        requested = [r[0] for r in reviews[:1]] if outcome == "open" and reviews else []
        labels = label_json(full, pr["labels"])
        node = _node(rng, "PR_kwDOG")
        pr_rows.append((full, pr["id"], node, pr["url"], f"{WEB}/{full}/pull/{pr['number']}",
                        f"{WEB}/{full}/pull/{pr['number']}.diff", pr["number"], "open" if outcome == "open" else "closed",
                        False, pr["title"], _dumps(author), None if pr["bot"] else f"Closes part of {pr['title'].lower()}.",
                        created, updated, closed, merge_at, merge_sha, None, "[]", _dumps(requested), "[]",
                        _dumps(labels), None, still_draft, _dumps(head), _dumps(base),
                        _dumps({"html": {"href": f"{WEB}/{full}/pull/{pr['number']}"}}),
                        "NONE" if pr["bot"] else ("MEMBER" if rng.random() < 0.9 else "CONTRIBUTOR"),
                        None, None, *_airbyte(rng)))  # fmt: skip
        comments_n = 0 if pr["bot"] else weighted(rng, [0, 1, 2, 3, 5], [0.45, 0.25, 0.15, 0.1, 0.05])
        review_comments = sum(rng.randint(0, 4) for r in reviews if r[1] != "APPROVED")
        stat_rows.append((full, pr["id"], node, pr["number"], updated, max(1, int(size / rng.uniform(20, 70))),
                          deletions, additions, outcome == "merged",
                          None if outcome != "open" else weighted(rng, ["MERGEABLE", "CONFLICTING"], [0.7, 0.3]),
                          outcome == "open", True, "CLEAN" if outcome == "merged" else ("DIRTY" if outcome == "closed" else "BLOCKED"),
                          comments_n, commits_n, review_comments, _dumps(merger if merge_at else None),
                          *_airbyte(rng)))  # fmt: skip
        for reviewer, state, when in reviews:
            rid = ids.take("review", 8000)
            review_rows.append((full, rid, _node(rng, "PRR_kwDOG"), _dumps({k: reviewer[k] for k in ("login", "id", "node_id", "avatar_url", "html_url", "type")}),
                                "" if state == "APPROVED" and rng.random() < 0.7 else "Left a few comments.", state,
                                f"{WEB}/{full}/pull/{pr['number']}#pullrequestreview-{rid}", pr["url"],
                                _dumps({"html": {"href": f"{WEB}/{full}/pull/{pr['number']}#pullrequestreview-{rid}"}}),
                                when, when, when, head["sha"], "MEMBER", *_airbyte(rng)))  # fmt: skip
        # conversation comments
        for _ in range(comments_n):
            who = rng.choice([author, *[r[0] for r in reviews]]) if reviews else author
            when = _advance_working(rng, created, rng.uniform(0.5, 20))
            if when <= end_dt:
                add_comment(
                    repo, pr["number"], who, when, "LGTM once CI is green" if rng.random() < 0.3 else "Updated."
                )
        # the issue row GitHub's issues API gives for every pull request
        issue_rows.append((full, ids.take("issue", 5000), _node(rng, "PR_kwDOG"), f"{API}/repos/{full}/issues/{pr['number']}",
                           f"{API}/repos/{full}", f"{API}/repos/{full}/issues/{pr['number']}/labels{{/name}}",
                           f"{API}/repos/{full}/issues/{pr['number']}/comments", f"{API}/repos/{full}/issues/{pr['number']}/events",
                           f"{WEB}/{full}/pull/{pr['number']}", pr["number"], "open" if outcome == "open" else "closed",
                           pr["title"], _dumps(author), _dumps(labels), None, "[]", None, False, None, comments_n,
                           _dumps({"url": pr["url"], "html_url": f"{WEB}/{full}/pull/{pr['number']}",
                                   "merged_at": _iso(merge_at) if merge_at else None}),
                           closed, created, updated, "NONE" if pr["bot"] else "MEMBER", still_draft,
                           _dumps({"total_count": 0, "+1": 0}), f"{API}/repos/{full}/issues/{pr['number']}/timeline",
                           None, None, *_airbyte(rng)))  # fmt: skip
        # CI on the pull request's pushes, then on main after the merge
        pr_ref = [{"number": pr["number"], "url": pr["url"], "id": pr["id"]}]
        push_times = [
            created + dt.timedelta(minutes=rng.randint(0, 50) + 60 * i * rng.uniform(0.3, 3)) for i in range(commits_n)
        ]
        for when in push_times:
            if when > end_dt:
                continue
            for wname in ("CI", "Lint", "E2E", "CodeQL"):
                if wname == "CodeQL" and rng.random() < 0.7:
                    continue
                add_run(repo, wname, "pull_request", pr["branch"], str(head["sha"]), pr["title"], author, when, pr_ref,
                        failure_boost=1.6 if size > 600 else 1.0)  # fmt: skip
        if merge_at:
            msg = f"{pr['title']} (#{pr['number']})"
            if pr["bot"]:
                add_commit(repo, merge_sha or "", author, "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                           merge_at, msg, info["head"])  # fmt: skip
            else:
                known = rng.random() > 0.04  # a commit email not linked to any account has no author object
                add_commit(repo, merge_sha or "", author if known else None, author["login"].replace("-", " ").title(),
                           f"{author['login']}@quillpay.io", merge_at, msg, info["head"])  # fmt: skip
            for wname in ("CI", "Deploy"):
                add_run(
                    repo, wname, "push", "main", merge_sha or "", msg, merger, merge_at + dt.timedelta(seconds=5), []
                )

    # --- human pull requests and issues, day by day
    day = START
    while day <= END:
        workday = _is_workday(day)
        season = 0.7 if day.month == 8 else (0.75 if day.month == 12 and day.day > 18 else 1.0)
        for person in people:
            if person["hired"] > day or (person["left"] is not None and person["left"] <= day):
                continue
            ramp = min(1.0, 0.35 + (day - person["hired"]).days / 90) if person["hired"] >= START else 1.0
            mean = (0.42 if workday else 0.025) * person["rate"] * season * ramp * TEAM_WEIGHT[person["team"]] / 1.05
            n = (1 if rng.random() < mean else 0) + (1 if rng.random() < mean * 0.25 else 0)
            for _ in range(n):
                repo = repo_for(person, day)
                created = _working_time(rng, day)
                kind = weighted(rng, ["feat", "fix", "chore", "refactor", "docs"], [0.38, 0.3, 0.14, 0.12, 0.06])
                title = f"{rng.choice(VERBS)} {rng.choice(NOUNS)}"
                labels = {"feat": ["feature"], "fix": ["bug"], "chore": [], "refactor": ["tech-debt"],
                          "docs": ["documentation"]}[kind]  # fmt: skip
                if kind == "fix" and rng.random() < 0.15:
                    labels = [*labels, "priority: high"]
                if rng.random() < 0.25:
                    labels = []
                size = max(1, int(rng.lognormvariate(math.log(90 if kind != "docs" else 25), 1.1)))
                branch = f"{person['login']}/{kind}-{title.lower().replace(' ', '-')}"[:60]
                pr = pr_record(repo, person["json"], created, f"{kind}: {title}" if rng.random() < 0.6 else title,
                               branch, labels, False)  # fmt: skip
                finish_pr(pr, person, size)
            # issues
            if rng.random() < (0.11 if workday else 0.01) * season:
                repo = repo_for(person, day)
                info = repo_info[repo]
                full = info["full"]
                number = info["next_number"]
                info["next_number"] += 1
                created = _working_time(rng, day)
                kind = weighted(rng, ["bug", "feature", "tech-debt", "documentation", "question", None],
                                [0.45, 0.28, 0.11, 0.05, 0.05, 0.06])  # fmt: skip
                labels = [kind] if kind else []
                if kind == "bug" and rng.random() < 0.2:
                    labels.append("priority: high")
                if kind == "bug" and rng.random() < 0.05:
                    labels.append("security")
                if kind in ("documentation", "tech-debt") and rng.random() < 0.15:
                    labels.append("good first issue")
                close_days = rng.lognormvariate(math.log(6 if "priority: high" in labels else 20), 1.2)
                closed: dt.datetime | None = created + dt.timedelta(days=close_days)
                state_reason = "completed"
                if rng.random() < 0.12:
                    state_reason = "not_planned"
                    labels.append(weighted(rng, ["wontfix", "duplicate", "invalid"], [0.5, 0.35, 0.15]))
                if rng.random() < (0.22 if kind in ("feature", "tech-debt") else 0.08):
                    closed = None
                if closed is not None and closed > end_dt:
                    closed = None
                if closed is None:
                    state_reason = None
                    labels = [lb for lb in labels if lb not in ("wontfix", "duplicate", "invalid")]
                assignee = (
                    rng.choice([p for p in people if p["team"] == info["team"]] or people)["json"]
                    if rng.random() < 0.7
                    else None
                )
                n_comments = weighted(rng, [0, 1, 2, 3, 4, 6], [0.3, 0.25, 0.2, 0.12, 0.08, 0.05])
                title = (f"{rng.choice(NOUNS).capitalize()} {weighted(rng, ['fails', 'is slow', 'returns 500', 'breaks on Safari', 'times out'], [3, 2, 2, 1, 2])}"
                         if kind == "bug" else f"{rng.choice(VERBS)} {rng.choice(NOUNS)}")  # fmt: skip
                updated = (closed or created) + dt.timedelta(hours=rng.uniform(0, 30))
                if updated > SYNC:
                    updated = SYNC - dt.timedelta(hours=rng.uniform(30, 90))
                issue_rows.append((full, ids.take("issue", 5000), _node(rng, "I_kwDOG"), f"{API}/repos/{full}/issues/{number}",
                                   f"{API}/repos/{full}", f"{API}/repos/{full}/issues/{number}/labels{{/name}}",
                                   f"{API}/repos/{full}/issues/{number}/comments", f"{API}/repos/{full}/issues/{number}/events",
                                   f"{WEB}/{full}/issues/{number}", number, "closed" if closed else "open", title,
                                   _dumps(person["json"]), _dumps(label_json(full, labels)), _dumps(assignee),
                                   _dumps([assignee] if assignee else []), None, False, None, n_comments, None, closed,
                                   created, updated, "MEMBER", False,
                                   _dumps({"total_count": rng.randint(0, 3), "+1": rng.randint(0, 3)}),
                                   f"{API}/repos/{full}/issues/{number}/timeline", state_reason,
                                   "Steps to reproduce:\n1. ..." if kind == "bug" else "", *_airbyte(rng)))  # fmt: skip
                for _ in range(n_comments):
                    who = rng.choice(people)
                    when = created + dt.timedelta(hours=rng.uniform(0.2, 24 * min(close_days, 30)))
                    if when <= end_dt and who["hired"] <= when.date():
                        add_comment(repo, number, who["json"], when, "Can reproduce." if kind == "bug" else "+1")
        # dependabot: Monday morning bumps on repositories with dependencies
        if day.weekday() == 0:
            for repo, info in repo_info.items():
                if info["created"] > day or (info["archived"] is not None and day >= info["archived"]):
                    continue
                lang = info["lang"] or "Go"
                for _ in range(weighted(rng, [0, 1, 2, 3], [0.3, 0.35, 0.25, 0.1])):
                    pkg = rng.choice(DEP_PKG[lang])
                    major, minor = rng.randint(1, 9), rng.randint(0, 30)
                    created = dt.datetime(day.year, day.month, day.day, rng.randint(4, 6), rng.randint(0, 59),
                                          rng.randint(0, 59), tzinfo=UTC)  # fmt: skip
                    title = f"Bump {pkg} from {major}.{minor}.{rng.randint(0, 9)} to {major}.{minor + 1}.0"
                    branch = f"dependabot/{DEP_LANG[lang]}/{pkg.replace('/', '-')}-{major}.{minor + 1}.0"
                    pr = pr_record(repo, bot_json["dependabot[bot]"], created, title, branch,
                                   ["dependencies", DEP_LANG[lang]] if DEP_LANG[lang] in ("go", "javascript") else ["dependencies"], True)  # fmt: skip
                    finish_pr(pr, None, rng.randint(2, 40))
        day += dt.timedelta(days=1)

    # dependabot's language labels exist where it uses them
    for info in repo_info.values():
        extra = DEP_LANG[info["lang"] or "Go"]
        if extra in ("go", "javascript"):
            label_rows.append((info["full"], ids.take("label", 500), _node(rng, "LA_kwDOG"),
                               f"{API}/repos/{info['full']}/labels/{extra}", extra,
                               f"Pull requests that update {'Go' if extra == 'go' else 'Javascript'} code",
                               "16e2e2" if extra == "go" else "168700", False, *_airbyte(rng)))  # fmt: skip

    # scheduled CodeQL (Mondays 03:17) and nightly E2E on main
    day = START
    while day <= END:
        for repo, info in repo_info.items():
            if info["archived"] is not None and day >= info["archived"]:
                continue
            when = dt.datetime(day.year, day.month, day.day, 3, 17, rng.randint(0, 59), tzinfo=UTC)
            if day.weekday() == 0 and "CodeQL" in info["workflows"]:
                add_run(
                    repo,
                    "CodeQL",
                    "schedule",
                    "main",
                    info["head"],
                    "CodeQL",
                    bot_json["github-actions[bot]"],
                    when,
                    [],
                )
            if "E2E" in info["workflows"] and day.weekday() < 5:
                add_run(repo, "E2E", "schedule", "main", info["head"], "E2E", bot_json["github-actions[bot]"],
                        when + dt.timedelta(hours=-1), [])  # fmt: skip
        day += dt.timedelta(days=1)

    # --- releases
    cadence = {"api": 7, "payments-service": 10, "ledger": 14, "android": 14, "ios": 14, "cli": 30,
               "design-system": 21, "auth-service": 14}  # fmt: skip
    for repo, every in cadence.items():
        info = repo_info[repo]
        full = info["full"]
        major, minor, patch = (1, 4, 0) if info["created"] < START else (0, 1, 0)
        day = max(START, info["created"] + dt.timedelta(days=20))
        while day <= END:
            day += dt.timedelta(days=max(2, int(rng.gauss(every, every * 0.25))))
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
            if day > END or (day.month == 12 and day.day > 20):
                continue
            if rng.random() < 0.25:
                patch += 1
            else:
                minor, patch = minor + 1, 0
            if repo == "api" and day >= dt.date(2024, 4, 8) and major == 1:
                major, minor, patch = 2, 0, 0
            pre = rng.random() < (0.15 if repo in ("android", "ios") else 0.05)
            tag = f"v{major}.{minor}.{patch}" + ("-rc.1" if pre else "")
            when = dt.datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.randint(0, 59), tzinfo=UTC)
            relid = ids.take("release", 40_000)
            author = bot_json["github-actions[bot]"] if "Release" in info["workflows"] else rng.choice(
                [p for p in people if p["team"] == info["team"] and p["hired"] <= day and (p["left"] is None or p["left"] > day)] or people)["json"]  # fmt: skip
            assets = ([{"name": f"app-{tag}.apk" if repo == "android" else f"quill_{tag}_linux_amd64.tar.gz",
                        "size": rng.randint(8_000_000, 60_000_000), "download_count": rng.randint(0, 400)}]
                      if repo in ("android", "cli") else [])  # fmt: skip
            release_rows.append((full, f"{API}/repos/{full}/releases/{relid}", f"{WEB}/{full}/releases/tag/{tag}",
                                 f"{API}/repos/{full}/releases/{relid}/assets",
                                 f"https://uploads.github.com/repos/{full}/releases/{relid}/assets{{?name,label}}",
                                 f"{API}/repos/{full}/tarball/{tag}", f"{API}/repos/{full}/zipball/{tag}", relid,
                                 _node(rng, "RE_kwDOG"), tag, "main", tag, "## What's Changed\n* ...", False, pre,
                                 when - dt.timedelta(minutes=rng.randint(1, 20)), when, _dumps(author), _dumps(assets),
                                 *_airbyte(rng)))  # fmt: skip
            if "Release" in info["workflows"]:
                add_run(repo, "Release", "release", tag, info["head"], tag, author, when + dt.timedelta(seconds=4), [])

    # --- repository rows (counts as of the sync)
    open_counts: dict[str, int] = {}
    for row in issue_rows:
        if row[10] == "open":
            open_counts[row[0]] = open_counts.get(row[0], 0) + 1
    for name, team, lang, created, archived, desc in REPOS:
        info = repo_info[name]
        cdt = dt.datetime.combine(created, dt.time(9, 41), tzinfo=UTC)
        pushed = (
            dt.datetime.combine(archived, dt.time(15), tzinfo=UTC)
            if archived
            else SYNC - dt.timedelta(days=rng.randint(5, 9))
        )
        repo_rows.append((info["id"], info["json"]["node_id"], name, info["full"], _dumps(org_json), True,
                          f"{WEB}/{info['full']}", desc, False, f"{API}/repos/{info['full']}", cdt, pushed, pushed, None,
                          rng.randint(2_000, 250_000), rng.randint(0, 12), rng.randint(0, 12), lang, True, False, False, 0,
                          archived is not None, False, open_counts.get(info["full"], 0),
                          _dumps([team, (lang or "docs").lower()]), "private", "main",
                          _dumps({"admin": False, "maintain": False, "push": True, "triage": True, "pull": True}),
                          ORG, *_airbyte(rng)))  # fmt: skip

    catalog.add("repositories", repo_rows)
    catalog.add("users", user_rows)
    catalog.add("teams", team_rows)
    catalog.add("team_members", member_rows)
    catalog.add("pull_requests", pr_rows)
    catalog.add("pull_request_stats", stat_rows)
    catalog.add("reviews", review_rows)
    catalog.add("commits", commit_rows)
    catalog.add("issues", issue_rows)
    catalog.add("issue_labels", label_rows)
    catalog.add("comments", comment_rows)
    catalog.add("workflows", wf_rows)
    catalog.add("workflow_runs", run_rows)
    catalog.add("releases", release_rows)
    return catalog
