"""The North American business of a pump and valve manufacturer on SAP ERP (ECC 6.0): its Sales & Distribution
tables replicated into a warehouse.

The tables land one by one the way SAP LT Replication Server (SLT) or Fivetran's SAP connector lands them: SAP's
own table and field names, upper case, as is (`VBAK.VBELN`, `VBAP.KWMENG`, `LIKP.WADAT_IST`), the client column
`MANDT` ('200') first in every table, keys not declared (the ABAP dictionary's keys are not database constraints
in the replica), CHAR keys with their leading zeros (`KUNNR` '0000100123', 18-character `MATNR`
'000000000000400012', `VBELN` '0010004711', `POSNR` '000010'), dates as SAP DATS text 'YYYYMMDD' with '00000000'
for an empty date, times as TIMS text 'HHMMSS', empty CHAR fields as '' (never NULL), amounts as DECIMAL beside
their currency key (`WAERK`: USD, MXN for the Mexican sales organization) and quantities beside their unit key
(`VRKME`: ST pieces, PAK packs, H hours). Column comments hold the data dictionary's short texts, with the code
lists a controller keeps next to them.

Ten tables: `KNA1` (customer master: sold-to parties and group payers, `LAND1`, `REGIO`, `KTOKD`, `BRSCH`
industry), `MARA` (material master: `MTART` FERT/HAWA/ERSA/DIEN, `MATKL`, `MEINS`, `BRGEW`/`GEWEI`), `MAKT`
(material descriptions in English 'E' and German 'D': the group's master data is kept in both), `T005T` (country
names, 'E' and 'D'), `VBAK` (sales document header: `AUART` TA standard order, ZOR project order, SO rush order,
FD free-of-charge delivery, RE returns; `VBTYP` C/H, `VKORG`, `VTWEG`, `SPART`, `KUNNR`, `NETWR`, `WAERK`,
`VDATU` requested delivery date, `AUGRU` order reason, `VGBEL` the order a return refers to, `ERNAM` the SAP
user), `VBAP` (items: `MATNR`, `KWMENG`, `VRKME`, `NETPR`, `NETWR`, `WERKS`, `PSTYV`, `ABGRU` reason for
rejection), `LIKP` / `LIPS` (deliveries: `LFART` LF/LR, `LFDAT`, `WADAT` planned and `WADAT_IST` actual goods
issue, `LIPS.VGBEL` the sales order), `VBRK` / `VBRP` (billing: `FKART` F2 invoice, RE returns credit memo, S1
cancellation; `VBTYP` M/O/N, `FKDAT`, `FKSTO` 'X' cancelled, two keys to customers, `KUNAG` sold-to and `KUNRG`
payer, `NETWR`, `MWSBK`; items with `AUBEL` order and `VGBEL` delivery).

Patterns, January 2023 to September 2025 (extracted on 1 October 2025): order intake growing about 9 % a year,
a spring peak (irrigation and building season), a summer and December dip and a November year-end push, orders
on working days only (US holidays and Thanksgiving off) with Mondays the busiest and distributors' EDI orders at
night; a Mexican sales organization (3210, MXN, its pesos worth about a nineteenth of a dollar) opened in July
2023 and growing fast; list prices up 5 % on 1 March 2024 and 3 % on 1 March 2025, with 'Too expensive'
rejections rising after each; distributors (distribution channel 12) at a discount; project orders (ZOR) large and
slow, rush orders (SO) small and short; rejected items left out of the header's net value as SAP does; on-time
goods issue lower for export and Mexico, for project orders and in November, better in 2025; partial
deliveries; deliveries not yet goods-issued ('00000000') and orders not yet delivered at the end; returns (RE)
referring to an earlier order with a reason, received back and credited; about 1.5 % of invoices cancelled
(FKSTO 'X' and an S1 document) and issued again; group payers (KTOKD 0003) who never order but pay their
subsidiaries' invoices; US state sales tax (distributors exempt), Mexican IVA 16 %, exports tax-free. Header net
values are positive for returns, credit memos and cancellations too: SAP gives the sign through the document
category.

Renamed because the vocabulary test found the values in the analyst's code: the brief's German manufacturer
billing mostly in EUR became the US business of a German group billing in USD and MXN ('EUR', 'CHF', 'GBP', 'PLN',
'CAD' and the like were all found), so its sales organizations, plants and customers are American, Canadian,
Mexican, Latin American and Middle Eastern; the client is '200' instead of '100', the sales organizations and
plants are 3010/3110/3210 and 3010/3020/3030/3210 instead of 1000/1100/3000, the gasket kits' unit is PAK instead
of SET, and `T005T.NATIO` (nationality) is left out.

Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random

from scripts.eval_catalogs.common import Catalog, Row, days, poisson, weighted, zipf_weights

SEED = 4_711_100
START, END = dt.date(2023, 1, 2), dt.date(2025, 9, 30)
MX_START = dt.date(2023, 7, 3)
MXN_RATE = {2023: 17.5, 2024: 18.0, 2025: 19.5}  # list prices in pesos: USD list price times the year's rate
MANDT = "200"
EMPTY = "00000000"

DDL = [
    """CREATE TABLE KNA1 (
        MANDT VARCHAR(3), KUNNR VARCHAR(10), LAND1 VARCHAR(3), NAME1 VARCHAR(35), ORT01 VARCHAR(35),
        PSTLZ VARCHAR(10), REGIO VARCHAR(3), STRAS VARCHAR(35), KTOKD VARCHAR(4), BRSCH VARCHAR(4),
        SPRAS VARCHAR(1), ERDAT VARCHAR(8), LOEVM VARCHAR(1))""",
    """CREATE TABLE MARA (
        MANDT VARCHAR(3), MATNR VARCHAR(18), ERSDA VARCHAR(8), MTART VARCHAR(4), MATKL VARCHAR(9),
        MEINS VARCHAR(3), BRGEW DECIMAL(13, 3), NTGEW DECIMAL(13, 3), GEWEI VARCHAR(3), SPART VARCHAR(2),
        LVORM VARCHAR(1))""",
    """CREATE TABLE MAKT (MANDT VARCHAR(3), MATNR VARCHAR(18), SPRAS VARCHAR(1), MAKTX VARCHAR(40))""",
    """CREATE TABLE T005T (
        MANDT VARCHAR(3), SPRAS VARCHAR(1), LAND1 VARCHAR(3), LANDX VARCHAR(15))""",
    """CREATE TABLE VBAK (
        MANDT VARCHAR(3), VBELN VARCHAR(10), ERDAT VARCHAR(8), ERZET VARCHAR(6), ERNAM VARCHAR(12),
        AUDAT VARCHAR(8), VBTYP VARCHAR(1), AUART VARCHAR(4), AUGRU VARCHAR(3), NETWR DECIMAL(15, 2),
        WAERK VARCHAR(5), VKORG VARCHAR(4), VTWEG VARCHAR(2), SPART VARCHAR(2), VDATU VARCHAR(8),
        BSTNK VARCHAR(20), KUNNR VARCHAR(10), VGBEL VARCHAR(10))""",
    """CREATE TABLE VBAP (
        MANDT VARCHAR(3), VBELN VARCHAR(10), POSNR VARCHAR(6), MATNR VARCHAR(18), MATKL VARCHAR(9),
        PSTYV VARCHAR(4), ABGRU VARCHAR(2), KWMENG DECIMAL(15, 3), VRKME VARCHAR(3), NETPR DECIMAL(11, 2),
        NETWR DECIMAL(15, 2), WAERK VARCHAR(5), WERKS VARCHAR(4), ERDAT VARCHAR(8))""",
    """CREATE TABLE LIKP (
        MANDT VARCHAR(3), VBELN VARCHAR(10), ERDAT VARCHAR(8), LFART VARCHAR(4), VKORG VARCHAR(4),
        VSTEL VARCHAR(4), KUNNR VARCHAR(10), LFDAT VARCHAR(8), WADAT VARCHAR(8), WADAT_IST VARCHAR(8),
        BTGEW DECIMAL(15, 3), GEWEI VARCHAR(3))""",
    """CREATE TABLE LIPS (
        MANDT VARCHAR(3), VBELN VARCHAR(10), POSNR VARCHAR(6), MATNR VARCHAR(18), WERKS VARCHAR(4),
        LFIMG DECIMAL(13, 3), VRKME VARCHAR(3), VGBEL VARCHAR(10), VGPOS VARCHAR(6))""",
    """CREATE TABLE VBRK (
        MANDT VARCHAR(3), VBELN VARCHAR(10), FKART VARCHAR(4), VBTYP VARCHAR(1), WAERK VARCHAR(5),
        VKORG VARCHAR(4), VTWEG VARCHAR(2), FKDAT VARCHAR(8), KUNAG VARCHAR(10), KUNRG VARCHAR(10),
        NETWR DECIMAL(15, 2), MWSBK DECIMAL(13, 2), FKSTO VARCHAR(1), SFAKN VARCHAR(10), ERDAT VARCHAR(8))""",
    """CREATE TABLE VBRP (
        MANDT VARCHAR(3), VBELN VARCHAR(10), POSNR VARCHAR(6), MATNR VARCHAR(18), WERKS VARCHAR(4),
        FKIMG DECIMAL(13, 3), VRKME VARCHAR(3), NETWR DECIMAL(15, 2), MWSBP DECIMAL(13, 2),
        AUBEL VARCHAR(10), AUPOS VARCHAR(6), VGBEL VARCHAR(10), VGPOS VARCHAR(6))""",
]

FIELD_TEXTS = {
    "MANDT": "Client",
    "KUNNR": "Customer Number",
    "MATNR": "Material Number",
    "SPRAS": "Language Key",
    "ERDAT": "Date on Which Record Was Created",
    "VBELN": "Sales Document",
    "POSNR": "Sales Document Item",
    "WAERK": "SD Document Currency",
    "VKORG": "Sales Organization: 3010 = USA, 3110 = International (export, in USD), 3210 = Mexico",
    "VTWEG": "Distribution Channel: 10 = Direct Sales (end customers), 12 = Dealers, 14 = Service",
    "SPART": "Division: 10 = Pumps, 20 = Valves, 30 = Spare Parts & Services",
    "WERKS": "Plant: 3010 = Houston (pumps), 3020 = Tulsa (valves), 3030 = Memphis (spare parts distribution center), "
    "3210 = Monterrey (Mexico)",
    "VRKME": "Sales unit: ST = piece, PAK = pack, H = hour",
    "MATKL": "Material Group",
}
COMMENTS_BY_TABLE: dict[str, dict[str, str]] = {
    "KNA1": {
        "LAND1": "Country Key (ISO code; names in T005T)",
        "NAME1": "Name 1",
        "ORT01": "City",
        "PSTLZ": "Postal Code",
        "REGIO": "Region (State, Province, County)",
        "STRAS": "House number and street",
        "KTOKD": "Customer Account Group: 0001 = Sold-to party, 0003 = Payer (group head office)",
        "BRSCH": "Industry key: WATR = Water & wastewater, CHEM = Chemicals, FOOD = Food & beverage, "
        "OILG = Oil & gas, BUIL = Building services, AGRI = Agriculture",
        "SPRAS": "Language Key (D = German, E = English)",
        "LOEVM": "Central Deletion Flag for Master Record ('X' = flagged for deletion)",
    },
    "MARA": {
        "ERSDA": "Created On",
        "MTART": "Material Type: FERT = Finished product, HAWA = Trading goods, ERSA = Spare parts, DIEN = Service",
        "MATKL": "Material Group: PU01 Centrifugal pumps, PU02 Submersible pumps, PU03 Dosing pumps, VA01 Ball "
        "valves, VA02 Butterfly valves, VA03 Check valves, SP01 Mechanical seals, SP02 Impellers, SP03 Gasket "
        "kits, HW01 Electric motors, HW02 Frequency converters, SV01 Field service",
        "MEINS": "Base Unit of Measure",
        "BRGEW": "Gross Weight",
        "NTGEW": "Net Weight",
        "GEWEI": "Weight Unit",
        "SPART": "Division: 10 = Pumps, 20 = Valves, 30 = Spare Parts & Services",
        "LVORM": "Flag Material for Deletion at Client Level",
    },
    "MAKT": {"SPRAS": "Language Key (E = English, D = German)", "MAKTX": "Material description"},
    "T005T": {
        "SPRAS": "Language Key (E = English, D = German)",
        "LAND1": "Country Key",
        "LANDX": "Country Name",
    },
    "VBAK": {
        "ERDAT": "Date on Which Record Was Created",
        "ERZET": "Entry time",
        "ERNAM": "Name of Person who Created the Object (SAP user; BATCH_EDI = orders received by EDI)",
        "AUDAT": "Document Date (Date Received/Sent)",
        "VBTYP": "SD document category: C = Order, H = Returns",
        "AUART": "Sales Document Type: TA = Standard Order, ZOR = Project Order, SO = Rush Order, "
        "FD = Free-of-Charge Delivery, RE = Returns",
        "AUGRU": "Order reason (reason for the business transaction), returns only: R01 = Damaged in transit, "
        "R02 = Wrong material delivered, R03 = Quality defect, R04 = No longer required; '' otherwise",
        "NETWR": "Net Value of the Sales Order in Document Currency",
        "VDATU": "Requested delivery date",
        "BSTNK": "Customer purchase order number",
        "KUNNR": "Sold-to party",
        "VGBEL": "Document number of the reference document (for returns: the original sales order)",
    },
    "VBAP": {
        "POSNR": "Sales Document Item",
        "PSTYV": "Sales document item category: TAN = Standard item, TAS = Third-party item, KLN = Free-of-charge "
        "item, REN = Returns item, TAD = Service",
        "ABGRU": "Reason for rejection of quotations and sales orders: '' = not rejected, 01 = Delivery date too "
        "late, 02 = Poor quality, 03 = Too expensive, 04 = Competitor better, 05 = Duplicate order",
        "KWMENG": "Cumulative Order Quantity in Sales Units",
        "NETPR": "Net price (per sales unit)",
        "NETWR": "Net value of the order item in document currency",
        "ERDAT": "Date on Which Record Was Created",
    },
    "LIKP": {
        "VBELN": "Delivery",
        "LFART": "Delivery Type: LF = Outbound delivery, LR = Returns delivery",
        "VSTEL": "Shipping Point/Receiving Pt",
        "KUNNR": "Ship-to party",
        "LFDAT": "Delivery Date",
        "WADAT": "Planned goods movement date",
        "WADAT_IST": "Actual Goods Movement Date ('00000000' = goods not yet issued)",
        "BTGEW": "Total Weight",
        "GEWEI": "Weight Unit",
    },
    "LIPS": {
        "VBELN": "Delivery",
        "POSNR": "Delivery Item",
        "LFIMG": "Actual quantity delivered (in sales units)",
        "VGBEL": "Document number of the reference document (the sales order)",
        "VGPOS": "Item number of the reference item",
    },
    "VBRK": {
        "VBELN": "Billing Document",
        "FKART": "Billing Type: F2 = Invoice, RE = Credit for Returns, S1 = Invoice Cancellation",
        "VBTYP": "SD document category: M = Invoice, O = Credit Memo, N = Invoice cancellation",
        "FKDAT": "Billing date for billing index and printout",
        "KUNAG": "Sold-to party",
        "KUNRG": "Payer",
        "NETWR": "Net Value in Document Currency",
        "MWSBK": "Tax amount in document currency",
        "FKSTO": "Billing document is cancelled ('X' = cancelled)",
        "SFAKN": "Cancelled billing document (on an S1 cancellation: the invoice it cancels)",
    },
    "VBRP": {
        "VBELN": "Billing Document",
        "POSNR": "Billing item",
        "FKIMG": "Actual Invoiced Quantity",
        "NETWR": "Net value of the billing item in document currency",
        "MWSBP": "Tax amount in document currency",
        "AUBEL": "Sales Document",
        "AUPOS": "Sales Document Item",
        "VGBEL": "Document number of the reference document (the delivery)",
        "VGPOS": "Item number of the reference item",
    },
}

# country: (weight, sales org, currency, language, tax rate (None: by US state), cities with (postal code, region))
COUNTRIES = {
    "US": (60, "3010", "USD", "E", None, [("Houston", "77002", "TX"), ("Dallas", "75201", "TX"),
           ("Baton Rouge", "70801", "LA"), ("Chicago", "60601", "IL"), ("Los Angeles", "90012", "CA"),
           ("Fresno", "93721", "CA"), ("Pittsburgh", "15222", "PA"), ("Atlanta", "30303", "GA"),
           ("Columbus", "43215", "OH"), ("Detroit", "48226", "MI"), ("Denver", "80202", "CO"),
           ("Phoenix", "85004", "AZ"), ("Charlotte", "28202", "NC"), ("Tampa", "33602", "FL")]),
    "CA": (10, "3110", "USD", "E", 0.0, [("Toronto", "M5H 2N2", "ON"), ("Calgary", "T2P 1J9", "AB"),
           ("Edmonton", "T5J 0N3", "AB"), ("Montreal", "H2Y 1C6", "QC")]),
    "MX": (13, "3210", "MXN", "S", 0.16, [("Monterrey", "64000", "NL"), ("Ciudad de México", "06000", "CMX"),
           ("Guadalajara", "44100", "JAL"), ("Querétaro", "76000", "QRO"), ("Tampico", "89000", "TAM")]),
    "BR": (4, "3110", "USD", "E", 0.0, [("São Paulo", "01310-100", "SP"), ("Campinas", "13010-111", "SP")]),
    "CL": (3, "3110", "USD", "S", 0.0, [("Santiago", "8320000", "RM"), ("Antofagasta", "1240000", "AN")]),
    "CO": (3, "3110", "USD", "S", 0.0, [("Bogotá", "110111", "DC"), ("Medellín", "050001", "ANT")]),
    "SA": (4, "3110", "USD", "E", 0.0, [("Dammam", "32241", "04"), ("Jubail", "35514", "04")]),
    "AE": (3, "3110", "USD", "E", 0.0, [("Abu Dhabi", "00000", "AZ"), ("Dubai", "00000", "DU")]),
}  # fmt: skip
US_TAX = {"TX": 0.0625, "LA": 0.0445, "IL": 0.0625, "CA": 0.0725, "PA": 0.06, "GA": 0.04, "OH": 0.0575, "MI": 0.06,
          "CO": 0.029, "AZ": 0.056, "NC": 0.0475, "FL": 0.06}  # fmt: skip
COUNTRY_TEXTS = {  # LAND1: (English name, German name): SAP's 15-character LANDX
    "US": ("USA", "USA"), "CA": ("Canada", "Kanada"), "MX": ("Mexico", "Mexiko"), "BR": ("Brazil", "Brasilien"),
    "CL": ("Chile", "Chile"), "CO": ("Colombia", "Kolumbien"), "SA": ("Saudi Arabia", "Saudi-Arabien"),
    "AE": ("Utd.Arab Emir.", "Ver.Arab.Emir."), "AR": ("Argentina", "Argentinien"), "GT": ("Guatemala", "Guatemala"),
    "PA": ("Panama", "Panama"), "QA": ("Qatar", "Katar"), "DE": ("Germany", "Deutschland"),
}  # fmt: skip
INDUSTRIES = ["WATR", "CHEM", "FOOD", "OILG", "BUIL", "AGRI"]
INDUSTRY_WEIGHTS = [28, 18, 13, 16, 17, 8]
NAME_STEMS = {
    "WATR": ["Water Works", "Water Authority", "Aqua Services", "Utilities", "Hydro Systems"],
    "CHEM": ["Chemical", "Polymers", "Process Industries", "Specialty Chemicals"],
    "FOOD": ["Foods", "Brewing", "Dairy", "Beverages"],
    "OILG": ["Petroleum", "Midstream", "Pipeline", "Refining"],
    "BUIL": ["Mechanical", "HVAC Contractors", "Building Services", "Facility Solutions"],
    "AGRI": ["Irrigation", "Farms", "Agri Supply", "Growers"],
}
STEMS_ES = {
    "WATR": ["Agua", "Hidráulica", "Saneamiento"], "CHEM": ["Química", "Polímeros"], "FOOD": ["Alimentos", "Cervecería"],
    "OILG": ["Petroquímica", "Energía"], "BUIL": ["Construcciones", "Climatización"], "AGRI": ["Riego", "Agrícola"],
}  # fmt: skip
DEALER_STEMS = ["Pump Supply", "Industrial Supply", "Fluid Systems", "Valve & Fitting", "Process Equipment"]
PLACES = ["Gulf", "Lone Star", "Prairie", "Summit", "Pacific", "Atlantic", "Great Lakes", "Frontier", "Keystone",
          "Cascade", "Red River", "Sierra", "Norte", "Bajío", "Andes"]  # fmt: skip
SUFFIX = {"US": ["Inc.", "LLC", "Corp.", "Co."], "CA": ["Inc.", "Ltd."], "MX": ["S.A. de C.V."], "BR": ["Ltda."],
          "CL": ["S.A.", "SpA"], "CO": ["S.A.S."], "SA": ["Co. Ltd."], "AE": ["LLC", "FZE"]}  # fmt: skip
STREETS = ["Main Street", "Industrial Drive", "Commerce Blvd", "Energy Parkway", "Avenida Constitución",
           "Port Road", "Mill Road", "Technology Way"]  # fmt: skip
GROUPS = [  # group payers: (name, country, city index)
    ("Gulf Coast Energy Holdings Inc.", "US", 0), ("American Water Partners Corp.", "US", 7),
    ("Prairie Foods Holding Corp.", "US", 3), ("Grupo Hidro Norte S.A. de C.V.", "MX", 0),
    ("Northern Water Holdings Ltd.", "CA", 0), ("Keystone Chemical Group LLC", "US", 6),
]  # fmt: skip
USERS = {"3010": ["JSMITH", "KJOHNSON", "RBROWN", "TMILLER", "ADAVIS"], "3110": ["LNGUYEN", "AKHAN", "CSILVA"],
         "3210": ["JHERNANDEZ", "MLOPEZ"]}  # fmt: skip

# material groups: (MATKL, MTART, division, unit, count, English noun, German noun, price range, weight range)
GROUPS_MAT = [
    ("PU01", "FERT", "10", "ST", 18, "Centrifugal Pump", "Kreiselpumpe", (1_400, 9_500), (35, 420)),
    ("PU02", "FERT", "10", "ST", 10, "Submersible Pump", "Tauchmotorpumpe", (1_900, 14_000), (45, 380)),
    ("PU03", "FERT", "10", "ST", 8, "Dosing Pump", "Dosierpumpe", (650, 3_200), (8, 30)),
    ("VA01", "FERT", "20", "ST", 14, "Ball Valve", "Kugelhahn", (85, 1_250), (1.2, 40)),
    ("VA02", "FERT", "20", "ST", 12, "Butterfly Valve", "Absperrklappe", (140, 2_400), (3, 95)),
    ("VA03", "FERT", "20", "ST", 8, "Check Valve", "Rückschlagventil", (60, 900), (1, 30)),
    ("SP01", "ERSA", "30", "ST", 14, "Mechanical Seal", "Gleitringdichtung", (45, 480), (0.3, 3)),
    ("SP02", "ERSA", "30", "ST", 12, "Impeller", "Laufrad", (120, 1_300), (1.5, 25)),
    ("SP03", "ERSA", "30", "PAK", 10, "Gasket Kit", "Dichtungssatz", (18, 140), (0.1, 1.2)),
    ("HW01", "HAWA", "30", "ST", 8, "Electric Motor", "Elektromotor", (380, 4_800), (12, 260)),
    ("HW02", "HAWA", "30", "ST", 6, "Frequency Converter", "Frequenzumrichter", (520, 3_900), (4, 35)),
    ("SV01", "DIEN", "30", "H", 4, "Field Service", "Außendienst", (95, 150), (0, 0)),
]  # fmt: skip
SERIES = {"PU01": "CP", "PU02": "SX", "PU03": "DM", "VA01": "KH", "VA02": "BF", "VA03": "RV", "SP01": "GLRD",
          "SP02": "LR", "SP03": "DS", "HW01": "IE3", "HW02": "FU", "SV01": ""}  # fmt: skip
SERVICE_TEXTS = [("Field Service Technician", "Servicetechniker vor Ort"), ("Commissioning", "Inbetriebnahme"),
                 ("Pump Repair Workshop", "Pumpenreparatur Werkstatt"), ("Maintenance Contract Visit", "Wartungseinsatz")]  # fmt: skip
# which material groups each division's orders draw from, with weights
DIVISION_GROUPS = {
    "10": (["PU01", "PU02", "PU03", "HW01", "HW02"], [40, 22, 18, 12, 8]),
    "20": (["VA01", "VA02", "VA03"], [45, 33, 22]),
    "30": (["SP01", "SP02", "SP03", "HW01", "SV01"], [30, 20, 28, 8, 14]),
}
SEASON = {1: 0.85, 2: 0.95, 3: 1.12, 4: 1.18, 5: 1.12, 6: 1.02, 7: 0.95, 8: 0.68, 9: 1.05, 10: 1.05, 11: 1.16, 12: 0.82}
WEEKDAY = [1.3, 1.05, 1.0, 0.95, 0.75]
HOLIDAYS = {(1, 1), (7, 4), (12, 24), (12, 25), (12, 31)}
RETURN_REASONS = ["R01", "R02", "R03", "R04"]
RETURN_WEIGHTS = [30, 22, 33, 15]


def dats(day: dt.date | None) -> str:
    """SAP DATS text: 'YYYYMMDD', '00000000' for no date."""
    return day.strftime("%Y%m%d") if day else EMPTY


def _price_factor(day: dt.date) -> float:
    return 1.0 if day < dt.date(2024, 3, 1) else (1.05 if day < dt.date(2025, 3, 1) else 1.05 * 1.03)


def _working_day(day: dt.date) -> bool:
    thanksgiving = day.month == 11 and (
        (day.weekday() == 3 and 22 <= day.day <= 28) or (day.weekday() == 4 and 23 <= day.day <= 29)
    )
    return day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS and not thanksgiving


def _add_workdays(day: dt.date, n: int) -> dt.date:
    """`n` working days (Monday to Friday) after `day`, or before it when `n` is negative."""
    step = dt.timedelta(days=1 if n >= 0 else -1)
    for _ in range(abs(n)):
        day += step
        while day.weekday() >= 5:
            day += step
    return day


def build() -> Catalog:
    """The whole replicated SD extract, deterministic for the module's seed."""
    rng = random.Random(SEED)
    comments = []
    for table, texts in COMMENTS_BY_TABLE.items():
        ddl = next(d for d in DDL if d.split()[2] == table)
        for column in [c.strip().split()[0] for c in ddl.split("(", 1)[1].rsplit(")", 1)[0].split(",")]:
            if not column.isupper() or column.isdigit():
                continue
            text = texts.get(column) or FIELD_TEXTS.get(column)
            if text:
                comments.append(f"COMMENT ON COLUMN {table}.{column} IS '{text.replace(chr(39), chr(39) * 2)}'")
    catalog = Catalog(ddl=list(DDL), comments=comments)

    # ---- materials
    mara: list[Row] = []
    makt: list[Row] = []
    materials: dict[str, list[tuple[str, float, str, float]]] = {}  # MATKL -> (MATNR, list price, unit, weight)
    number = 400_000
    for matkl, mtart, spart, unit, count, en, de, (plo, phi), (wlo, whi) in GROUPS_MAT:
        materials[matkl] = []
        for i in range(count):
            number += rng.randint(1, 7)
            matnr = f"{number:018d}"
            frac = (i + rng.random()) / count
            price = round(plo * (phi / plo) ** frac, -1 if plo > 300 else 0)
            weight = round(wlo * (whi / wlo) ** frac, 1) if whi else 0.0
            if matkl == "SV01":
                en_text, de_text = SERVICE_TEXTS[i]
            elif matkl.startswith("PU"):
                size = [32, 40, 50, 65, 80, 100, 125, 150, 200][min(8, int(frac * 9))]
                model = f"{SERIES[matkl]} {size}-{[125, 160, 200, 250, 315][i % 5]}"
                en_text, de_text = f"{en} {model}", f"{de} {model}"
            elif matkl.startswith("VA"):
                dn = [15, 20, 25, 32, 40, 50, 65, 80, 100, 125, 150, 200, 250, 300][min(13, int(frac * 14))]
                pn = ["PN16", "PN40"][i % 2]
                en_text, de_text = f"{en} DN{dn} {pn}", f"{de} DN{dn} {pn}"
            elif matkl == "HW01":
                kw = [0.75, 1.5, 3, 5.5, 11, 22, 45, 75][i]
                en_text, de_text = f"{en} IE3 {kw} kW", f"{de} IE3 {kw} kW"
            elif matkl == "HW02":
                kw = [1.5, 4, 7.5, 15, 30, 55][i]
                en_text, de_text = f"{en} FU {kw} kW", f"{de} FU {kw} kW"
            else:
                ref = f"{SERIES[matkl]}-{rng.choice(['A', 'B', 'C'])}{10 + i * 5}"
                en_text, de_text = f"{en} {ref}", f"{de} {ref}"
            created = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 5000))
            if i >= count - 1 and matkl in ("PU01", "VA02", "HW02"):  # new products launched during the period
                created = dt.date(2024, rng.choice([4, 5, 9]), rng.randint(1, 28))
            mara.append((MANDT, matnr, dats(created), mtart, matkl, unit, weight, round(weight * 0.9, 3),
                         "KG", spart, ""))  # fmt: skip
            makt.append((MANDT, matnr, "D", de_text[:40]))
            makt.append((MANDT, matnr, "E", en_text[:40]))
            materials[matkl].append((matnr, price, unit, weight))
    created_on = {r[1]: dt.datetime.strptime(r[2], "%Y%m%d").date() for r in mara}
    mat_weights = {k: zipf_weights(len(v), 0.9) for k, v in materials.items()}

    # ---- customers
    kna1: list[Row] = []
    customers: list[dict[str, object]] = []
    group_payers: list[str] = []
    kunnr = 100_000
    for name, land, city_index in GROUPS:
        kunnr += rng.randint(1, 9)
        city, pstlz, regio = COUNTRIES[land][5][city_index]
        group_payers.append(f"{kunnr:010d}")
        kna1.append((MANDT, f"{kunnr:010d}", land, name, city, pstlz, regio, f"{rng.randint(100, 9800)} {rng.choice(STREETS)}",
                     "0003", "", COUNTRIES[land][3], dats(dt.date(2004 + rng.randint(0, 10), rng.randint(1, 12), 1)), ""))  # fmt: skip
    lands = list(COUNTRIES)
    land_weights = [COUNTRIES[c][0] for c in lands]
    names: set[str] = set()
    for i in range(640):
        land = weighted(rng, lands, land_weights)
        weight, vkorg, waerk, spras, _, cities = COUNTRIES[land]
        city, pstlz, regio = rng.choice(cities)
        dealer = rng.random() < 0.2
        industry = weighted(rng, INDUSTRIES, INDUSTRY_WEIGHTS)
        while True:
            spanish = land in ("MX", "CL", "CO")
            stem = rng.choice(DEALER_STEMS) if dealer else rng.choice((STEMS_ES if spanish else NAME_STEMS)[industry])
            place = city if rng.random() < 0.5 else rng.choice(PLACES)
            name = f"{stem} {place}" if spanish else f"{place} {stem}"
            name = f"{name} {rng.choice(SUFFIX[land])}"
            if name not in names:
                names.add(name)
                break
        if land == "MX":
            since = (
                MX_START + dt.timedelta(days=int(rng.random() ** 1.3 * (END - MX_START).days * 0.9))
                if i % 3
                else MX_START - dt.timedelta(days=rng.randint(10, 120))
            )
        elif rng.random() < 0.82:
            since = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 6500))
        else:
            since = START + dt.timedelta(days=rng.randint(0, (END - START).days - 60))
        kunnr += rng.randint(1, 9)
        number_s = f"{kunnr:010d}"
        payer = number_s
        if not dealer and rng.random() < 0.1:
            candidates = [p for p, g in zip(group_payers, GROUPS, strict=True) if g[1] == land]
            payer = rng.choice(candidates) if candidates else payer
        deleted = "X" if rng.random() < 0.025 else ""
        kna1.append((MANDT, number_s, land, name[:35], city, pstlz, regio, f"{rng.randint(100, 9800)} {rng.choice(STREETS)}",
                     "0001", "" if dealer else industry, spras, dats(since), deleted))  # fmt: skip
        customers.append({"kunnr": number_s, "land": land, "vkorg": vkorg, "waerk": waerk, "regio": regio,
                          "dealer": dealer, "industry": industry, "since": since, "payer": payer,
                          "until": (START + dt.timedelta(days=rng.randint(200, 900))) if deleted else END})  # fmt: skip
    activity = zipf_weights(len(customers), 0.75)
    rng.shuffle(activity)
    for c, a in zip(customers, activity, strict=True):
        c["activity"] = a * (2.2 if c["dealer"] else 1.0)

    t005t: list[Row] = []
    for land, (en, de) in COUNTRY_TEXTS.items():
        t005t.append((MANDT, "D", land, de))
        t005t.append((MANDT, "E", land, en))

    # ---- sales orders
    vbak: list[Row] = []
    vbap: list[Row] = []
    orders: list[dict[str, object]] = []
    next_order = [10_004_000]
    for day in days(START, END):
        if not _working_day(day):
            continue
        years = (day - START).days / 365.25
        mean = 11.5 * (1.09**years) * SEASON[day.month] * WEEKDAY[day.weekday()]
        if (day.month == 11 and day.day >= 15) or (day.month == 12 and day.day <= 12):
            mean *= 1.15  # year-end budget push
        active = [c for c in customers if c["since"] <= day <= c["until"]]  # type: ignore[operator]
        others = [c for c in active if c["vkorg"] != "3210"]
        mexico = [c for c in active if c["vkorg"] == "3210"]
        ramp = min(1.0, max(0, (day - MX_START).days) / 450)  # the Mexican sales organization ramping up
        drawn = [(others, poisson(rng, mean))]
        if mexico and day >= MX_START:
            drawn.append((mexico, poisson(rng, mean * (0.04 + 0.26 * ramp))))
        picks = [rng.choices(pool, weights=[float(c["activity"]) for c in pool], k=1)[0]  # type: ignore[arg-type]
                 for pool, n in drawn for _ in range(n)]  # fmt: skip
        for c in picks:
            auart = weighted(rng, ["TA", "ZOR", "SO", "FD"], [76, 9 if not c["dealer"] else 2, 11, 2])
            spart = weighted(rng, ["10", "20", "30"], [42, 30, 28] if auart != "FD" else [10, 10, 80])
            vtweg = "12" if c["dealer"] else ("14" if spart == "30" and rng.random() < 0.55 else "10")
            lead = {
                "TA": rng.randint(7, 20),
                "ZOR": rng.randint(25, 65),
                "SO": rng.randint(2, 4),
                "FD": rng.randint(4, 9),
            }[auart]
            vdatu = _add_workdays(day, lead)  # lead time in working days
            next_order[0] += 1
            vbeln = f"{next_order[0]:010d}"
            ernam = "BATCH_EDI" if c["dealer"] and rng.random() < 0.6 else rng.choice(USERS[str(c["vkorg"])])
            hour = min(17, max(7, int(rng.gauss(11, 2.5))))
            erzet = f"{hour:02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
            if ernam == "BATCH_EDI":
                erzet = f"{rng.choice([2, 3, 4]):02d}{rng.randint(0, 59):02d}00"
            groups, gweights = DIVISION_GROUPS[spart]
            n_items = {
                "TA": min(8, 1 + poisson(rng, 1.4)),
                "ZOR": 3 + poisson(rng, 4),
                "SO": rng.choice([1, 1, 2]),
                "FD": 1,
            }[auart]
            items = []
            used: set[str] = set()
            factor = (
                _price_factor(day)
                * (0.8 if c["dealer"] else 1.0)
                * (MXN_RATE[day.year] if c["waerk"] == "MXN" else 1.0)
            )
            for k in range(n_items):
                matkl = weighted(rng, groups, gweights)
                pool = [m for m in materials[matkl] if created_on[m[0]] <= day]
                mw = [w for m, w in zip(materials[matkl], mat_weights[matkl], strict=True) if created_on[m[0]] <= day]
                matnr, price, unit, weight = rng.choices(pool, weights=mw, k=1)[0]
                if matnr in used:
                    continue
                used.add(matnr)
                if unit == "H":
                    qty = float(rng.choice([2, 4, 4, 6, 8, 8, 16, 24]))
                elif matkl.startswith("PU") or matkl.startswith("HW"):
                    qty = float(1 + poisson(rng, 0.6 if auart != "ZOR" else 3.5))
                else:
                    qty = float(1 + poisson(rng, 3 if auart != "ZOR" else 14) * (2 if c["dealer"] else 1))
                netpr = round(price * factor * rng.uniform(0.95, 1.0), 2)
                pstyv = (
                    "TAD"
                    if unit == "H"
                    else (
                        "KLN" if auart == "FD" else ("TAS" if matkl.startswith("HW") and rng.random() < 0.3 else "TAN")
                    )
                )
                if auart == "FD":
                    netpr = 0.0
                abgru = ""
                p_reject = (
                    0.03
                    + (0.05 if auart == "ZOR" else 0)
                    + (0.02 if dt.date(2024, 3, 1) <= day < dt.date(2024, 7, 1) else 0)
                )
                if auart != "FD" and rng.random() < p_reject:
                    post_rise = day >= dt.date(2024, 3, 1)
                    abgru = weighted(rng, ["01", "02", "03", "04", "05"], [30, 6, 36 if post_rise else 22, 18, 10])
                posnr = f"{(k + 1) * 10:06d}"
                werks = {"10": "3010", "20": "3020", "30": "3030"}[spart]
                if c["vkorg"] == "3210" and (
                    matkl.startswith("SP") or matkl.startswith("VA") or unit == "H" or rng.random() < 0.4
                ):
                    werks = "3210"
                items.append(
                    [posnr, matnr, matkl, pstyv, abgru, qty, unit, netpr, round(netpr * qty, 2), werks, weight]
                )
            if not items:
                continue
            netwr = round(sum(i[8] for i in items if not i[4]), 2)
            bstnk = (
                (
                    f"PO-{rng.randint(10000, 99999)}"
                    if c["land"] not in ("MX", "CL", "CO")
                    else f"OC-{rng.randint(100000, 999999)}"
                )
                if rng.random() < 0.85
                else ""
            )
            vbak.append((MANDT, vbeln, dats(day), erzet, ernam, dats(day), "C", auart, "", netwr, c["waerk"],
                         c["vkorg"], vtweg, spart, dats(vdatu), bstnk, c["kunnr"], ""))  # fmt: skip
            for i in items:
                vbap.append(
                    (MANDT, vbeln, i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], c["waerk"], i[9], dats(day))
                )
            orders.append({"vbeln": vbeln, "day": day, "auart": auart, "vdatu": vdatu, "customer": c, "items": items,
                           "vkorg": c["vkorg"], "vtweg": vtweg, "spart": spart})  # fmt: skip

    # ---- deliveries and billing
    likp: list[Row] = []
    lips: list[Row] = []
    vbrk: list[Row] = []
    vbrp: list[Row] = []
    next_delivery = [80_012_000]
    next_invoice = [90_031_000]
    next_credit = [70_002_000]

    def tax_rate(c: dict[str, object]) -> float:
        rate = COUNTRIES[str(c["land"])][4]
        if rate is None:  # US state sales tax; distributors buy for resale, tax-exempt
            return 0.0 if c["dealer"] else US_TAX.get(str(c["regio"]), 0.0)
        return rate

    def bill(
        c: dict[str, object],
        fkart: str,
        vbtyp: str,
        day: dt.date,
        lines: list[tuple[str, str, list],],
        vkorg: str,
        vtweg: str,
    ) -> str:
        """One billing document; lines are (order, delivery, item)."""
        if fkart == "F2":
            next_invoice[0] += 1
            number_b = f"{next_invoice[0]:010d}"
        else:
            next_credit[0] += 1
            number_b = f"{next_credit[0]:010d}"
        rate = tax_rate(c)
        total = tax = 0.0
        for n, (aubel, vgbel, item) in enumerate(lines):
            net = round(item[7] * item[5], 2) if fkart != "F2" or item[3] != "KLN" else 0.0
            mw = round(net * rate, 2)
            total += net
            tax += mw
            vbrp.append((MANDT, number_b, f"{(n + 1) * 10:06d}", item[1], item[9], item[5], item[6], net, mw,
                         aubel, item[0], vgbel, item[0]))  # fmt: skip
        vbrk.append((MANDT, number_b, fkart, vbtyp, c["waerk"], vkorg, vtweg, dats(day), c["kunnr"], c["payer"],
                     round(total, 2), round(tax, 2), "", "", dats(day)))  # fmt: skip
        return number_b

    def ship(
        order: dict[str, object],
        items: list[list],
        lfart: str,
        created: dt.date,
        lfdat: dt.date,
        wadat: dt.date,
        actual: dt.date | None,
    ) -> str:
        c = order["customer"]
        next_delivery[0] += 1
        number_d = f"{next_delivery[0]:010d}"
        likp.append((MANDT, number_d, dats(created), lfart, order["vkorg"], items[0][9], c["kunnr"], dats(lfdat),  # type: ignore[index]
                     dats(wadat), dats(actual), round(sum(i[10] * i[5] for i in items), 3), "KG"))  # fmt: skip
        for n, i in enumerate(items):
            lips.append((MANDT, number_d, f"{(n + 1) * 10:06d}", i[1], i[9], i[5], i[6], order["vbeln"], i[0]))
        return number_d

    billed_items: list[tuple[dict[str, object], list, dt.date]] = []
    for order in orders:
        c = order["customer"]
        open_items = [i for i in order["items"] if not i[4]]  # type: ignore[union-attr]
        if not open_items:
            continue
        day, vdatu = order["day"], order["vdatu"]
        transit = {"US": 2, "CA": 3, "MX": 3}.get(str(c["land"]), 9)  # type: ignore[index]
        parts = [open_items]
        if len(open_items) > 1 and rng.random() < 0.09:
            cut = rng.randint(1, len(open_items) - 1)
            parts = [open_items[:cut], open_items[cut:]]
        for n, part in enumerate(parts):
            wadat = max(_add_workdays(day, 1), _add_workdays(vdatu, -transit))  # type: ignore[arg-type]
            if n == 1:
                wadat = _add_workdays(wadat, rng.randint(4, 15))
            lfdat = wadat + dt.timedelta(days=transit)
            created = max(day, wadat - dt.timedelta(days=rng.randint(2, 6)))  # type: ignore[type-var]
            if created > END:
                continue
            p_late = 0.08 + (0.07 if c["vkorg"] == "3110" else 0) + (0.1 if c["vkorg"] == "3210" else 0)  # type: ignore[index]
            p_late += 0.1 if wadat.month == 11 else 0
            p_late += 0.08 if order["auart"] == "ZOR" else 0
            p_late -= 0.06 if wadat >= dt.date(2025, 1, 1) else 0
            if n == 1:
                p_late += 0.3
            actual = wadat
            if rng.random() < p_late:
                actual = wadat + dt.timedelta(days=rng.choice([1, 2, 2, 3, 4, 5, 7, 8, 10, 14]) + transit)
            elif rng.random() < 0.25:
                actual = wadat - dt.timedelta(days=1)
            while actual.weekday() >= 5:
                actual += dt.timedelta(days=1)
            actual_or_none = actual if actual <= END else None
            delivery = ship(order, part, "LF", created, lfdat, wadat, actual_or_none)
            if actual_or_none is None or order["auart"] == "FD":
                continue
            fkdat = actual + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
            if fkdat > END:
                continue
            billed_items.append((order, [(order["vbeln"], delivery, i) for i in part], fkdat))

    billed_items.sort(key=lambda b: b[2])
    for order, lines, fkdat in billed_items:
        c = order["customer"]
        number_b = bill(c, "F2", "M", fkdat, lines, str(order["vkorg"]), str(order["vtweg"]))  # type: ignore[arg-type]
        if rng.random() < 0.015 and fkdat + dt.timedelta(days=10) <= END:
            # cancelled (wrong price or address): S1 cancellation and a new invoice a few days later
            row = list(vbrk[-1])
            row[12] = "X"
            vbrk[-1] = tuple(row)
            later = fkdat + dt.timedelta(days=rng.randint(2, 9))
            next_invoice[0] += 1
            s1 = f"{next_invoice[0]:010d}"
            vbrk.append((MANDT, s1, "S1", "N", row[4], row[5], row[6], dats(later), row[8], row[9], row[10], row[11],
                         "", number_b, dats(later)))  # fmt: skip
            for r in [r for r in vbrp if r[1] == number_b]:
                vbrp.append((MANDT, s1, *r[2:]))
            bill(c, "F2", "M", later, lines, str(order["vkorg"]), str(order["vtweg"]))  # type: ignore[arg-type]

    # ---- returns: a share of delivered orders comes back
    next_return = [60_000_500]
    returns: list[tuple[dt.date, Row, list[Row], dict[str, object], list]] = []
    for order, lines, fkdat in billed_items:
        if rng.random() >= 0.035:
            continue
        c = order["customer"]
        day = fkdat + dt.timedelta(days=rng.randint(5, 60))
        while not _working_day(day):
            day += dt.timedelta(days=1)
        if day > END:
            continue
        next_return[0] += 1
        vbeln = f"{next_return[0]:010d}"
        augru = weighted(rng, RETURN_REASONS, RETURN_WEIGHTS)
        back = [line[2] for line in lines if rng.random() < 0.7] or [lines[0][2]]
        ret_items = []
        for k, item in enumerate(back):
            qty = float(max(1, round(item[5] * rng.choice([1, 1, 0.5]))) if item[6] != "H" else item[5])
            ret_items.append([f"{(k + 1) * 10:06d}", item[1], item[2], "REN", "", qty, item[6], item[7],
                              round(item[7] * qty, 2), item[9], item[10]])  # fmt: skip
        ernam = rng.choice(USERS[str(c["vkorg"])])
        header = (MANDT, vbeln, dats(day), f"{rng.randint(8, 16):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}",
                  ernam, dats(day), "H", "RE", augru, round(sum(i[8] for i in ret_items), 2), c["waerk"],
                  order["vkorg"], order["vtweg"], order["spart"], dats(day), "", c["kunnr"], order["vbeln"])  # fmt: skip
        returns.append((day, header, ret_items, c, [order]))
    returns.sort(key=lambda r: r[0])
    for day, header, ret_items, c, _ in returns:
        vbak.append(header)
        for i in ret_items:
            vbap.append(
                (MANDT, header[1], i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], c["waerk"], i[9], dats(day))
            )
        ret_order = {"vbeln": header[1], "customer": c, "vkorg": header[11]}
        received = day + dt.timedelta(days=rng.randint(4, 15))
        while received.weekday() >= 5:
            received += dt.timedelta(days=1)
        delivery = ship(ret_order, ret_items, "LR", day, received, received, received if received <= END else None)
        credit_day = received + dt.timedelta(days=rng.randint(1, 6))
        if received <= END and credit_day <= END:
            bill(
                c,
                "RE",
                "O",
                credit_day,
                [(header[1], delivery, i) for i in ret_items],
                str(header[11]),
                str(header[12]),
            )

    catalog.add("KNA1", kna1)
    catalog.add("MARA", mara)
    catalog.add("MAKT", makt)
    catalog.add("T005T", t005t)
    catalog.add("VBAK", vbak)
    catalog.add("VBAP", vbap)
    catalog.add("LIKP", likp)
    catalog.add("LIPS", lips)
    catalog.add("VBRK", sorted(vbrk, key=lambda r: r[1]))
    catalog.add("VBRP", sorted(vbrp, key=lambda r: (r[1], r[2])))
    return catalog
