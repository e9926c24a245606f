"""Counts and follow-ups through a many-to-many bridge: "by topic" after "total minutes played" groups through the
bridge as the whole question would; a pair the bridge lists twice counts once ("number of podcasts per topic");
"listeners per topic" counts the listeners' distinct keys among the listens; "topics with more than 100 listens" and
"top 2 topics by number of listens" keep or rank the groups by a count over the distinct rows. On two catalogs written
here (`bridge_count_catalogs.py`): a podcast network in snake_case whose bridge has no key, and a course catalogue in
PascalCase; the brief's own examples on the film rental store of `bridge_group_catalogs.py`."""

from __future__ import annotations

from backend.tests.bridge_count_catalogs import courses, podcasts
from backend.tests.bridge_group_catalogs import rental_store
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same

pods = catalog_fixture(podcasts)
school = catalog_fixture(courses)
store = catalog_fixture(rental_store)

TOPICS = (
    "JOIN (SELECT DISTINCT podcast_id, topic_id FROM podcast_topic) pt USING (podcast_id) JOIN topic t USING (topic_id)"
)
LISTENS = f"FROM listen l JOIN episode e USING (episode_id) {TOPICS}"
SKILLS = (
    'JOIN (SELECT DISTINCT "CourseId", "SkillId" FROM "CourseSkills") cs USING ("CourseId") '
    'JOIN "Skills" s USING ("SkillId")'
)
ENROLLED = f'FROM "Enrollments" en {SKILLS}'
RENTED = (
    "FROM rental r JOIN inventory i USING (inventory_id) JOIN film_category fc USING (film_id) "
    "JOIN category c USING (category_id)"
)


def _followed(db: Db, first: str, then: str, gold: str, alone: str) -> None:
    """The follow-up's rows are the gold rows, and the rows of the whole question asked alone."""
    d = answer(db, then, previous=answer(db, first))
    assert rows(db[0], d.sql) == rows(db[0], gold), d.sql
    assert rows(db[0], d.sql) == rows(db[0], answer(db, alone).sql)
    assert d.thoughts[0].startswith("Following up")
    assert "counts in both" in " ".join(d.thoughts)


def test_a_follow_up_grouping_goes_through_the_bridge(pods: Db, school: Db, store: Db) -> None:
    _followed(
        pods,
        "total minutes played",
        "by topic",
        f"SELECT t.label, SUM(l.minutes_played) {LISTENS} GROUP BY 1",
        "total minutes played by topic",
    )
    _followed(
        pods,
        "average episode duration",
        "by topic",
        f"SELECT t.label, AVG(e.duration_minutes) FROM episode e {TOPICS} GROUP BY 1",
        "average episode duration by topic",
    )
    _followed(
        school,
        "total fees paid",
        "by skill",
        f'SELECT s."SkillName", SUM(en."FeePaid") {ENROLLED} GROUP BY 1',
        "total fees paid by skill",
    )
    _followed(
        school,
        "average course duration",
        "per skill",
        f'SELECT s."SkillName", AVG(c."DurationHours") FROM "Courses" c {SKILLS} GROUP BY 1',
        "average duration of courses by skill",
    )
    _followed(
        store,
        "total revenue",
        "by category",
        "SELECT c.name, SUM(p.amount) FROM payment p JOIN rental r USING (rental_id) JOIN inventory i "
        "USING (inventory_id) JOIN film_category fc USING (film_id) JOIN category c USING (category_id) GROUP BY 1",
        "total revenue by category",
    )


def test_a_follow_up_keeps_the_time_axis_and_takes_further_groupings(pods: Db, store: Db) -> None:
    first = answer(pods, "total minutes played by month")
    d = answer(pods, "by topic", previous=first)
    gold = f"SELECT date_trunc('month', l.listened_at), t.label, SUM(l.minutes_played) {LISTENS} GROUP BY 1, 2"
    assert rows(pods[0], d.sql) == rows(pods[0], gold)
    assert d.chart.chart_type == "line"
    counted = answer(store, "by category", previous=answer(store, "number of films"))
    d = answer(store, "and by rating", previous=counted)
    gold = "SELECT c.name, f.rating, COUNT(*) FROM film f JOIN film_category USING (film_id) JOIN category c "
    gold += "USING (category_id) GROUP BY 1, 2"
    assert rows(store[0], d.sql) == rows(store[0], gold), d.sql


def test_a_follow_up_naming_a_table_the_rows_reach_is_an_ordinary_join(pods: Db) -> None:
    d = answer(pods, "by podcast", previous=answer(pods, "total minutes played"))
    gold = "SELECT p.podcast_name, SUM(l.minutes_played) FROM listen l JOIN episode e USING (episode_id) "
    gold += "JOIN podcast p USING (podcast_id) GROUP BY 1"
    assert rows(pods[0], d.sql) == rows(pods[0], gold)
    assert "topic" not in d.sql


def test_a_pair_the_bridge_lists_twice_counts_once(pods: Db, school: Db) -> None:
    d = same(pods, "number of podcasts per topic", f"SELECT t.label, COUNT(*) FROM podcast p {TOPICS} GROUP BY 1")
    assert d.chart.chart_type == "bar"
    assert "a pair listed twice counts once" in " ".join(d.thoughts)
    same(
        school,
        "number of courses per skill",
        f'SELECT s."SkillName", COUNT(*) FROM "Courses" c {SKILLS} GROUP BY 1',
    )
    same(
        school,
        "how many courses for each skill",
        f'SELECT s."SkillName", COUNT(*) FROM "Courses" c {SKILLS} GROUP BY 1',
    )


def test_groups_kept_by_a_count_of_their_pairs(pods: Db, school: Db) -> None:
    same(
        pods,
        "topics with more than 2 podcasts",
        f"SELECT t.label, COUNT(*) FROM podcast p {TOPICS} GROUP BY 1 HAVING COUNT(*) > 2",
    )
    same(
        school,
        "skills with more than 4 courses",
        f'SELECT s."SkillName", COUNT(*) FROM "Courses" c {SKILLS} GROUP BY 1 HAVING COUNT(*) > 4',
    )


def test_people_above_the_entity_counted_through_their_rows(pods: Db, school: Db, store: Db) -> None:
    listeners = f"SELECT t.label, COUNT(DISTINCT l.listener_id) {LISTENS} GROUP BY 1"
    d = same(pods, "listeners per topic", listeners)
    assert d.chart.chart_type == "bar"
    same(pods, "number of listeners per topic", listeners)
    same(pods, "how many listeners listened to episodes in each topic", listeners)
    students = f'SELECT s."SkillName", COUNT(DISTINCT en."StudentId") {ENROLLED} GROUP BY 1'
    same(school, "students per skill", students)
    same(school, "how many students enrolled in courses for each skill", students)
    customers = f"SELECT c.name, COUNT(DISTINCT r.customer_id) {RENTED} GROUP BY 1"
    same(store, "customers per category", customers)
    same(store, "how many customers rented films in each category", customers)


def test_groups_ranked_or_kept_by_a_count_of_rows_below_the_entity(pods: Db, school: Db, store: Db) -> None:
    listens = f"SELECT t.label, COUNT(*) AS n {LISTENS} GROUP BY 1"
    same(pods, "topics with more than 80 listens", f"{listens} HAVING COUNT(*) > 80")
    same(pods, "top 2 topics by number of listens", f"{listens} ORDER BY n DESC, 1 LIMIT 2")
    enrolled = f'SELECT s."SkillName", COUNT(*) AS n {ENROLLED} GROUP BY 1'
    d = same(school, "skills with more than 40 enrollments", f"{enrolled} HAVING COUNT(*) > 40")
    assert "Filtered to enrollment count above 40" in " ".join(d.thoughts)
    same(school, "top 2 skills by number of enrollments", f"{enrolled} ORDER BY n DESC, 1 LIMIT 2")
    rentals = f"SELECT c.name, COUNT(*) AS n {RENTED} GROUP BY 1"
    same(store, "categories with more than 70 rentals", f"{rentals} HAVING COUNT(*) > 70")
    same(store, "top 3 categories by number of rentals", f"{rentals} ORDER BY n DESC, 1 LIMIT 3")
