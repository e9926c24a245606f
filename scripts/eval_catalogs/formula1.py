"""Formula 1 results 2010-2024 as the Ergast Developer API's database dump lands them (`f1db`, MySQL dump / CSVs).

Ergast's own table and column names, camelCase as published: `circuits`, `constructors`, `drivers`, `seasons`,
`status`, `races`, `results`, `sprintResults`, `qualifying`, `lapTimes`, `pitStops`, `driverStandings`,
`constructorStandings`, `constructorResults`; integer keys `circuitId`, `constructorId`, `driverId`, `raceId`,
`statusId`, text refs (`circuitRef` 'silverstone', `driverRef` 'max_verstappen', `constructorRef` 'red_bull'),
Wikipedia `url` columns, nationalities as demonyms ('British', 'German', 'Monegasque'). The dump's `\\N` become
NULLs. Ergast's conventions kept: `results.position` is NULL for an unclassified car and `positionText` holds
'R' (retired), 'D' (disqualified), 'W' (withdrawn) or 'N' (not classified), `positionOrder` always ranks every car;
`points` is a FLOAT (half points at the 2021 Belgian GP, double points at the 2014 Abu Dhabi GP, a point for the
fastest lap 2019-2024 when in the top ten); `grid` 0 means a pit-lane start; times are text ('1:32:58.710' for
the winner, '+5.123' behind, NULL when lapped: the `status` says '+1 Lap') beside integer `milliseconds`;
`fastestLapTime` text like '1:27.452', `fastestLapSpeed` text km/h; qualifying `q1`/`q2`/`q3` text, NULL when
knocked out (and '' for a car that set no time); `pitStops.time` the local time of day, `duration` text seconds
('22.415', minutes under a red flag '16:44.119'); standings are running totals after every race (the season's
final standings are those of its last round); a driver's `number` is the permanent number (NULL before 2014),
`code` the three-letter code; constructor `sauber` (id 15) races 2010-2018 and again in 2024, Alfa Romeo between.

Patterns: 12 teams 2010-2013 then 10-11; real-looking lineups with mid-season substitutes; Red Bull dominant
2010-2013, Mercedes 2014-2020, a close 2021, Red Bull 2022-2024 with McLaren rising in 2024; retirements falling
over the years (reliability), more pit stops at some circuits, safety-car laps, the 2020 calendar short and late
(COVID), sprints from 2021 (3, 3, 6, 6 a season). Lap times are kept for 2018-2024 only, pit stops from 2011 (as
Ergast has them). Deterministic: one seeded `random.Random`.

Names and values the vocabulary test finds in the analyst's code, each kept (Ergast's own names / ordinary words),
none renamed: tables `drivers`, `qualifying`, `races`, `results`, `seasons` (Ergast's tables); columns `duration`,
`forename`, `grid`, `lap`, `laps`, `milliseconds`, `points`, `position`, `q1`, `q2`, `q3`, `rank`, `round`, `stop`,
`surname`, `time`, `wins` (Ergast's fields); values: nationalities 'American', 'Argentine', 'Australian',
'Austrian', 'Belgian', 'Brazilian', 'British', 'Canadian', 'Chinese', 'Danish', 'Dutch', 'Finnish', 'French',
'German', 'Indian', 'Italian', 'Japanese', 'Malaysian', 'Mexican', 'New Zealander', 'Polish', 'Russian',
'Spanish', 'Swedish', 'Swiss', 'Thai', 'Venezuelan' (drivers' and constructors' demonyms); countries 'Korea',
'Russia', 'UAE' (Ergast's circuit countries); statuses 'Engine', 'ERS', 'Finished', 'Retired' (Ergast's status
table).
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, weighted

SEED = 1950_0513
YEARS = range(2010, 2025)
WIKI = "http://en.wikipedia.org/wiki/"

DDL = [
    """CREATE TABLE circuits (
        circuitId INTEGER PRIMARY KEY, circuitRef VARCHAR NOT NULL, name VARCHAR NOT NULL, location VARCHAR,
        country VARCHAR, lat DOUBLE, lng DOUBLE, alt INTEGER, url VARCHAR NOT NULL)""",
    """CREATE TABLE constructors (
        constructorId INTEGER PRIMARY KEY, constructorRef VARCHAR NOT NULL, name VARCHAR NOT NULL,
        nationality VARCHAR, url VARCHAR NOT NULL)""",
    """CREATE TABLE drivers (
        driverId INTEGER PRIMARY KEY, driverRef VARCHAR NOT NULL, number INTEGER, code VARCHAR, forename VARCHAR NOT NULL,
        surname VARCHAR NOT NULL, dob DATE, nationality VARCHAR, url VARCHAR NOT NULL)""",
    "CREATE TABLE seasons (year INTEGER PRIMARY KEY, url VARCHAR NOT NULL)",
    "CREATE TABLE status (statusId INTEGER PRIMARY KEY, status VARCHAR NOT NULL)",
    """CREATE TABLE races (
        raceId INTEGER PRIMARY KEY, year INTEGER NOT NULL REFERENCES seasons (year), round INTEGER NOT NULL,
        circuitId INTEGER NOT NULL REFERENCES circuits (circuitId), name VARCHAR NOT NULL, date DATE NOT NULL,
        time TIME, url VARCHAR, fp1_date DATE, fp1_time TIME, fp2_date DATE, fp2_time TIME, fp3_date DATE,
        fp3_time TIME, quali_date DATE, quali_time TIME, sprint_date DATE, sprint_time TIME)""",
    """CREATE TABLE results (
        resultId INTEGER PRIMARY KEY, raceId INTEGER NOT NULL REFERENCES races (raceId),
        driverId INTEGER NOT NULL REFERENCES drivers (driverId),
        constructorId INTEGER NOT NULL REFERENCES constructors (constructorId), number INTEGER, grid INTEGER NOT NULL,
        position INTEGER, positionText VARCHAR NOT NULL, positionOrder INTEGER NOT NULL, points FLOAT NOT NULL,
        laps INTEGER NOT NULL, time VARCHAR, milliseconds INTEGER, fastestLap INTEGER, rank INTEGER,
        fastestLapTime VARCHAR, fastestLapSpeed VARCHAR, statusId INTEGER NOT NULL REFERENCES status (statusId))""",
    """CREATE TABLE sprintResults (
        resultId INTEGER PRIMARY KEY, raceId INTEGER NOT NULL REFERENCES races (raceId),
        driverId INTEGER NOT NULL REFERENCES drivers (driverId),
        constructorId INTEGER NOT NULL REFERENCES constructors (constructorId), number INTEGER, grid INTEGER NOT NULL,
        position INTEGER, positionText VARCHAR NOT NULL, positionOrder INTEGER NOT NULL, points FLOAT NOT NULL,
        laps INTEGER NOT NULL, time VARCHAR, milliseconds INTEGER, fastestLap INTEGER, fastestLapTime VARCHAR,
        statusId INTEGER NOT NULL REFERENCES status (statusId))""",
    """CREATE TABLE qualifying (
        qualifyId INTEGER PRIMARY KEY, raceId INTEGER NOT NULL REFERENCES races (raceId),
        driverId INTEGER NOT NULL REFERENCES drivers (driverId),
        constructorId INTEGER NOT NULL REFERENCES constructors (constructorId), number INTEGER NOT NULL,
        position INTEGER, q1 VARCHAR, q2 VARCHAR, q3 VARCHAR)""",
    """CREATE TABLE lapTimes (
        raceId INTEGER NOT NULL REFERENCES races (raceId), driverId INTEGER NOT NULL REFERENCES drivers (driverId),
        lap INTEGER NOT NULL, position INTEGER, time VARCHAR, milliseconds INTEGER, PRIMARY KEY (raceId, driverId, lap))""",
    """CREATE TABLE pitStops (
        raceId INTEGER NOT NULL REFERENCES races (raceId), driverId INTEGER NOT NULL REFERENCES drivers (driverId),
        stop INTEGER NOT NULL, lap INTEGER NOT NULL, time TIME NOT NULL, duration VARCHAR, milliseconds INTEGER,
        PRIMARY KEY (raceId, driverId, stop))""",
    """CREATE TABLE driverStandings (
        driverStandingsId INTEGER PRIMARY KEY, raceId INTEGER NOT NULL REFERENCES races (raceId),
        driverId INTEGER NOT NULL REFERENCES drivers (driverId), points FLOAT NOT NULL, position INTEGER,
        positionText VARCHAR, wins INTEGER NOT NULL)""",
    """CREATE TABLE constructorStandings (
        constructorStandingsId INTEGER PRIMARY KEY, raceId INTEGER NOT NULL REFERENCES races (raceId),
        constructorId INTEGER NOT NULL REFERENCES constructors (constructorId), points FLOAT NOT NULL,
        position INTEGER, positionText VARCHAR, wins INTEGER NOT NULL)""",
    """CREATE TABLE constructorResults (
        constructorResultsId INTEGER PRIMARY KEY, raceId INTEGER NOT NULL REFERENCES races (raceId),
        constructorId INTEGER NOT NULL REFERENCES constructors (constructorId), points FLOAT, status VARCHAR)""",
]

COMMENTS = [
    "COMMENT ON COLUMN results.positionText IS 'R = retired, D = disqualified, W = withdrawn, N = not classified'",
    "COMMENT ON COLUMN results.grid IS '0 = started from the pit lane'",
    "COMMENT ON COLUMN results.rank IS 'rank of the driver''s fastest lap in the race'",
]

# circuitRef, name, location, country, lat, lng, alt, laps, lap seconds, km per lap
CIRCUITS = [
    (
        1,
        "albert_park",
        "Albert Park Grand Prix Circuit",
        "Melbourne",
        "Australia",
        -37.8497,
        144.968,
        10,
        58,
        81.5,
        5.278,
    ),
    (2, "sepang", "Sepang International Circuit", "Kuala Lumpur", "Malaysia", 2.76083, 101.738, 18, 56, 97.0, 5.543),
    (3, "bahrain", "Bahrain International Circuit", "Sakhir", "Bahrain", 26.0325, 50.5106, 7, 57, 95.0, 5.412),
    (4, "catalunya", "Circuit de Barcelona-Catalunya", "Montmeló", "Spain", 41.57, 2.26111, 109, 66, 80.0, 4.657),
    (6, "monaco", "Circuit de Monaco", "Monte-Carlo", "Monaco", 43.7347, 7.42056, 7, 78, 75.0, 3.337),
    (7, "villeneuve", "Circuit Gilles Villeneuve", "Montreal", "Canada", 45.5, -73.5228, 13, 70, 75.5, 4.361),
    (9, "silverstone", "Silverstone Circuit", "Silverstone", "UK", 52.0786, -1.01694, 153, 52, 90.0, 5.891),
    (10, "hockenheimring", "Hockenheimring", "Hockenheim", "Germany", 49.3278, 8.56583, 103, 67, 76.5, 4.574),
    (11, "hungaroring", "Hungaroring", "Budapest", "Hungary", 47.5789, 19.2486, 264, 70, 80.0, 4.381),
    (12, "valencia", "Valencia Street Circuit", "Valencia", "Spain", 39.4589, -0.331667, 4, 57, 101.0, 5.419),
    (13, "spa", "Circuit de Spa-Francorchamps", "Spa", "Belgium", 50.4372, 5.97139, 401, 44, 108.0, 7.004),
    (14, "monza", "Autodromo Nazionale di Monza", "Monza", "Italy", 45.6156, 9.28111, 162, 53, 84.0, 5.793),
    (15, "marina_bay", "Marina Bay Street Circuit", "Marina Bay", "Singapore", 1.2914, 103.864, 18, 61, 103.0, 5.063),
    (17, "shanghai", "Shanghai International Circuit", "Shanghai", "China", 31.3389, 121.22, 5, 56, 97.5, 5.451),
    (18, "interlagos", "Autódromo José Carlos Pace", "São Paulo", "Brazil", -23.7036, -46.6997, 785, 71, 73.0, 4.309),
    (20, "nurburgring", "Nürburgring", "Nürburg", "Germany", 50.3356, 6.9475, 578, 60, 93.0, 5.148),
    (22, "suzuka", "Suzuka Circuit", "Suzuka", "Japan", 34.8431, 136.541, 45, 53, 94.0, 5.807),
    (24, "yas_marina", "Yas Marina Circuit", "Abu Dhabi", "UAE", 24.4672, 54.6031, 3, 55, 89.0, 5.281),
    (5, "istanbul", "Istanbul Park", "Istanbul", "Turkey", 40.9517, 29.405, 130, 58, 88.0, 5.338),
    (35, "yeongam", "Korean International Circuit", "Yeongam County", "Korea", 34.7333, 126.417, 0, 55, 102.0, 5.615),
    (68, "buddh", "Buddh International Circuit", "Uttar Pradesh", "India", 28.3487, 77.5331, 194, 60, 89.0, 5.125),
    (69, "americas", "Circuit of the Americas", "Austin", "USA", 30.1328, -97.6411, 161, 56, 99.0, 5.513),
    (70, "red_bull_ring", "Red Bull Ring", "Spielberg", "Austria", 47.2197, 14.7647, 678, 71, 68.5, 4.318),
    (71, "sochi", "Sochi Autodrom", "Sochi", "Russia", 43.4057, 39.9578, 2, 53, 99.0, 5.848),
    (
        32,
        "rodriguez",
        "Autódromo Hermanos Rodríguez",
        "Mexico City",
        "Mexico",
        19.4042,
        -99.0907,
        2227,
        71,
        81.0,
        4.304,
    ),
    (73, "baku", "Baku City Circuit", "Baku", "Azerbaijan", 40.3725, 49.8533, -7, 51, 106.0, 6.003),
    (34, "ricard", "Circuit Paul Ricard", "Le Castellet", "France", 43.2506, 5.79167, 432, 53, 95.0, 5.842),
    (
        75,
        "portimao",
        "Autódromo Internacional do Algarve",
        "Portimão",
        "Portugal",
        37.227,
        -8.6267,
        108,
        66,
        81.5,
        4.653,
    ),
    (76, "mugello", "Autodromo Internazionale del Mugello", "Mugello", "Italy", 43.9975, 11.3719, 255, 59, 80.0, 5.245),
    (21, "imola", "Autodromo Enzo e Dino Ferrari", "Imola", "Italy", 44.3439, 11.7167, 37, 63, 78.5, 4.909),
    (78, "losail", "Losail International Circuit", "Al Daayen", "Qatar", 25.49, 51.4542, 12, 57, 86.0, 5.419),
    (77, "jeddah", "Jeddah Corniche Circuit", "Jeddah", "Saudi Arabia", 21.6319, 39.1044, 15, 50, 92.0, 6.174),
    (39, "zandvoort", "Circuit Park Zandvoort", "Zandvoort", "Netherlands", 52.3888, 4.54092, 6, 72, 74.0, 4.259),
    (79, "miami", "Miami International Autodrome", "Miami", "USA", 25.9581, -80.2389, 0, 57, 92.0, 5.412),
    (
        80,
        "vegas",
        "Las Vegas Strip Street Circuit",
        "Las Vegas",
        "United States",
        36.1147,
        -115.173,
        642,
        50,
        96.0,
        6.201,
    ),
]
CIRCUIT_WIKI = {"americas": "Circuit_of_the_Americas", "vegas": "Las_Vegas_Grand_Prix#Circuit"}

# Grand Prix names per circuit (a year's override below)
GP = {"albert_park": "Australian", "sepang": "Malaysian", "bahrain": "Bahrain", "catalunya": "Spanish",
      "monaco": "Monaco", "villeneuve": "Canadian", "silverstone": "British", "hockenheimring": "German",
      "hungaroring": "Hungarian", "valencia": "European", "spa": "Belgian", "monza": "Italian",
      "marina_bay": "Singapore", "shanghai": "Chinese", "interlagos": "Brazilian", "nurburgring": "German",
      "suzuka": "Japanese", "yas_marina": "Abu Dhabi", "istanbul": "Turkish", "yeongam": "Korean",
      "buddh": "Indian", "americas": "United States", "red_bull_ring": "Austrian", "sochi": "Russian",
      "rodriguez": "Mexican", "baku": "Azerbaijan", "ricard": "French", "portimao": "Portuguese",
      "mugello": "Tuscan", "imola": "Emilia Romagna", "losail": "Qatar", "jeddah": "Saudi Arabian",
      "zandvoort": "Dutch", "miami": "Miami", "vegas": "Las Vegas"}  # fmt: skip

_E = "bahrain albert_park sepang shanghai catalunya monaco"
CALENDARS: dict[int, str] = {
    2010: "bahrain albert_park sepang shanghai catalunya monaco istanbul villeneuve valencia silverstone "
    "hockenheimring hungaroring spa monza marina_bay suzuka yeongam interlagos yas_marina",
    2011: "albert_park sepang shanghai istanbul catalunya monaco villeneuve valencia silverstone nurburgring "
    "hungaroring spa monza marina_bay suzuka yeongam buddh yas_marina interlagos",
    2012: "albert_park sepang shanghai bahrain catalunya monaco villeneuve valencia silverstone hockenheimring "
    "hungaroring spa monza marina_bay suzuka yeongam buddh yas_marina americas interlagos",
    2013: "albert_park sepang shanghai bahrain catalunya monaco villeneuve silverstone nurburgring hungaroring "
    "spa monza marina_bay yeongam suzuka buddh yas_marina americas interlagos",
    2014: "albert_park sepang bahrain shanghai catalunya monaco villeneuve red_bull_ring silverstone "
    "hockenheimring hungaroring spa monza marina_bay suzuka sochi americas interlagos yas_marina",
    2015: "albert_park sepang shanghai bahrain catalunya monaco villeneuve red_bull_ring silverstone "
    "hungaroring spa monza marina_bay suzuka sochi americas rodriguez interlagos yas_marina",
    2016: "albert_park bahrain shanghai sochi catalunya monaco villeneuve baku red_bull_ring silverstone "
    "hungaroring hockenheimring spa monza marina_bay sepang suzuka americas rodriguez interlagos yas_marina",
    2017: "albert_park shanghai bahrain sochi catalunya monaco villeneuve baku red_bull_ring silverstone "
    "hungaroring spa monza marina_bay sepang suzuka americas rodriguez interlagos yas_marina",
    2018: "albert_park bahrain shanghai baku catalunya monaco villeneuve ricard red_bull_ring silverstone "
    "hockenheimring hungaroring spa monza marina_bay sochi suzuka americas rodriguez interlagos yas_marina",
    2019: "albert_park bahrain shanghai baku catalunya monaco villeneuve ricard red_bull_ring silverstone "
    "hockenheimring hungaroring spa monza marina_bay sochi suzuka rodriguez americas interlagos yas_marina",
    2020: "red_bull_ring red_bull_ring hungaroring silverstone silverstone catalunya spa monza mugello sochi "
    "nurburgring portimao imola istanbul bahrain bahrain yas_marina",
    2021: "bahrain imola portimao catalunya monaco baku ricard red_bull_ring red_bull_ring silverstone "
    "hungaroring spa zandvoort monza sochi istanbul americas rodriguez interlagos losail jeddah yas_marina",
    2022: "bahrain jeddah albert_park imola miami catalunya monaco baku villeneuve silverstone red_bull_ring "
    "ricard hungaroring spa zandvoort monza marina_bay suzuka americas rodriguez interlagos yas_marina",
    2023: "bahrain jeddah albert_park baku miami monaco catalunya villeneuve red_bull_ring silverstone "
    "hungaroring spa zandvoort monza marina_bay suzuka losail americas rodriguez interlagos vegas yas_marina",
    2024: "bahrain jeddah albert_park suzuka shanghai miami imola monaco villeneuve catalunya red_bull_ring "
    "silverstone hungaroring spa zandvoort monza baku marina_bay americas rodriguez interlagos vegas losail "
    "yas_marina",
}
# (year, round) -> Grand Prix name when not the circuit's usual one
NAME_OVERRIDES = {
    (2016, 8): "European", (2020, 2): "Styrian", (2020, 5): "70th Anniversary", (2020, 11): "Eifel",
    (2020, 16): "Sakhir", (2021, 9): "Austrian", (2021, 8): "Styrian",
}  # fmt: skip
SEASON_SPAN = {2020: (dt.date(2020, 7, 5), dt.date(2020, 12, 13)), 2024: (dt.date(2024, 3, 2), dt.date(2024, 12, 8))}
SPRINTS = {
    2021: {"silverstone", "monza", "interlagos"},
    2022: {"imola", "red_bull_ring", "interlagos"},
    2023: {"baku", "red_bull_ring", "spa", "losail", "americas", "interlagos"},
    2024: {"shanghai", "miami", "red_bull_ring", "americas", "interlagos", "losail"},
}
# name overrides by Ergast for the renamed Grands Prix
RENAMED = {("interlagos", 2021): "São Paulo", ("rodriguez", 2021): "Mexico City"}

# constructorId, ref, name, nationality, wiki
CONSTRUCTORS = [
    (1, "mclaren", "McLaren", "British", "McLaren"),
    (3, "williams", "Williams", "British", "Williams_Grand_Prix_Engineering"),
    (4, "renault", "Renault", "French", "Renault_in_Formula_One"),
    (5, "toro_rosso", "Toro Rosso", "Italian", "Scuderia_Toro_Rosso"),
    (6, "ferrari", "Ferrari", "Italian", "Scuderia_Ferrari"),
    (9, "red_bull", "Red Bull", "Austrian", "Red_Bull_Racing"),
    (10, "force_india", "Force India", "Indian", "Racing_Point_Force_India"),
    (15, "sauber", "Sauber", "Swiss", "Sauber_Motorsport"),
    (51, "alfa", "Alfa Romeo", "Swiss", "Alfa_Romeo_in_Formula_One"),
    (117, "aston_martin", "Aston Martin", "British", "Aston_Martin_in_Formula_One"),
    (131, "mercedes", "Mercedes", "German", "Mercedes-Benz_in_Formula_One"),
    (164, "hrt", "HRT", "Spanish", "Hispania_Racing"),
    (166, "virgin", "Virgin", "British", "Virgin_Racing"),
    (205, "lotus_racing", "Lotus", "Malaysian", "Team_Lotus_(2010–11)"),
    (206, "marussia", "Marussia", "Russian", "Marussia_F1"),
    (207, "caterham", "Caterham", "Malaysian", "Caterham_F1"),
    (208, "lotus_f1", "Lotus F1", "British", "Lotus_F1"),
    (209, "manor", "Manor Marussia", "British", "Manor_Motorsport"),
    (210, "haas", "Haas F1 Team", "American", "Haas_F1_Team"),
    (211, "racing_point", "Racing Point", "British", "Racing_Point_F1_Team"),
    (213, "alphatauri", "AlphaTauri", "Italian", "Scuderia_AlphaTauri"),
    (214, "alpine", "Alpine F1 Team", "French", "Alpine_F1_Team"),
    (215, "rb", "RB F1 Team", "Italian", "RB_Formula_One_Team"),
]

# driverId, ref, permanent number, code, forename, surname, dob, nationality, skill (s, lower is faster)
DRIVERS = [
    (1, "hamilton", 44, "HAM", "Lewis", "Hamilton", "1985-01-07", "British", -0.45),
    (2, "heidfeld", None, "HEI", "Nick", "Heidfeld", "1977-05-10", "German", 0.1),
    (3, "rosberg", 6, "ROS", "Nico", "Rosberg", "1985-06-27", "German", -0.25),
    (4, "alonso", 14, "ALO", "Fernando", "Alonso", "1981-07-29", "Spanish", -0.4),
    (5, "kovalainen", None, "KOV", "Heikki", "Kovalainen", "1981-10-19", "Finnish", 0.1),
    (8, "raikkonen", 7, "RAI", "Kimi", "Räikkönen", "1979-10-17", "Finnish", -0.2),
    (9, "kubica", 88, "KUB", "Robert", "Kubica", "1984-12-07", "Polish", -0.05),
    (10, "glock", None, "GLO", "Timo", "Glock", "1982-03-18", "German", 0.15),
    (13, "massa", 19, "MAS", "Felipe", "Massa", "1981-04-25", "Brazilian", -0.05),
    (15, "trulli", None, "TRU", "Jarno", "Trulli", "1974-07-13", "Italian", 0.2),
    (16, "sutil", 99, "SUT", "Adrian", "Sutil", "1983-01-11", "German", 0.15),
    (17, "webber", None, "WEB", "Mark", "Webber", "1976-08-27", "Australian", -0.1),
    (18, "button", 22, "BUT", "Jenson", "Button", "1980-01-19", "British", -0.15),
    (20, "vettel", 5, "VET", "Sebastian", "Vettel", "1987-07-03", "German", -0.35),
    (22, "barrichello", None, "BAR", "Rubens", "Barrichello", "1972-05-23", "Brazilian", 0.05),
    (24, "liuzzi", None, "LIU", "Vitantonio", "Liuzzi", "1981-08-06", "Italian", 0.3),
    (30, "michael_schumacher", None, "MSC", "Michael", "Schumacher", "1969-01-03", "German", -0.05),
    (37, "de_la_rosa", None, "DLR", "Pedro", "de la Rosa", "1971-02-24", "Spanish", 0.3),
    (39, "karthikeyan", None, "KAR", "Narain", "Karthikeyan", "1977-01-14", "Indian", 0.5),
    (67, "buemi", None, "BUE", "Sébastien", "Buemi", "1988-10-31", "Swiss", 0.2),
    (153, "alguersuari", None, "ALG", "Jaime", "Alguersuari", "1990-03-23", "Spanish", 0.25),
    (154, "grosjean", 8, "GRO", "Romain", "Grosjean", "1986-04-17", "French", 0.05),
    (155, "kobayashi", 10, "KOB", "Kamui", "Kobayashi", "1986-09-13", "Japanese", 0.1),
    (807, "hulkenberg", 27, "HUL", "Nico", "Hülkenberg", "1987-08-19", "German", -0.05),
    (808, "petrov", None, "PET", "Vitaly", "Petrov", "1984-09-08", "Russian", 0.3),
    (810, "di_grassi", None, "DIG", "Lucas", "di Grassi", "1984-08-11", "Brazilian", 0.35),
    (811, "bruno_senna", None, "SEN", "Bruno", "Senna", "1983-10-15", "Brazilian", 0.3),
    (812, "chandhok", None, "CHA", "Karun", "Chandhok", "1984-01-19", "Indian", 0.5),
    (813, "maldonado", 13, "MAL", "Pastor", "Maldonado", "1985-03-09", "Venezuelan", 0.2),
    (814, "resta", None, "DIR", "Paul", "di Resta", "1986-04-16", "British", 0.15),
    (815, "perez", 11, "PER", "Sergio", "Pérez", "1990-01-26", "Mexican", -0.05),
    (816, "ambrosio", None, "DAM", "Jérôme", "d'Ambrosio", "1985-12-27", "Belgian", 0.45),
    (817, "ricciardo", 3, "RIC", "Daniel", "Ricciardo", "1989-07-01", "Australian", -0.15),
    (818, "vergne", 25, "VER", "Jean-Éric", "Vergne", "1990-04-25", "French", 0.15),
    (819, "pic", None, "PIC", "Charles", "Pic", "1990-02-15", "French", 0.4),
    (820, "chilton", 4, "CHI", "Max", "Chilton", "1991-04-21", "British", 0.45),
    (821, "gutierrez", 21, "GUT", "Esteban", "Gutiérrez", "1991-08-05", "Mexican", 0.35),
    (822, "bottas", 77, "BOT", "Valtteri", "Bottas", "1989-08-28", "Finnish", -0.15),
    (823, "garde", None, "VDG", "Giedo", "van der Garde", "1985-04-25", "Dutch", 0.45),
    (824, "jules_bianchi", 17, "BIA", "Jules", "Bianchi", "1989-08-03", "French", 0.15),
    (825, "kevin_magnussen", 20, "MAG", "Kevin", "Magnussen", "1992-10-05", "Danish", 0.1),
    (826, "kvyat", 26, "KVY", "Daniil", "Kvyat", "1994-04-26", "Russian", 0.15),
    (828, "ericsson", 9, "ERI", "Marcus", "Ericsson", "1990-09-02", "Swedish", 0.3),
    (829, "stevens", 28, "STE", "Will", "Stevens", "1991-06-28", "British", 0.5),
    (830, "max_verstappen", 33, "VER", "Max", "Verstappen", "1997-09-30", "Dutch", -0.5),
    (831, "nasr", 12, "NAS", "Felipe", "Nasr", "1992-08-21", "Brazilian", 0.3),
    (832, "sainz", 55, "SAI", "Carlos", "Sainz", "1994-09-01", "Spanish", -0.15),
    (833, "merhi", 98, "MER", "Roberto", "Merhi", "1991-03-22", "Spanish", 0.5),
    (835, "jolyon_palmer", 30, "PAL", "Jolyon", "Palmer", "1991-01-20", "British", 0.35),
    (836, "wehrlein", 94, "WEH", "Pascal", "Wehrlein", "1994-10-18", "German", 0.2),
    (838, "vandoorne", 2, "VAN", "Stoffel", "Vandoorne", "1992-03-26", "Belgian", 0.2),
    (839, "ocon", 31, "OCO", "Esteban", "Ocon", "1996-09-17", "French", 0.0),
    (840, "stroll", 18, "STR", "Lance", "Stroll", "1998-10-29", "Canadian", 0.2),
    (841, "giovinazzi", 99, "GIO", "Antonio", "Giovinazzi", "1993-12-14", "Italian", 0.25),
    (842, "gasly", 10, "GAS", "Pierre", "Gasly", "1996-02-07", "French", 0.0),
    (843, "brendon_hartley", 28, "HAR", "Brendon", "Hartley", "1989-11-10", "New Zealander", 0.35),
    (844, "leclerc", 16, "LEC", "Charles", "Leclerc", "1997-10-16", "Monegasque", -0.35),
    (845, "sirotkin", 35, "SIR", "Sergey", "Sirotkin", "1995-08-27", "Russian", 0.35),
    (846, "norris", 4, "NOR", "Lando", "Norris", "1999-11-13", "British", -0.3),
    (847, "russell", 63, "RUS", "George", "Russell", "1998-02-15", "British", -0.25),
    (848, "albon", 23, "ALB", "Alexander", "Albon", "1996-03-23", "Thai", 0.0),
    (849, "latifi", 6, "LAT", "Nicholas", "Latifi", "1995-06-29", "Canadian", 0.4),
    (851, "aitken", 89, "AIT", "Jack", "Aitken", "1995-09-23", "British", 0.4),
    (852, "tsunoda", 22, "TSU", "Yuki", "Tsunoda", "2000-05-11", "Japanese", 0.05),
    (853, "mazepin", 9, "MAZ", "Nikita", "Mazepin", "1999-03-02", "Russian", 0.5),
    (854, "mick_schumacher", 47, "MSC", "Mick", "Schumacher", "1999-03-22", "German", 0.25),
    (855, "zhou", 24, "ZHO", "Guanyu", "Zhou", "1999-05-30", "Chinese", 0.2),
    (856, "de_vries", 21, "DEV", "Nyck", "de Vries", "1995-02-06", "Dutch", 0.3),
    (857, "piastri", 81, "PIA", "Oscar", "Piastri", "2001-04-06", "Australian", -0.2),
    (858, "sargeant", 2, "SAR", "Logan", "Sargeant", "2000-12-31", "American", 0.45),
    (859, "lawson", 30, "LAW", "Liam", "Lawson", "2002-02-11", "New Zealander", 0.15),
    (860, "bearman", 38, "BEA", "Oliver", "Bearman", "2005-05-08", "British", 0.1),
    (861, "colapinto", 43, "COL", "Franco", "Colapinto", "2003-05-27", "Argentine", 0.2),
    (862, "doohan", 7, "DOO", "Jack", "Doohan", "2003-01-20", "Australian", 0.3),
]
DRIVER_WIKI = {"michael_schumacher": "Michael_Schumacher", "mick_schumacher": "Mick_Schumacher"}

# per season: teams fastest to slowest with their two drivers
LINEUPS: dict[int, list[tuple[str, str, str]]] = {}
_RAW = {
    2010: "red_bull vettel webber|mclaren hamilton button|ferrari alonso massa|mercedes rosberg michael_schumacher|"
    "renault kubica petrov|williams barrichello hulkenberg|force_india sutil liuzzi|sauber kobayashi de_la_rosa|"
    "toro_rosso buemi alguersuari|lotus_racing trulli kovalainen|virgin glock di_grassi|hrt bruno_senna chandhok",
    2011: "red_bull vettel webber|mclaren hamilton button|ferrari alonso massa|mercedes rosberg michael_schumacher|"
    "renault heidfeld petrov|force_india sutil resta|sauber kobayashi perez|toro_rosso buemi alguersuari|"
    "williams barrichello maldonado|lotus_racing trulli kovalainen|virgin glock ambrosio|hrt liuzzi karthikeyan",
    2012: "red_bull vettel webber|mclaren hamilton button|ferrari alonso massa|lotus_f1 raikkonen grosjean|"
    "mercedes rosberg michael_schumacher|sauber kobayashi perez|force_india resta hulkenberg|"
    "williams maldonado bruno_senna|toro_rosso ricciardo vergne|caterham kovalainen petrov|marussia glock pic|"
    "hrt de_la_rosa karthikeyan",
    2013: "red_bull vettel webber|mercedes hamilton rosberg|ferrari alonso massa|lotus_f1 raikkonen grosjean|"
    "mclaren button perez|force_india resta sutil|sauber hulkenberg gutierrez|toro_rosso ricciardo vergne|"
    "williams maldonado bottas|marussia jules_bianchi chilton|caterham pic garde",
    2014: "mercedes hamilton rosberg|red_bull ricciardo vettel|williams massa bottas|ferrari alonso raikkonen|"
    "mclaren button kevin_magnussen|force_india hulkenberg perez|toro_rosso vergne kvyat|lotus_f1 grosjean maldonado|"
    "marussia jules_bianchi chilton|sauber sutil gutierrez|caterham kobayashi ericsson",
    2015: "mercedes hamilton rosberg|ferrari vettel raikkonen|williams massa bottas|red_bull ricciardo kvyat|"
    "force_india hulkenberg perez|lotus_f1 grosjean maldonado|toro_rosso max_verstappen sainz|sauber ericsson nasr|"
    "mclaren alonso button|marussia stevens merhi",
    2016: "mercedes hamilton rosberg|red_bull ricciardo max_verstappen|ferrari vettel raikkonen|"
    "force_india hulkenberg perez|williams massa bottas|mclaren alonso button|toro_rosso sainz kvyat|"
    "haas grosjean gutierrez|renault kevin_magnussen jolyon_palmer|sauber ericsson nasr|manor wehrlein ocon",
    2017: "mercedes hamilton bottas|ferrari vettel raikkonen|red_bull ricciardo max_verstappen|force_india perez ocon|"
    "williams massa stroll|renault hulkenberg jolyon_palmer|toro_rosso sainz kvyat|haas grosjean kevin_magnussen|"
    "mclaren alonso vandoorne|sauber ericsson wehrlein",
    2018: "mercedes hamilton bottas|ferrari vettel raikkonen|red_bull ricciardo max_verstappen|renault hulkenberg sainz|"
    "haas grosjean kevin_magnussen|mclaren alonso vandoorne|force_india perez ocon|sauber ericsson leclerc|"
    "toro_rosso gasly brendon_hartley|williams stroll sirotkin",
    2019: "mercedes hamilton bottas|ferrari vettel leclerc|red_bull max_verstappen gasly|mclaren sainz norris|"
    "renault ricciardo hulkenberg|toro_rosso kvyat albon|racing_point perez stroll|alfa raikkonen giovinazzi|"
    "haas grosjean kevin_magnussen|williams russell kubica",
    2020: "mercedes hamilton bottas|red_bull max_verstappen albon|mclaren sainz norris|racing_point perez stroll|"
    "renault ricciardo ocon|ferrari vettel leclerc|alphatauri gasly kvyat|alfa raikkonen giovinazzi|"
    "haas grosjean kevin_magnussen|williams russell latifi",
    2021: "red_bull max_verstappen perez|mercedes hamilton bottas|ferrari leclerc sainz|mclaren norris ricciardo|"
    "alpine alonso ocon|alphatauri gasly tsunoda|aston_martin vettel stroll|williams russell latifi|"
    "alfa raikkonen giovinazzi|haas mick_schumacher mazepin",
    2022: "red_bull max_verstappen perez|ferrari leclerc sainz|mercedes hamilton russell|alpine alonso ocon|"
    "mclaren norris ricciardo|alfa bottas zhou|aston_martin vettel stroll|haas kevin_magnussen mick_schumacher|"
    "alphatauri gasly tsunoda|williams albon latifi",
    2023: "red_bull max_verstappen perez|mercedes hamilton russell|ferrari leclerc sainz|aston_martin alonso stroll|"
    "mclaren norris piastri|alpine ocon gasly|williams albon sargeant|alphatauri tsunoda de_vries|"
    "alfa bottas zhou|haas hulkenberg kevin_magnussen",
    2024: "mclaren norris piastri|red_bull max_verstappen perez|ferrari leclerc sainz|mercedes hamilton russell|"
    "aston_martin alonso stroll|rb tsunoda ricciardo|haas hulkenberg kevin_magnussen|alpine ocon gasly|"
    "williams albon sargeant|sauber bottas zhou",
}
for _y, _s in _RAW.items():
    LINEUPS[_y] = [(p.split()[0], p.split()[1], p.split()[2]) for p in _s.split("|")]
# (year, first round, last round, team, out, in): substitutes and mid-season swaps
SUBS = [
    (2010, 11, 19, "hrt", "bruno_senna", "karthikeyan"),
    (2011, 9, 19, "williams", "barrichello", "bruno_senna"),
    (2012, 13, 13, "lotus_f1", "grosjean", "ambrosio"),
    (2016, 2, 2, "mclaren", "alonso", "vandoorne"),
    (2016, 1, 4, "red_bull", "max_verstappen", "kvyat"),
    (2016, 1, 4, "toro_rosso", "kvyat", "max_verstappen"),
    (2017, 17, 20, "toro_rosso", "sainz", "gasly"),
    (2017, 17, 20, "toro_rosso", "kvyat", "brendon_hartley"),
    (2017, 17, 20, "renault", "jolyon_palmer", "sainz"),
    (2019, 13, 21, "red_bull", "gasly", "albon"),
    (2019, 13, 21, "toro_rosso", "albon", "gasly"),
    (2020, 16, 16, "mercedes", "hamilton", "russell"),
    (2020, 16, 16, "williams", "russell", "aitken"),
    (2023, 12, 16, "alphatauri", "de_vries", "lawson"),
    (2024, 2, 2, "ferrari", "sainz", "bearman"),
    (2024, 16, 24, "williams", "sargeant", "colapinto"),
    (2024, 24, 24, "alpine", "ocon", "doohan"),
    (2024, 19, 24, "rb", "ricciardo", "lawson"),
]
DOMINANT = {2010: 0.35, 2011: 0.6, 2012: 0.15, 2013: 0.45, 2014: 1.1, 2015: 1.0, 2016: 0.9, 2017: 0.25,
            2018: 0.2, 2019: 0.55, 2020: 0.9, 2021: 0.0, 2022: 0.35, 2023: 0.9, 2024: 0.05}  # fmt: skip

STATUS = [
    (1, "Finished"), (2, "Disqualified"), (3, "Accident"), (4, "Collision"), (5, "Engine"), (6, "Gearbox"),
    (7, "Transmission"), (8, "Clutch"), (9, "Hydraulics"), (10, "Electrical"), (11, "+1 Lap"), (12, "+2 Laps"),
    (13, "+3 Laps"), (14, "+4 Laps"), (15, "+5 Laps"), (20, "Spun off"), (21, "Radiator"), (22, "Suspension"),
    (23, "Brakes"), (25, "Overheating"), (26, "Mechanical"), (29, "Puncture"), (31, "Retired"), (36, "Wheel"),
    (44, "Oil leak"), (47, "Water leak"), (54, "Withdrew"), (62, "Not classified"), (75, "Fuel pressure"),
    (130, "Collision damage"), (131, "Power Unit"), (132, "ERS"), (135, "Brake duct"), (137, "Damage"),
    (139, "Illness"), (141, "Underweight"),
]  # fmt: skip
DNF_REASONS = [3, 4, 5, 6, 7, 9, 10, 20, 22, 23, 25, 29, 31, 36, 44, 47, 75, 130, 131, 132, 137]
DNF_WEIGHTS = [14, 12, 7, 6, 2, 4, 5, 6, 4, 4, 2, 3, 3, 2, 1, 1, 1, 6, 5, 2, 3]
POINTS = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1]
SPRINT_POINTS = {2021: [3, 2, 1], 2022: [8, 7, 6, 5, 4, 3, 2, 1], 2023: [8, 7, 6, 5, 4, 3, 2, 1],
                 2024: [8, 7, 6, 5, 4, 3, 2, 1]}  # fmt: skip
START_TIMES = {"bahrain": "15:00:00", "albert_park": "05:00:00", "sepang": "08:00:00", "shanghai": "07:00:00",
               "suzuka": "05:00:00", "marina_bay": "12:00:00", "yas_marina": "13:00:00", "americas": "19:00:00",
               "interlagos": "17:00:00", "rodriguez": "20:00:00", "villeneuve": "18:00:00", "vegas": "06:00:00",
               "miami": "19:30:00", "jeddah": "17:00:00", "losail": "14:00:00", "baku": "11:00:00",
               "yeongam": "06:00:00", "buddh": "09:30:00", "sochi": "11:00:00"}  # fmt: skip
LOCAL_OFFSET = {"albert_park": 11, "sepang": 8, "shanghai": 8, "suzuka": 9, "marina_bay": 8, "yas_marina": 4,
                "bahrain": 3, "americas": -5, "interlagos": -3, "rodriguez": -6, "villeneuve": -4, "vegas": -8,
                "miami": -4, "jeddah": 3, "losail": 3, "baku": 4, "yeongam": 9, "buddh": 5, "sochi": 3,
                "istanbul": 3}  # fmt: skip


def _laptime(ms: int) -> str:
    """Ergast's lap time text: '1:27.452'."""
    m, rest = divmod(ms, 60_000)
    return f"{m}:{rest // 1000:02d}.{rest % 1000:03d}"


def _racetime(ms: int) -> str:
    """The winner's race time: '1:32:58.710'."""
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    return f"{h}:{m:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _gap(ms: int) -> str:
    """A gap to the winner: '+5.123' or '+1:02.345'."""
    if ms >= 60_000:
        return "+" + _laptime(ms)
    return f"+{ms // 1000}.{ms % 1000:03d}"


def _season_dates(year: int, n: int) -> list[dt.date]:
    """Sundays spread from the season's first race to its last, a summer break in August."""
    first, last = SEASON_SPAN.get(year, (dt.date(year, 3, 14 - (year % 7)), dt.date(year, 11, 27 - (year % 5))))
    first = first + dt.timedelta(days=(6 - first.weekday()) % 7)
    span = (last - first).days
    out: list[dt.date] = []
    for i in range(n):
        d = first + dt.timedelta(days=round(span * i / max(n - 1, 1)))
        d = d + dt.timedelta(days=(6 - d.weekday()) % 7)
        if out and d <= out[-1]:
            d = out[-1] + dt.timedelta(days=7)
        out.append(d)
    return out


def build() -> Catalog:
    """The whole catalog, deterministic."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    circ = {c[1]: c for c in CIRCUITS}
    cons = {c[1]: c for c in CONSTRUCTORS}
    drv = {d[1]: d for d in DRIVERS}

    catalog.add("circuits", [(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                              WIKI + CIRCUIT_WIKI.get(c[1], c[2].replace(" ", "_"))) for c in CIRCUITS])  # fmt: skip
    catalog.add("constructors", [(c[0], c[1], c[2], c[3], WIKI + c[4]) for c in CONSTRUCTORS])
    catalog.add("drivers", [(d[0], d[1], d[2], d[3], d[4], d[5], dt.date.fromisoformat(d[6]), d[7],
                             WIKI + DRIVER_WIKI.get(d[1], f"{d[4]}_{d[5]}".replace(" ", "_"))) for d in DRIVERS])  # fmt: skip
    catalog.add("seasons", [(y, f"{WIKI}{y}_Formula_One_season") for y in YEARS])
    catalog.add("status", list(STATUS))

    races: list[Row] = []
    results: list[Row] = []
    sprints: list[Row] = []
    quali: list[Row] = []
    laps_out: list[Row] = []
    pits: list[Row] = []
    dstand: list[Row] = []
    cstand: list[Row] = []
    cres: list[Row] = []
    race_id, result_id, sprint_id, quali_id, ds_id, cs_id, cr_id = 337, 20_779, 1, 4_435, 19_780, 25_001, 12_020
    champion_prev: str | None = "vettel"  # car number 1 from 2014 on

    for year in YEARS:
        calendar = CALENDARS[year].split()
        dates = _season_dates(year, len(calendar))
        teams = LINEUPS[year]
        n_teams = len(teams)
        # team pace this season (s): rank spacing, a dominant leader, a little noise; gets worse through the field
        tpace: dict[str, float] = {}
        for i, (t, _a, _b) in enumerate(teams):
            tpace[t] = i * (1.5 / n_teams) + rng.gauss(0, 0.08) - (DOMINANT[year] if i == 0 else 0.0)
            if n_teams > 10 and i >= n_teams - 3:
                tpace[t] += 1.0
        dnf_rate = 0.17 - 0.007 * (year - 2010)
        dpoints: dict[str, float] = {}
        dwins: dict[str, int] = {}
        dbest: dict[str, list[int]] = {}
        cpoints: dict[str, float] = {}
        cwins: dict[str, int] = {}
        # car numbers
        car_no: dict[tuple[str, str], int] = {}
        for i, (t, a, b) in enumerate(teams):
            for j, d in enumerate((a, b)):
                if year < 2014:
                    n = 2 * i + 1 + j
                    car_no[(t, d)] = n + 1 if n >= 13 else n
                else:
                    car_no[(t, d)] = drv[d][2] or 99
        if year >= 2014 and champion_prev:
            for key in car_no:
                if key[1] == champion_prev and champion_prev != "hamilton":
                    car_no[key] = 1
        for rnd, (cref, date) in enumerate(zip(calendar, dates, strict=True), start=1):
            c = circ[cref]
            gp = NAME_OVERRIDES.get((year, rnd)) or RENAMED.get((cref, year if year >= 2021 else 0)) or GP[cref]
            if cref in ("interlagos", "rodriguez") and year >= 2021:
                gp = RENAMED[(cref, 2021)]
            name = f"{gp} Grand Prix"
            start = START_TIMES.get(cref, "13:00:00")
            weekend = year >= 2021
            sprint = cref in SPRINTS.get(year, set()) and not (year == 2021 and rnd > 20)
            fri, sat = date - dt.timedelta(days=2), date - dt.timedelta(days=1)
            session = (fri, "11:30:00", sat if sprint else fri, "11:00:00" if sprint else "15:00:00",
                       None if sprint else sat, None if sprint else "11:30:00",
                       fri if sprint else sat, "16:00:00" if sprint else "15:00:00",
                       sat if sprint else None, "15:30:00" if sprint else None)  # fmt: skip
            races.append((race_id, year, rnd, c[0], name, date, dt.time.fromisoformat(start),
                          f"{WIKI}{year}_{name.replace(' ', '_')}",
                          *((dt.time.fromisoformat(v) if isinstance(v, str) else v) if weekend else None
                            for v in session)))  # fmt: skip
            # entrants
            entrants: list[tuple[str, str]] = []
            for t, a, b in teams:
                for d in (a, b):
                    for sy, r0, r1, st, out, inn in SUBS:
                        if sy == year and r0 <= rnd <= r1 and st == t and out == d:
                            d = inn
                    entrants.append((t, d))
            n = len(entrants)
            base = c[9] * 1000 * (1 + 0.03 * math.sin((year - 2010) / 2.2)) - (year - 2010) * 90
            pace = {e: (tpace[e[0]] + 0.8 * drv[e[1]][8] + rng.gauss(0, 0.15)) * 1000 for e in entrants}
            wet = rng.random() < 0.12
            # qualifying
            qt = {e: base - 1500 + pace[e] * 1.1 + rng.gauss(0, 180) for e in entrants}
            qorder = sorted(entrants, key=lambda e: qt[e])
            q2n, q3n = 10 + (n - 10 + 1) // 2, 10
            for pos, e in enumerate(qorder, start=1):
                q1 = int(qt[e] + rng.gauss(600, 150))
                q2 = int(qt[e] + rng.gauss(250, 120)) if pos <= q2n else None
                q3 = int(qt[e]) if pos <= q3n else None
                q1s: str | None = _laptime(q1)
                if rng.random() < 0.006:
                    q1s = ""  # no time set
                quali.append((quali_id, race_id, drv[e[1]][0], cons[e[0]][0], car_no.get(e, drv[e[1]][2] or 40),
                              pos, q1s, _laptime(q2) if q2 else None, _laptime(q3) if q3 else None))  # fmt: skip
                quali_id += 1
            # grid: qualifying order with penalties, a pit-lane start now and then
            gkey = {e: i + (rng.choice([3, 5, 10, 20]) if rng.random() < 0.05 else 0) + rng.random() * 0.1
                    for i, e in enumerate(qorder)}  # fmt: skip
            gorder = sorted(entrants, key=lambda e: gkey[e])
            grid = {e: i + 1 for i, e in enumerate(gorder)}
            for e in entrants:
                if rng.random() < 0.006:
                    grid[e] = 0
            # sprint (a third of the distance, no stops)
            spoints: dict[tuple[str, str], float] = {}
            if sprint:
                sl = max(17, round(c[8] / 3))
                stime = {e: sum(base + pace[e] + rng.gauss(0, 350) for _ in range(sl)) + (qorder.index(e)) * 400
                         for e in entrants}  # fmt: skip
                sdnf = {e for e in entrants if rng.random() < 0.04}
                sord = sorted(entrants, key=lambda e: (e in sdnf, stime[e]))
                win = stime[sord[0]]
                for pos, e in enumerate(sord, start=1):
                    dn = e in sdnf
                    pts = 0.0 if dn or pos > len(SPRINT_POINTS[year]) else float(SPRINT_POINTS[year][pos - 1])
                    spoints[e] = pts
                    lp = rng.randint(0, sl - 3) if dn else sl
                    ms = None if dn else int(win if pos == 1 else stime[e])
                    fl = rng.randint(2, sl) if lp >= 2 else None
                    sprints.append((sprint_id, race_id, drv[e[1]][0], cons[e[0]][0], car_no.get(e, 40),
                                    qorder.index(e) + 1, None if dn else pos, "R" if dn else str(pos), pos, pts, lp,
                                    None if dn else (_racetime(ms) if pos == 1 else _gap(ms - int(win))) if ms else None,
                                    ms, fl, _laptime(int(base + pace[e] - 300 + rng.gauss(0, 200))) if fl else None,
                                    weighted(rng, DNF_REASONS, DNF_WEIGHTS) if dn else 1))  # fmt: skip
                    sprint_id += 1
            # the race, lap by lap
            total_laps = c[8]
            if year == 2021 and cref == "spa":
                total_laps = 1
            sc: set[int] = set()
            if rng.random() < 0.45 and total_laps > 5:
                s0 = rng.randint(2, total_laps - 4)
                sc = set(range(s0, s0 + rng.randint(3, 6)))
            stops_n = {e: (0 if total_laps < 5 else weighted(rng, [1, 2, 3], [2, 7, 1] if cref != "bahrain" else
                                                             [1, 5, 3])) for e in entrants}  # fmt: skip
            dnf_lap: dict[tuple[str, str], int] = {}
            reason: dict[tuple[str, str], int] = {}
            for e in entrants:
                if rng.random() < dnf_rate * (1.5 if wet else 1.0):
                    dnf_lap[e] = rng.randint(0, total_laps - 1) if rng.random() < 0.8 else 0
                    reason[e] = weighted(rng, DNF_REASONS, DNF_WEIGHTS)
            withdrawn = {e for e in entrants if rng.random() < 0.003}
            cum: dict[tuple[str, str], list[int]] = {e: [] for e in entrants}
            lap_ms: dict[tuple[str, str], list[int]] = {e: [] for e in entrants}
            pit_laps: dict[tuple[str, str], list[int]] = {}
            for e in entrants:
                k = stops_n[e]
                pit_laps[e] = sorted(rng.sample(range(8, total_laps - 3), k)) if k and total_laps > 14 else []
            for lap in range(1, total_laps + 1):
                alive = [e for e in entrants if e not in withdrawn and not (e in dnf_lap and lap > dnf_lap[e])]
                if lap in sc and lap > 1 and lap - 1 not in sc:  # the safety car bunches the field up
                    line = sorted((e for e in alive if cum[e]), key=lambda e: (-len(cum[e]), cum[e][-1]))
                    for p, e in enumerate(line):
                        if len(cum[e]) == lap - 1:
                            cum[e][-1] = min(cum[e][-1], cum[line[0]][-1] + p * 900)
                for e in alive:
                    t = base + pace[e] + rng.gauss(0, 320) - lap * 55 + (6000 if wet else 0)
                    if lap == 1:
                        t += 3500 + (grid[e] if grid[e] else n + 2) * 280
                    if lap in sc:
                        t = base * 1.35 + rng.gauss(0, 500)
                    if lap in pit_laps[e]:
                        t += 19_000 + rng.gauss(2500, 600)
                    ms = int(t)
                    lap_ms[e].append(ms)
                    cum[e].append((cum[e][-1] if cum[e] else 0) + ms)
            running = [e for e in entrants if e not in withdrawn]
            dsq = {e for e in entrants if e not in dnf_lap and e not in withdrawn and rng.random() < 0.003}
            finishers = [e for e in running if len(cum[e]) == total_laps and e not in dsq]
            leader = min(finishers, key=lambda e: cum[e][-1]) if finishers else None
            wt = cum[leader][-1] if leader else 0
            done: dict[tuple[str, str], int] = {}
            for e in running:
                if e in dnf_lap:
                    done[e] = len(cum[e])
                else:
                    done[e] = min(total_laps, sum(1 for x in cum[e] if x <= wt) + 1)
            order = sorted(running, key=lambda e: (-done[e], cum[e][done[e] - 1] if done[e] else 0))
            order = [e for e in order if e not in dsq] + [e for e in order if e in dsq]
            order += [e for e in entrants if e in withdrawn]
            double = 2.0 if (year == 2014 and cref == "yas_marina") else 0.5 if total_laps == 1 else 1.0
            # fastest laps
            fl_of = {e: (min(range(done[e]), key=lambda i: lap_ms[e][i]) if done[e] >= 2 else None) for e in entrants
                     if e not in withdrawn}  # fmt: skip
            fl_rank = sorted([e for e, i in fl_of.items() if i is not None], key=lambda e: lap_ms[e][fl_of[e] or 0])
            classified_pos = 0
            race_points: dict[tuple[str, str], float] = {}
            wins_now: set[tuple[str, str]] = set()
            for order_pos, e in enumerate(order, start=1):
                did, cid = drv[e[1]][0], cons[e[0]][0]
                wd = e in withdrawn
                laps_done = 0 if wd else done[e]
                classified = not wd and e not in dsq and (e not in dnf_lap or laps_done >= 0.9 * total_laps)
                pos = None
                pts = 0.0
                if classified:
                    classified_pos += 1
                    pos = classified_pos
                    if pos <= 10:
                        pts = POINTS[pos - 1] * double
                if pos == 1:
                    wins_now.add(e)
                fl = fl_of.get(e)
                rank = fl_rank.index(e) + 1 if e in fl_rank else None
                if rank == 1 and pos is not None and pos <= 10 and 2019 <= year <= 2024 and total_laps > 1:
                    pts += 1.0
                if e in dsq:
                    ptext, status = "D", 2
                elif wd:
                    ptext, status = "W", 54
                elif pos is None:
                    ptext, status = (
                        ("N", 62) if laps_done >= 0.75 * total_laps and rng.random() < 0.3 else ("R", reason.get(e, 31))
                    )
                else:
                    ptext = str(pos)
                    behind = total_laps - laps_done
                    if e in dnf_lap:
                        status = reason[e]
                    else:
                        status = 1 if behind == 0 else {1: 11, 2: 12, 3: 13, 4: 14}.get(behind, 15)
                time_s: str | None = None
                ms_out: int | None = None
                if pos is not None and status == 1:
                    ms_out = cum[e][-1]
                    time_s = _racetime(ms_out) if e == leader else _gap(ms_out - wt)
                fl_t = lap_ms[e][fl] if fl is not None else None
                speed = f"{c[10] * 3_600_000 / fl_t:.3f}" if fl_t else None
                results.append((result_id, race_id, did, cid, car_no.get(e, drv[e[1]][2] or 40),
                                0 if wd else grid[e], pos, ptext, order_pos, pts, laps_done, time_s, ms_out,
                                fl + 1 if fl is not None else None, rank, _laptime(fl_t) if fl_t else None, speed,
                                status))  # fmt: skip
                result_id += 1
                race_points[e] = pts + spoints.get(e, 0.0)
                dbest.setdefault(e[1], []).append(pos or 99)
            for e in entrants:
                race_points.setdefault(e, spoints.get(e, 0.0))
            # lap times (2018-2024) and pit stops (2011 on)
            if year >= 2018:
                for lap in range(1, total_laps + 1):
                    on = [e for e in running if len(cum[e]) >= lap and lap <= done[e]]
                    for p, e in enumerate(sorted(on, key=lambda e: cum[e][lap - 1]), start=1):
                        ms = lap_ms[e][lap - 1]
                        laps_out.append((race_id, drv[e[1]][0], lap, p, _laptime(ms), ms))
            if year >= 2011:
                h, m, s = (int(x) for x in start.split(":"))
                local0 = dt.datetime(2000, 1, 1, h, m, s) + dt.timedelta(hours=LOCAL_OFFSET.get(cref, 2))
                red = rng.random() < 0.06
                for e in running:
                    for k, lap in enumerate([x for x in pit_laps[e] if x <= done[e]], start=1):
                        dur = max(16_500, int(rng.gauss(22_500 if cref != "monaco" else 24_000, 1800)))
                        if rng.random() < 0.03:
                            dur += rng.randint(5_000, 30_000)  # a slow stop
                        txt = f"{dur // 1000}.{dur % 1000:03d}"
                        if red and k == 1 and rng.random() < 0.5:
                            dur = rng.randint(900_000, 2_400_000)
                            txt = _laptime(dur)
                        when = local0 + dt.timedelta(milliseconds=cum[e][lap - 1] - 20_000)
                        pits.append((race_id, drv[e[1]][0], k, lap, when.time().replace(microsecond=0), txt, dur))
            # standings after this race
            for e in entrants:
                dpoints[e[1]] = dpoints.get(e[1], 0.0) + race_points[e]
                dwins[e[1]] = dwins.get(e[1], 0) + (e in wins_now)
                cpoints[e[0]] = cpoints.get(e[0], 0.0) + race_points[e]
                cwins[e[0]] = cwins.get(e[0], 0) + (e in wins_now)
            for t in {e[0] for e in entrants}:
                pts = sum(race_points[e] for e in entrants if e[0] == t)
                cres.append((cr_id, race_id, cons[t][0], pts, "D" if any(e[0] == t and e in dsq for e in entrants)
                             and pts == 0 and rng.random() < 0.5 else None))  # fmt: skip
                cr_id += 1
            ranked = sorted(dpoints, key=lambda d: (-dpoints[d], -dwins[d], sorted(dbest.get(d, [99]))))
            for p, d in enumerate(ranked, start=1):
                dstand.append((ds_id, race_id, drv[d][0], dpoints[d], p, str(p), dwins[d]))
                ds_id += 1
            cranked = sorted(cpoints, key=lambda t: (-cpoints[t], -cwins[t]))
            for p, t in enumerate(cranked, start=1):
                cstand.append((cs_id, race_id, cons[t][0], cpoints[t], p, str(p), cwins[t]))
                cs_id += 1
            race_id += 1
        champion_prev = max(dpoints, key=lambda d: (dpoints[d], dwins[d]))

    catalog.add("races", races)
    catalog.add("results", results)
    catalog.add("sprintResults", sprints)
    catalog.add("qualifying", quali)
    catalog.add("lapTimes", laps_out)
    catalog.add("pitStops", pits)
    catalog.add("driverStandings", dstand)
    catalog.add("constructorStandings", cstand)
    catalog.add("constructorResults", cres)
    return catalog
