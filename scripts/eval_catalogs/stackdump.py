"""A data-science Q&A site's Stack Exchange data dump as the common importers load it (the Data Explorer schema).

Stack Exchange's own table and column names, PascalCase as the dump's XML files and SEDE name them: `Posts`
(`PostTypeId` 1 question / 2 answer / 4 tag wiki excerpt / 5 tag wiki, `ParentId` from an answer to its question,
`AcceptedAnswerId` on a question, `Score`, `ViewCount` (questions only), `Body` HTML, `OwnerUserId`,
`OwnerDisplayName` (set only when the owner's account was deleted, `OwnerUserId` NULL then), `LastEditorUserId`,
`LastEditDate`, `LastActivityDate`, `Title`, `Tags` as '<python><pandas>' text, `AnswerCount`, `CommentCount`,
`FavoriteCount` (NULL when never bookmarked), `ClosedDate`, `CommunityOwnedDate`, `ContentLicense`), `Users`
(`Reputation`, `DisplayName`, free-text `Location`, `AboutMe`, `Views`, `UpVotes`, `DownVotes` cast, `AccountId`,
`Age` mostly NULL, the 'Community' user with Id -1), `Comments`, `Votes` (`VoteTypeId` 1 accepted, 2 up, 3 down,
5 favorite, 8 bounty start with `BountyAmount`, 9 bounty close, 6 close, 7 reopen; `UserId` only filled for
favorites and bounties, `CreationDate` a day at midnight, as the dump anonymises votes), `Badges` (`Name`, `Class`
1 gold / 2 silver / 3 bronze, `TagBased`), `PostHistory` (`PostHistoryTypeId` 1-3 initial title/body/tags, 4-6
edits, 10 closed with the close reason id in `Comment`, 11 reopened, 16 community owned, 24 suggested edit),
`PostLinks` (`LinkTypeId` 1 linked, 3 duplicate), `Tags` (`Count`, `ExcerptPostId`, `WikiPostId`), and the lookups
`PostTypes`, `VoteTypes`, `PostHistoryTypes`, `LinkTypes`. Keys declared where an importer can: two keys from
`Posts` to `Users` (owner, last editor), two from `PostLinks` to `Posts` and two from `Tags` to `Posts`.

Patterns, 2015-01 to 2024-12 (dump of 2025-01-05): questions grow to a 2019-2020 peak (a spring-2020 bump) and
decline, steeply after December 2022; fewer posts on weekends, most in European / US working hours (UTC); answers
per question and the share of questions with an accepted answer fall over time, so unanswered questions rise;
tag trends (keras / tensorflow peak around 2018, pytorch rises, llm / huggingface / langchain after 2022);
heavy-tailed scores, views (older questions have more), reputation and answer counts (a few prolific answerers);
closed questions, duplicates linked, a few community-owned posts, deleted owners, users who never posted,
reputation 1 accounts, messy locations ('Bangalore, India', 'India', 'London, United Kingdom', 'London', ...).
Deterministic: one seeded `random.Random`.

Names and values the vocabulary test finds in the analyst's code, each kept (Stack Exchange's own names and
ordinary words), none renamed: tables `Posts`, `Tags`, `Votes`; columns `AcceptedAnswerId`, `Age`, `Comment`,
`Count`, `DownVotes`, `Score`, `Tags`, `Text`, `UpVotes`, `Views`; values 'Answer' (a post type), 'Close',
'Deletion', 'UpMod', 'DownMod' (vote types), 'Linked' (a link type), 'Editor' (a badge), 'pandas', 'dataset'
(tag names); the test matches them case-insensitively.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, poisson, weighted

SEED = 2025_0105
START, END = dt.date(2015, 1, 1), dt.date(2024, 12, 31)
END_TS = dt.datetime(2024, 12, 31, 23, 59, 0)

DDL = [
    "CREATE TABLE PostTypes (Id INTEGER PRIMARY KEY, Name VARCHAR NOT NULL)",
    "CREATE TABLE VoteTypes (Id INTEGER PRIMARY KEY, Name VARCHAR NOT NULL)",
    "CREATE TABLE PostHistoryTypes (Id INTEGER PRIMARY KEY, Name VARCHAR NOT NULL)",
    "CREATE TABLE LinkTypes (Id INTEGER PRIMARY KEY, Name VARCHAR NOT NULL)",
    """CREATE TABLE Users (
        Id INTEGER PRIMARY KEY, Reputation INTEGER NOT NULL, CreationDate TIMESTAMP NOT NULL,
        DisplayName VARCHAR, LastAccessDate TIMESTAMP, WebsiteUrl VARCHAR, Location VARCHAR, AboutMe VARCHAR,
        Views INTEGER NOT NULL, UpVotes INTEGER NOT NULL, DownVotes INTEGER NOT NULL, ProfileImageUrl VARCHAR,
        EmailHash VARCHAR, AccountId INTEGER, Age INTEGER)""",
    """CREATE TABLE Posts (
        Id INTEGER PRIMARY KEY, PostTypeId INTEGER NOT NULL REFERENCES PostTypes (Id), AcceptedAnswerId INTEGER,
        ParentId INTEGER REFERENCES Posts (Id), CreationDate TIMESTAMP NOT NULL, Score INTEGER NOT NULL,
        ViewCount INTEGER, Body VARCHAR, OwnerUserId INTEGER REFERENCES Users (Id), OwnerDisplayName VARCHAR,
        LastEditorUserId INTEGER REFERENCES Users (Id), LastEditorDisplayName VARCHAR, LastEditDate TIMESTAMP,
        LastActivityDate TIMESTAMP, Title VARCHAR, Tags VARCHAR, AnswerCount INTEGER, CommentCount INTEGER,
        FavoriteCount INTEGER, ClosedDate TIMESTAMP, CommunityOwnedDate TIMESTAMP, ContentLicense VARCHAR)""",
    """CREATE TABLE Comments (
        Id INTEGER PRIMARY KEY, PostId INTEGER NOT NULL REFERENCES Posts (Id), Score INTEGER NOT NULL,
        Text VARCHAR NOT NULL, CreationDate TIMESTAMP NOT NULL, UserDisplayName VARCHAR,
        UserId INTEGER REFERENCES Users (Id), ContentLicense VARCHAR)""",
    """CREATE TABLE Votes (
        Id INTEGER PRIMARY KEY, PostId INTEGER NOT NULL REFERENCES Posts (Id),
        VoteTypeId INTEGER NOT NULL REFERENCES VoteTypes (Id), UserId INTEGER REFERENCES Users (Id),
        CreationDate TIMESTAMP, BountyAmount INTEGER)""",
    """CREATE TABLE Badges (
        Id INTEGER PRIMARY KEY, UserId INTEGER NOT NULL REFERENCES Users (Id), Name VARCHAR NOT NULL,
        Date TIMESTAMP NOT NULL, Class INTEGER NOT NULL, TagBased BOOLEAN NOT NULL)""",
    """CREATE TABLE PostHistory (
        Id INTEGER PRIMARY KEY, PostHistoryTypeId INTEGER NOT NULL REFERENCES PostHistoryTypes (Id),
        PostId INTEGER NOT NULL REFERENCES Posts (Id), RevisionGUID VARCHAR, CreationDate TIMESTAMP NOT NULL,
        UserId INTEGER REFERENCES Users (Id), UserDisplayName VARCHAR, Comment VARCHAR, Text VARCHAR,
        ContentLicense VARCHAR)""",
    """CREATE TABLE PostLinks (
        Id INTEGER PRIMARY KEY, CreationDate TIMESTAMP NOT NULL, PostId INTEGER NOT NULL REFERENCES Posts (Id),
        RelatedPostId INTEGER NOT NULL REFERENCES Posts (Id), LinkTypeId INTEGER NOT NULL REFERENCES LinkTypes (Id))""",
    """CREATE TABLE Tags (
        Id INTEGER PRIMARY KEY, TagName VARCHAR NOT NULL, Count INTEGER NOT NULL,
        ExcerptPostId INTEGER REFERENCES Posts (Id), WikiPostId INTEGER REFERENCES Posts (Id),
        IsModeratorOnly BOOLEAN, IsRequired BOOLEAN)""",
]

POST_TYPES = [(1, "Question"), (2, "Answer"), (3, "Wiki"), (4, "TagWikiExcerpt"), (5, "TagWiki"),
              (6, "ModeratorNomination"), (7, "WikiPlaceholder"), (8, "PrivilegeWiki")]  # fmt: skip
VOTE_TYPES = [(1, "AcceptedByOriginator"), (2, "UpMod"), (3, "DownMod"), (4, "Offensive"), (5, "Favorite"),
              (6, "Close"), (7, "Reopen"), (8, "BountyStart"), (9, "BountyClose"), (10, "Deletion"),
              (11, "Undeletion"), (12, "Spam"), (15, "ModeratorReview"), (16, "ApproveEditSuggestion")]  # fmt: skip
HISTORY_TYPES = [(1, "Initial Title"), (2, "Initial Body"), (3, "Initial Tags"), (4, "Edit Title"), (5, "Edit Body"),
                 (6, "Edit Tags"), (7, "Rollback Title"), (8, "Rollback Body"), (9, "Rollback Tags"),
                 (10, "Post Closed"), (11, "Post Reopened"), (12, "Post Deleted"), (13, "Post Undeleted"),
                 (14, "Post Locked"), (15, "Post Unlocked"), (16, "Community Owned"), (24, "Suggested Edit Applied"),
                 (33, "Post Notice Added"), (34, "Post Notice Removed")]  # fmt: skip
LINK_TYPES = [(1, "Linked"), (3, "Duplicate")]
CLOSE_REASONS = ["101", "102", "103", "104", "105"]  # duplicate, off-topic, unclear, too broad, opinion-based

# tag, base weight, trend: (peak year, width) or None for steady
TAGS: list[tuple[str, float, tuple[float, float] | None]] = [
    ("machine-learning", 30, None), ("python", 26, None), ("deep-learning", 16, (2019.5, 4)),
    ("neural-network", 15, (2018.0, 3)), ("classification", 10, None), ("keras", 11, (2018.3, 2)),
    ("tensorflow", 9, (2018.0, 2.2)), ("scikit-learn", 9, None), ("nlp", 8, None), ("time-series", 7, None),
    ("pandas", 7, None), ("regression", 6, None), ("cnn", 6, (2019.0, 2.5)), ("lstm", 5, (2019.0, 2)),
    ("r", 5, (2015.5, 3)), ("statistics", 5, None), ("dataset", 4, None), ("pytorch", 5, (2022.5, 2.5)),
    ("clustering", 4, None), ("xgboost", 3, (2019.0, 3)), ("feature-selection", 3, None),
    ("random-forest", 3, None), ("data-mining", 3, (2015.0, 2.5)), ("predictive-modeling", 3, None),
    ("bert", 2.5, (2021.0, 1.5)), ("transformer", 3, (2022.5, 2)), ("computer-vision", 3, None),
    ("reinforcement-learning", 2.5, None), ("gradient-descent", 2, None), ("data-cleaning", 2, None),
    ("visualization", 2, None), ("sql", 1.5, None), ("matplotlib", 1.5, None), ("class-imbalance", 2, None),
    ("cross-validation", 2, None), ("hyperparameter-tuning", 2, None), ("linear-regression", 2, None),
    ("logistic-regression", 2, None), ("decision-trees", 2, None), ("word-embeddings", 2, (2018.5, 2.5)),
    ("word2vec", 1.2, (2017.0, 1.5)), ("apache-spark", 1.5, (2016.5, 2)), ("bigdata", 1.5, (2015.5, 2)),
    ("llm", 4, (2024.0, 1.0)), ("huggingface", 2.5, (2023.0, 1.5)), ("gpt", 2, (2023.5, 1.2)),
    ("langchain", 1.2, (2024.0, 0.6)), ("image-classification", 2, None), ("object-detection", 2, (2020.0, 2)),
    ("loss-function", 2, None), ("overfitting", 1.5, None), ("feature-engineering", 2, None),
    ("anomaly-detection", 1.2, None), ("recommender-system", 1.2, None), ("sentiment-analysis", 1.2, None),
    ("text-mining", 1.2, (2016.0, 2.5)), ("training", 1.5, None), ("accuracy", 1.2, None),
    ("jupyter", 1, None), ("numpy", 1.5, None), ("probability", 1, None), ("pca", 1, None),
    ("gan", 1.2, (2019.5, 1.5)), ("autoencoder", 1.2, None), ("rnn", 1.5, (2018.0, 2)),
    ("attention-mechanism", 1, (2021.5, 2)), ("data-science-model", 1, None), ("career", 0.8, (2016.0, 2.5)),
    ("ai", 1.2, (2023.5, 1.5)), ("mlops", 0.6, (2022.0, 1.5)),
]  # fmt: skip

FIRST = [
    "Alex",
    "Anna",
    "Ben",
    "Carlos",
    "Chen",
    "Daniel",
    "David",
    "Elena",
    "Emma",
    "Fatima",
    "Felix",
    "Hannah",
    "Hiroshi",
    "Igor",
    "Ivan",
    "James",
    "Jan",
    "Javier",
    "Jonas",
    "Julia",
    "Kai",
    "Karan",
    "Laura",
    "Li",
    "Lucas",
    "Maria",
    "Mark",
    "Martin",
    "Matteo",
    "Mehdi",
    "Michael",
    "Mohammed",
    "Nadia",
    "Nikhil",
    "Noah",
    "Olga",
    "Omar",
    "Pablo",
    "Paul",
    "Pedro",
    "Priya",
    "Rahul",
    "Raj",
    "Ravi",
    "Sara",
    "Sebastian",
    "Sergey",
    "Shubham",
    "Simon",
    "Sofia",
    "Stefan",
    "Tom",
    "Vikram",
    "Wei",
    "Yuki",
    "Zhang",
    "Ahmed",
    "Ankit",
    "Arjun",
    "Bruno",
    "Clara",
    "Dmitry",
    "Erik",
    "Gabriel",
    "Hassan",
    "Jorge",
    "Leo",
    "Lukas",
]
LAST = [
    "Smith",
    "Kumar",
    "Singh",
    "Wang",
    "Li",
    "Müller",
    "Garcia",
    "Rossi",
    "Ivanov",
    "Sharma",
    "Patel",
    "Chen",
    "Nguyen",
    "Kim",
    "Silva",
    "Santos",
    "Schmidt",
    "Martin",
    "Brown",
    "Jones",
    "Lopez",
    "Gupta",
    "Khan",
    "Ali",
    "Novak",
    "Kowalski",
    "Tanaka",
    "Sato",
    "Dubois",
    "Bernard",
    "Fischer",
    "Weber",
    "Costa",
    "Rahman",
    "Ahmed",
    "Verma",
    "Das",
    "Mehta",
    "Reddy",
    "Iyer",
    "Jensen",
    "Larsen",
    "Berg",
    "Hansen",
    "Wilson",
    "Taylor",
    "Anderson",
    "Thomas",
]
HANDLES = [
    "datanerd",
    "ml_guy",
    "deepthinker",
    "tensorlad",
    "kernel_trick",
    "bayesian_b",
    "overfit",
    "sigmoid",
    "gradient_girl",
    "randomforest",
    "pandas_fan",
    "noob_coder",
    "stats_student",
    "quant_dev",
    "the_data_guy",
    "lstm_lover",
    "vectorizer",
    "feature_eng",
    "bootstrap_b",
    "nn_learner",
    "p_value",
    "cuda_core",
    "torchbearer",
    "sklearn_user",
]
LOCATIONS = [("Bangalore, India", 5), ("Bengaluru, Karnataka, India", 3), ("India", 6), ("Mumbai, India", 2),
             ("Hyderabad, India", 2), ("New Delhi, India", 2), ("Pune, India", 1.5), ("Chennai, India", 1.2),
             ("San Francisco, CA", 2.5), ("San Francisco, CA, USA", 1.5), ("New York, NY", 2),
             ("New York, NY, USA", 1.2), ("Seattle, WA", 1.2), ("Boston, MA", 1.1), ("Austin, TX", 0.8),
             ("United States", 2), ("USA", 1), ("London, United Kingdom", 2.5), ("London, UK", 2), ("London", 1.5),
             ("Cambridge, UK", 0.6), ("United Kingdom", 1), ("Berlin, Germany", 2), ("Munich, Germany", 1.2),
             ("Germany", 2.5), ("Paris, France", 1.5), ("France", 1), ("Amsterdam, Netherlands", 1.2),
             ("Netherlands", 0.7), ("Toronto, ON, Canada", 1.5), ("Canada", 1), ("Montreal, QC, Canada", 0.8),
             ("Sydney NSW, Australia", 1), ("Melbourne VIC, Australia", 0.8), ("Australia", 0.6),
             ("Beijing, China", 1), ("Shanghai, China", 0.7), ("China", 1), ("Tehran, Iran", 1.2), ("Iran", 0.8),
             ("São Paulo, Brazil", 1), ("Brazil", 0.8), ("Madrid, Spain", 0.8), ("Barcelona, Spain", 0.8),
             ("Milan, Italy", 0.7), ("Italy", 0.6), ("Moscow, Russia", 1), ("Istanbul, Turkey", 0.7),
             ("Lagos, Nigeria", 0.7), ("Nairobi, Kenya", 0.4), ("Singapore", 0.8), ("Tokyo, Japan", 0.6),
             ("Seoul, South Korea", 0.5), ("Zurich, Switzerland", 0.6), ("Stockholm, Sweden", 0.5),
             ("Dhaka, Bangladesh", 0.6), ("Karachi, Pakistan", 0.6), ("Cairo, Egypt", 0.5), ("Earth", 0.4),
             ("Remote", 0.2), ("localhost", 0.15)]  # fmt: skip
TOPICS = {
    "verb": [
        "handle",
        "normalize",
        "encode",
        "visualize",
        "interpret",
        "tune",
        "evaluate",
        "deploy",
        "speed up",
        "split",
        "impute",
        "cluster",
        "label",
        "augment",
        "compare",
        "explain",
        "regularize",
        "scale",
    ],
    "thing": [
        "missing values",
        "categorical features",
        "imbalanced classes",
        "a time series",
        "word embeddings",
        "the learning rate",
        "validation loss",
        "feature importance",
        "a confusion matrix",
        "the ROC curve",
        "outliers",
        "text data",
        "a pretrained model",
        "the embedding layer",
        "batch size",
        "the loss function",
        "sparse data",
        "a large dataset",
        "the attention weights",
        "a multi-label target",
        "the test set",
        "the tokenizer",
    ],
}
COMMENT_TEXTS = ["Welcome to the site! Please add a minimal reproducible example.", "What have you tried so far?",
                 "Thanks, this solved my problem.", "Can you share the shape of your input?",
                 "This is a duplicate of an older question.", "Have you tried scaling your features first?",
                 "Which version of the library are you using?", "Great answer, +1.",
                 "I think this belongs on Cross Validated.", "Your learning rate looks too high.",
                 "Could you post the full traceback?", "Nice explanation, thanks!", "This doesn't answer the question.",
                 "Did you shuffle the data before splitting?", "Please don't post code as images."]  # fmt: skip
GOLD = ["Famous Question", "Great Answer", "Great Question", "Populist", "Fanatic", "Electorate", "Illuminator"]
SILVER = ["Notable Question", "Good Answer", "Good Question", "Enthusiast", "Yearling", "Guru", "Necromancer",
          "Civic Duty", "Strunk & White", "Favorite Question", "Self-Learner"]  # fmt: skip
BRONZE = ["Student", "Teacher", "Scholar", "Supporter", "Autobiographer", "Editor", "Commentator", "Critic",
          "Popular Question", "Nice Answer", "Nice Question", "Informed", "Tumbleweed", "Curious", "Custodian",
          "Organizer", "Revival", "Promoter", "Caucus", "Constituent", "Citizen Patrol", "Quorum"]  # fmt: skip


def _license(ts: dt.datetime) -> str:
    return "CC BY-SA 3.0" if ts < dt.datetime(2018, 5, 2) else "CC BY-SA 4.0"


def _volume(d: dt.date) -> float:
    """Questions per day expected on `d`: growth, a 2019-2020 plateau, decline, the late-2022 drop."""
    t = d.year + (d.timetuple().tm_yday - 1) / 365.0
    base = 2.2 + 5.6 * math.exp(-(((t - 2019.6) / 2.3) ** 2))
    if dt.date(2020, 3, 15) <= d <= dt.date(2020, 6, 30):
        base *= 1.25
    if d >= dt.date(2022, 12, 1):
        base *= max(0.45, 1 - 0.35 * (t - 2022.9))
    weekday = d.weekday()
    base *= 0.62 if weekday == 5 else 0.66 if weekday == 6 else 1.04 if weekday in (1, 2) else 1.0
    if d.month == 12 and d.day >= 22:
        base *= 0.7
    return base


def _hour(rng: random.Random) -> dt.time:
    weights = [2, 1.6, 1.4, 1.3, 1.5, 2, 3, 4.5, 5.5, 6, 6.2, 6, 5.8, 6.2, 6.5, 6.3, 5.8, 5, 4.4, 4, 3.6, 3.2,
               2.8, 2.4]  # fmt: skip
    return dt.time(weighted(rng, range(24), weights), rng.randint(0, 59), rng.randint(0, 59))


def _tag_weight(tag: tuple[str, float, tuple[float, float] | None], year: float) -> float:
    _, base, trend = tag
    if trend is None:
        return base
    peak, width = trend
    if peak >= 2022.5 and year < peak - 2.5 * width:
        return base * 0.01
    return base * (0.05 + math.exp(-(((year - peak) / width) ** 2)))


def build() -> Catalog:
    """The dump's tables: lookups, users, posts, then everything keyed to posts."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL))

    # ---------------------------------------------------------------- users (created over time)
    users: list[dict[str, Any]] = []

    def new_user(when: dt.datetime, kind: str) -> dict[str, Any]:
        u: dict[str, Any] = {"created": when, "kind": kind, "rep": 1, "weight": 0.0, "until": END_TS}
        if kind == "answerer":
            u["weight"] = rng.paretovariate(1.15)
            u["until"] = when + dt.timedelta(days=int(rng.expovariate(1 / 900)) + 30)
        elif kind == "asker":
            u["weight"] = rng.paretovariate(2.5) * 0.15
            u["until"] = when + dt.timedelta(days=int(rng.expovariate(1 / 300)) + 5)
        users.append(u)
        return u

    # questions per day
    questions: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    all_days = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
    # a seed crowd of answerers from the site's start (the beta's regulars)
    for _ in range(60):
        new_user(dt.datetime(2015, 1, 1) + dt.timedelta(hours=rng.randint(0, 24 * 90)), "answerer")
    pool: list[dict[str, Any]] = [u for u in users]
    cum: list[float] = []
    live_month: list[dict[str, Any]] = []
    tag_w: list[float] = []
    month_key = None
    for d in all_days:
        year = d.year + (d.timetuple().tm_yday - 1) / 365.0
        if (d.year, d.month) != month_key:
            month_key = (d.year, d.month)
            month_ts = dt.datetime(d.year, d.month, 1)
            live = [u for u in pool if u["until"] >= month_ts and u["created"] <= month_ts]
            total = 0.0
            cum = []
            for u in live:
                total += u["weight"]
                cum.append(total)
            live_month = live
            tag_w = [_tag_weight(t, year) for t in TAGS]
        # answerers join over time
        for _ in range(poisson(rng, _volume(d) * 0.11)):
            ts = dt.datetime.combine(d, _hour(rng))
            pool.append(new_user(ts, "answerer"))
        # people who sign up and never post
        for _ in range(poisson(rng, _volume(d) * 0.35)):
            new_user(dt.datetime.combine(d, _hour(rng)), "lurker")
        for _ in range(poisson(rng, _volume(d))):
            ts = dt.datetime.combine(d, _hour(rng))
            if rng.random() < 0.6 or not live_month:
                owner = new_user(ts - dt.timedelta(minutes=rng.randint(3, 600)), "asker")
                if rng.random() < 0.2:
                    pool.append(owner)
            else:
                owner = live_month[rng.choices(range(len(live_month)), cum_weights=cum, k=1)[0]]
            n_tags = weighted(rng, [1, 2, 3, 4, 5], [14, 30, 30, 17, 9])
            tags: list[str] = []
            while len(tags) < n_tags:
                t = TAGS[rng.choices(range(len(TAGS)), weights=tag_w, k=1)[0]][0]
                if t not in tags:
                    tags.append(t)
            age_years = (END - d).days / 365.0
            ups = int(rng.paretovariate(1.8) * (0.35 + 0.16 * age_years)) - 1
            downs = poisson(rng, 0.35 + (0.25 if d.year >= 2021 else 0))
            views = int(rng.lognormvariate(4.3, 1.15) * (0.4 + 0.35 * age_years) + ups * 45) + 3
            q: dict[str, Any] = {"ts": ts, "owner": owner, "tags": tags, "ups": ups, "downs": downs, "views": views,
                 "answers": [], "type": 1, "comments": 0, "i": len(questions)}  # fmt: skip
            questions.append(q)
            a_mean = max(0.45, 1.75 - 0.14 * (d.year - 2015)) * (1 + min(ups, 20) / 12)
            n_ans = poisson(rng, a_mean)
            if not live_month:
                n_ans = 0
            for k in range(n_ans):
                delay = rng.expovariate(1 / 20.0) if rng.random() < 0.85 else rng.expovariate(1 / 2500.0)
                ats = ts + dt.timedelta(hours=delay + 0.1)
                if ats > END_TS:
                    continue
                if rng.random() < 0.035 and k == 0:
                    author = owner  # a self-answer
                else:
                    author = live_month[rng.choices(range(len(live_month)), cum_weights=cum, k=1)[0]]
                aups = int(rng.paretovariate(1.6) * (0.4 + 0.14 * age_years) * (1.4 if k == 0 else 0.8)) - 1
                adowns = poisson(rng, 0.25)
                a: dict[str, Any] = {
                    "ts": ats,
                    "owner": author,
                    "ups": aups,
                    "downs": adowns,
                    "q": q,
                    "type": 2,
                    "comments": 0,
                }
                answers.append(a)
                q["answers"].append(a)
            accept_p = max(0.22, 0.62 - 0.04 * (d.year - 2015))
            if q["answers"] and rng.random() < accept_p and owner["kind"] != "lurker":
                best = max(q["answers"], key=lambda x: x["ups"] + rng.random() * 3)
                q["accepted"] = best
                best["accepted"] = True

    # ---------------------------------------------------------------- user ids (by creation)
    users.sort(key=lambda u: u["created"])
    community: dict[str, Any] = {"created": dt.datetime(2015, 1, 1, 0, 0, 0), "kind": "community", "rep": 1, "id": -1}
    for i, u in enumerate(users):
        u["id"] = i + 2  # Id 1 is the site's first moderator account, created with the site
    mod: dict[str, Any] = {"created": dt.datetime(2014, 12, 31, 18, 2, 11), "kind": "answerer", "rep": 1, "id": 1,
           "weight": 1.0, "until": END_TS}  # fmt: skip
    users.insert(0, mod)
    deleted = {id(u) for u in users if u["kind"] == "asker" and rng.random() < 0.05}

    # ---------------------------------------------------------------- tag wikis (posts 4/5, by Community)
    wiki_posts: list[dict[str, Any]] = []
    tag_wiki: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for rank, tag in enumerate(TAGS[:48]):
        name = tag[0]
        first_year = 2015 if tag[2] is None or tag[2][0] < 2021 else int(tag[2][0]) - 1
        ts = dt.datetime(first_year, 1, 1) + dt.timedelta(days=rng.randint(10, 300), hours=rng.randint(0, 23))
        ex = {"ts": ts, "owner": community, "type": 4, "tag": name, "ups": 0, "downs": 0, "comments": 0}
        wk = {"ts": ts, "owner": community, "type": 5, "tag": name, "ups": 0, "downs": 0, "comments": 0}
        if rank % 5 != 4:
            wiki_posts += [ex, wk]
            tag_wiki[name] = (ex, wk)

    posts = sorted(questions + answers + wiki_posts, key=lambda p: p["ts"])
    for i, p in enumerate(posts):
        p["id"] = i + 1

    # ---------------------------------------------------------------- post states
    for q in questions:
        r = rng.random()
        if r < 0.085 and q["ts"] < dt.datetime(2024, 12, 20):
            q["closed"] = q["ts"] + dt.timedelta(hours=rng.expovariate(1 / 40) + 0.5)
            q["reason"] = weighted(rng, CLOSE_REASONS, [35, 20, 18, 15, 12])
            q["downs"] += poisson(rng, 1.5)
            if q["reason"] == "101":
                older = [o for o in questions[max(0, q["i"] - 2500) : q["i"]] if o["tags"][0] in q["tags"]]
                q["dupe_of"] = rng.choice(older) if older else None
        elif r < 0.092 and q["ts"].year < 2019:
            q["wiki"] = q["ts"] + dt.timedelta(days=rng.randint(0, 200))
        if q.get("closed") and rng.random() < 0.07:
            q["reopened"] = q["closed"] + dt.timedelta(days=rng.randint(1, 30))
        q["fav"] = max(0, int(q["ups"] * rng.uniform(0.1, 0.5))) if q["ts"].year < 2022 else 0

    # ---------------------------------------------------------------- comments
    comments: list[Row] = []
    comment_events: list[tuple[dt.datetime, int, int, str, dict[str, Any]]] = []
    for p in questions + answers:
        mean = 1.4 if p["type"] == 1 else 0.85
        for _ in range(poisson(rng, mean)):
            cts = p["ts"] + dt.timedelta(minutes=rng.expovariate(1 / 600) + 2)
            if cts > END_TS:
                continue
            if rng.random() < 0.35:
                author = p["owner"]
            else:
                author = rng.choice(users[: max(1, min(len(users), 50 + int(len(users) * 0.9)))])
                if author["created"] > cts:
                    author = p["owner"]
            score = int(rng.paretovariate(2.2)) - 1 if rng.random() < 0.4 else 0
            comment_events.append((cts, p["id"], score, rng.choice(COMMENT_TEXTS), author))
            p["comments"] += 1
            author.setdefault("n_comments", 0)
            author["n_comments"] = author.get("n_comments", 0) + 1
    comment_events.sort(key=lambda c: c[0])
    for i, (cts, pid, score, text, author) in enumerate(comment_events):
        gone = id(author) in deleted
        comments.append((i + 1, pid, score, text, cts, f"user{author['id'] + 40000}" if gone else None,
                         None if gone else author["id"], _license(cts)))  # fmt: skip

    # ---------------------------------------------------------------- votes and reputation
    vote_events: list[tuple[dt.datetime, int, int, int | None, int | None]] = []

    def vote_day(p: dict[str, Any]) -> dt.datetime:
        delay = rng.expovariate(1 / 3.0) if rng.random() < 0.7 else rng.expovariate(1 / 500.0)
        vts = p["ts"] + dt.timedelta(days=delay)
        vts = min(vts, END_TS)
        return dt.datetime(vts.year, vts.month, vts.day)

    q_rate_change = dt.datetime(2019, 11, 13)
    for p in questions + answers:
        p["ups"] = max(0, p["ups"])
        owner = p["owner"]
        for _ in range(p["ups"]):
            v = vote_day(p)
            vote_events.append((v, p["id"], 2, None, None))
            owner["rep"] += 10 if p["type"] == 2 or v >= q_rate_change else 5
        for _ in range(p["downs"]):
            vote_events.append((vote_day(p), p["id"], 3, None, None))
            owner["rep"] -= 2
        p["score"] = p["ups"] - p["downs"]
        if p.get("accepted") is True:
            acc_ts = p["ts"] + dt.timedelta(hours=rng.expovariate(1 / 30) + 0.2)
            acc_ts = min(acc_ts, END_TS)
            vote_events.append((dt.datetime(acc_ts.year, acc_ts.month, acc_ts.day), p["id"], 1, None, None))
            if owner is not p["q"]["owner"]:
                owner["rep"] += 15
                p["q"]["owner"]["rep"] += 2
        if p["type"] == 1:
            for _ in range(p["fav"]):
                fan = rng.choice(users)
                if fan["created"] <= p["ts"] and id(fan) not in deleted:
                    vote_events.append((vote_day(p), p["id"], 5, fan["id"], None))
            if p.get("closed"):
                for _ in range(rng.randint(1, 5)):
                    c = p["closed"]
                    vote_events.append((dt.datetime(c.year, c.month, c.day), p["id"], 6, None, None))
            if p.get("reopened"):
                c = p["reopened"]
                vote_events.append((dt.datetime(c.year, c.month, c.day), p["id"], 7, None, None))
    # bounties: a few questions get 50-500 points from their asker or an answerer
    bounty_cands = [q for q in questions if not q.get("closed") and q["ts"] < dt.datetime(2024, 11, 1)]
    for q in rng.sample(bounty_cands, 160):
        amount = weighted(rng, [50, 100, 150, 200, 250, 300, 500], [40, 25, 8, 10, 5, 5, 7])
        sponsor = q["owner"] if rng.random() < 0.7 or id(q["owner"]) in deleted else rng.choice(users[:400])
        if id(sponsor) in deleted or sponsor["created"] > q["ts"]:
            sponsor = q["owner"] if id(q["owner"]) not in deleted else users[0]
        start = q["ts"] + dt.timedelta(days=rng.randint(2, 20))
        start_day = dt.datetime(start.year, start.month, start.day)
        vote_events.append((start_day, q["id"], 8, sponsor["id"], amount))
        sponsor["rep"] -= amount
        if q["answers"]:
            winner = max(q["answers"], key=lambda a: a["ups"])
            vote_events.append((start_day + dt.timedelta(days=7), winner["id"], 9, None, amount))
            winner["owner"]["rep"] += amount
        q["bounty"] = amount
    vote_events.sort(key=lambda v: v[0])
    votes: list[Row] = [(i + 1, pid, vt, uid, v, bounty) for i, (v, pid, vt, uid, bounty) in enumerate(vote_events)]

    # ---------------------------------------------------------------- post history and edits
    history: list[tuple[dt.datetime, int, int, Any, str | None, str | None, str | None]] = []
    guid_n = 0

    def guid() -> str:
        nonlocal guid_n
        guid_n += 1
        a, b, c, d, e = (rng.getrandbits(32), rng.getrandbits(16), 0x4000 | rng.getrandbits(12),
                         0x8000 | rng.getrandbits(14), rng.getrandbits(48))  # fmt: skip
        return f"{a:08x}-{b:04x}-{c:04x}-{d:04x}-{e:012x}"

    for p in posts:
        owner = p["owner"]
        g = guid()
        if p["type"] == 1:
            title = _title(rng, p["tags"])
            p["title"] = title
            p["body"] = f"<p>I am trying to {rng.choice(TOPICS['verb'])} {rng.choice(TOPICS['thing'])} with " \
                        f"{p['tags'][0]}. {rng.choice(['Any ideas?', 'What am I missing?', 'Is there a better way?', ''])}</p>"  # fmt: skip
            history.append((p["ts"], 1, p["id"], owner, g, None, title))
            history.append((p["ts"], 2, p["id"], owner, g, None, p["body"]))
            history.append((p["ts"], 3, p["id"], owner, g, None, "".join(f"<{t}>" for t in p["tags"])))
        elif p["type"] == 2:
            p["body"] = f"<p>You can {rng.choice(TOPICS['verb'])} {rng.choice(TOPICS['thing'])} like this:</p>" \
                        f"<pre><code>...</code></pre>"  # fmt: skip
            history.append((p["ts"], 2, p["id"], owner, g, None, p["body"]))
        else:
            p["body"] = (
                f"<p>{'Use' if p['type'] == 4 else 'About'} the {p['tag']} tag for questions about {p['tag']}.</p>"
            )
            history.append((p["ts"], 2, p["id"], owner, g, None, p["body"]))
            continue
        if rng.random() < (0.42 if p["type"] == 1 else 0.28):
            ets = p["ts"] + dt.timedelta(hours=rng.expovariate(1 / 200) + 0.05)
            if ets < END_TS:
                if rng.random() < 0.55:
                    editor = owner
                else:
                    editor = users[rng.randint(0, max(0, min(len(users) - 1, 300)))]
                    if editor["created"] > ets:
                        editor = owner
                p["editor"], p["edited"] = editor, ets
                kinds = [5] if p["type"] == 2 else rng.choice([[5], [5], [4, 5], [6], [4], [4, 5, 6]])
                suggested = editor is not owner and editor["rep"] < 2000 and rng.random() < 0.4
                g2 = guid()
                for kind in kinds:
                    history.append(
                        (ets, kind, p["id"], editor, g2, "added code formatting" if kind == 5 else None, None)
                    )
                if suggested:
                    history.append((ets, 24, p["id"], editor, g2, None, None))
                editor["edits"] = editor.get("edits", 0) + 1
        if p.get("closed"):
            history.append((p["closed"], 10, p["id"], users[0] if rng.random() < 0.3 else community, guid(),
                            p["reason"], None))  # fmt: skip
        if p.get("reopened"):
            history.append((p["reopened"], 11, p["id"], users[0], guid(), None, None))
        if p.get("wiki"):
            history.append((p["wiki"], 16, p["id"], community, guid(), None, None))
    history.sort(key=lambda h: (h[0], h[2], h[1]))
    hist_rows: list[Row] = []
    for i, (hts, kind, pid, who, g, comment, text) in enumerate(history):
        gone = id(who) in deleted
        hist_rows.append((i + 1, kind, pid, g, hts, None if gone else who["id"],
                          f"user{who['id'] + 40000}" if gone else None, comment, text, _license(hts)))  # fmt: skip

    # ---------------------------------------------------------------- post links
    links: list[tuple[dt.datetime, int, int, int]] = []
    for q in questions:
        if q.get("dupe_of"):
            links.append((q["closed"], q["id"], q["dupe_of"]["id"], 3))
        elif rng.random() < 0.06:
            older = questions[max(0, q["i"] - 3000) : q["i"]]
            if older:
                links.append((q["ts"] + dt.timedelta(hours=rng.randint(1, 400)), q["id"], rng.choice(older)["id"], 1))
    links.sort(key=lambda x: x[0])
    link_rows: list[Row] = [(i + 1, min(ts, END_TS), pid, rid, lt) for i, (ts, pid, rid, lt) in enumerate(links)]

    # ---------------------------------------------------------------- posts rows
    def last_activity(p: dict[str, Any]) -> dt.datetime:
        ts = p["ts"]
        for a in p.get("answers", []):
            ts = max(ts, a["ts"])
        if p.get("edited"):
            ts = max(ts, p["edited"])
        return ts

    def owner_cols(u: dict[str, Any]) -> tuple[int | None, str | None]:
        if id(u) in deleted:
            return None, f"user{u['id'] + 40000}"
        return u["id"], None

    q_rows: list[Row] = []
    other_rows: list[Row] = []
    for p in posts:
        oid, oname = owner_cols(p["owner"])
        editor = p.get("editor")
        eid, ename = owner_cols(editor) if editor else (None, None)
        lic = _license(p["ts"])
        if p["type"] == 1:
            acc = p.get("accepted")
            q_rows.append((p["id"], 1, acc["id"] if acc else None, None, p["ts"], p["score"], p["views"], p["body"],
                           oid, oname, eid, ename, p.get("edited"), last_activity(p), p["title"],
                           "".join(f"<{t}>" for t in p["tags"]), len(p["answers"]), p["comments"],
                           p["fav"] or None, p.get("closed") if not p.get("reopened") else None, p.get("wiki"), lic))  # fmt: skip
        elif p["type"] == 2:
            wiki = p["q"].get("wiki") if rng.random() < 0.5 else None
            other_rows.append((p["id"], 2, None, p["q"]["id"], p["ts"], p["score"], None, p["body"], oid, oname, eid,
                               ename, p.get("edited"), last_activity(p), None, None, None, p["comments"], None, None,
                               wiki, lic))  # fmt: skip
        else:
            other_rows.append((p["id"], p["type"], None, None, p["ts"], 0, None, p["body"], -1, None, -1, None,
                               p["ts"], p["ts"], None, None, None, 0, None, None, p["ts"], lic))  # fmt: skip

    # ---------------------------------------------------------------- badges
    badge_events: list[tuple[dt.datetime, int, str, int, bool]] = []

    def award(u: dict[str, Any], name: str, when: dt.datetime, cls: int, tag_based: bool = False) -> None:
        if id(u) in deleted or u is community or when > END_TS:
            return
        badge_events.append((when, u["id"], name, cls, tag_based))

    seen: dict[tuple[int, str], bool] = {}

    def once(u: dict[str, Any], name: str, when: dt.datetime, cls: int) -> None:
        key = (id(u), name)
        if key not in seen:
            seen[key] = True
            award(u, name, when, cls)

    later = dt.timedelta(days=2)
    tag_scores: dict[tuple[int, str], list[Any]] = {}
    for p in questions + answers:
        u, when = p["owner"], p["ts"] + later
        if p["type"] == 1:
            if p["score"] >= 1:
                once(u, "Student", when, 3)
            for threshold, name, cls in (
                (10, "Nice Question", 3),
                (25, "Good Question", 2),
                (100, "Great Question", 1),
            ):
                if p["score"] >= threshold:
                    award(u, name, when + dt.timedelta(days=threshold * 3), cls)
            for threshold, name, cls in ((1000, "Popular Question", 3), (2500, "Notable Question", 2),
                                         (10000, "Famous Question", 1)):  # fmt: skip
                if p["views"] >= threshold:
                    award(u, name, when + dt.timedelta(days=threshold // 20), cls)
            if p["score"] == 0 and not p["answers"] and p["views"] < 60 and p["ts"] < dt.datetime(2024, 10, 1):
                award(u, "Tumbleweed", p["ts"] + dt.timedelta(days=7), 3)
            if p.get("accepted"):
                once(u, "Scholar", p["accepted"]["ts"] + dt.timedelta(hours=5), 3)
            if p.get("bounty"):
                once(u, "Promoter", when + dt.timedelta(days=3), 3)
        else:
            if p["score"] >= 1:
                once(u, "Teacher", when, 3)
            for threshold, name, cls in ((10, "Nice Answer", 3), (25, "Good Answer", 2), (100, "Great Answer", 1)):
                if p["score"] >= threshold:
                    award(u, name, when + dt.timedelta(days=threshold * 3), cls)
            if p["score"] >= 5 and (p["ts"] - p["q"]["ts"]).days >= 60:
                award(u, "Necromancer", when + dt.timedelta(days=20), 2)
            if u is p["q"]["owner"] and p["score"] >= 3:
                award(u, "Self-Learner", when + dt.timedelta(days=5), 2)
            for t in p["q"]["tags"]:
                s = tag_scores.setdefault((u["id"], t), [u, 0, 0, when])
                s[1] += p["score"]
                s[2] += 1
                s[3] = max(s[3], when)
    for (_uid, tag), (u, score, n, when) in tag_scores.items():
        for need_score, need_n, cls in ((100, 20, 3), (400, 80, 2), (1000, 200, 1)):
            if score >= need_score and n >= need_n:
                award(u, tag, when, cls, True)
    for u in users:
        if u["kind"] == "lurker" and rng.random() < 0.7:
            continue
        c = u["created"]
        if rng.random() < 0.3:
            award(u, "Autobiographer", c + dt.timedelta(days=rng.randint(0, 30)), 3)
        if u["kind"] != "lurker" and rng.random() < 0.35:
            award(u, "Supporter", c + dt.timedelta(days=rng.randint(1, 60)), 3)
        if u.get("edits"):
            award(u, "Editor", c + dt.timedelta(days=rng.randint(1, 90)), 3)
            if u["edits"] >= 40:
                award(u, "Strunk & White", c + dt.timedelta(days=rng.randint(200, 900)), 2)
        if u.get("n_comments", 0) >= 1 and u["kind"] != "lurker":
            award(u, "Commentator", c + dt.timedelta(days=rng.randint(2, 100)), 3)
        if rng.random() < 0.25:
            award(u, "Informed", c + dt.timedelta(days=rng.randint(0, 10)), 3)
        if u["kind"] == "answerer" and u.get("weight", 0) > 3:
            years = int((min(u["until"], END_TS) - c).days / 365)
            for y in range(1, years + 1):
                award(u, "Yearling", c + dt.timedelta(days=365 * y), 2)
            if u["weight"] > 6:
                award(u, "Enthusiast", c + dt.timedelta(days=rng.randint(30, 200)), 2)
                award(u, "Civic Duty", c + dt.timedelta(days=rng.randint(60, 400)), 2)
            if u["weight"] > 15:
                award(u, "Fanatic", c + dt.timedelta(days=rng.randint(100, 400)), 1)
                award(u, "Electorate", c + dt.timedelta(days=rng.randint(200, 900)), 1)
        if u["kind"] in ("asker", "answerer") and rng.random() < 0.12:
            award(u, "Curious", c + dt.timedelta(days=rng.randint(5, 300)), 3)
        if u["kind"] == "answerer" and rng.random() < 0.2:
            award(u, "Critic", c + dt.timedelta(days=rng.randint(5, 300)), 3)
    badge_events.sort(key=lambda b: b[0])
    badges: list[Row] = [(i + 1, uid, name, when, cls, tb) for i, (when, uid, name, cls, tb) in enumerate(badge_events)]

    # ---------------------------------------------------------------- users rows
    last_seen: dict[int, dt.datetime] = {}
    for p in questions + answers:
        u = p["owner"]
        last_seen[id(u)] = max(last_seen.get(id(u), p["ts"]), p["ts"])
    user_rows: list[Row] = [(-1, 1, community["created"], "Community", dt.datetime(2015, 1, 1, 0, 0, 0),
                             "https://meta.stackexchange.com/", "on the server farm",
                             "<p>Hi, I'm not really a person.</p><p>I'm a background process...</p>",
                             812, 4820, 1120, None, None, -1, None)]  # fmt: skip
    for u in users:
        if id(u) in deleted:
            continue
        active = u["kind"] != "lurker"
        assoc = 100 if rng.random() < (0.3 if active else 0.12) else 0
        rep = max(1, u["rep"] + assoc)
        seen_at: dt.datetime = last_seen.get(id(u)) or u["created"]
        if rng.random() < 0.6:
            seen_at = seen_at + dt.timedelta(days=rng.randint(0, 400))
        seen_at = min(seen_at, END_TS)
        r = rng.random()
        if r < 0.16:
            name = f"user{u['id'] + 40000}"
        elif r < 0.3:
            name = rng.choice(HANDLES) + (str(rng.randint(1, 999)) if rng.random() < 0.6 else "")
        elif r < 0.4:
            name = rng.choice(FIRST)
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        loc = None
        if rng.random() < (0.55 if active else 0.25):
            loc = weighted(rng, [x for x, _ in LOCATIONS], [w for _, w in LOCATIONS])
            if rng.random() < 0.02:
                loc = loc + " "
        age = None
        if u["created"] < dt.datetime(2019, 3, 1) and rng.random() < 0.3:
            age = max(13, min(96, int(rng.gauss(31, 8))))
        weight = u.get("weight", 0.0)
        upv = int(rng.paretovariate(1.3) * (8 if u["kind"] == "answerer" else 1.5) * (1 + weight)) - 1 if active else 0
        downv = int(upv * rng.uniform(0, 0.15))
        views = int(rng.paretovariate(1.4) * (2 + rep**0.6)) - 1
        site = rng.random()
        web = None if site < 0.7 else "" if site < 0.78 else f"https://{name.split()[0].lower()}.github.io"
        about = None if rng.random() < 0.6 else "<p>Data scientist. Python, ML, stats.</p>"
        img = None if rng.random() < 0.5 else f"https://i.stack.imgur.com/{rng.getrandbits(32):08x}.jpg"
        user_rows.append((u["id"], rep, u["created"], name, seen_at, web, loc, about, views, max(0, upv), downv,
                          img, None, 1_000_000 + u["id"] * 7 + rng.randint(0, 6), age))  # fmt: skip

    # ---------------------------------------------------------------- tags rows
    counts: dict[str, int] = {}
    for q in questions:
        for t in q["tags"]:
            counts[t] = counts.get(t, 0) + 1
    tag_rows: list[Row] = []
    ordered = sorted(counts, key=lambda t: [x[0] for x in TAGS].index(t))
    for i, t in enumerate(ordered):
        ex, wk = tag_wiki.get(t, (None, None))
        tag_rows.append((i + 1, t, counts[t], ex["id"] if ex else None, wk["id"] if wk else None, False, False))

    catalog.add("PostTypes", list(POST_TYPES))
    catalog.add("VoteTypes", list(VOTE_TYPES))
    catalog.add("PostHistoryTypes", list(HISTORY_TYPES))
    catalog.add("LinkTypes", list(LINK_TYPES))
    catalog.add("Users", user_rows)
    catalog.add("Posts", q_rows)
    catalog.add("Posts", other_rows)
    catalog.add("Comments", comments)
    catalog.add("Votes", votes)
    catalog.add("Badges", badges)
    catalog.add("PostHistory", hist_rows)
    catalog.add("PostLinks", link_rows)
    catalog.add("Tags", tag_rows)
    return catalog


def _title(rng: random.Random, tags: list[str]) -> str:
    lib = tags[0]
    forms = [
        f"How to {rng.choice(TOPICS['verb'])} {rng.choice(TOPICS['thing'])} in {lib}?",
        f"Why does my {lib} model {rng.choice(['overfit', 'not converge', 'predict only one class', 'give NaN loss'])}?",
        f"What is the difference between {rng.choice(TOPICS['thing'])} and {rng.choice(TOPICS['thing'])}?",
        f"Best way to {rng.choice(TOPICS['verb'])} {rng.choice(TOPICS['thing'])}",
        f"{lib}: {rng.choice(TOPICS['thing'])} gives unexpected results",
    ]
    return rng.choice(forms)
