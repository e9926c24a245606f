"""Product-analytics catalogs (who did what, when), asked about in the words of product and club managers: a
snake_case mobile game's analytics store (players with an install date, a country and a platform; sessions with start
and end timestamps; in-app purchases in dollars; gameplay events named by an `event_name` value with a level) and a
PascalCase fitness club (members with a join date and a membership type on a plan with a monthly fee; instructors
teaching classes; class bookings; check-ins with in and out times; workouts with minutes, calories and an average
heart rate). Data are deterministic; some players never pay, some members never check in.

`QUESTIONS` holds, per catalog, about twenty-five questions with gold SQL (any of the golds given counts), written
before reading the parser."""

from __future__ import annotations

import duckdb


def mobile_game() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE players(player_id INTEGER PRIMARY KEY, username VARCHAR, install_date DATE, country VARCHAR,"
        " platform VARCHAR)"
    )
    con.execute(
        """INSERT INTO players SELECT i, 'player_' || i, DATE '2024-03-01' + CAST((i * 17) % 56 AS INTEGER),
        ['US', 'DE', 'BR', 'JP', 'IN', 'FR'][1 + (i * 7) % 6], ['ios', 'android', 'android'][1 + i % 3]
        FROM range(1, 61) t(i)"""
    )
    con.execute(
        "CREATE TABLE sessions(session_id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players(player_id),"
        " session_start TIMESTAMP, session_end TIMESTAMP)"
    )
    con.execute(
        """INSERT INTO sessions SELECT row_number() OVER (ORDER BY p, k), p,
        CAST(pl.install_date AS TIMESTAMP) + INTERVAL (k * 1931 + p * 61) MINUTE,
        CAST(pl.install_date AS TIMESTAMP) + INTERVAL (k * 1931 + p * 61 + 3 + (p * k * 13) % 47) MINUTE
        FROM range(1, 61) x(p), range(0, 8) y(k), players pl WHERE pl.player_id = p AND k < 1 + (p * 5) % 8"""
    )
    con.execute(
        "CREATE TABLE purchases(purchase_id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players(player_id),"
        " purchased_at TIMESTAMP, item VARCHAR, amount_usd DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO purchases SELECT row_number() OVER (ORDER BY p, k), p,
        CAST(pl.install_date AS TIMESTAMP) + INTERVAL (k * 2003 + 600 + p * 11) MINUTE,
        ['gem pack', 'starter bundle', 'extra lives', 'season pass', 'gem pack'][1 + (p + 2 * k) % 5],
        [0.99, 4.99, 1.99, 9.99, 0.99][1 + (p + 2 * k) % 5]
        FROM range(1, 61) x(p), range(0, 4) y(k), players pl
        WHERE pl.player_id = p AND p % 3 = 0 AND k < 1 + p % 4"""
    )
    con.execute(
        "CREATE TABLE events(event_id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players(player_id),"
        " event_time TIMESTAMP, event_name VARCHAR, level INTEGER)"
    )
    con.execute(
        """INSERT INTO events SELECT row_number() OVER (ORDER BY p, k), p,
        CAST(pl.install_date AS TIMESTAMP) + INTERVAL (k * 733 + p * 7) MINUTE,
        ['level_start', 'level_start', 'level_complete', 'level_start', 'level_fail', 'tutorial_complete',
         'ad_watched', 'level_complete', 'level_start', 'ad_watched'][1 + (p * 3 + k) % 10],
        1 + k // 2
        FROM range(1, 61) x(p), range(0, 10) y(k), players pl WHERE pl.player_id = p AND k < 2 + (p * 3) % 9"""
    )
    return con


def fitness_club() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Plans"("PlanId" INTEGER PRIMARY KEY, "PlanName" VARCHAR, "MonthlyFee" DECIMAL(6,2))')
    con.execute(
        """INSERT INTO "Plans" VALUES (1, 'Off-Peak', 19.00), (2, 'Standard', 34.00), (3, 'All Access', 55.00)"""
    )
    con.execute(
        'CREATE TABLE "Members"("MemberId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR,'
        ' "JoinDate" DATE, "MembershipType" VARCHAR, "PlanId" INTEGER REFERENCES "Plans"("PlanId"))'
    )
    con.execute(
        """INSERT INTO "Members" SELECT i, ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana'][1 + i % 8],
        ['Moss', 'Park', 'Reyes', 'Stone', 'Diaz', 'Ito', 'Khan'][1 + (i * 3) % 7],
        DATE '2023-01-05' + CAST((i * 23) % 500 AS INTEGER), ['Individual', 'Family', 'Student', 'Individual'][1 + i % 4],
        1 + (i * 2) % 3 FROM range(1, 46) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Instructors"("InstructorId" INTEGER PRIMARY KEY, "FullName" VARCHAR, "Specialty" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "Instructors" VALUES (1, 'Rosa Lind', 'Yoga'), (2, 'Tom Beck', 'Strength'),
        (3, 'Ines Paz', 'Cycling'), (4, 'Omar Said', 'HIIT')"""
    )
    con.execute(
        'CREATE TABLE "Classes"("ClassId" INTEGER PRIMARY KEY, "ClassName" VARCHAR,'
        ' "InstructorId" INTEGER REFERENCES "Instructors"("InstructorId"), "Capacity" INTEGER,'
        ' "ClassStart" TIMESTAMP, "ClassEnd" TIMESTAMP)'
    )
    con.execute(
        """INSERT INTO "Classes" SELECT i, n, t, c, TIMESTAMP '2024-01-08 06:00' + INTERVAL (i * 2) HOUR,
        TIMESTAMP '2024-01-08 06:00' + INTERVAL (i * 2) HOUR + INTERVAL (m) MINUTE
        FROM (VALUES (1, 'Morning Flow', 1, 20, 45), (2, 'Power Lift', 2, 12, 60), (3, 'Spin 45', 3, 25, 45),
        (4, 'Tabata Blast', 4, 15, 30), (5, 'Evening Stretch', 1, 20, 50), (6, 'Hill Climb', 3, 25, 55),
        (7, 'Sunrise Yoga', 1, 18, 40)) v(i, n, t, c, m)"""
    )
    con.execute(
        'CREATE TABLE "ClassBookings"("BookingId" INTEGER PRIMARY KEY,'
        ' "ClassId" INTEGER REFERENCES "Classes"("ClassId"), "MemberId" INTEGER REFERENCES "Members"("MemberId"),'
        ' "ClassDate" DATE, "Attended" BOOLEAN)'
    )
    # Class c is booked (c * 11) % 17 + 5 times: different counts per class.
    con.execute(
        """INSERT INTO "ClassBookings" SELECT row_number() OVER (ORDER BY c, k), c, 1 + (c * 7 + k * 5) % 45,
        DATE '2024-01-08' + CAST((k * 3 + c) % 90 AS INTEGER), (c + k) % 4 <> 0
        FROM range(1, 7) x(c), range(0, 30) y(k) WHERE k < (c * 11) % 17 + 5"""
    )
    con.execute(
        'CREATE TABLE "CheckIns"("CheckInId" INTEGER PRIMARY KEY,'
        ' "MemberId" INTEGER REFERENCES "Members"("MemberId"), "CheckInTime" TIMESTAMP, "CheckOutTime" TIMESTAMP)'
    )
    # Members whose id is a multiple of 9 never check in.
    con.execute(
        """INSERT INTO "CheckIns" SELECT row_number() OVER (ORDER BY m, k), m,
        TIMESTAMP '2024-01-01 06:00' + INTERVAL ((k * 5 + m) % 120) DAY + INTERVAL ((m * 5 + k * k) % 15) HOUR,
        TIMESTAMP '2024-01-01 06:00' + INTERVAL ((k * 5 + m) % 120) DAY + INTERVAL ((m * 5 + k * k) % 15) HOUR
          + INTERVAL (35 + (m * k * 7) % 80) MINUTE
        FROM range(1, 46) x(m), range(0, 12) y(k) WHERE m % 9 <> 0 AND k < 2 + (m * 7) % 11"""
    )
    con.execute(
        'CREATE TABLE "Payments"("PaymentId" INTEGER PRIMARY KEY,'
        ' "MemberId" INTEGER REFERENCES "Members"("MemberId"), "PaidAt" TIMESTAMP, "Amount" DECIMAL(8,2))'
    )
    con.execute(
        """INSERT INTO "Payments" SELECT row_number() OVER (ORDER BY m, k), m,
        TIMESTAMP '2024-01-03 09:00' + INTERVAL (k * 30 + m % 5) DAY + INTERVAL (m * 13) MINUTE,
        [19.00, 34.00, 55.00][1 + (m * 2) % 3] FROM range(1, 46) x(m), range(0, 4) y(k) WHERE k < 1 + m % 4"""
    )
    con.execute(
        'CREATE TABLE "Workouts"("WorkoutId" INTEGER PRIMARY KEY,'
        ' "MemberId" INTEGER REFERENCES "Members"("MemberId"), "WorkoutDate" DATE, "WorkoutType" VARCHAR,'
        ' "DurationMinutes" INTEGER, "CaloriesBurned" INTEGER, "AvgHeartRate" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Workouts" SELECT row_number() OVER (ORDER BY m, k), m,
        DATE '2024-01-02' + CAST((k * 11 + m * 2) % 150 AS INTEGER),
        ['Cardio', 'Strength', 'Yoga', 'Cardio', 'Swim'][1 + (m + k) % 5], 20 + (m * 7 + k * 13) % 70,
        150 + (m * 31 + k * 17) % 600, 95 + (m * 5 + k * 3) % 70
        FROM range(1, 46) x(m), range(0, 9) y(k) WHERE m % 9 <> 0 AND k < 1 + (m * 4) % 9"""
    )
    return con


Question = tuple[str, tuple[str, ...]]  # question, gold SQL (any of them)


def _q(question: str, *gold: str) -> Question:
    return (question, gold)


_SESSION_MIN = "EXTRACT(EPOCH FROM session_end - session_start) / 60"
_SESSION_SEC = "EXTRACT(EPOCH FROM session_end - session_start)"
_VISIT_MIN = 'EXTRACT(EPOCH FROM "CheckOutTime" - "CheckInTime") / 60'

GAME_QUESTIONS: list[Question] = [
    _q("daily active users",
       "SELECT CAST(session_start AS DATE), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1",
       "SELECT date_trunc('day', session_start), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1"),
    _q("weekly active players",
       "SELECT date_trunc('week', session_start), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1"),
    _q("monthly active users",
       "SELECT date_trunc('month', session_start), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1"),
    _q("new players per week", "SELECT date_trunc('week', install_date), COUNT(*) FROM players GROUP BY 1"),
    _q("installs by day", "SELECT install_date, COUNT(*) FROM players GROUP BY 1"),
    _q("how many players do we have", "SELECT COUNT(*) FROM players"),
    _q("players by platform", "SELECT platform, COUNT(*) FROM players GROUP BY 1"),
    _q("revenue per day",
       "SELECT CAST(purchased_at AS DATE), SUM(amount_usd) FROM purchases GROUP BY 1",
       "SELECT date_trunc('day', purchased_at), SUM(amount_usd) FROM purchases GROUP BY 1"),
    _q("total revenue", "SELECT SUM(amount_usd) FROM purchases"),
    _q("revenue by country",
       "SELECT p.country, SUM(u.amount_usd) FROM purchases u JOIN players p ON p.player_id = u.player_id GROUP BY 1"),
    _q("purchases by platform",
       "SELECT p.platform, COUNT(*) FROM purchases u JOIN players p ON p.player_id = u.player_id GROUP BY 1"),
    _q("average session length",
       f"SELECT AVG({_SESSION_MIN}) FROM sessions", f"SELECT AVG({_SESSION_SEC}) FROM sessions"),
    _q("average session duration by platform",
       f"SELECT p.platform, AVG({_SESSION_MIN}) FROM sessions s JOIN players p ON p.player_id = s.player_id GROUP BY 1",
       f"SELECT p.platform, AVG({_SESSION_SEC}) FROM sessions s JOIN players p ON p.player_id = s.player_id GROUP BY 1"),
    _q("total playtime per player",
       f"SELECT p.username, SUM({_SESSION_MIN}) FROM sessions s JOIN players p ON p.player_id = s.player_id "
       "GROUP BY p.player_id, 1",
       f"SELECT p.username, SUM({_SESSION_SEC}) FROM sessions s JOIN players p ON p.player_id = s.player_id "
       "GROUP BY p.player_id, 1"),
    _q("average number of sessions per player",
       "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT player_id) FROM sessions",
       "SELECT COUNT(*) * 1.0 / (SELECT COUNT(*) FROM players) FROM sessions"),
    _q("ARPU", "SELECT (SELECT SUM(amount_usd) FROM purchases) / (SELECT COUNT(*) FROM players)"),
    _q("average revenue per paying user",
       "SELECT SUM(amount_usd) / COUNT(DISTINCT player_id) FROM purchases"),
    _q("what share of players made a purchase",
       "SELECT COUNT(DISTINCT player_id) * 100.0 / (SELECT COUNT(*) FROM players) FROM purchases",
       "SELECT COUNT(DISTINCT player_id) * 1.0 / (SELECT COUNT(*) FROM players) FROM purchases"),
    _q("how many players have made a purchase", "SELECT COUNT(DISTINCT player_id) FROM purchases"),
    _q("players who never made a purchase",
       "SELECT username FROM players WHERE player_id NOT IN (SELECT player_id FROM purchases)",
       "SELECT username, player_id FROM players WHERE player_id NOT IN (SELECT player_id FROM purchases)"),
    _q("most popular event",
       "SELECT event_name, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
       "SELECT event_name FROM events GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"),
    _q("number of events by event name", "SELECT event_name, COUNT(*) FROM events GROUP BY 1"),
    _q("how many level_complete events per day",
       "SELECT CAST(event_time AS DATE), COUNT(*) FROM events WHERE event_name = 'level_complete' GROUP BY 1",
       "SELECT date_trunc('day', event_time), COUNT(*) FROM events WHERE event_name = 'level_complete' GROUP BY 1"),
    _q("top 5 spenders",
       "SELECT p.username, SUM(u.amount_usd) FROM purchases u JOIN players p ON p.player_id = u.player_id "
       "GROUP BY p.player_id, 1 ORDER BY 2 DESC, 1 LIMIT 5"),
    _q("best selling item", "SELECT item, COUNT(*) FROM purchases GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
       "SELECT item, SUM(amount_usd) FROM purchases GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    _q("sessions per day",
       "SELECT CAST(session_start AS DATE), COUNT(*) FROM sessions GROUP BY 1",
       "SELECT date_trunc('day', session_start), COUNT(*) FROM sessions GROUP BY 1"),
]  # fmt: skip

_WO = '"Workouts" w JOIN "Members" m ON m."MemberId" = w."MemberId"'

CLUB_QUESTIONS: list[Question] = [
    _q("how many members do we have", 'SELECT COUNT(*) FROM "Members"'),
    _q("new members per month", 'SELECT date_trunc(\'month\', "JoinDate"), COUNT(*) FROM "Members" GROUP BY 1'),
    _q("members by membership type", 'SELECT "MembershipType", COUNT(*) FROM "Members" GROUP BY 1'),
    _q("check-ins by day of week",
       'SELECT dayname("CheckInTime"), COUNT(*) FROM "CheckIns" GROUP BY 1',
       'SELECT dayofweek("CheckInTime"), COUNT(*) FROM "CheckIns" GROUP BY 1',
       'SELECT isodow("CheckInTime"), COUNT(*) FROM "CheckIns" GROUP BY 1',
       'SELECT CAST(isodow("CheckInTime") AS TEXT) || \' \' || dayname("CheckInTime"), COUNT(*) FROM "CheckIns" '
       "GROUP BY 1"),
    _q("busiest hour of the day",
       'SELECT hour("CheckInTime"), COUNT(*) FROM "CheckIns" GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
       'SELECT hour("CheckInTime") FROM "CheckIns" GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1'),
    _q("check-ins by hour", 'SELECT hour("CheckInTime"), COUNT(*) FROM "CheckIns" GROUP BY 1'),
    _q("daily check-ins",
       'SELECT CAST("CheckInTime" AS DATE), COUNT(*) FROM "CheckIns" GROUP BY 1',
       'SELECT date_trunc(\'day\', "CheckInTime"), COUNT(*) FROM "CheckIns" GROUP BY 1'),
    _q("unique members visiting per week",
       'SELECT date_trunc(\'week\', "CheckInTime"), COUNT(DISTINCT "MemberId") FROM "CheckIns" GROUP BY 1'),
    _q("average visit length",
       f'SELECT AVG({_VISIT_MIN}) FROM "CheckIns"',
       'SELECT AVG(EXTRACT(EPOCH FROM "CheckOutTime" - "CheckInTime")) FROM "CheckIns"'),
    _q("most booked classes",
       'SELECT c."ClassName", COUNT(*) FROM "ClassBookings" b JOIN "Classes" c ON c."ClassId" = b."ClassId" '
       "GROUP BY c.\"ClassId\", 1 ORDER BY 2 DESC LIMIT 10",
       'SELECT c."ClassName", COUNT(*) FROM "ClassBookings" b JOIN "Classes" c ON c."ClassId" = b."ClassId" '
       'GROUP BY c."ClassId", 1 ORDER BY 2 DESC LIMIT 1'),
    _q("bookings per instructor",
       'SELECT i."FullName", COUNT(*) FROM "ClassBookings" b JOIN "Classes" c ON c."ClassId" = b."ClassId" '
       'JOIN "Instructors" i ON i."InstructorId" = c."InstructorId" GROUP BY i."InstructorId", 1'),
    _q("attendance rate by class",
       'SELECT c."ClassName", AVG(CASE WHEN b."Attended" THEN 100.0 ELSE 0 END) FROM "ClassBookings" b '
       'JOIN "Classes" c ON c."ClassId" = b."ClassId" GROUP BY c."ClassId", 1',
       'SELECT c."ClassName", AVG(CASE WHEN b."Attended" THEN 1.0 ELSE 0 END) FROM "ClassBookings" b '
       'JOIN "Classes" c ON c."ClassId" = b."ClassId" GROUP BY c."ClassId", 1'),
    _q("average workout duration by membership type",
       f'SELECT m."MembershipType", AVG(w."DurationMinutes") FROM {_WO} GROUP BY 1'),
    _q("average workout duration", 'SELECT AVG("DurationMinutes") FROM "Workouts"'),
    _q("calories burned per month",
       'SELECT date_trunc(\'month\', "WorkoutDate"), SUM("CaloriesBurned") FROM "Workouts" GROUP BY 1'),
    _q("average heart rate by workout type", 'SELECT "WorkoutType", AVG("AvgHeartRate") FROM "Workouts" GROUP BY 1'),
    _q("members who never checked in",
       'SELECT "FirstName", "LastName" FROM "Members" WHERE "MemberId" NOT IN (SELECT "MemberId" FROM "CheckIns")',
       'SELECT "FirstName" || \' \' || "LastName" FROM "Members" '
       'WHERE "MemberId" NOT IN (SELECT "MemberId" FROM "CheckIns")',
       'SELECT "FirstName" || \' \' || "LastName", "MemberId" FROM "Members" '
       'WHERE "MemberId" NOT IN (SELECT "MemberId" FROM "CheckIns")'),
    _q("how many members have never checked in",
       'SELECT COUNT(*) FROM "Members" WHERE "MemberId" NOT IN (SELECT "MemberId" FROM "CheckIns")'),
    _q("percentage of members who booked a class",
       'SELECT COUNT(DISTINCT "MemberId") * 100.0 / (SELECT COUNT(*) FROM "Members") FROM "ClassBookings"',
       'SELECT COUNT(DISTINCT "MemberId") * 1.0 / (SELECT COUNT(*) FROM "Members") FROM "ClassBookings"'),
    _q("average check-ins per member",
       'SELECT COUNT(*) * 1.0 / COUNT(DISTINCT "MemberId") FROM "CheckIns"',
       'SELECT COUNT(*) * 1.0 / (SELECT COUNT(*) FROM "Members") FROM "CheckIns"'),
    _q("monthly recurring revenue",
       'SELECT SUM(p."MonthlyFee") FROM "Members" m JOIN "Plans" p ON p."PlanId" = m."PlanId"'),
    _q("members per plan",
       'SELECT p."PlanName", COUNT(*) FROM "Members" m JOIN "Plans" p ON p."PlanId" = m."PlanId" GROUP BY 1'),
    _q("top 10 members by number of check-ins",
       'SELECT m."FirstName" || \' \' || m."LastName", m."MemberId", COUNT(*) FROM "CheckIns" c '
       'JOIN "Members" m ON m."MemberId" = c."MemberId" GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 10',
       'SELECT m."FirstName" || \' \' || m."LastName", COUNT(*) FROM "CheckIns" c '
       'JOIN "Members" m ON m."MemberId" = c."MemberId" GROUP BY m."MemberId", 1 ORDER BY 2 DESC, 1 LIMIT 10'),
    _q("total calories burned by workout type", 'SELECT "WorkoutType", SUM("CaloriesBurned") FROM "Workouts" GROUP BY 1'),
    _q("workouts per week", 'SELECT date_trunc(\'week\', "WorkoutDate"), COUNT(*) FROM "Workouts" GROUP BY 1'),
    _q("payments received per day",
       'SELECT date_trunc(\'day\', "PaidAt"), COUNT(*) FROM "Payments" GROUP BY 1'),
    _q("which instructor teaches the most classes",
       'SELECT i."FullName", COUNT(*) FROM "Classes" c JOIN "Instructors" i ON i."InstructorId" = c."InstructorId" '
       'GROUP BY i."InstructorId", 1 ORDER BY 2 DESC LIMIT 1'),
]  # fmt: skip

QUESTIONS = {"game": GAME_QUESTIONS, "club": CLUB_QUESTIONS}
BUILDERS = {"game": mobile_game, "club": fitness_club}
