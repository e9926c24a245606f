"""A chain of boutique fitness studios run on a Django app: its database as Django's migrations create it.

Nine tables named `<app>_<model>` with the model name squashed lowercase (`auth_user`, `studios_studio`,
`studios_classtype`, `members_member`, `members_membership`, `bookings_classsession`, `bookings_booking`,
`billing_payment`) and the many-to-many join table `studios_classtype_instructors` (`id`, `classtype_id`,
`user_id`). Integer `id` keys, declared foreign keys named `<field>_id`, `created_at`/`updated_at` timestamps,
`is_*` booleans, money as integer cents (`price_cents`, `amount_cents`, `drop_in_price_cents`) and choice
fields stored as lowercase slugs ('no_show', 'late_cancel', 'too_expensive'). Django's own `auth_user` holds
everybody's names (`first_name`, `last_name`, `username`, `date_joined`): members reach theirs through
`members_member.user_id`, and a class session has two keys to it, its `instructor_id` and, when someone
covered the class, its `substitute_id`; `members_member.referred_by_id` points to another member.
Studios open one after another, members grow with a January rush and a summer lull, classes fill at 6 am
and 6 pm on weekdays and on Saturday mornings, early classes have more no-shows, some bookings and a few
sessions are cancelled, future sessions are still 'scheduled' with NULL check-ins, ended memberships carry a
cancellation reason, failed payments have no `paid_at`, and one planned studio (no opening date yet) and one
class type have no sessions at all. Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import string

from scripts.eval_catalogs.common import Catalog, Row, days, poisson, random_date, weighted, words

SEED = 240_117
START, TODAY = dt.date(2022, 3, 1), dt.date(2025, 6, 30)
HORIZON = TODAY + dt.timedelta(days=14)  # sessions are published two weeks ahead

DDL = [
    """CREATE TABLE auth_user (
        id INTEGER PRIMARY KEY, password VARCHAR(128) NOT NULL, last_login TIMESTAMP, is_superuser BOOLEAN NOT NULL,
        username VARCHAR(150) NOT NULL UNIQUE, first_name VARCHAR(150) NOT NULL, last_name VARCHAR(150) NOT NULL,
        email VARCHAR(254) NOT NULL, is_staff BOOLEAN NOT NULL, is_active BOOLEAN NOT NULL,
        date_joined TIMESTAMP NOT NULL)""",
    """CREATE TABLE studios_studio (
        id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, slug VARCHAR(50) NOT NULL UNIQUE,
        city VARCHAR(100) NOT NULL, neighborhood VARCHAR(100) NOT NULL, opened_on DATE, room_capacity INTEGER NOT NULL,
        is_active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE studios_classtype (
        id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, slug VARCHAR(50) NOT NULL UNIQUE,
        category VARCHAR(20) NOT NULL, intensity VARCHAR(20) NOT NULL, duration_minutes INTEGER NOT NULL,
        drop_in_price_cents INTEGER NOT NULL, is_premium BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE studios_classtype_instructors (
        id INTEGER PRIMARY KEY, classtype_id INTEGER NOT NULL REFERENCES studios_classtype (id),
        user_id INTEGER NOT NULL REFERENCES auth_user (id))""",
    """CREATE TABLE members_member (
        id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL UNIQUE REFERENCES auth_user (id),
        home_studio_id INTEGER NOT NULL REFERENCES studios_studio (id),
        referred_by_id INTEGER REFERENCES members_member (id), birth_date DATE, gender VARCHAR(20),
        is_founding_member BOOLEAN NOT NULL, waiver_signed_at TIMESTAMP, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE members_membership (
        id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members_member (id),
        plan VARCHAR(30) NOT NULL, billing_period VARCHAR(20) NOT NULL, price_cents INTEGER NOT NULL,
        status VARCHAR(20) NOT NULL, started_on DATE NOT NULL, ends_on DATE, cancelled_at TIMESTAMP,
        cancel_reason VARCHAR(30), is_auto_renew BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE bookings_classsession (
        id INTEGER PRIMARY KEY, studio_id INTEGER NOT NULL REFERENCES studios_studio (id),
        class_type_id INTEGER NOT NULL REFERENCES studios_classtype (id),
        instructor_id INTEGER NOT NULL REFERENCES auth_user (id), substitute_id INTEGER REFERENCES auth_user (id),
        starts_at TIMESTAMP NOT NULL, capacity INTEGER NOT NULL, status VARCHAR(20) NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE bookings_booking (
        id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES bookings_classsession (id),
        member_id INTEGER NOT NULL REFERENCES members_member (id), status VARCHAR(20) NOT NULL,
        source VARCHAR(20) NOT NULL, checked_in_at TIMESTAMP, cancelled_at TIMESTAMP, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE billing_payment (
        id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members_member (id),
        membership_id INTEGER REFERENCES members_membership (id), booking_id INTEGER REFERENCES bookings_booking (id),
        kind VARCHAR(20) NOT NULL, amount_cents INTEGER NOT NULL, currency VARCHAR(3) NOT NULL,
        method VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, stripe_charge_id VARCHAR(40), paid_at TIMESTAMP,
        refunded_at TIMESTAMP, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
]

STUDIOS = [  # name, slug, city, neighborhood, opened, room capacity, popularity
    ("Pulse South Congress", "south-congress", "Austin", "South Congress", dt.date(2022, 3, 1), 28, 1.25),
    ("Pulse Mueller", "mueller", "Austin", "Mueller", dt.date(2022, 9, 12), 24, 1.0),
    ("Pulse Deep Ellum", "deep-ellum", "Dallas", "Deep Ellum", dt.date(2023, 2, 6), 26, 1.1),
    ("Pulse Montrose", "montrose", "Houston", "Montrose", dt.date(2023, 8, 21), 24, 0.95),
    ("Pulse The Pearl", "the-pearl", "San Antonio", "Pearl District", dt.date(2024, 4, 8), 20, 0.8),
    ("Pulse Uptown", "uptown", "Dallas", "Uptown", dt.date(2024, 10, 14), 22, 0.9),
    ("Pulse Domain", "domain", "Austin", "The Domain", None, 26, 0.0),  # planned: no opening date, no classes
]
OPENED = {i: s[4] for i, s in enumerate(STUDIOS) if s[4] is not None}
CLASS_TYPES = [  # name, category, intensity, minutes, drop-in dollars, premium, popularity
    ("Rhythm Ride", "cycle", "high", 45, 30, False, 10),
    ("Climb Ride", "cycle", "high", 45, 30, False, 6),
    ("Power Vinyasa", "yoga", "moderate", 60, 28, False, 7),
    ("Yin Yoga", "yoga", "low", 60, 25, False, 4),
    ("HIIT Circuit", "hiit", "high", 45, 30, False, 8),
    ("Bootcamp", "hiit", "high", 50, 32, False, 5),
    ("Reformer Pilates", "pilates", "moderate", 50, 42, True, 6),
    ("Mat Pilates", "pilates", "low", 45, 26, False, 3),
    ("Strength Lab", "strength", "moderate", 55, 30, False, 5),
    ("Barre Burn", "barre", "moderate", 50, 28, False, 5),
    ("Sound Bath Stretch", "recovery", "low", 40, 22, False, 2),
    ("Prenatal Yoga", "yoga", "low", 60, 28, True, 0),  # launched in the app, never scheduled yet
]
PLANS = {  # plan: billing period, cents, share of new memberships
    "unlimited": ("monthly", 18900, 30),
    "eight_per_month": ("monthly", 14900, 28),
    "off_peak": ("monthly", 9900, 14),
    "student": ("monthly", 8900, 10),
    "annual_unlimited": ("annual", 189000, 10),
    "intro_month": ("monthly", 4900, 8),
}
CANCEL_REASONS = ["too_expensive", "moved_away", "not_using", "injury", "schedule_conflict", "other"]
FIRST = words("Emma Olivia Ava Mia Sophia Isabella Amelia Harper Evelyn Abigail Chloe Grace Lily Zoe Nora Leah Camila")
FIRST += words("Liam Noah Oliver Elijah James William Lucas Henry Mason Ethan Daniel Jack Owen Samuel Leo Ryan Mateo")
FIRST += words("Priya Aisha Yuki Mei Sofia Valentina Diego Carlos Andre Marcus Jamal Kenji Ravi Hannah Megan Tyler")
LAST = words("Smith Johnson Brown Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson Thomas Taylor")
LAST += words("Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Nguyen")
LAST += words("Patel Kim Chen Rivera Flores Gomez Reyes Cruz Morales Ortiz Gutierrez Bennett Brooks Hughes Price Kelly")
INSTRUCTORS = [  # first, last, class categories, studios (by index); the chain's first coaches teach the most
    ("Jasmine", "Cole", ["cycle", "hiit"], [0, 1]),
    ("Marco", "Villanueva", ["cycle"], [0, 1, 5]),
    ("Tessa", "Lindgren", ["yoga", "recovery"], [0]),
    ("Dante", "Okafor", ["hiit", "strength"], [0, 1]),
    ("Rachel", "Stein", ["pilates", "barre"], [0, 1]),
    ("Kai", "Nakamura", ["yoga", "pilates"], [1]),
    ("Brooke", "Sullivan", ["cycle", "barre"], [2]),
    ("Andre", "Baptiste", ["hiit", "strength", "cycle"], [2, 5]),
    ("Leila", "Haddad", ["yoga", "recovery"], [2, 5]),
    ("Sienna", "Marsh", ["pilates", "barre"], [2]),
    ("Tomás", "Aguilar", ["cycle", "hiit"], [3]),
    ("Nia", "Robinson", ["yoga", "pilates"], [3]),
    ("Grant", "Fischer", ["strength", "hiit"], [3]),
    ("Olivia", "Park", ["barre", "pilates", "recovery"], [3, 4]),
    ("Mateo", "Reyes", ["cycle", "strength"], [4]),
    ("Hannah", "Wright", ["yoga", "barre"], [4]),
    ("Jordan", "Ellis", ["cycle", "hiit"], [5]),
    ("Camille", "Dubois", ["pilates", "yoga"], [5, 2]),
    ("Owen", "Gallagher", ["strength", "cycle"], [1, 0]),
    ("Maya", "Iyer", ["yoga", "pilates", "recovery"], [0, 1]),
    ("Luis", "Serrano", ["hiit", "cycle"], [2, 3]),
    ("Ava", "Thornton", ["barre", "pilates"], [6]),  # hired for the planned studio: no class yet
]
# Weekday and weekend timetables: (hour, minute) of each slot and its pull (6 am and 6 pm fill first).
WEEKDAY_SLOTS = [((6, 0), 1.25), ((7, 15), 1.0), ((9, 30), 0.7), ((12, 0), 0.8), ((17, 30), 1.15), ((18, 45), 1.3)]
WEEKEND_SLOTS = [((8, 0), 0.9), ((9, 30), 1.3), ((11, 0), 1.1)]
WEEKDAY_PULL = [1.2, 1.1, 1.05, 1.0, 0.75, 1.15, 0.9]  # Monday strongest, Friday weakest, Saturday busy
MONTH_PULL = [1.3, 1.15, 1.05, 1.0, 0.95, 0.85, 0.75, 0.78, 1.0, 1.0, 0.92, 0.8]  # New Year rush, summer lull


def _hash(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits
    salt = "".join(rng.choices(alphabet, k=22))
    digest = "".join(rng.choices(alphabet + "+/", k=43))
    return f"pbkdf2_sha256$600000${salt}${digest}="


def _stamp(rng: random.Random, day: dt.date, start_hour: int = 6, end_hour: int = 22) -> dt.datetime:
    return dt.datetime.combine(
        day, dt.time(rng.randint(start_hour, end_hour - 1), rng.randint(0, 59), rng.randint(0, 59))
    )


class _Users:
    """auth_user rows, with unique usernames."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[Row] = []
        self.taken: set[str] = set()

    def add(self, first: str, last: str, joined: dt.datetime, staff: bool = False, superuser: bool = False) -> int:
        rng = self.rng
        base = (first[0] + last).lower().replace("á", "a").replace("é", "e")
        username = base
        while username in self.taken:
            username = f"{base}{rng.randint(2, 99)}"
        self.taken.add(username)
        domain = "pulsestudios.com" if staff else weighted(rng, ["gmail.com", "yahoo.com", "icloud.com", "outlook.com"],
                                                            [55, 12, 22, 11])  # fmt: skip
        email = f"{username}@{domain}"
        active = staff or rng.random() < 0.96
        last_login = None
        if rng.random() < 0.9:
            last_login = _stamp(rng, random_date(rng, joined.date(), TODAY))
        uid = len(self.rows) + 1
        self.rows.append((uid, _hash(rng), last_login, superuser, username, first, last, email, staff, active, joined))
        return uid


def _bill_days(start: dt.date, end: dt.date, period: str) -> list[dt.date]:
    """The days a plan started on `start` and ending on `end` is charged, up to today."""
    bills: list[dt.date] = []
    k = 0
    while True:
        if period == "annual":
            bill = start + dt.timedelta(days=365 * k)
        else:
            month = start.month - 1 + k
            bill = dt.date(start.year + month // 12, month % 12 + 1, min(start.day, 28))
        if bill > TODAY or (k > 0 and bill >= end):
            return bills
        bills.append(bill)
        k += 1


def _join_day(rng: random.Random, opened: dt.date) -> dt.date:
    """A member's sign-up day at a studio opened on `opened`: growing, a January rush, a summer lull."""
    while True:
        span = (TODAY - opened).days
        day = opened + dt.timedelta(days=round(span * rng.random() ** 0.8))
        if rng.random() < MONTH_PULL[day.month - 1] / 1.3 * (1.6 if day - opened < dt.timedelta(days=30) else 1.0):
            return day


def build() -> Catalog:
    """The whole Django database, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL))
    users = _Users(rng)
    founded = dt.datetime(2022, 1, 10, 9, 12, 40)
    users.add("Erin", "Holloway", founded, staff=True, superuser=True)  # the founder, a superuser
    users.add("Sam", "Brandt", founded + dt.timedelta(days=3), staff=True, superuser=True)

    studio_rows: list[Row] = []
    for i, (name, slug, city, hood, opened, room, _) in enumerate(STUDIOS):
        created = dt.datetime.combine((opened or dt.date(2025, 5, 1)) - dt.timedelta(days=60), dt.time(10, 5))
        updated = created + dt.timedelta(days=rng.randint(60, 400))
        studio_rows.append((i + 1, name, slug, city, hood, opened, room, opened is not None, created,
                            min(updated, dt.datetime(2025, 6, 20, 11, 0))))  # fmt: skip
    catalog.add("studios_studio", studio_rows)

    type_rows: list[Row] = []
    for i, (name, category, intensity, minutes, dollars, premium, _) in enumerate(CLASS_TYPES):
        created = dt.datetime(2022, 1, 20, 14, 0) + dt.timedelta(days=0 if i < 11 else 1200)
        slug = name.lower().replace(" ", "-")
        type_rows.append((i + 1, name, slug, category, intensity, minutes, dollars * 100, premium, created,
                          created + dt.timedelta(days=rng.randint(0, 200))))  # fmt: skip
    catalog.add("studios_classtype", type_rows)

    instructor_ids: list[int] = []
    for k, (first, last, _, studios) in enumerate(INSTRUCTORS):
        opened = STUDIOS[studios[0]][4] or dt.date(2025, 6, 2)
        joined = dt.datetime.combine(opened - dt.timedelta(days=rng.randint(20, 50)), dt.time(9 + k % 8, 30))
        instructor_ids.append(users.add(first, last, joined, staff=True))
    m2m: list[Row] = []
    for type_id, (_, category, *_rest) in enumerate(CLASS_TYPES, start=1):
        for k, (_, _, categories, _) in enumerate(INSTRUCTORS):
            if category in categories:
                m2m.append((len(m2m) + 1, type_id, instructor_ids[k]))
    teachers = {t: [u for (_, tt, u) in m2m if tt == t] for t in range(1, len(CLASS_TYPES) + 1)}

    # Members, in sign-up order so ids follow date_joined.
    open_studios = [i for i, s in enumerate(STUDIOS) if s[4] is not None]
    signups: list[tuple[dt.date, int]] = []
    for i in open_studios:
        opened = OPENED[i]
        count = round(1050 * STUDIOS[i][6] * ((TODAY - opened).days / 1217) ** 0.8)
        signups += [(_join_day(rng, opened), i) for _ in range(count)]
    signups.sort()
    member_rows: list[Row] = []
    engagement: list[float] = []
    for mid, (day, studio) in enumerate(signups, start=1):
        joined = _stamp(rng, day, 7, 23)
        uid = users.add(rng.choice(FIRST), rng.choice(LAST), joined)
        referrer = None
        if mid > 30 and rng.random() < 0.18:  # a friend who joined earlier and was not referred (one insert batch)
            referrer = rng.randint(max(1, mid - 900), mid - 1)
            while member_rows[referrer - 1][3] is not None:
                referrer = rng.randint(max(1, mid - 900), mid - 1)
        birth = None if rng.random() < 0.12 else random_date(rng, dt.date(1960, 1, 1), dt.date(2005, 6, 30))
        if birth is not None and rng.random() < 0.5:
            birth = random_date(rng, dt.date(1988, 1, 1), dt.date(1999, 12, 31))
        gender = weighted(rng, ["female", "male", "non_binary", "prefer_not_to_say", None], [58, 34, 2, 2, 4])
        founding = day < OPENED[studio] + dt.timedelta(days=45)
        waiver = None if rng.random() < 0.04 else joined + dt.timedelta(minutes=rng.randint(2, 600))
        updated = joined + dt.timedelta(days=rng.randint(0, max(0, (TODAY - day).days)))
        member_rows.append((mid, uid, studio + 1, referrer, birth, gender, founding, waiver, joined, updated))
        engagement.append(rng.paretovariate(2.2))
    catalog.add("auth_user", users.rows)
    catalog.add("studios_classtype_instructors", m2m)
    catalog.add("members_member", [r for r in member_rows if r[3] is None])
    catalog.add("members_member", [r for r in member_rows if r[3] is not None])

    # Memberships: a first plan at sign-up (most members), churn, plan switches, pauses.
    memberships: list[Row] = []
    covered: dict[int, list[tuple[dt.date, dt.date]]] = {}
    payments: list[list[object]] = []  # filled in date order later
    plan_names = list(PLANS)
    for mid, (day, _studio) in enumerate(signups, start=1):
        if rng.random() < 0.14:
            continue  # drop-in only
        start = day
        plan = weighted(rng, plan_names, [p[2] for p in PLANS.values()])
        while start <= TODAY + dt.timedelta(days=1):
            period, cents, _ = PLANS[plan]
            if plan == "student" and rng.random() < 0.5:
                plan = "off_peak"
                period, cents, _ = PLANS[plan]
            months = 1 if plan == "intro_month" else max(1, round(rng.expovariate(1 / 11)))
            if period == "annual":
                months = 12 * weighted(rng, [1, 2, 3], [60, 28, 12])
            end = start + dt.timedelta(days=round(months * 30.44))
            status, ends_on, cancelled_at, reason = "active", None, None, None
            nxt: str | None = None
            if end <= TODAY:
                ends_on = end
                if plan == "intro_month":
                    status = "expired" if rng.random() < 0.35 else "cancelled"
                    nxt = None if status == "expired" else weighted(rng, plan_names[:4], [35, 40, 15, 10])
                    reason = "switched_plan" if nxt else None
                elif period == "annual":
                    status = "expired"
                    nxt = "annual_unlimited" if rng.random() < 0.4 else None
                else:
                    status = "cancelled"
                    reason = weighted(rng, [*CANCEL_REASONS, "switched_plan"], [24, 14, 26, 8, 10, 6, 12])
                    nxt = weighted(rng, plan_names[:5], [30, 30, 20, 5, 15]) if reason == "switched_plan" else None
                if status == "cancelled":
                    cancelled_at = _stamp(rng, end - dt.timedelta(days=rng.randint(1, 20)))
            elif rng.random() < 0.05 and period == "monthly":
                status = "paused"
            created = dt.datetime.combine(start, dt.time(rng.randint(7, 21), rng.randint(0, 59)))
            updated = cancelled_at or (dt.datetime.combine(ends_on, dt.time(3, 0)) if ends_on else created)
            msid = len(memberships) + 1
            auto = period == "monthly" or rng.random() < 0.5
            memberships.append((msid, mid, plan, period, cents, status, start, ends_on, cancelled_at, reason, auto,
                                created, updated))  # fmt: skip
            covered.setdefault(mid, []).append((start, ends_on or HORIZON))
            for bill in _bill_days(start, end, period):
                if status == "paused" and bill > TODAY - dt.timedelta(days=40):
                    break
                payments.append([bill, mid, msid, None, "membership", cents, member_rows[mid - 1][8]])
            if nxt is None:
                break
            start, plan = end + dt.timedelta(days=1 if reason == "switched_plan" else rng.randint(30, 200)), nxt
            if reason != "switched_plan" and rng.random() < 0.6:
                break
    # A few sign-ups of the last days start their plan on the 1st of next month: 'pending'.
    for k in range(len(memberships) - 1, -1, -1):
        row = memberships[k]
        if row[6] >= TODAY - dt.timedelta(days=3) and row[5] == "active" and rng.random() < 0.7:
            start = dt.date(2025, 7, 1)
            memberships[k] = (*row[:5], "pending", start, None, None, None, row[10], row[11], row[12])
            payments = [p for p in payments if p[2] != row[0]]
            covered[row[1]] = [(start, HORIZON) if iv[0] == row[6] else iv for iv in covered[row[1]]]
    catalog.add("members_membership", memberships)

    # Sessions and bookings, day by day.
    sessions: list[Row] = []
    bookings: list[Row] = []
    by_studio: dict[int, list[int]] = {i: [] for i in open_studios}  # member ids by home studio, in sign-up order
    join_days = [s[0] for s in signups]
    for mid, (_, studio) in enumerate(signups, start=1):
        by_studio[studio].append(mid)
    studio_joins = {i: [signups[m - 1][0] for m in by_studio[i]] for i in open_studios}
    type_weights = [t[6] for t in CLASS_TYPES]
    by_category = {
        c: [i for i, t in enumerate(CLASS_TYPES) if t[1] == c and t[6] > 0] for c in {t[1] for t in CLASS_TYPES}
    }
    studio_staff = {i: [instructor_ids[k] for k, ins in enumerate(INSTRUCTORS) if i in ins[3]] for i in open_studios}
    late_cancel_fees: list[list[object]] = []
    drop_ins: list[list[object]] = []

    def active(mid: int, day: dt.date) -> bool:
        return any(a <= day <= b for a, b in covered.get(mid, []))

    for day in days(START, HORIZON):
        weekend = day.weekday() >= 5
        slots = WEEKEND_SLOTS if weekend else WEEKDAY_SLOTS
        for i in open_studios:
            opened = STUDIOS[i][4]
            assert opened is not None
            if day < opened or (day.month == 12 and day.day == 25) or (day.month == 1 and day.day == 1):
                continue
            members_here = by_studio[i][: bisect.bisect_right(studio_joins[i], day)]
            for (hour, minute), pull in slots:
                staff = studio_staff[i]
                # the class type: each instructor of the studio teaches what they are qualified for
                ti = rng.choices(range(len(CLASS_TYPES)), weights=type_weights)[0]
                qualified = [u for u in teachers[ti + 1] if u in staff]
                if not qualified:
                    category = rng.choice([c for c in INSTRUCTORS[instructor_ids.index(rng.choice(staff))][2]])
                    ti = rng.choice(by_category[category])
                    qualified = [u for u in teachers[ti + 1] if u in staff]
                instructor = qualified[(day.toordinal() // 7 + hour) % len(qualified)]
                substitute = None
                if rng.random() < 0.075:
                    others = [u for u in teachers[ti + 1] if u != instructor and u in instructor_ids[:21]]
                    substitute = rng.choice(others) if others else None
                starts = dt.datetime.combine(day, dt.time(hour, minute))
                capacity = STUDIOS[i][5] if CLASS_TYPES[ti][1] != "pilates" else 12
                status = "scheduled" if day > TODAY else "completed"
                if day <= TODAY and rng.random() < 0.015:
                    status = "cancelled"
                created = dt.datetime.combine(day - dt.timedelta(days=rng.randint(14, 28)), dt.time(15, 0))
                updated = (
                    starts + dt.timedelta(hours=1, minutes=rng.randint(0, 50)) if status == "completed" else created
                )
                if status == "cancelled":
                    updated = starts - dt.timedelta(hours=rng.randint(2, 30))
                sid = len(sessions) + 1
                sessions.append(
                    (sid, i + 1, ti + 1, instructor, substitute, starts, capacity, status, created, updated)
                )
                if not members_here:
                    continue
                months_open = (day - opened).days / 30.44
                ramp = min(1.0, 0.35 + months_open / 10)
                popularity = 0.55 + CLASS_TYPES[ti][6] / 16
                demand = capacity * 0.36 * ramp * pull * popularity * WEEKDAY_PULL[day.weekday()]
                demand *= MONTH_PULL[day.month - 1] * STUDIOS[i][6] ** 0.3
                if day > TODAY:
                    demand *= max(0.25, 1 - (day - TODAY).days / 16)
                wanted = poisson(rng, demand)
                chosen: set[int] = set()
                tries = 0
                while len(chosen) < wanted and tries < wanted * 6:
                    tries += 1
                    mid = (
                        rng.choice(members_here)
                        if rng.random() < 0.85
                        else rng.randint(1, bisect.bisect_right(join_days, day) or 1)
                    )
                    if mid in chosen or member_rows[mid - 1][8] > starts - dt.timedelta(minutes=40):
                        continue
                    if rng.random() > engagement[mid - 1] / 4:
                        continue
                    if not active(mid, day) and rng.random() > 0.08:
                        continue
                    chosen.add(mid)
                for rank, mid in enumerate(sorted(chosen, key=lambda _m: rng.random())):
                    booked = starts - dt.timedelta(hours=min(13 * 24, rng.expovariate(1 / 40)) + 0.5)
                    booked = max(booked, member_rows[mid - 1][8] + dt.timedelta(minutes=rng.randint(1, 9)))
                    booked = min(booked, dt.datetime.combine(TODAY, dt.time(21, rng.randint(0, 59))))
                    if status == "cancelled":
                        booked = min(booked, updated - dt.timedelta(minutes=rng.randint(5, 60)))
                    if booked < member_rows[mid - 1][8]:
                        continue  # signed up after the class was called off
                    source = weighted(rng, ["app", "web", "front_desk", "classpass"],
                                      [45 + 8 * (day.year - 2022), 30, 10, 8])  # fmt: skip
                    checked, cancelled, bstatus = None, None, "booked"
                    if rank >= capacity:
                        bstatus = "waitlisted"
                    elif status == "cancelled":
                        bstatus, cancelled = "cancelled", updated
                    elif day <= TODAY:
                        noshow = 0.11 if hour <= 7 else 0.06
                        r = rng.random()
                        if r < 0.10:
                            bstatus = "cancelled"
                            cancelled = booked + (starts - booked) * rng.uniform(0.05, 0.8)
                            cancelled = min(cancelled, starts - dt.timedelta(hours=12, minutes=rng.randint(1, 600)))
                            cancelled = max(cancelled, booked + dt.timedelta(minutes=3))
                        elif r < 0.13:
                            bstatus = "late_cancel"
                            cancelled = starts - dt.timedelta(minutes=rng.randint(30, 11 * 60))
                            cancelled = max(cancelled, booked + dt.timedelta(minutes=1))
                        elif r < 0.13 + noshow:
                            bstatus = "no_show"
                        else:
                            bstatus = "attended"
                            checked = starts - dt.timedelta(minutes=rng.randint(1, 25), seconds=rng.randint(0, 59))
                    elif rng.random() < 0.07:
                        bstatus = "cancelled"
                        last = dt.datetime.combine(TODAY, dt.time(23, 30))
                        cancelled = max(min(booked + dt.timedelta(hours=rng.uniform(1, 48)), last), booked)
                        cancelled += dt.timedelta(minutes=rng.randint(1, 20))
                    bid = len(bookings) + 1
                    bupdated = checked or cancelled or booked
                    if bstatus == "no_show":
                        bupdated = starts + dt.timedelta(hours=2)
                    bookings.append((bid, sid, mid, bstatus, source, checked, cancelled, booked, bupdated))
                    if bstatus in ("late_cancel", "no_show") and active(mid, day) and rng.random() < 0.7:
                        charged = starts + dt.timedelta(hours=2)  # charged once the class is over
                        late_cancel_fees.append([charged.date(), mid, None, bid, "late_cancel_fee", 1500, charged])
                    if bstatus in ("attended", "booked", "no_show") and not active(mid, day) and source != "classpass":
                        drop_ins.append([booked.date(), mid, None, bid, "drop_in", CLASS_TYPES[ti][4] * 100, booked])
    catalog.add("bookings_classsession", sessions)
    catalog.add("bookings_booking", bookings)

    # Payments: membership renewals, drop-ins and late-cancel fees, in date order.
    payment_rows: list[Row] = []
    for day, mid, msid, bid, kind, cents, earliest in sorted(
        payments + late_cancel_fees + drop_ins, key=lambda p: (p[0], p[1])
    ):
        assert isinstance(day, dt.date)
        if day > TODAY:
            continue
        year_share = (day - START).days / (TODAY - START).days
        method = weighted(rng, ["card", "apple_pay", "google_pay", "cash"],
                          [70 - 30 * year_share, 12 + 25 * year_share, 8 + 6 * year_share, 10 if kind == "drop_in" else 1])  # fmt: skip
        created = _stamp(rng, day, 0, 24) if kind == "membership" else _stamp(rng, day)
        assert isinstance(earliest, dt.datetime)
        if kind != "membership" or created < earliest:  # never before the sign-up, the booking or the class
            created = earliest + dt.timedelta(seconds=rng.randint(5, 240))
        status = weighted(rng, ["succeeded", "failed", "refunded"], [95, 4, 1] if method != "cash" else [99, 0, 1])
        if status == "refunded" and day > TODAY - dt.timedelta(days=21):
            status = "succeeded"  # refunds come days later: none yet for the last three weeks
        if day >= TODAY - dt.timedelta(days=1) and method != "cash" and rng.random() < 0.3:
            status = "pending"
        charge = None if method == "cash" else "ch_" + "".join(rng.choices(string.ascii_letters + string.digits, k=24))
        paid = created + dt.timedelta(seconds=rng.randint(1, 9)) if status in ("succeeded", "refunded") else None
        refunded = paid + dt.timedelta(days=rng.randint(1, 20)) if status == "refunded" and paid else None
        pid = len(payment_rows) + 1
        payment_rows.append((pid, mid, msid, bid, kind, cents, "usd", method, status, charge, paid, refunded, created,
                             refunded or paid or created))  # fmt: skip
        if status == "failed":  # the card is retried a few days later and goes through
            retry = created + dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 300))
            if retry.date() <= TODAY:
                charge = "ch_" + "".join(rng.choices(string.ascii_letters + string.digits, k=24))
                payment_rows.append((pid + 1, mid, msid, bid, kind, cents, "usd", method, "succeeded", charge, retry,
                                     None, retry, retry))  # fmt: skip
    catalog.add("billing_payment", payment_rows)
    return catalog
