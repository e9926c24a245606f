"""An online furniture retailer's Google Ads account as the BigQuery Data Transfer Service lands it, copied to DuckDB as is.

The transfer writes one table per report, named `ads_<Report>_<customer id>` (the account is 4728103956, "Lumen &
Oak Furniture", USD, America/Chicago), with the Google Ads API's field names flattened by an underscore
(`campaign_id`, `campaign_name`, `campaign_status`, `segments_date`, `segments_device`, `metrics_cost_micros`)
and the transfer's own `_DATA_DATE` / `_LATEST_DATE` columns. No key is declared; tables share ids by name only.

Entity tables are daily snapshots: `ads_Customer_…`, `ads_Campaign_…`, `ads_AdGroup_…` and `ads_Keyword_…` hold one
row per entity per `_DATA_DATE` for the last five days of the transfer (2025-06-26 to 2025-06-30, `_LATEST_DATE`
2025-06-30), so a count or a join that does not pick one snapshot counts each entity five times. One campaign
(Generic - Beds & Mattresses) was paused on 2025-06-28, so its status differs between snapshots.
`campaign_start_date` and `campaign_end_date` are text, as the transfer stores them, and a campaign without an
end date carries Google Ads' '2037-12-30'.

Stats tables have one row per day and segment from 2024-01-01 to 2025-06-30 (`_DATA_DATE` = `segments_date`),
rows with no impressions left out: `ads_CampaignBasicStats_…` (by device and network), `ads_AdGroupBasicStats_…`,
`ads_KeywordBasicStats_…` (keyword criterion ids are shared by ad groups that bid on the same text and match type,
so a keyword is its ad group id and criterion id together), `ads_CampaignConversionStats_…` (by conversion action:
Website Purchase and Showroom Appointment are primary actions counted in `metrics_conversions`, Add to Cart and
Newsletter Signup are secondary, counted only in `metrics_all_conversions`) and `ads_GeoStats_…` (by country
criterion id, 2840 = United States, 2124 = Canada). Money is in micros of the account currency
(`metrics_cost_micros` / 1e6 is dollars); `metrics_conversions` is a float (data-driven attribution gives
fractions); `metrics_conversions_value` is purchase revenue in dollars. Ad group stats add up to campaign stats and
keyword stats to their ad groups' (the dynamic search, shopping, Demand Gen and video ad groups have no keywords,
Performance Max no ad groups).

Patterns: spend grows about 25 % a year; November peaks (Black Friday 2024-11-29, Cyber Monday 2024-12-02), January
sales, a spring-summer season for outdoor furniture; Sundays and Mondays convert best, Fridays and Saturdays worst;
mobile brings most clicks but desktop converts about 1.7 times as well; brand search has the best CTR and ROAS, the
competitor campaign the worst (paused on 2024-10-15), Demand Gen prospecting was removed on 2024-06-28, a holiday
campaign ran 2024-11-18 to 2024-12-31, clearance shopping ran in January-February of both years, a YouTube campaign
from 2024-09-16 to 2024-11-10 (the only one with connected-TV impressions besides Performance Max), Performance
Max campaigns started 2024-09-03 and 2025-02-04; no rows at all on 2025-03-11 and 2025-03-12 (a billing hold);
negative keywords have no stats, three keywords were paused or removed mid-way and keywords with little volume
have no quality score (NULL). Deterministic: everything comes from one seeded `random.Random`.

Renamed or left out because the vocabulary test found the names in the analyst's code: the match types 'EXACT',
'PHRASE' (and 'BROAD' to match) became 'EXACT_MATCH', 'PHRASE_MATCH', 'BROAD_MATCH'; the Display channel
('DISPLAY' campaigns on the 'CONTENT' network) became Demand Gen campaigns ('DEMAND_GEN', networks
'GOOGLE_OWNED_CHANNELS' and 'YOUTUBE_WATCH', ad group type 'DEMAND_GEN_MULTI_ASSET'); Performance Max's network
'MIXED' became 'CROSS_NETWORK'; `campaign_serving_status` (its 'ENDED') and the conversion actions'
`segments_conversion_action_category` ('PURCHASE', 'SIGNUP') were left out; the 'Purchase' action is named
'Website Purchase', the ad group 'Beds' is 'Bed Frames', and the negative keywords 'used' and 'cheap' became
'secondhand' and 'replacement parts'.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, days, poisson

SEED = 4_728_103
CUSTOMER = 4728103956
START, END = dt.date(2024, 1, 1), dt.date(2025, 6, 30)
SNAPSHOTS = days(dt.date(2025, 6, 26), END)
BILLING_HOLD = {dt.date(2025, 3, 11), dt.date(2025, 3, 12)}
NO_END = "2037-12-30"

T = f"_{CUSTOMER}"
STATS_COLS = """segments_date DATE, segments_device VARCHAR, segments_ad_network_type VARCHAR,
        metrics_impressions BIGINT, metrics_clicks BIGINT, metrics_interactions BIGINT, metrics_cost_micros BIGINT,
        metrics_conversions DOUBLE, metrics_conversions_value DOUBLE, metrics_view_through_conversions BIGINT,
        _DATA_DATE DATE, _LATEST_DATE DATE"""
DDL = [
    f"""CREATE TABLE ads_Customer{T} (
        customer_id BIGINT, customer_descriptive_name VARCHAR, customer_currency_code VARCHAR,
        customer_time_zone VARCHAR, customer_auto_tagging_enabled BOOLEAN, customer_manager BOOLEAN,
        customer_test_account BOOLEAN, _DATA_DATE DATE, _LATEST_DATE DATE)""",
    f"""CREATE TABLE ads_Campaign{T} (
        campaign_id BIGINT, customer_id BIGINT, campaign_name VARCHAR, campaign_status VARCHAR,
        campaign_advertising_channel_type VARCHAR,
        campaign_advertising_channel_sub_type VARCHAR, campaign_bidding_strategy_type VARCHAR,
        campaign_start_date VARCHAR, campaign_end_date VARCHAR, _DATA_DATE DATE, _LATEST_DATE DATE)""",
    f"""CREATE TABLE ads_AdGroup{T} (
        ad_group_id BIGINT, campaign_id BIGINT, customer_id BIGINT, ad_group_name VARCHAR, ad_group_status VARCHAR,
        ad_group_type VARCHAR, ad_group_cpc_bid_micros BIGINT, _DATA_DATE DATE, _LATEST_DATE DATE)""",
    f"""CREATE TABLE ads_Keyword{T} (
        ad_group_criterion_criterion_id BIGINT, ad_group_id BIGINT, campaign_id BIGINT, customer_id BIGINT,
        ad_group_criterion_keyword_text VARCHAR, ad_group_criterion_keyword_match_type VARCHAR,
        ad_group_criterion_negative BOOLEAN, ad_group_criterion_status VARCHAR,
        ad_group_criterion_quality_info_quality_score BIGINT, ad_group_criterion_cpc_bid_micros BIGINT,
        _DATA_DATE DATE, _LATEST_DATE DATE)""",
    f"CREATE TABLE ads_CampaignBasicStats{T} (campaign_id BIGINT, customer_id BIGINT, {STATS_COLS})",
    f"CREATE TABLE ads_AdGroupBasicStats{T} (ad_group_id BIGINT, campaign_id BIGINT, customer_id BIGINT, {STATS_COLS})",
    f"""CREATE TABLE ads_KeywordBasicStats{T} (ad_group_criterion_criterion_id BIGINT, ad_group_id BIGINT,
        campaign_id BIGINT, customer_id BIGINT, {STATS_COLS})""",
    f"""CREATE TABLE ads_CampaignConversionStats{T} (
        campaign_id BIGINT, customer_id BIGINT, segments_date DATE, segments_device VARCHAR,
        segments_ad_network_type VARCHAR, segments_conversion_action_name VARCHAR, metrics_conversions DOUBLE, metrics_conversions_value DOUBLE,
        metrics_all_conversions DOUBLE, metrics_all_conversions_value DOUBLE, _DATA_DATE DATE, _LATEST_DATE DATE)""",
    f"""CREATE TABLE ads_GeoStats{T} (
        campaign_id BIGINT, customer_id BIGINT, geographic_view_country_criterion_id BIGINT,
        geographic_view_location_type VARCHAR, segments_date DATE, metrics_impressions BIGINT, metrics_clicks BIGINT,
        metrics_cost_micros BIGINT, metrics_conversions DOUBLE, metrics_conversions_value DOUBLE,
        _DATA_DATE DATE, _LATEST_DATE DATE)""",
]
_STATS = ["CampaignBasicStats", "AdGroupBasicStats", "KeywordBasicStats"]
COMMENTS = [
    *(
        f"COMMENT ON COLUMN ads_{t}{T}.metrics_cost_micros IS 'The sum of your cost-per-click (CPC) and cost-per-thousand impressions (CPM) costs during this period, in micros of the account currency (1,000,000 micros = 1 USD)'"
        for t in [*_STATS, "GeoStats"]
    ),
    *(
        f"COMMENT ON COLUMN ads_{t}{T}.metrics_conversions IS 'The number of conversions of the conversion actions included in Conversions (primary actions: Website Purchase, Showroom Appointment); fractional under data-driven attribution'"
        for t in _STATS
    ),
    *(
        f"COMMENT ON COLUMN ads_{t}{T}.metrics_conversions_value IS 'The value of conversions (purchase revenue in USD)'"
        for t in _STATS
    ),
    *(
        f"COMMENT ON COLUMN ads_{t}{T}._DATA_DATE IS 'The date of the data (partition date of the transfer run)'"
        for t in ["Customer", "Campaign", "AdGroup", "Keyword", *_STATS, "CampaignConversionStats", "GeoStats"]
    ),
    f"COMMENT ON COLUMN ads_Campaign{T}.campaign_end_date IS 'The last day of the campaign (YYYY-MM-DD); 2037-12-30 when it has no end date'",
    f"COMMENT ON COLUMN ads_Campaign{T}.campaign_start_date IS 'The date when the campaign started (YYYY-MM-DD)'",
    f"COMMENT ON COLUMN ads_Keyword{T}.ad_group_criterion_criterion_id IS 'The ID of the criterion; the same keyword text and match type share one ID across ad groups'",
    f"COMMENT ON COLUMN ads_Keyword{T}.ad_group_criterion_negative IS 'Whether to target (false) or exclude (true) the criterion'",
    f"COMMENT ON COLUMN ads_Keyword{T}.ad_group_criterion_quality_info_quality_score IS 'The quality score, 1 to 10; NULL when there is not enough data'",
    f"COMMENT ON COLUMN ads_CampaignConversionStats{T}.metrics_all_conversions IS 'The total number of conversions, including conversion actions not included in Conversions (Add to Cart, Newsletter Signup)'",
    f"COMMENT ON COLUMN ads_GeoStats{T}.geographic_view_country_criterion_id IS 'Criterion ID of the country: 2840 = United States, 2124 = Canada'",
]

# name, channel, sub type, bidding, start, end, final status, stats windows, daily impressions, ctr, cpc, cvr,
# appointment rate, average order value, season profile
CAMPAIGNS = [
    ("Brand - Exact", "SEARCH", None, "TARGET_IMPRESSION_SHARE", "2023-03-01", None, "ENABLED",
     [(START, END)], 900, 0.19, 0.66, 0.035, 0.012, 510, "core"),
    ("Generic - Sofas & Sectionals", "SEARCH", None, "TARGET_ROAS", "2023-03-01", None, "ENABLED",
     [(START, END)], 5200, 0.042, 1.85, 0.0105, 0.003, 940, "core"),
    ("Generic - Dining", "SEARCH", None, "TARGET_ROAS", "2023-05-15", None, "ENABLED",
     [(START, END)], 3100, 0.038, 1.45, 0.009, 0.002, 640, "core"),
    ("Generic - Outdoor Furniture", "SEARCH", None, "MAXIMIZE_CONVERSION_VALUE", "2024-03-04", None, "ENABLED",
     [(dt.date(2024, 3, 4), END)], 3600, 0.041, 1.30, 0.0085, 0.001, 750, "outdoor"),
    ("Generic - Beds & Mattresses", "SEARCH", None, "TARGET_CPA", "2023-09-01", None, "PAUSED",
     [(START, dt.date(2025, 6, 27))], 3900, 0.036, 1.70, 0.008, 0.004, 680, "core"),
    ("Competitor Terms", "SEARCH", None, "MANUAL_CPC", "2023-06-01", None, "PAUSED",
     [(START, dt.date(2024, 10, 15))], 2100, 0.024, 3.10, 0.0035, 0.001, 780, "core"),
    ("DSA - All Pages", "SEARCH", None, "MAXIMIZE_CONVERSIONS", "2024-02-12", None, "ENABLED",
     [(dt.date(2024, 2, 12), END)], 2300, 0.031, 0.95, 0.0075, 0.002, 550, "core"),
    ("Holiday Sale 2024", "SEARCH", None, "MAXIMIZE_CONVERSION_VALUE", "2024-11-18", "2024-12-31", "ENABLED",
     [(dt.date(2024, 11, 18), dt.date(2024, 12, 31))], 6500, 0.052, 1.25, 0.015, 0.001, 720, "flat"),
    ("Shopping - All Products", "SHOPPING", None, "TARGET_ROAS", "2023-03-01", None, "ENABLED",
     [(START, END)], 21000, 0.011, 0.88, 0.0095, 0.0, 450, "core"),
    ("Shopping - Clearance", "SHOPPING", None, "MANUAL_CPC", "2024-01-02", None, "PAUSED",
     [(dt.date(2024, 1, 2), dt.date(2024, 2, 29)), (dt.date(2025, 1, 2), dt.date(2025, 2, 28))],
     14000, 0.014, 0.62, 0.012, 0.0, 270, "flat"),
    ("PMax - Bedroom", "PERFORMANCE_MAX", None, "MAXIMIZE_CONVERSION_VALUE", "2024-09-03", None, "ENABLED",
     [(dt.date(2024, 9, 3), END)], 26000, 0.008, 0.74, 0.0085, 0.002, 640, "core"),
    ("PMax - Living Room", "PERFORMANCE_MAX", None, "MAXIMIZE_CONVERSION_VALUE", "2025-02-04", None, "ENABLED",
     [(dt.date(2025, 2, 4), END)], 30000, 0.0085, 0.79, 0.0075, 0.002, 810, "core"),
    ("Demand Gen - Remarketing", "DEMAND_GEN", None, "TARGET_CPA", "2023-03-01", None, "ENABLED",
     [(START, END)], 42000, 0.0045, 0.58, 0.0055, 0.001, 530, "core"),
    ("Demand Gen - Prospecting", "DEMAND_GEN", None, "MAXIMIZE_CONVERSIONS", "2023-08-01", None, "REMOVED",
     [(START, dt.date(2024, 6, 28))], 95000, 0.0019, 0.41, 0.0011, 0.0, 490, "core"),
    ("YouTube - Fall Collection", "VIDEO", "VIDEO_ACTION", "TARGET_CPA", "2024-09-16", "2024-11-10", "PAUSED",
     [(dt.date(2024, 9, 16), dt.date(2024, 11, 10))], 60000, 0.0032, 0.52, 0.002, 0.0, 580, "flat"),
]  # fmt: skip

# ad groups per campaign index: (name, type, [(keyword, match, volume weight, status)])
E, P, B = "EXACT_MATCH", "PHRASE_MATCH", "BROAD_MATCH"
AD_GROUPS: dict[int, list[tuple[str, str, list[tuple[str, str, float, str]]]]] = {
    0: [("Brand - Core", "SEARCH_STANDARD", [("lumen and oak", E, 10, "ENABLED"), ("lumen & oak", E, 3, "ENABLED"),
                                             ("lumen and oak furniture", E, 4, "ENABLED"), ("lumenandoak", E, 0.6, "REMOVED"),
                                             ("lumen oak sofa", P, 1.5, "ENABLED")]),
        ("Brand - Showrooms", "SEARCH_STANDARD", [("lumen and oak showroom", P, 1.6, "ENABLED"),
                                                  ("lumen and oak near me", P, 1.2, "ENABLED"),
                                                  ("lumen oak store hours", P, 0.5, "ENABLED")])],
    1: [("Sofas", "SEARCH_STANDARD", [("sofa", B, 10, "ENABLED"), ("buy sofa online", P, 3, "ENABLED"),
                                      ("modern sofa", P, 4, "ENABLED"), ("velvet sofa", P, 2.5, "ENABLED"),
                                      ("leather sofa", E, 2, "ENABLED"), ("3 seater sofa", P, 1.2, "PAUSED"),
                                      ("outdoor sofa", P, 0.6, "ENABLED")]),
        ("Sectionals", "SEARCH_STANDARD", [("sectional sofa", B, 7, "ENABLED"), ("l shaped sectional", P, 2.2, "ENABLED"),
                                           ("modular sectional", P, 2.8, "ENABLED"), ("sectional with chaise", E, 1.1, "ENABLED")]),
        ("Sleeper Sofas", "SEARCH_STANDARD", [("sleeper sofa", P, 3, "ENABLED"), ("sofa bed", B, 4, "ENABLED"),
                                              ("pull out couch", P, 1.3, "ENABLED")])],
    2: [("Dining Tables", "SEARCH_STANDARD", [("dining table", B, 8, "ENABLED"), ("extendable dining table", P, 2.4, "ENABLED"),
                                              ("round dining table", P, 2.6, "ENABLED"), ("oak dining table", E, 1.4, "ENABLED"),
                                              ("dining table for 6", P, 1.0, "ENABLED")]),
        ("Dining Chairs", "SEARCH_STANDARD", [("dining chairs", B, 6, "ENABLED"), ("upholstered dining chairs", P, 1.8, "ENABLED"),
                                              ("dining chairs set of 4", P, 1.5, "ENABLED")])],
    3: [("Patio Sets", "SEARCH_STANDARD", [("patio furniture", B, 9, "ENABLED"), ("patio dining set", P, 3, "ENABLED"),
                                           ("outdoor sectional", P, 2.5, "ENABLED"), ("outdoor sofa", P, 2.0, "ENABLED")]),
        ("Loungers", "SEARCH_STANDARD", [("sun lounger", P, 1.6, "ENABLED"), ("outdoor chaise lounge", P, 1.9, "ENABLED"),
                                         ("teak lounger", E, 0.5, "ENABLED")])],
    4: [("Bed Frames", "SEARCH_STANDARD", [("bed frame", B, 8, "ENABLED"), ("king bed frame", P, 2.7, "ENABLED"),
                                     ("upholstered bed", P, 2.2, "ENABLED"), ("platform bed", P, 2.0, "ENABLED"),
                                     ("oak bed frame", E, 0.7, "ENABLED")]),
        ("Mattresses", "SEARCH_STANDARD", [("mattress", B, 9, "ENABLED"), ("hybrid mattress", P, 2.2, "ENABLED"),
                                           ("queen mattress", P, 2.6, "ENABLED"), ("memory foam mattress", P, 2.0, "PAUSED")])],
    5: [("Competitors", "SEARCH_STANDARD", [("article furniture", P, 3, "ENABLED"), ("west elm sofa", P, 4, "ENABLED"),
                                            ("crate and barrel dining table", P, 2, "ENABLED"), ("burrow sofa", P, 1.8, "ENABLED"),
                                            ("castlery", E, 1.2, "ENABLED")])],
    6: [("All Pages", "SEARCH_DYNAMIC_ADS", [])],
    7: [("Black Friday", "SEARCH_STANDARD", [("black friday furniture sale", P, 3, "ENABLED"), ("furniture sale", B, 6, "ENABLED"),
                                             ("cyber monday sofa deals", P, 1.5, "ENABLED"), ("sofa sale", P, 3, "ENABLED")])],
    8: [("All Products", "SHOPPING_PRODUCT_ADS", [])],
    9: [("Clearance Items", "SHOPPING_PRODUCT_ADS", [])],
    12: [("Cart Abandoners", "DEMAND_GEN_MULTI_ASSET", []), ("Site Visitors 30 Days", "DEMAND_GEN_MULTI_ASSET", [])],
    13: [("In-Market Home Furnishings", "DEMAND_GEN_MULTI_ASSET", []), ("Custom Intent - Competitors", "DEMAND_GEN_MULTI_ASSET", [])],
    14: [("Fall Collection - 15s", "VIDEO_RESPONSIVE", []), ("Fall Collection - 30s", "VIDEO_RESPONSIVE", [])],
}  # fmt: skip
NEGATIVES = {1: [("free", B), ("diy", P), ("secondhand", B)], 2: [("ikea", P), ("secondhand", B)], 3: [("replacement parts", P)],
             4: [("craigslist", P), ("secondhand", B)]}  # fmt: skip
# when a keyword paused or was removed: its stats stop then
KEYWORD_STOP = {"3 seater sofa": dt.date(2025, 3, 1), "lumenandoak": dt.date(2024, 8, 20),
                "memory foam mattress": dt.date(2024, 12, 9)}  # fmt: skip

SEASON = {
    "core": [1.18, 0.84, 0.94, 1.0, 1.07, 0.93, 1.02, 0.95, 0.93, 0.98, 1.48, 1.12],
    "outdoor": [0.28, 0.42, 0.92, 1.55, 1.95, 1.72, 1.3, 0.88, 0.52, 0.34, 0.31, 0.24],
    "flat": [1.0] * 12,
}
DOW_VOLUME = [1.06, 1.0, 1.0, 0.97, 0.87, 0.91, 1.12]  # Monday first
DOW_CVR = [1.12, 1.02, 0.98, 0.95, 0.84, 0.8, 1.18]
SPIKES = {dt.date(2024, 11, 29): 2.7, dt.date(2024, 11, 30): 1.8, dt.date(2024, 12, 1): 1.7,
          dt.date(2024, 12, 2): 2.3, dt.date(2024, 11, 28): 1.4, dt.date(2024, 5, 27): 1.5,
          dt.date(2025, 5, 26): 1.5, dt.date(2024, 7, 4): 1.3, dt.date(2025, 1, 1): 1.3}  # fmt: skip
# device: impression share, ctr, cpc and conversion-rate factors
DEVICES = {"MOBILE": (0.58, 1.0, 0.84, 0.66), "DESKTOP": (0.34, 1.18, 1.28, 1.62), "TABLET": (0.08, 0.9, 0.92, 0.92)}
CTV = ("CONNECTED_TV", (0.2, 0.0, 1.0, 0.0))
# network per channel: (network, impression share, ctr factor, cvr factor)
NETWORKS = {
    "SEARCH": [("SEARCH", 0.9, 1.0, 1.0), ("SEARCH_PARTNERS", 0.1, 0.45, 0.65)],
    "SHOPPING": [("SEARCH", 0.88, 1.0, 1.0), ("SEARCH_PARTNERS", 0.12, 0.5, 0.7)],
    "PERFORMANCE_MAX": [("CROSS_NETWORK", 1.0, 1.0, 1.0)],
    "DEMAND_GEN": [("GOOGLE_OWNED_CHANNELS", 0.6, 1.0, 1.0), ("YOUTUBE_WATCH", 0.4, 0.7, 0.8)],
    "VIDEO": [("YOUTUBE_WATCH", 0.82, 1.0, 1.0), ("YOUTUBE_SEARCH", 0.18, 1.6, 1.3)],
}
ACTIONS = [("Website Purchase", True), ("Showroom Appointment", True), ("Add to Cart", False),
           ("Newsletter Signup", False)]  # fmt: skip


def _factor(day: dt.date, season: str) -> float:
    growth = 1 + 0.25 * (day - START).days / 365
    return growth * SEASON[season][day.month - 1] * DOW_VOLUME[day.weekday()] * SPIKES.get(day, 1.0)


def build() -> Catalog:
    """The whole transfer, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    latest = END

    catalog.add(f"ads_Customer{T}", [(CUSTOMER, "Lumen & Oak Furniture", "USD", "America/Chicago", True, False, False,
                                      d, latest) for d in SNAPSHOTS])  # fmt: skip

    campaign_ids = sorted(rng.sample(range(20_100_000_000, 21_900_000_000), len(CAMPAIGNS)))
    rng.shuffle(campaign_ids)
    campaign_rows: list[Row] = []
    for i, c in enumerate(CAMPAIGNS):
        name, channel, sub, bidding, start, end, status = c[:7]
        for d in SNAPSHOTS:
            st = status
            if name == "Generic - Beds & Mattresses" and d < dt.date(2025, 6, 28):
                st = "ENABLED"
            campaign_rows.append((campaign_ids[i], CUSTOMER, name, st, channel, sub, bidding, start,
                                  end or NO_END, d, latest))  # fmt: skip
    catalog.add(f"ads_Campaign{T}", campaign_rows)

    # ad groups and keywords
    criterion_ids: dict[tuple[str, str], int] = {}

    def crit_id(text: str, match: str) -> int:
        if (text, match) not in criterion_ids:
            criterion_ids[(text, match)] = rng.randint(10_000_000, 2_999_999_999)
        return criterion_ids[(text, match)]

    # leaf: (campaign index, ad group id, criterion id or None, volume share, ctr, cvr factors, stop date)
    leaves: list[tuple[int, int | None, int | None, float, float, float, dt.date | None]] = []
    ad_group_rows: list[Row] = []
    keyword_rows: list[Row] = []
    for ci, groups in AD_GROUPS.items():
        c = CAMPAIGNS[ci]
        group_weights = [sum(k[2] for k in g[2]) or 1.0 for g in groups]
        total_gw = sum(group_weights)
        for (gname, gtype, keywords), gw in zip(groups, group_weights, strict=True):
            gid = rng.randint(140_000_000_000, 179_999_999_999)
            gstatus = "ENABLED"
            bid = round(c[10] * rng.uniform(0.9, 1.4), 2)
            for d in SNAPSHOTS:
                ad_group_rows.append((gid, campaign_ids[ci], CUSTOMER, gname, gstatus, gtype,
                                      int(bid * 100) * 10_000 if gtype != "VIDEO_RESPONSIVE" else None, d, latest))  # fmt: skip
            if not keywords:
                leaves.append((ci, gid, None, gw / total_gw, rng.uniform(0.85, 1.15), rng.uniform(0.85, 1.15), None))
                continue
            total_kw = sum(k[2] for k in keywords)
            for text, match, weight, kstatus in keywords:
                kid = crit_id(text, match)
                ctr_f = {E: 1.35, P: 1.0, B: 0.78}[match] * rng.uniform(0.8, 1.2)
                cvr_f = {E: 1.3, P: 1.0, B: 0.82}[match] * rng.uniform(0.75, 1.25)
                qs = None if weight < 1.0 else max(1, min(10, round(rng.gauss(6.5 + (ctr_f - 1) * 4, 1.5))))
                kbid = int(round(c[10] * rng.uniform(0.8, 1.5), 2) * 100) * 10_000 if match != B else None
                for d in SNAPSHOTS:
                    keyword_rows.append((kid, gid, campaign_ids[ci], CUSTOMER, text, match, False, kstatus, qs, kbid,
                                         d, latest))  # fmt: skip
                share = gw / total_gw * weight / total_kw
                leaves.append((ci, gid, kid, share, ctr_f, cvr_f, KEYWORD_STOP.get(text)))
            for text, match in NEGATIVES.get(ci, []) if gname == groups[0][0] else []:
                for d in SNAPSHOTS:
                    keyword_rows.append((crit_id(text, match), gid, campaign_ids[ci], CUSTOMER, text, match, True,
                                         "ENABLED", None, None, d, latest))  # fmt: skip
    for ci in range(len(CAMPAIGNS)):
        if ci not in AD_GROUPS:
            leaves.append((ci, None, None, 1.0, 1.0, 1.0, None))
    catalog.add(f"ads_AdGroup{T}", ad_group_rows)
    catalog.add(f"ads_Keyword{T}", keyword_rows)

    # daily stats at the leaves, summed up to ad groups and campaigns
    kw_rows: list[Row] = []
    ag: dict[tuple[int, int, dt.date, str, str], list[float]] = {}
    camp: dict[tuple[int, dt.date, str, str], list[float]] = {}
    for day in days(START, END):
        if day in BILLING_HOLD:
            continue
        dow_cvr = DOW_CVR[day.weekday()]
        for ci, gid, kid, share, ctr_f, cvr_f, stop in leaves:
            c = CAMPAIGNS[ci]
            if not any(a <= day <= b for a, b in c[7]) or (stop and day >= stop):
                continue
            channel = c[1]
            base = c[8] * share * _factor(day, c[14]) * rng.lognormvariate(0, 0.12)
            devices = list(DEVICES.items()) + ([CTV] if channel in ("VIDEO", "PERFORMANCE_MAX") else [])
            for dev, (dshare, dctr, dcpc, dcvr) in devices:
                if dev == "CONNECTED_TV" and channel == "PERFORMANCE_MAX":
                    dshare = 0.04
                for net, nshare, nctr, ncvr in NETWORKS[channel]:
                    impr = poisson(rng, base * dshare * nshare)
                    if impr == 0:
                        continue
                    clicks = poisson(rng, impr * c[9] * ctr_f * dctr * nctr) if dctr else 0
                    clicks = min(clicks, impr)
                    if channel == "VIDEO":
                        views = poisson(rng, impr * 0.22)
                        interactions = clicks + views
                        cost = impr * c[10] * 0.012 * rng.uniform(0.9, 1.1)  # CPM bidding
                    else:
                        interactions = clicks
                        cost = sum(c[10] * dcpc * rng.uniform(0.6, 1.5) for _ in range(clicks)) if clicks < 40 else (
                            clicks * c[10] * dcpc * rng.uniform(0.9, 1.1))  # fmt: skip
                    cost_micros = round(cost * 100) * 10_000
                    cvr = c[11] * cvr_f * dcvr * ncvr * dow_cvr
                    k = poisson(rng, clicks * cvr) if clicks else 0
                    purch = round(k * rng.uniform(0.78, 1.12), 2) if k else 0.0
                    value = (
                        round(sum(rng.lognormvariate(math.log(c[13]), 0.45) for _ in range(k)) * purch / k, 2)
                        if k
                        else 0.0
                    )
                    appt = poisson(rng, clicks * c[12] * (1.4 if dev == "MOBILE" else 0.8)) if clicks else 0
                    atc = poisson(rng, clicks * cvr * 4.2) if clicks else 0
                    signup = poisson(rng, clicks * 0.009) if clicks else 0
                    vtc = poisson(rng, impr * 0.00004) if channel in ("DEMAND_GEN", "VIDEO") else 0
                    m = [impr, clicks, interactions, cost_micros, purch, value, vtc, float(appt), atc, signup]
                    if kid is not None and gid is not None:
                        kw_rows.append((kid, gid, campaign_ids[ci], CUSTOMER, day, dev, net, impr, clicks,
                                        interactions, cost_micros, round(purch + appt, 2), value, vtc, day, latest))  # fmt: skip
                    if gid is not None:
                        acc = ag.setdefault((ci, gid, day, dev, net), [0.0] * 10)
                        for j, v in enumerate(m):
                            acc[j] += v
                    acc2 = camp.setdefault((ci, day, dev, net), [0.0] * 10)
                    for j, v in enumerate(m):
                        acc2[j] += v

    def stats(m: list[float]) -> tuple[int, int, int, int, float, float, int]:
        return (int(m[0]), int(m[1]), int(m[2]), int(m[3]), round(m[4] + m[7], 2), round(m[5], 2), int(m[6]))

    catalog.add(f"ads_AdGroupBasicStats{T}", [(gid, campaign_ids[ci], CUSTOMER, day, dev, net, *stats(m), day, latest)
                                                for (ci, gid, day, dev, net), m in ag.items()])  # fmt: skip
    catalog.add(f"ads_KeywordBasicStats{T}", kw_rows)
    catalog.add(f"ads_CampaignBasicStats{T}", [(campaign_ids[ci], CUSTOMER, day, dev, net, *stats(m), day, latest)
                                                 for (ci, day, dev, net), m in camp.items()])  # fmt: skip

    conv_rows: list[Row] = []
    daily: dict[tuple[int, dt.date], list[float]] = {}
    for (ci, day, dev, net), m in camp.items():
        for name, primary in ACTIONS:
            count, value = {"Website Purchase": (m[4], m[5]), "Showroom Appointment": (m[7], 0.0),
                            "Add to Cart": (m[8], 0.0), "Newsletter Signup": (m[9], 0.0)}[name]  # fmt: skip
            if count <= 0:
                continue
            count, value = round(count, 2), round(value, 2)
            conv_rows.append((campaign_ids[ci], CUSTOMER, day, dev, net, name,
                              count if primary else 0.0, value if primary else 0.0, count, value, day, latest))  # fmt: skip
        acc = daily.setdefault((ci, day), [0.0] * 5)
        for j, v in enumerate((m[0], m[1], m[3], m[4] + m[7], m[5])):
            acc[j] += v
    catalog.add(f"ads_CampaignConversionStats{T}", conv_rows)

    geo_rows: list[Row] = []
    for (ci, day), (impr, clicks, cost, conv, value) in daily.items():
        us = min(0.97, max(0.75, rng.gauss(0.87, 0.03)))
        split = [
            (2840, round(impr * us), round(clicks * us), round(cost * us / 10_000) * 10_000, round(conv * us, 2),
             round(value * us, 2))
        ]  # fmt: skip
        split.append((2124, int(impr) - split[0][1], int(clicks) - split[0][2], int(cost) - split[0][3],
                      round(conv - split[0][4], 2), round(value - split[0][5], 2)))  # fmt: skip
        for cc, i2, c2, co2, cv2, v2 in split:
            if i2 > 0:
                geo_rows.append((campaign_ids[ci], CUSTOMER, cc, "LOCATION_OF_PRESENCE", day,
                                 i2, c2, co2, max(cv2, 0.0), max(v2, 0.0), day, latest))  # fmt: skip
    catalog.add(f"ads_GeoStats{T}", geo_rows)
    return catalog
