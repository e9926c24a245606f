"""A mobile puzzle game's analytics warehouse, as Google's BigQuery exports name things, loaded into DuckDB.

"Lantern Lane", a casual puzzle game on iOS and Android, January 2024 to June 2025. Its Firebase / Google
Analytics 4 export lands as `events` (one row per event, the nested records flattened with underscores:
`device_operating_system`, `geo_country`, `app_info_version`, `traffic_source_medium`; the event parameters as
`param_<key>` columns) and `pseudonymous_users` (GA4's user export: `user_info_*`, `user_ltv_*`, `predictions_*`).
Times are epoch microseconds in BIGINT columns (`event_timestamp`, `user_first_touch_timestamp`,
`user_info_last_active_timestamp_micros`), dates are 'YYYYMMDD' text (`event_date`, `user_info_first_purchase_date`),
the platform an upper-case code (IOS, ANDROID). The user id is `user_pseudo_id` in events and `pseudo_user_id` in
the user export (by name only). Google Ads' data transfer adds `ads_Campaign_5802217391` and
`ads_CampaignBasicStats_5802217391` (`campaign_*`, `segments_*`, `metrics_*` columns, money in micros, text start
and end dates with Google's '2037-12-30' for "no end"). The studio's own tables: `level_config` (one-letter difficulty
codes, a bonus flag), `iap_products` (one-letter product types, prices in micros) and `friend_gifts` (two declared
keys to `pseudonymous_users`: sender and recipient). Levels and products are joined by value only
(`param_level_name`, `param_product_id`), campaigns to installs by name only (`traffic_source_name`).

Patterns: installs growing, at weekends and over Christmas, and boosted by paid campaigns; evening play in the
players' own time zones (stored in UTC); day-one churn and a long tail of loyal players; a notoriously hard level
(Lighthouse 07); new worlds arriving with releases; a crash wave on Android 2.4.0 fixed by the 2.4.1 hotfix; few
payers, whales, iOS players paying more, a December peak; ads for players who did not buy "no ads"; `app_remove`
on Android only (as Firebase logs it); NULL parameters on events that do not carry them, signed-out players with
NULL `user_id`, NULL predictions for lapsed players, unclaimed gifts, a campaign that never spent, a product never
bought and a bonus level not yet released. Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from scripts.eval_catalogs.common import Catalog, Row, weighted

SEED = 2_024_061
START, END = dt.datetime(2024, 1, 1), dt.datetime(2025, 6, 30, 23, 59, 59)
EPOCH = dt.datetime(1970, 1, 1)
APP_ID = "com.driftwoodgames.lanternlane"
ADS_CUSTOMER = "5802217391"
CAMPAIGN_TABLE = f"ads_Campaign_{ADS_CUSTOMER}"
STATS_TABLE = f"ads_CampaignBasicStats_{ADS_CUSTOMER}"

DDL = [
    """CREATE TABLE level_config (
        level_id INTEGER PRIMARY KEY, level_name VARCHAR NOT NULL UNIQUE, world_name VARCHAR NOT NULL,
        world_number INTEGER NOT NULL, level_in_world INTEGER, difficulty VARCHAR(1) NOT NULL,
        par_moves INTEGER NOT NULL, is_bonus BOOLEAN NOT NULL, added_in_version VARCHAR NOT NULL)""",
    """CREATE TABLE iap_products (
        product_id VARCHAR PRIMARY KEY, product_name VARCHAR NOT NULL, product_type VARCHAR(1) NOT NULL,
        price_amount_micros BIGINT NOT NULL, gems_granted INTEGER, is_active BOOLEAN NOT NULL)""",
    """CREATE TABLE events (
        event_date VARCHAR NOT NULL, event_timestamp BIGINT NOT NULL, event_name VARCHAR NOT NULL,
        param_ga_session_id BIGINT, param_ga_session_number INTEGER, param_engagement_time_msec BIGINT,
        param_level_name VARCHAR, param_score BIGINT, param_stars INTEGER, param_moves_used INTEGER,
        param_ad_format VARCHAR, param_ad_source VARCHAR, param_ad_unit_name VARCHAR, param_value DOUBLE,
        param_product_id VARCHAR, param_fatal INTEGER, event_value_in_usd DOUBLE,
        user_id VARCHAR, user_pseudo_id VARCHAR NOT NULL, user_first_touch_timestamp BIGINT NOT NULL,
        device_category VARCHAR NOT NULL, device_mobile_brand_name VARCHAR NOT NULL,
        device_mobile_model_name VARCHAR NOT NULL, device_operating_system VARCHAR NOT NULL,
        device_operating_system_version VARCHAR NOT NULL, device_language VARCHAR NOT NULL,
        geo_continent VARCHAR NOT NULL, geo_country VARCHAR NOT NULL, app_info_id VARCHAR NOT NULL,
        app_info_version VARCHAR NOT NULL, app_info_install_source VARCHAR NOT NULL, traffic_source_name VARCHAR,
        traffic_source_medium VARCHAR, traffic_source_source VARCHAR, platform VARCHAR NOT NULL,
        stream_id VARCHAR NOT NULL)""",
    """CREATE TABLE pseudonymous_users (
        pseudo_user_id VARCHAR PRIMARY KEY, stream_id VARCHAR NOT NULL, user_id VARCHAR,
        user_info_last_active_timestamp_micros BIGINT NOT NULL, user_info_user_first_touch_timestamp_micros BIGINT NOT NULL,
        user_info_first_purchase_date VARCHAR, device_operating_system VARCHAR NOT NULL, device_category VARCHAR NOT NULL,
        device_mobile_brand_name VARCHAR NOT NULL, geo_continent VARCHAR NOT NULL, geo_country VARCHAR NOT NULL,
        user_ltv_revenue_in_usd DOUBLE NOT NULL, user_ltv_sessions BIGINT NOT NULL,
        user_ltv_engagement_time_millis BIGINT NOT NULL, user_ltv_purchases BIGINT NOT NULL,
        predictions_in_app_purchase_score_7d DOUBLE, predictions_churn_score_7d DOUBLE,
        occurrence_date VARCHAR NOT NULL, last_updated_date VARCHAR NOT NULL)""",
    """CREATE TABLE friend_gifts (
        gift_id BIGINT PRIMARY KEY, sender_pseudo_id VARCHAR NOT NULL REFERENCES pseudonymous_users (pseudo_user_id),
        recipient_pseudo_id VARCHAR NOT NULL REFERENCES pseudonymous_users (pseudo_user_id), gift_type VARCHAR NOT NULL,
        sent_timestamp_micros BIGINT NOT NULL, claimed_timestamp_micros BIGINT)""",
    f"""CREATE TABLE {CAMPAIGN_TABLE} (
        campaign_id BIGINT PRIMARY KEY, campaign_name VARCHAR NOT NULL, campaign_status VARCHAR NOT NULL,
        campaign_advertising_channel_type VARCHAR NOT NULL, campaign_advertising_channel_sub_type VARCHAR NOT NULL,
        campaign_app_campaign_setting_app_store VARCHAR NOT NULL, campaign_start_date VARCHAR NOT NULL,
        campaign_end_date VARCHAR NOT NULL, campaign_budget_amount_micros BIGINT NOT NULL)""",
    f"""CREATE TABLE {STATS_TABLE} (
        campaign_id BIGINT NOT NULL REFERENCES {CAMPAIGN_TABLE} (campaign_id), segments_date DATE NOT NULL,
        segments_ad_network_type VARCHAR NOT NULL, metrics_impressions BIGINT NOT NULL, metrics_clicks BIGINT NOT NULL,
        metrics_cost_micros BIGINT NOT NULL, metrics_conversions DOUBLE NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON TABLE events IS 'Firebase / GA4 BigQuery export, one row per event, nested fields flattened'",
    "COMMENT ON COLUMN events.event_date IS 'date of the event, YYYYMMDD, in the property time zone (UTC)'",
    "COMMENT ON COLUMN events.event_timestamp IS 'time the event was logged, microseconds since the Unix epoch (UTC)'",
    "COMMENT ON COLUMN events.user_first_touch_timestamp IS 'first time the user opened the app, microseconds since the Unix epoch (UTC)'",
    "COMMENT ON COLUMN events.param_ga_session_id IS 'session id: the session start in seconds since the Unix epoch'",
    "COMMENT ON COLUMN events.param_engagement_time_msec IS 'foreground time of the session in milliseconds (user_engagement events)'",
    "COMMENT ON COLUMN events.param_value IS 'ad revenue of the impression in USD (ad_impression events)'",
    "COMMENT ON COLUMN events.param_fatal IS '1 = the app crashed, 0 = a handled error (app_exception events)'",
    "COMMENT ON COLUMN events.event_value_in_usd IS 'purchase revenue converted to USD (in_app_purchase events)'",
    "COMMENT ON COLUMN events.platform IS 'IOS or ANDROID'",
    "COMMENT ON COLUMN events.user_id IS 'signed-in player id; NULL when the player never signed in'",
    "COMMENT ON COLUMN pseudonymous_users.user_info_first_purchase_date IS 'YYYYMMDD; NULL for players who never paid'",
    "COMMENT ON COLUMN pseudonymous_users.predictions_churn_score_7d IS 'probability that the player will not come back within 7 days; NULL when not active in the last 28 days'",
    "COMMENT ON COLUMN level_config.difficulty IS 'E = easy, M = medium, H = hard, X = extreme'",
    "COMMENT ON COLUMN iap_products.product_type IS 'C = consumable, N = non-consumable, S = subscription'",
    "COMMENT ON COLUMN iap_products.price_amount_micros IS 'US store price in millionths of a dollar'",
    "COMMENT ON COLUMN friend_gifts.claimed_timestamp_micros IS 'NULL while the recipient has not claimed the gift'",
    f"COMMENT ON COLUMN {CAMPAIGN_TABLE}.campaign_end_date IS 'YYYY-MM-DD; 2037-12-30 means no end date'",
    f"COMMENT ON COLUMN {STATS_TABLE}.metrics_cost_micros IS 'spend in millionths of a US dollar'",
    f"COMMENT ON COLUMN {STATS_TABLE}.metrics_conversions IS 'installs attributed by Google Ads'",
]

# country, weight, utc offset (hours), continent, language, iOS share, pay tier (A/B/C), price index
COUNTRIES = [
    ("United States", 30, -5, "Americas", "en-us", 0.60, "A", 1.00),
    ("Brazil", 10, -3, "Americas", "pt-br", 0.15, "C", 0.55),
    ("Germany", 8, 1, "Europe", "de-de", 0.40, "A", 1.05),
    ("United Kingdom", 7, 0, "Europe", "en-gb", 0.55, "A", 1.00),
    ("India", 9, 5, "Asia", "en-in", 0.05, "C", 0.35),
    ("Japan", 6, 9, "Asia", "ja-jp", 0.65, "A", 0.95),
    ("France", 5, 1, "Europe", "fr-fr", 0.40, "A", 1.05),
    ("Mexico", 5, -6, "Americas", "es-mx", 0.20, "B", 0.60),
    ("Canada", 4, -5, "Americas", "en-ca", 0.55, "A", 0.95),
    ("Indonesia", 6, 7, "Asia", "id-id", 0.08, "C", 0.40),
    ("Philippines", 4, 8, "Asia", "en-ph", 0.10, "C", 0.45),
    ("Australia", 3, 10, "Oceania", "en-au", 0.55, "A", 1.00),
    ("Turkey", 2, 3, "Asia", "tr-tr", 0.15, "B", 0.45),
    ("(not set)", 0.6, 0, "(not set)", "en-us", 0.30, "B", 1.00),
]
PAY_RATE = {"A": 0.08, "B": 0.045, "C": 0.02}
AD_TIER = {"A": 1.0, "B": 0.45, "C": 0.18}
ANDROID_BRANDS = [
    ("Samsung", 44, ["SM-S918B", "SM-A546B", "SM-A146P", "SM-G991B"]),
    ("Xiaomi", 20, ["Redmi Note 12", "Redmi 12C", "POCO X5"]),
    ("Google", 9, ["Pixel 7", "Pixel 8", "Pixel 6a"]),
    ("Motorola", 10, ["moto g54", "moto g84", "edge 40"]),
    ("OPPO", 9, ["CPH2591", "A78"]),
    ("OnePlus", 8, ["CPH2449", "Nord CE 3"]),
]
IOS_PHONES = ["iPhone 13", "iPhone 14", "iPhone 15", "iPhone 12", "iPhone SE", "iPhone 15 Pro"]
# version, release date, platforms
RELEASES = [
    ("2.0.0", dt.date(2023, 11, 1), "IA"),
    ("2.1.0", dt.date(2024, 2, 20), "IA"),
    ("2.1.1", dt.date(2024, 3, 5), "IA"),
    ("2.2.0", dt.date(2024, 5, 14), "IA"),
    ("2.3.0", dt.date(2024, 8, 27), "IA"),
    ("2.4.0", dt.date(2024, 11, 12), "IA"),
    ("2.4.1", dt.date(2024, 11, 19), "A"),
    ("2.5.0", dt.date(2025, 2, 18), "IA"),
    ("2.6.0", dt.date(2025, 5, 6), "IA"),
]
WORLDS = [  # name, version that added it
    ("Harbor", "2.0.0"),
    ("Lighthouse", "2.0.0"),
    ("Old Town", "2.0.0"),
    ("Market", "2.0.0"),
    ("Canal", "2.2.0"),
    ("Festival", "2.4.0"),
]
NOTORIOUS = "Lighthouse 07"
PRODUCTS = [  # id, name, type, price micros, gems, active, weight among purchases
    ("gems_100", "Pouch of Gems", "C", 990_000, 100, True, 30),
    ("gems_550", "Sack of Gems", "C", 4_990_000, 550, True, 14),
    ("gems_1200", "Chest of Gems", "C", 9_990_000, 1200, True, 7),
    ("gems_3000", "Vault of Gems", "C", 19_990_000, 3000, True, 3),
    ("gems_8000", "Treasury of Gems", "C", 49_990_000, 8000, True, 1),
    ("starter_pack", "Starter Pack", "C", 2_990_000, 300, True, 14),
    ("booster_bundle", "Booster Bundle", "C", 1_990_000, None, True, 16),
    ("no_ads", "Remove Ads", "N", 3_990_000, None, True, 8),
    ("lantern_pass_monthly", "Lantern Pass (monthly)", "S", 4_990_000, None, True, 9),
    ("holiday_bundle_2023", "Holiday Bundle 2023", "C", 7_990_000, 900, False, 0),
]
CAMPAIGNS = [  # id, name, status, sub type, store, start, end, daily budget $, platform, countries, installs/day
    (21304417, "LL_UAC_Android_US_Installs", "ENABLED", "APP_CAMPAIGN", "GOOGLE_APP_STORE",
     dt.date(2024, 1, 15), None, 30, "ANDROID", ["United States"], 2.0),
    (21304418, "LL_UAC_iOS_US_Installs", "ENABLED", "APP_CAMPAIGN", "APPLE_APP_STORE",
     dt.date(2024, 3, 4), None, 40, "IOS", ["United States"], 1.4),
    (21388702, "LL_UAC_Android_BR_MX", "ENABLED", "APP_CAMPAIGN", "GOOGLE_APP_STORE",
     dt.date(2024, 4, 10), None, 12, "ANDROID", ["Brazil", "Mexico"], 2.5),
    (21411930, "LL_UAC_Android_IN_ID", "PAUSED", "APP_CAMPAIGN", "GOOGLE_APP_STORE",
     dt.date(2024, 6, 3), dt.date(2024, 10, 31), 6, "ANDROID", ["India", "Indonesia"], 3.5),
    (21560021, "LL_Holiday_2024_Android", "REMOVED", "APP_CAMPAIGN", "GOOGLE_APP_STORE",
     dt.date(2024, 12, 1), dt.date(2025, 1, 5), 60, "ANDROID", ["United States", "Germany", "United Kingdom"], 4.5),
    (21560022, "LL_Holiday_2024_iOS", "REMOVED", "APP_CAMPAIGN", "APPLE_APP_STORE",
     dt.date(2024, 12, 1), dt.date(2025, 1, 5), 70, "IOS", ["United States", "United Kingdom", "Canada"], 3.0),
    (21602290, "LL_ACe_Reengage_Android", "ENABLED", "APP_CAMPAIGN_FOR_ENGAGEMENT", "GOOGLE_APP_STORE",
     dt.date(2025, 2, 1), None, 15, "ANDROID", [], 0.0),
    (21633815, "LL_UAC_Android_EU5", "ENABLED", "APP_CAMPAIGN", "GOOGLE_APP_STORE",
     dt.date(2025, 3, 1), None, 25, "ANDROID", ["Germany", "United Kingdom", "France"], 2.2),
    (21650447, "LL_UAC_iOS_JP", "PAUSED", "APP_CAMPAIGN", "APPLE_APP_STORE",
     dt.date(2025, 4, 1), dt.date(2025, 5, 15), 35, "IOS", ["Japan"], 1.6),
    (21702003, "LL_Test_tCPA_Android", "REMOVED", "APP_CAMPAIGN", "GOOGLE_APP_STORE",
     dt.date(2025, 6, 16), dt.date(2025, 6, 16), 20, "ANDROID", ["Canada"], 0.0),
]  # fmt: skip
NO_SPEND = 21702003  # created and removed the same day: no stats rows
GIFT_TYPES = (["hearts", "coins", "boosters"], [60, 30, 10])


@dataclass
class Player:
    pseudo_id: str
    user_id: str | None
    first_touch: dt.datetime
    platform: str
    country: tuple[str, float, int, str, str, float, str, float]
    brand: str
    model: str
    category: str
    os_version: str
    source: tuple[str | None, str | None, str | None]
    payer: float
    skill: float
    sessions: list[dt.datetime] = field(default_factory=list[dt.datetime])
    friends: list[str] = field(default_factory=list[str])


def _micros(ts: dt.datetime) -> int:
    return int((ts - EPOCH).total_seconds()) * 1_000_000 + ts.microsecond


def _levels() -> list[Row]:
    rows: list[Row] = []
    for w, (world, version) in enumerate(WORLDS, start=1):
        for n in range(1, 26):
            name = f"{world} {n:02d}"
            if name == NOTORIOUS or n in (20, 25):
                diff = "X"
            elif n % 5 == 0 or (n > 15 and n % 3 == 0):
                diff = "H"
            elif n <= 6 and w <= 2:
                diff = "E"
            else:
                diff = "M"
            par = 14 + w * 2 + n // 3 + {"E": -4, "M": 0, "H": 3, "X": 5}[diff]
            rows.append(((w - 1) * 25 + n, name, world, w, n, diff, par, False, version))
    for w, (world, version) in enumerate(WORLDS, start=1):
        bonus_version = "2.7.0" if world == "Festival" else "2.1.0" if version == "2.0.0" else version
        rows.append((150 + w, f"{world} Bonus", world, w, None, "H", 30 + w * 2, True, bonus_version))
    return rows


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def _app_version(rng: random.Random, platform: str, day: dt.date) -> str:
    code = "I" if platform == "IOS" else "A"
    lag = dt.timedelta(days=int(rng.expovariate(1 / 6)))
    shipped = [v for v, d, p in RELEASES if code in p and d + lag <= day]
    return shipped[-1] if shipped else "2.0.0"


def _install_day_weight(day: dt.date) -> float:
    t = (day - START.date()).days / 547
    weight = 5.0 + 5.0 * t
    if day.weekday() >= 5:
        weight *= 1.3
    if (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 3):
        weight *= 1.7
    if day.month in (7, 8):
        weight *= 1.1
    return weight


def _local_hour(rng: random.Random) -> float:
    """Hour of the day in the player's own time zone: lunch, commute and an evening peak."""
    return weighted(rng, list(range(24)), [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2.5, 3.5, 2.5, 2, 2.2, 3.5, 3, 2.5,
                                           2.5, 3, 3.8, 4.5, 5.5, 6.5, 6.5, 5, 2.5]) + rng.random()  # fmt: skip


def _players(rng: random.Random) -> list[Player]:
    players: list[Player] = []
    day = START.date()
    country_weights = [c[1] for c in COUNTRIES]
    while day <= END.date():
        arrivals: list[tuple[str | None, str | None, str | None, str | None, list[str]]] = []
        for _ in range(max(0, round(rng.gauss(_install_day_weight(day), math.sqrt(_install_day_weight(day)))))):
            arrivals.append((None, None, None, None, []))
        for c in CAMPAIGNS:
            start, end = c[5], c[6] or END.date()
            if c[10] and start <= day <= end:
                for _ in range(max(0, round(rng.gauss(c[10], math.sqrt(c[10]))))):
                    arrivals.append(("google", "cpc", c[1], c[8], c[9]))
        for source, medium, name, forced_platform, targets in arrivals:
            if targets:
                target = rng.choice(targets)
                country = next(x for x in COUNTRIES if x[0] == target)
            else:
                country = weighted(rng, COUNTRIES, country_weights)
            platform = forced_platform or ("IOS" if rng.random() < country[5] else "ANDROID")
            if source is None:
                r = rng.random()
                if platform == "IOS" and r < 0.12:
                    source, medium, name = "apple_search_ads", "cpc", "asa_brand_exact"
                elif r < 0.05 + (0.12 if platform == "IOS" else 0):
                    source, medium, name = "driftwood_crosspromo", "referral", "crosspromo_tidepool"
                elif platform == "IOS":
                    source, medium, name = "(direct)", "(none)", "(direct)"
                else:
                    source, medium, name = "google-play", "organic", "(organic)"
            if platform == "IOS":
                brand = "Apple"
                tablet = rng.random() < 0.14
                model = rng.choice(["iPad", "iPad Air", "iPad mini"]) if tablet else rng.choice(IOS_PHONES)
                os_version = weighted(rng, ["iOS 16.7", "iOS 17.4", "iOS 17.5", "iOS 18.1"], [1, 3, 3, 2])
            else:
                brand, _, models = weighted(rng, ANDROID_BRANDS, [b[1] for b in ANDROID_BRANDS])
                tablet = rng.random() < 0.07
                model = "Galaxy Tab A8" if tablet and brand == "Samsung" else rng.choice(models)
                os_version = weighted(rng, ["Android 12", "Android 13", "Android 14"], [2, 4, 3])
            ts = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=_local_hour(rng) - country[2])
            ts = min(max(ts, START), END)
            tier = country[6]
            payer = PAY_RATE[tier] * (1.5 if platform == "IOS" else 1.0)
            players.append(
                Player(
                    pseudo_id=f"{rng.getrandbits(128):032X}",
                    user_id=f"LL{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.32 else None,
                    first_touch=ts,
                    platform=platform,
                    country=country,
                    brand=brand,
                    model=model,
                    category="tablet" if tablet else "mobile",
                    os_version=os_version,
                    source=(source, medium, name),
                    payer=payer,
                    skill=rng.gauss(0, 0.08),
                )
            )
        day += dt.timedelta(days=1)
    players.sort(key=lambda p: p.first_touch)
    return players


def _session_times(rng: random.Random, player: Player) -> list[dt.datetime]:
    """When a player plays: the install session, then sessions spread over a lifetime that is often one day."""
    kind = rng.random()
    if kind < 0.42:
        count, span = 1 + (rng.random() < 0.25), 1.0
    elif kind < 0.80:
        count, span = 2 + int(rng.expovariate(1 / 2)), rng.expovariate(1 / 12) + 1
    elif kind < 0.96:
        count, span = 5 + int(rng.expovariate(1 / 6)), rng.expovariate(1 / 60) + 5
    else:
        count, span = 15 + int(rng.expovariate(1 / 25)), rng.expovariate(1 / 200) + 30
    times = [player.first_touch]
    offset = player.country[2]
    for _ in range(count - 1):
        for _attempt in range(3):
            d = (player.first_touch + dt.timedelta(days=rng.random() * span)).date()
            weekend = dt.date.weekday(d) >= 5
            holiday = (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 2)
            if rng.random() < (0.7 + 0.3 * weekend + 0.3 * holiday) / 1.3:
                break
        ts = dt.datetime.combine(d, dt.time()) + dt.timedelta(hours=_local_hour(rng) - offset)
        if player.first_touch < ts <= END:
            times.append(ts)
    return sorted(times)


@dataclass
class _Session:
    """One play session: the rows it appends to, its clock and what every one of its events carries."""

    rows: list[Row]
    ts: dt.datetime
    session_id: int
    number: int
    user: tuple[object, ...]

    def emit(self, name: str, params: tuple[object, ...], value: float | None = None) -> None:
        stamp = self.ts
        self.rows.append(
            (stamp.strftime("%Y%m%d"), _micros(stamp), name, self.session_id, self.number, *params, value, *self.user)
        )


def _play(rng: random.Random, players: list[Player], levels: list[Row]) -> list[Row]:
    regular = [lv for lv in levels if not lv[7]]
    bonus = {lv[2]: lv for lv in levels if lv[7]}
    products = [p for p in PRODUCTS if p[5]]
    rows: list[Row] = []
    for player in players:
        player.sessions = _session_times(rng, player)
        level = 0  # index into regular levels
        no_ads = False
        pays = rng.random() < player.payer
        whale = pays and rng.random() < 0.12
        android = player.platform == "ANDROID"
        base = (
            player.user_id,
            player.pseudo_id,
            _micros(player.first_touch),
            player.category,
            player.brand,
            player.model,
            "iOS" if not android else "Android",
            player.os_version,
            player.country[4],
            player.country[3],
            player.country[0],
            APP_ID,
        )
        install_source = "com.android.vending" if android else "iTunes"
        tail = (install_source, *reversed(player.source), player.platform, "3981457201" if android else "3981457202")
        tier = player.country[6]
        for number, start in enumerate(player.sessions, start=1):
            version = _app_version(rng, player.platform, start.date())
            session_id = int((start - EPOCH).total_seconds())
            sess = _Session(rows, start, session_id, number, (*base, version, *tail))
            empty = (None,) * 11
            if number == 1:
                sess.emit("first_open", empty)
            sess.emit("session_start", empty)
            if number == 1:
                sess.ts += dt.timedelta(seconds=rng.randint(5, 20))
                sess.emit("tutorial_begin", empty)
                if rng.random() < 0.82:
                    sess.ts += dt.timedelta(seconds=rng.randint(40, 150))
                    sess.emit("tutorial_complete", empty)
            engaged = 0
            available = [lv for lv in regular if _version_key(lv[8]) <= _version_key(version)]
            for _ in range(max(1, min(9, int(rng.expovariate(1 / 2.0)) + 1))):
                lv = available[level] if level < len(available) else rng.choice(available)
                if rng.random() < 0.04 and level >= 25:
                    world = rng.choice([w for w, _ in WORLDS[: min(6, level // 25 + 1)]])
                    candidate = bonus[world]
                    if _version_key(candidate[8]) <= _version_key(version):
                        lv = candidate
                name = lv[1]
                sess.ts += dt.timedelta(seconds=rng.randint(3, 25))
                sess.emit("level_start", (None, name, *(None,) * 9))
                p = {"E": 0.9, "M": 0.68, "H": 0.42, "X": 0.27}[lv[5]] + player.skill
                if name == NOTORIOUS:
                    p = 0.12
                duration = rng.randint(45, 240)
                sess.ts += dt.timedelta(seconds=duration)
                engaged += duration
                par = lv[6]
                if rng.random() < p:
                    moves = max(5, round(rng.gauss(par - 1 + {"E": -2, "M": 0, "H": 1, "X": 2}[lv[5]], 3)))
                    stars = 3 if moves <= par else 2 if moves <= par + 3 else 1
                    score = 1000 + 120 * max(0, par - moves) + 40 * stars * rng.randint(5, 15)
                    sess.emit("level_complete", (None, name, score, stars, moves, *(None,) * 6))
                    if not lv[7] and lv is available[min(level, len(available) - 1)]:
                        level += 1
                    if not no_ads and rng.random() < 0.38:
                        sess.ts += dt.timedelta(seconds=2)
                        fill = weighted(rng, ["AdMob Network", "AppLovin", "Unity Ads", "Meta Audience Network"],
                                        [45, 30, 15, 10])  # fmt: skip
                        rev = 0.011 * AD_TIER[tier] * rng.lognormvariate(0, 0.5) * (1.2 if not android else 1.0)
                        sess.emit("ad_impression", (None, None, None, None, None, "interstitial", fill,
                                               "level_end_interstitial", round(rev, 6), None, None))  # fmt: skip
                        engaged += 15
                else:
                    moves = par + rng.randint(0, 4)
                    sess.emit("level_fail", (None, name, None, None, moves, *(None,) * 6))
                    if not no_ads and rng.random() < 0.3:
                        sess.ts += dt.timedelta(seconds=3)
                        fill = weighted(rng, ["AdMob Network", "AppLovin", "Unity Ads"], [40, 40, 20])
                        rev = 0.017 * AD_TIER[tier] * rng.lognormvariate(0, 0.45)
                        sess.emit("ad_impression", (None, None, None, None, None, "rewarded", fill,
                                               "retry_rewarded", round(rev, 6), None, None))  # fmt: skip
                        engaged += 30
                crash_rate = 0.05 if android and version == "2.4.0" else 0.004
                if rng.random() < crash_rate:
                    sess.ts += dt.timedelta(seconds=rng.randint(1, 30))
                    fatal = 1 if rng.random() < (0.85 if version == "2.4.0" and android else 0.3) else 0
                    sess.emit("app_exception", (*(None,) * 10, fatal))
                    if fatal:
                        break
            if not no_ads and rng.random() < 0.45:
                rev = 0.0009 * AD_TIER[tier] * rng.lognormvariate(0, 0.4)
                sess.emit("ad_impression", (None, None, None, None, None, "banner", "AdMob Network", "menu_banner",
                                       round(rev, 6), None, None))  # fmt: skip
            december = start.month == 12
            if pays and rng.random() < (0.5 if whale else 0.2) * (1.5 if december else 1.0):
                for _ in range(1 + (whale and rng.random() < 0.4)):
                    product = weighted(rng, products, [p[6] for p in products])
                    if product[0] == "gems_8000" and not whale:
                        product = products[1]
                    if product[0] == "no_ads" and no_ads:
                        product = products[0]
                    sess.ts += dt.timedelta(seconds=rng.randint(10, 60))
                    usd = round(product[3] / 1e6 * player.country[7], 2)
                    sess.emit("in_app_purchase", (*(None,) * 9, product[0], None), usd)
                    no_ads = no_ads or product[0] == "no_ads"
            sess.ts += dt.timedelta(seconds=rng.randint(10, 90))
            engaged += rng.randint(20, 120)
            sess.emit("user_engagement", (engaged * 1000 + rng.randint(0, 999), *(None,) * 10))
        if android and len(player.sessions) < 6 and rng.random() < 0.45:
            ts = player.sessions[-1] + dt.timedelta(days=rng.expovariate(1 / 4), hours=1)
            if ts <= END:
                user = (*base, _app_version(rng, player.platform, ts.date()), *tail)
                rows.append((ts.strftime("%Y%m%d"), _micros(ts), "app_remove", None, None, *(None,) * 12, *user))
    last = _micros(END)
    rows = [r for r in rows if r[1] <= last]  # the extract ends at midnight, sessions cut short
    rows.sort(key=lambda r: r[1])
    return rows


def _users(rng: random.Random, players: list[Player], events: list[Row]) -> list[Row]:
    stats: dict[str, list[float]] = {p.pseudo_id: [0, 0, 0, 0, 0, 0] for p in players}
    for e in events:  # last active, revenue, sessions, engagement, purchases, first purchase
        s = stats[e[18]]
        s[0] = max(s[0], e[1])
        if e[2] == "in_app_purchase":
            s[1] += e[16]
            s[4] += 1
            s[5] = s[5] or e[1]
        elif e[2] == "session_start":
            s[2] += 1
        elif e[2] == "user_engagement":
            s[3] += e[5]
    snapshot = _micros(END)
    rows: list[Row] = []
    for p in players:
        last, revenue, sessions, engaged, purchases, first_paid = stats[p.pseudo_id]
        idle_days = (snapshot - last) / 86_400e6
        active = idle_days <= 28
        first_date = (EPOCH + dt.timedelta(microseconds=first_paid)).strftime("%Y%m%d") if first_paid else None
        buy = min(0.99, 0.02 + 0.5 * (purchases > 0) + 0.1 * rng.random()) if active else None
        churn = min(0.99, 0.2 + idle_days / 30 + 0.2 * rng.random() - sessions / 200) if active else None
        last_day = (EPOCH + dt.timedelta(microseconds=last)).strftime("%Y%m%d")
        rows.append(
            (
                p.pseudo_id,
                "3981457201" if p.platform == "ANDROID" else "3981457202",
                p.user_id,
                int(last),
                _micros(p.first_touch),
                first_date,
                "Android" if p.platform == "ANDROID" else "iOS",
                p.category,
                p.brand,
                p.country[3],
                p.country[0],
                round(revenue, 2),
                int(sessions),
                int(engaged),
                int(purchases),
                None if buy is None else round(buy, 4),
                None if churn is None else round(max(0.01, churn), 4),
                "20250630",
                last_day,
            )
        )
    return rows


def _gifts(rng: random.Random, players: list[Player]) -> list[Row]:
    social = [p for p in players if p.user_id is not None and len(p.sessions) > 1]
    for i, p in enumerate(social):
        window = social[max(0, i - 300) : i + 300]
        p.friends = [f.pseudo_id for f in rng.sample(window, min(len(window), rng.randint(0, 8))) if f is not p]
    by_id = {p.pseudo_id: p for p in social}
    rows: list[Row] = []
    for p in social:
        if not p.friends:
            continue
        for start in p.sessions:
            if rng.random() > 0.3:
                continue
            for friend in rng.sample(p.friends, min(len(p.friends), rng.randint(1, 3))):
                sent = start + dt.timedelta(seconds=rng.randint(30, 400))
                later = [s for s in by_id[friend].sessions if sent < s <= sent + dt.timedelta(days=7)]
                claimed = later[0] + dt.timedelta(seconds=rng.randint(5, 60)) if later else None
                gift = weighted(rng, *GIFT_TYPES)
                rows.append((p.pseudo_id, friend, gift, _micros(sent), None if claimed is None else _micros(claimed)))
    rows.sort(key=lambda r: r[3])
    return [(i + 1, *r) for i, r in enumerate(rows)]


def _campaigns(rng: random.Random, players: list[Player]) -> tuple[list[Row], list[Row]]:
    installs: dict[tuple[str, dt.date], int] = {}
    for p in players:
        if p.source[0] == "google":
            key = (str(p.source[2]), p.first_touch.date())
            installs[key] = installs.get(key, 0) + 1
    campaigns: list[Row] = []
    stats: list[Row] = []
    for cid, name, status, sub, store, start, end, budget, _platform, _targets, _rate in CAMPAIGNS:
        campaigns.append(
            (cid, name, status, "MULTI_CHANNEL", sub, store, start.isoformat(),
             end.isoformat() if end else "2037-12-30", budget * 1_000_000)
        )  # fmt: skip
        if cid == NO_SPEND:
            continue
        day = start
        while day <= (end or END.date()):
            spend = budget * rng.uniform(0.78, 1.0) * (1.15 if day.weekday() >= 5 else 1.0)
            conv = installs.get((name, day), 0) * rng.uniform(0.95, 1.25)
            if sub == "APP_CAMPAIGN_FOR_ENGAGEMENT":
                conv = rng.uniform(2, 9)
            for network, share, cpm, ctr in [("SEARCH", 0.45, 9.0, 0.05), ("YOUTUBE_WATCH", 0.35, 6.0, 0.004),
                                             ("SEARCH_PARTNERS", 0.20, 4.0, 0.02)]:  # fmt: skip
                cost = spend * share * rng.uniform(0.85, 1.15)
                impressions = int(cost / cpm * 1000 * rng.uniform(0.8, 1.2))
                stats.append(
                    (cid, day, network, impressions, int(impressions * ctr * rng.uniform(0.7, 1.3)),
                     int(cost * 1_000_000), round(conv * share * rng.uniform(0.8, 1.2), 2))
                )  # fmt: skip
            day += dt.timedelta(days=1)
    return campaigns, stats


def build() -> Catalog:
    """The whole warehouse, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    levels = _levels()
    catalog.add("level_config", levels)
    catalog.add("iap_products", [p[:6] for p in PRODUCTS])
    players = _players(rng)
    events = _play(rng, players, levels)
    catalog.add("events", events)
    catalog.add("pseudonymous_users", _users(rng, players, events))
    catalog.add("friend_gifts", _gifts(rng, players))
    campaigns, stats = _campaigns(rng, players)
    catalog.add(CAMPAIGN_TABLE, campaigns)
    catalog.add(STATS_TABLE, stats)
    return catalog
