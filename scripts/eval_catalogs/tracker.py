"""A Jira Cloud site loaded into a warehouse: the issue CSV export with Jira's headers, plus REST pulls.

Eight `jira_` tables. `jira_issues` keeps the CSV export's column headers, spaces and parentheses included
("Issue key", "Issue Type", "Story Points", "Custom field (Team)", "Original Estimate" and "Time Spent" in
seconds, "Sprint" holding the sprint's name, "Custom field (Epic Link)" the epic's key); the other tables come
from the REST API with its camelCase field names: `projects`, `users` (text `accountId` keys, `displayName`), `sprints` (state closed /
active, start, end and complete dates), `worklogs` (`authorAccountId`, `startedAt`, `timeSpentSeconds`),
`changelog` (status transitions with `fromString` / `toString`, a few priority changes), `components` and
`issue_components`. Two keys from `issues` to `users` (assignee and reporter), issue keys like 'PLAT-1234',
two years of data with a team that grows (a Data project from 2024), a holiday dip at the turn of the year,
reopened bugs, unresolved issues with NULL "Resolution date", unestimated issues and a few outlier story points.
Deterministic: everything comes from one seeded `random.Random`.

Renamed because the vocabulary test found the published name in the analyst's code: tables carry a `jira_`
prefix (users, projects), "Assignee" / "Reporter" are the export's "Assignee Id" / "Reporter Id", "Created" /
"Resolved" / "Resolution" became "Creation date" / "Resolution date" / "Resolution type", "Parent" the classic
"Custom field (Epic Link)", project `key` is `projectKey`, the REST `author` / `created` / `started` / `field` /
`comment` / `goal` are `authorAccountId` / `changedAt` / `startedAt` / `fieldId` / `worklogComment` /
`sprintGoal`; the Done status is the classic workflow's "Closed" with resolution "Completed" and "Won't Fix",
priorities are "P1 - Blocker" ... "P5 - Trivial", the data project's key is DP, teams and components avoid
Payments, Growth, Checkout, Warehouse and Reporting; labels, due dates, component descriptions and future
sprints were left out.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, days, poisson, weighted, words

SEED = 150_029
START, TODAY = dt.date(2023, 7, 3), dt.date(2025, 6, 27)
NOW = dt.datetime(2025, 6, 27, 17, 0)

DDL = [
    """CREATE TABLE jira_users (
        accountId VARCHAR PRIMARY KEY, accountType VARCHAR NOT NULL, displayName VARCHAR NOT NULL,
        emailAddress VARCHAR, active BOOLEAN NOT NULL, timeZone VARCHAR)""",
    """CREATE TABLE jira_projects (
        id INTEGER PRIMARY KEY, projectKey VARCHAR NOT NULL UNIQUE, name VARCHAR NOT NULL,
        projectTypeKey VARCHAR NOT NULL, projectCategory VARCHAR, lead VARCHAR REFERENCES jira_users (accountId))""",
    """CREATE TABLE jira_sprints (
        id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, state VARCHAR NOT NULL, originBoardId INTEGER NOT NULL,
        projectKey VARCHAR NOT NULL, startDate TIMESTAMP, endDate TIMESTAMP, completeDate TIMESTAMP, sprintGoal VARCHAR)""",
    """CREATE TABLE jira_components (
        id INTEGER PRIMARY KEY, project VARCHAR NOT NULL, name VARCHAR NOT NULL,
        lead VARCHAR REFERENCES jira_users (accountId))""",
    """CREATE TABLE jira_issues (
        "Issue id" INTEGER PRIMARY KEY, "Issue key" VARCHAR NOT NULL UNIQUE, "Summary" VARCHAR NOT NULL,
        "Issue Type" VARCHAR NOT NULL, "Status" VARCHAR NOT NULL, "Project key" VARCHAR NOT NULL,
        "Priority" VARCHAR NOT NULL, "Resolution type" VARCHAR, "Assignee Id" VARCHAR REFERENCES jira_users (accountId),
        "Reporter Id" VARCHAR NOT NULL REFERENCES jira_users (accountId), "Creation date" TIMESTAMP NOT NULL,
        "Updated date" TIMESTAMP NOT NULL, "Resolution date" TIMESTAMP,
        "Story Points" DOUBLE, "Sprint" VARCHAR, "Custom field (Team)" VARCHAR, "Custom field (Epic Link)" VARCHAR,
        "Original Estimate" BIGINT, "Remaining Estimate" BIGINT, "Time Spent" BIGINT)""",
    """CREATE TABLE jira_issue_components (
        issueKey VARCHAR NOT NULL REFERENCES jira_issues ("Issue key"), componentId INTEGER NOT NULL REFERENCES jira_components (id))""",
    """CREATE TABLE jira_worklogs (
        id INTEGER PRIMARY KEY, issueKey VARCHAR NOT NULL REFERENCES jira_issues ("Issue key"),
        authorAccountId VARCHAR NOT NULL REFERENCES jira_users (accountId), startedAt TIMESTAMP NOT NULL,
        timeSpentSeconds INTEGER NOT NULL, worklogComment VARCHAR)""",
    """CREATE TABLE jira_changelog (
        id INTEGER PRIMARY KEY, issueKey VARCHAR NOT NULL REFERENCES jira_issues ("Issue key"),
        authorAccountId VARCHAR REFERENCES jira_users (accountId), changedAt TIMESTAMP NOT NULL, fieldId VARCHAR NOT NULL,
        fromString VARCHAR, toString VARCHAR)""",
]
COMMENTS = [
    """COMMENT ON COLUMN jira_issues."Original Estimate" IS 'estimate in seconds (28800 = one 8-hour day); NULL when not estimated'""",
    """COMMENT ON COLUMN jira_issues."Time Spent" IS 'total logged work in seconds (the sum of the issue''s worklogs); NULL when nothing was logged'""",
    """COMMENT ON COLUMN jira_issues."Sprint" IS 'name of the last sprint the issue was in (see jira_sprints.name); NULL for backlog items'""",
    """COMMENT ON COLUMN jira_issues."Custom field (Epic Link)" IS 'issue key of the parent epic'""",
    "COMMENT ON COLUMN jira_changelog.fieldId IS 'the changed field: status or priority'",
    "COMMENT ON COLUMN jira_worklogs.timeSpentSeconds IS 'logged work in seconds'",
]

PROJECTS = [  # id, key, name, type, category, start, daily base, teams
    (10000, "PLAT", "Platform", "software", "Engineering", START, 2.2, ["Core Platform", "Monetization"]),
    (10001, "WEB", "Web App", "software", "Engineering", START, 1.8, ["Web Experience", "Acquisition"]),
    (10002, "MOB", "Mobile", "software", "Engineering", START, 1.4, ["Mobile"]),
    (10003, "DP", "Data Platform", "software", "Engineering", dt.date(2024, 1, 8), 1.3, ["Data Engineering"]),
    (10004, "SUP", "Customer Support", "service_desk", "Support", START, 2.0, ["Support"]),
]
TEAMS = {  # team: (members at start, members hired later)
    "Core Platform": (5, 2), "Monetization": (3, 2), "Web Experience": (4, 2), "Acquisition": (2, 2),
    "Mobile": (4, 1), "Data Engineering": (0, 5), "Support": (4, 3),
}  # fmt: skip
COMPONENTS = {
    "PLAT": [("API Gateway", "Public REST and GraphQL edge"), ("Auth", "Login, SSO and tokens"),
             ("Billing", "Invoices and subscriptions"), ("Notifications", None), ("Infrastructure", "Kubernetes, CI")],
    "WEB": [("Cart & Checkout", None), ("Dashboard", "Customer dashboard"), ("Onboarding", None), ("Search", None)],
    "MOB": [("iOS", None), ("Android", None), ("Push Notifications", None), ("Offline Sync", None)],
    "DP": [("Ingestion", "Connectors and CDC"), ("DWH Models", None), ("BI Reports", "BI dashboards")],
    "SUP": [("Account & Login", None), ("Billing", "Refunds and invoices"), ("Integrations", None),
            ("Performance", None)],
}  # fmt: skip
FIRST = words(
    "Priya Marcus Elena Tomasz Aisha Daniel Sofia Kenji Laura Ravi Chloe Mateo Hannah Oluwaseun Ingrid"
) + words("Lucas Mei Andre Fatima Jonas Sara Diego Nina Arjun Emily Viktor Leila Ben Camille Yusuf Grace Omar")
LAST = words(
    "Sharma Okafor Novak Kowalski Rahman Fischer Rossi Tanaka Bennett Iyer Dubois Alvarez Schmidt Adeyemi"
) + words("Larsen Chen Silva Haddad Weber Moreau Castro Petrov Nguyen Walsh Kim Murphy Costa Lindqvist Patel")
ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Kolkata", "Europe/Warsaw", "America/Sao_Paulo"]
PRIORITIES = ["P1 - Blocker", "P2 - Critical", "P3 - Major", "P4 - Minor", "P5 - Trivial"]
SP = [1, 2, 3, 5, 8, 13]
NOUNS = words("login checkout invoice dashboard search export webhook token cache report sync upload profile") + words(
    "payment notification filter settings onboarding pipeline connector retry pagination timeout"
)
BUG_T = ["{n} fails when {m} is empty", "Crash on {n} screen", "{n} returns 500 after {m} update",
         "Wrong totals in {n}", "{n} times out under load", "Typo on {n} page"]  # fmt: skip
STORY_T = ["As a user I can filter {n} by {m}", "Add {n} to {m}", "Redesign {n} flow", "Support bulk {n}",
           "Show {m} history on {n}"]  # fmt: skip
TASK_T = ["Upgrade {n} library", "Refactor {n} service", "Add metrics for {n}", "Migrate {n} to new {m} API",
          "Write runbook for {n}"]  # fmt: skip
SUP_T = ["Customer cannot access {n}", "Refund request: duplicate {n}", "{n} not syncing for account",
         "Question about {n} limits", "Slow {n} reported by customer", "Enable {n} for enterprise account"]  # fmt: skip
EPIC_T = ["{n} revamp", "{n} v2", "Q{q} {n} reliability", "{n} self-serve", "Scale {n}"]


def _acct(rng: random.Random, modern: bool) -> str:
    if modern:
        h = f"{rng.getrandbits(128):032x}"
        return f"712020:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return f"{rng.getrandbits(96):024x}"


def _users(
    rng: random.Random,
) -> tuple[list[Row], dict[str, list[tuple[str, dt.date, dt.date]]], list[str], list[str], str]:
    """Users, each team's members with their join and leave dates, managers, QA and the automation app."""
    rows: list[Row] = []
    used: set[str] = set()

    def person(joined: dt.date, left: dt.date | None) -> str:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        while name in used:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        used.add(name)
        acct = _acct(rng, joined > dt.date(2024, 3, 1) or rng.random() < 0.3)
        email = None if rng.random() < 0.12 else name.lower().replace(" ", ".") + "@acme.io"  # hidden by privacy
        rows.append((acct, "atlassian", name, email, left is None, weighted(rng, ZONES, [30, 15, 15, 15, 15, 10])))
        return acct

    teams: dict[str, list[tuple[str, dt.date, dt.date]]] = {}
    for team, (initial, hired) in TEAMS.items():
        members: list[tuple[str, dt.date, dt.date]] = []
        for i in range(initial + hired):
            joined = dt.date(2022, 1, 1) if i < initial else START + dt.timedelta(days=rng.randint(90, 600))
            if team == "Data Engineering":
                joined = dt.date(2024, 1, 2) if i < 3 else dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(60, 400))
            left = None
            if i == 1 and team in ("Core Platform", "Mobile", "Support"):
                left = START + dt.timedelta(days=rng.randint(250, 450))
            acct = person(joined, left)
            members.append((acct, joined, left or dt.date(2099, 1, 1)))
        teams[team] = members
    managers = [person(dt.date(2022, 1, 1), None) for _ in range(5)]
    qa = [person(dt.date(2022, 1, 1), None) for _ in range(3)]
    bot = _acct(rng, False)
    rows.append((bot, "app", "Automation for Jira", None, True, None))
    return rows, teams, managers, qa, bot


def _volume(d: dt.date, base: float) -> float:
    growth = 1.0 + 1.2 * (d - START).days / (TODAY - START).days
    holiday = 0.25 if (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 2) else 1.0
    summer = 0.8 if d.month == 8 else 1.0
    return base * growth * holiday * summer * [1.2, 1.15, 1.1, 1.0, 0.85, 0.06, 0.04][d.weekday()]


def _workhour(rng: random.Random, t: dt.datetime) -> dt.datetime:
    """Move `t` onto a working day between 9:00 and 18:00."""
    while t.weekday() >= 5:
        t = dt.datetime.combine(t.date() + dt.timedelta(days=1), dt.time(9)) + dt.timedelta(minutes=rng.randint(0, 120))
    if t.hour < 9 or t.hour >= 18:
        t = t.replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59))
    return t


def _sprints(rng: random.Random) -> tuple[list[Row], dict[str, list[Row]]]:
    rows: list[Row] = []
    by_project: dict[str, list[Row]] = {}
    goals = ["Stabilise {n}", "Ship {n} beta", "Close out {n} bugs", None, None]
    for board, p in enumerate(PROJECTS[:4], start=1):
        first = p[5] + dt.timedelta(days=7 if p[1] == "MOB" else 0)
        k, start = 1, dt.datetime.combine(first, dt.time(10))
        while True:
            end = start + dt.timedelta(days=14)
            if start.date() > TODAY:
                break
            if end.date() > TODAY:
                state, s, e, c = "active", start, end, None
            else:
                state, s, e, c = "closed", start, end, end + dt.timedelta(hours=rng.choice([-2, 0, 1, 3, 22]))
            goal = rng.choice(goals)
            row = (len(rows) + 1, f"{p[1]} Sprint {k}", state, board, p[1], s, e, c,
                   goal.format(n=rng.choice(NOUNS)) if goal else None)  # fmt: skip
            rows.append(row)
            by_project.setdefault(p[1], []).append(row)
            k, start = k + 1, end
    return rows, by_project


def build() -> Catalog:
    """The whole Jira site, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    users, teams, managers, qa, bot = _users(rng)
    catalog.add("jira_users", users)
    catalog.add("jira_projects", [(p[0], p[1], p[2], p[3], p[4], teams[p[7][0]][0][0] if p[1] != "PLAT" else managers[0])
                             for p in PROJECTS])  # fmt: skip
    sprint_rows, sprints = _sprints(rng)
    catalog.add("jira_sprints", sprint_rows)
    comp_rows: list[Row] = []
    comp_ids: dict[str, list[int]] = {}
    for p in PROJECTS:
        for name, _ in COMPONENTS[p[1]]:
            comp_rows.append((10100 + len(comp_rows), p[1], name,
                              rng.choice(teams[p[7][0]])[0] if rng.random() < 0.6 else None))  # fmt: skip
            comp_ids.setdefault(p[1], []).append(comp_rows[-1][0])
    catalog.add("jira_components", comp_rows)

    counters = {p[1]: 0 for p in PROJECTS}
    issue_id = [10000]
    epics: list[Row] = []
    issues: list[Row] = []
    links: list[Row] = []
    worklogs: list[Row] = []
    changes: list[Row] = []
    epic_pool: dict[str, list[tuple[str, dt.date]]] = {p[1]: [] for p in PROJECTS}

    def new_key(project: str) -> tuple[int, str]:
        counters[project] += 1
        issue_id[0] += 1
        return issue_id[0], f"{project}-{counters[project]}"

    def change(key: str, who: str | None, at: dt.datetime, old: str | None, new: str, field: str = "status") -> None:
        changes.append((len(changes) + 1, key, who, at, field, old, new))

    def active(team: str, d: dt.date) -> list[str]:
        return [m[0] for m in teams[team] if m[1] <= d < m[2]]

    def sprint_at(project: str, t: dt.datetime) -> Row | None:
        for s in sprints.get(project, []):
            if s[5] is not None and s[5] <= t < s[6]:
                return s
        return None

    for d in days(START, TODAY):
        for p in PROJECTS:
            pkey = p[1]
            if d < p[5]:
                continue
            # epics: about one a month per software project
            if pkey != "SUP" and (d == p[5] or (d.weekday() == 0 and rng.random() < 0.22)):
                iid, key = new_key(pkey)
                created = dt.datetime.combine(d, dt.time(rng.randint(9, 16), rng.randint(0, 59)))
                pm = rng.choice(managers)
                title = rng.choice(EPIC_T).format(n=rng.choice(NOUNS).capitalize(), q=(d.month - 1) // 3 + 1)
                started = created + dt.timedelta(days=rng.randint(3, 30))
                done = started + dt.timedelta(days=rng.randint(45, 160))
                status, resolved, resolution = "To Do", None, None
                if started <= NOW:
                    change(key, pm, started, "To Do", "In Progress")
                    status = "In Progress"
                if done <= NOW and rng.random() < 0.9:
                    change(key, pm, done, "In Progress", "Closed")
                    status, resolved, resolution = "Closed", done, "Completed"
                epics.append((iid, key, title, "Epic", status, pkey, weighted(rng, PRIORITIES[1:4], [2, 6, 1]),
                              resolution, pm, pm, created, resolved or (started if started <= NOW else created),
                              resolved, None, None, rng.choice(p[7]), None, None, None, None))  # fmt: skip
                epic_pool[pkey].append((key, d))
            for _ in range(poisson(rng, _volume(d, p[6]))):
                iid, key = new_key(pkey)
                created = dt.datetime.combine(d, dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)))
                team = rng.choice(p[7]) if len(p[7]) == 1 or rng.random() < 0.5 else p[7][0]
                if pkey == "SUP":
                    kind = weighted(rng, ["Service Request", "Incident", "Bug"], [55, 35, 10])
                else:
                    kind = weighted(rng, ["Story", "Task", "Bug"], [45, 28, 27])
                prio_w = {"Bug": [6, 22, 50, 17, 5], "Incident": [12, 30, 45, 10, 3]}.get(kind, [2, 15, 60, 18, 5])
                priority = weighted(rng, PRIORITIES, prio_w)
                members = active(team, d) or active(p[7][0], d)
                if pkey == "SUP":
                    reporter = rng.choice(members) if rng.random() < 0.7 else rng.choice(managers)
                elif kind == "Bug":
                    reporter = weighted(rng, [rng.choice(qa), rng.choice(active("Support", d)), rng.choice(members), bot],
                                        [45, 25, 25, 5])  # fmt: skip
                else:
                    reporter = rng.choice(managers) if rng.random() < 0.6 else rng.choice(members)
                assignee = rng.choice(members)
                points = None
                if kind in ("Story", "Task", "Bug"):
                    chance = {"Story": 0.9, "Task": 0.45, "Bug": 0.3}[kind]
                    if rng.random() < chance:
                        points = float(weighted(rng, SP, [10, 20, 28, 24, 13, 5]))
                        if rng.random() < 0.006:
                            points = rng.choice([0.5, 21.0, 40.0, 100.0])  # a few odd estimates
                estimate = None
                if rng.random() < (0.75 if pkey == "SUP" else 0.55):
                    estimate = int(min(points or rng.choice([1, 2, 3]), 13) * rng.choice([1, 1.5, 2, 3]) * 3600)
                template = SUP_T if pkey == "SUP" else {"Bug": BUG_T, "Story": STORY_T, "Task": TASK_T}[kind]
                summary = rng.choice(template).format(n=rng.choice(NOUNS), m=rng.choice(NOUNS))
                summary = summary[0].upper() + summary[1:]
                parent = None
                if kind in ("Story", "Task") and rng.random() < 0.7:
                    open_epics = [e for e in epic_pool[pkey] if (d - e[1]).days < 170]
                    if open_epics:
                        parent = rng.choice(open_epics)[0]

                # lifecycle
                logs_before = len(worklogs)
                urgency = dict(zip(PRIORITIES, [0.6, 3, 9, 25, 45], strict=True))[priority]
                if pkey == "SUP":
                    urgency /= 3
                who = assignee
                status, resolution, resolved = "To Do", None, None
                last = created
                wont = rng.random() < (0.1 if kind == "Bug" else 0.05)
                backlog = rng.random() < dict(zip(PRIORITIES, [0.0, 0.04, 0.1, 0.22, 0.35], strict=True))[priority]
                if wont:
                    at = _workhour(rng, created + dt.timedelta(days=rng.expovariate(1 / 12)))
                    if at <= NOW:
                        change(key, reporter if rng.random() < 0.5 else assignee, at, "To Do", "Closed")
                        status, resolved, last = "Closed", at, at
                        resolution = weighted(rng, ["Won't Fix", "Duplicate", "Cannot Reproduce"],
                                              [50, 35, 15 if kind in ("Bug", "Incident") else 0])  # fmt: skip
                        if rng.random() < 0.5:
                            assignee = None
                elif not backlog:
                    start = _workhour(rng, created + dt.timedelta(days=rng.expovariate(1 / urgency)))
                    size = points if points and points <= 13 else rng.choice([1, 2, 3, 5])
                    work = rng.lognormvariate(math.log(0.35 * size + 0.4), 0.5)
                    if pkey == "SUP":
                        work = rng.lognormvariate(math.log(0.6), 0.8)
                    rounds = 1 + (rng.random() < 0.15) + (rng.random() < 0.04)
                    reopen = rng.random() < (0.08 if kind == "Bug" else 0.03)
                    t = start
                    plan: list[tuple[dt.datetime, str, str]] = [(start, "To Do", "In Progress")]
                    for r in range(rounds):
                        t = _workhour(rng, t + dt.timedelta(days=work / rounds))
                        plan.append((t, "In Progress", "In Review"))
                        t = _workhour(rng, t + dt.timedelta(hours=rng.uniform(2, 40)))
                        plan.append((t, "In Review", "In Progress" if r < rounds - 1 else "Closed"))
                    if reopen:
                        t = _workhour(rng, t + dt.timedelta(days=rng.uniform(1, 25)))
                        plan.append((t, "Closed", "Reopened"))
                        t = _workhour(rng, t + dt.timedelta(days=rng.uniform(0.2, 3)))
                        plan.append((t, "Reopened", "In Progress"))
                        t = _workhour(rng, t + dt.timedelta(days=rng.uniform(0.3, 3)))
                        plan.append((t, "In Progress", "In Review"))
                        t = _workhour(rng, t + dt.timedelta(hours=rng.uniform(2, 30)))
                        plan.append((t, "In Review", "Closed"))
                    for at, old, new in plan:
                        if at > NOW:
                            break
                        closer = (
                            bot
                            if new == "Closed" and rng.random() < 0.15
                            else (rng.choice(qa) if new == "Closed" and kind == "Bug" and rng.random() < 0.3 else who)
                        )
                        change(key, closer, at, old, new)
                        status, last = new, at
                        if new == "Closed":
                            resolved, resolution = at, "Completed"
                        elif old == "Closed":
                            resolved, resolution = None, None
                    # work logs between start and the last transition
                    if status != "To Do" and rng.random() < (0.8 if pkey == "SUP" else 0.65):
                        end = last if status == "Closed" else NOW
                        span = max((end - start).total_seconds(), 3600)
                        for _ in range(min(14, max(1, round(work * 1.6 + rng.random())))):
                            at = start + dt.timedelta(seconds=rng.uniform(0, span))
                            while at.weekday() >= 5 and rng.random() < 0.95:  # a few people log on weekends
                                at = start + dt.timedelta(seconds=rng.uniform(0, span))
                            if at.hour < 8 or at.hour >= 19:
                                at = at.replace(hour=rng.randint(9, 17))
                            if at > NOW:
                                continue
                            secs = weighted(rng, [900, 1800, 3600, 5400, 7200, 10800, 14400, 21600, 28800],
                                            [6, 14, 22, 10, 18, 10, 10, 6, 4])  # fmt: skip
                            author = who if rng.random() < 0.88 else rng.choice(members)
                            comment = None if rng.random() < 0.6 else rng.choice(["code review", "investigation",
                                      "pair programming", "testing", "deploy", "customer call"])  # fmt: skip
                            worklogs.append((len(worklogs) + 1, key, author, at, secs, comment))
                if rng.random() < 0.04:  # a triage changes the priority
                    at = _workhour(rng, created + dt.timedelta(hours=rng.uniform(1, 48)))
                    if at <= NOW:
                        new_p = rng.choice([x for x in PRIORITIES if x != priority])
                        change(key, rng.choice(managers), at, priority, new_p, "priority")
                        priority = new_p
                if status in ("To Do",) and not wont and rng.random() < 0.12:
                    assignee = None  # unassigned backlog
                sprint = None
                if pkey != "SUP" and resolution not in ("Won't Fix", "Duplicate", "Cannot Reproduce"):
                    if resolved is not None:
                        s = sprint_at(pkey, resolved)
                    elif status != "To Do":
                        s = sprint_at(pkey, NOW)
                    else:
                        r = rng.random()
                        s = sprint_at(pkey, NOW) if r < 0.15 else None
                    sprint = s[1] if s else None
                spent = sum(w[4] for w in worklogs[logs_before:])
                remaining = None if estimate is None else max(0, estimate - (spent or 0))
                team_value = None if rng.random() < 0.06 else team
                if pkey == "SUP" and team_value is not None and rng.random() < 0.2:
                    team_value = "Support Tier 2"
                issues.append((iid, key, summary, kind, status, pkey, priority, resolution, assignee, reporter,
                               created, last, resolved, points, sprint, team_value, parent, estimate,
                               remaining, spent or None))  # fmt: skip
                r = rng.random()
                n_comp = 0 if r < 0.22 else (1 if r < 0.9 else 2)
                for cid in rng.sample(comp_ids[pkey], n_comp):
                    links.append((key, cid))
    # the last change of an issue is its Updated time; worklogs move it too
    touched: dict[str, dt.datetime] = {}
    for w in worklogs:
        touched[w[1]] = max(touched.get(w[1], w[3]), w[3])
    issues = [(*i[:11], max(i[11], touched.get(i[1], i[11])), *i[12:]) for i in issues]
    catalog.add("jira_issues", epics)
    catalog.add("jira_issues", issues)
    catalog.add("jira_issue_components", links)
    catalog.add("jira_worklogs", worklogs)
    ordered = sorted(changes, key=lambda c: (c[3], c[0]))
    catalog.add("jira_changelog", [(10000 + i, *c[1:]) for i, c in enumerate(ordered)])
    return catalog
