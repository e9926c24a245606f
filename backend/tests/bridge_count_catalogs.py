"""Two catalogs whose bridges are counted, filtered on counts and reached by follow-ups: a podcast network in
snake_case (podcast ↔ podcast_topic ↔ topic, episodes of podcasts, listens of episodes by listeners, sponsor payments per
episode) whose bridge has no key and holds one pair twice, and a course catalogue in PascalCase (Courses ↔
CourseSkills ↔ Skills, Enrollments of students in courses with the fee paid) whose bridge also repeats a pair."""

from __future__ import annotations

import duckdb


def podcasts() -> duckdb.DuckDBPyConnection:
    """Podcasts on topics (a pair tagged twice), episodes, listeners, listens and sponsor payments."""
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE topic (topic_id INTEGER PRIMARY KEY, label VARCHAR)")
    for i, n in enumerate(["Science", "History", "Sports", "Cooking", "Travel"]):
        con.execute("INSERT INTO topic VALUES (?, ?)", [i + 1, n])
    con.execute("CREATE TABLE podcast (podcast_id INTEGER PRIMARY KEY, podcast_name VARCHAR, launch_year INTEGER)")
    con.execute(
        "INSERT INTO podcast SELECT i, 'Pod ' || chr(CAST(64 + i AS INTEGER)), 2010 + i % 9 FROM range(1, 13) t(i)"
    )
    con.execute(
        "CREATE TABLE podcast_topic (podcast_id INTEGER REFERENCES podcast(podcast_id), "
        "topic_id INTEGER REFERENCES topic(topic_id))"
    )
    con.execute("INSERT INTO podcast_topic SELECT i, 1 + i % 4 FROM range(1, 13) t(i)")
    con.execute("INSERT INTO podcast_topic SELECT i, 1 + (i + 1) % 4 FROM range(3, 13, 3) t(i)")
    # Podcasts 5, 8 and 1 tagged with a topic twice (an import run two times).
    con.execute("INSERT INTO podcast_topic VALUES (5, 2), (8, 1), (1, 5), (2, 5), (1, 5)")
    con.execute(
        "CREATE TABLE episode (episode_id INTEGER PRIMARY KEY, podcast_id INTEGER REFERENCES podcast(podcast_id), "
        "episode_title VARCHAR, duration_minutes INTEGER, aired_on DATE)"
    )
    con.execute(
        """INSERT INTO episode SELECT i, 1 + i % 12, 'Episode ' || i, 20 + (i * 13) % 70,
        DATE '2022-01-03' + CAST(i * 5 AS INTEGER) FROM range(1, 61) t(i)"""
    )
    con.execute("CREATE TABLE listener (listener_id INTEGER PRIMARY KEY, nickname VARCHAR, signup_date DATE)")
    con.execute(
        """INSERT INTO listener SELECT i, 'user' || i, DATE '2021-06-01' + CAST(i * 9 AS INTEGER)
        FROM range(1, 26) t(i)"""
    )
    con.execute(
        "CREATE TABLE listen (listen_id INTEGER PRIMARY KEY, episode_id INTEGER REFERENCES episode(episode_id), "
        "listener_id INTEGER REFERENCES listener(listener_id), listened_at TIMESTAMP, minutes_played INTEGER)"
    )
    con.execute(
        """INSERT INTO listen SELECT i, 1 + (i * 7) % 60, 1 + (i * 3) % 25,
        TIMESTAMP '2022-02-01 08:00:00' + INTERVAL (i * 5) HOUR, 5 + (i * 11) % 50 FROM range(1, 401) t(i)"""
    )
    con.execute(
        "CREATE TABLE sponsor_payment (payment_id INTEGER PRIMARY KEY, episode_id INTEGER "
        "REFERENCES episode(episode_id), amount DECIMAL(8, 2), paid_on DATE)"
    )
    con.execute(
        """INSERT INTO sponsor_payment SELECT i, 1 + (i * 5) % 60, 100 + (i * 37) % 400,
        DATE '2022-01-10' + CAST(i * 4 AS INTEGER) FROM range(1, 91) t(i)"""
    )
    return con


def courses() -> duckdb.DuckDBPyConnection:
    """Courses teaching skills (a pair listed twice), students and their enrollments with the fee paid."""
    con = duckdb.connect(":memory:")
    con.execute('CREATE TABLE "Skills" ("SkillId" INTEGER PRIMARY KEY, "SkillName" VARCHAR)')
    for i, n in enumerate(["Python", "Statistics", "Design", "Writing", "Finance"]):
        con.execute('INSERT INTO "Skills" VALUES (?, ?)', [i + 1, n])
    con.execute(
        'CREATE TABLE "Courses" ("CourseId" INTEGER PRIMARY KEY, "CourseTitle" VARCHAR, "DurationHours" INTEGER, '
        '"ListPrice" DECIMAL(7, 2))'
    )
    con.execute(
        """INSERT INTO "Courses" SELECT i, 'Course ' || i, 4 + (i * 7) % 40, 49 + (i * 23) % 200
        FROM range(1, 19) t(i)"""
    )
    con.execute(
        'CREATE TABLE "CourseSkills" ("CourseId" INTEGER REFERENCES "Courses"("CourseId"), '
        '"SkillId" INTEGER REFERENCES "Skills"("SkillId"))'
    )
    con.execute('INSERT INTO "CourseSkills" SELECT i, 1 + i % 5 FROM range(1, 19) t(i)')
    con.execute('INSERT INTO "CourseSkills" SELECT i, 1 + (i + 2) % 5 FROM range(2, 19, 4) t(i)')
    con.execute('INSERT INTO "CourseSkills" VALUES (6, 2), (11, 2), (4, 5)')
    con.execute('CREATE TABLE "Students" ("StudentId" INTEGER PRIMARY KEY, "FullName" VARCHAR, "JoinedOn" DATE)')
    con.execute(
        """INSERT INTO "Students" SELECT i, ['Ana', 'Ben', 'Chen', 'Dina', 'Eli'][1 + i % 5] || ' ' || i,
        DATE '2021-01-01' + CAST(i * 11 AS INTEGER) FROM range(1, 31) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Enrollments" ("EnrollmentId" INTEGER PRIMARY KEY, "CourseId" INTEGER '
        'REFERENCES "Courses"("CourseId"), "StudentId" INTEGER REFERENCES "Students"("StudentId"), '
        '"EnrolledOn" DATE, "FeePaid" DECIMAL(7, 2))'
    )
    con.execute(
        """INSERT INTO "Enrollments" SELECT i, 1 + (i * 5) % 18, 1 + (i * 7) % 30,
        DATE '2023-01-02' + CAST(i * 3 AS INTEGER), 30 + (i * 17) % 150 FROM range(1, 161) t(i)"""
    )
    return con
