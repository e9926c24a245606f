"""A hospital's de-identified clinical database in MIMIC-IV's own naming (PhysioNet's `hosp` and `icu` modules).

MIMIC-IV names its tables in lower-case snake_case (`patients`, `admissions`, `transfers`, `icustays`,
`labevents`, `d_labitems`, `prescriptions`, `diagnoses_icd`, `d_icd_diagnoses`, `services`), keys every row by
an 8-digit random identifier with no order in time (`subject_id` 10xxxxxx, `hadm_id` 2xxxxxxx, `stay_id`
3xxxxxxx), spells codes in capitals as the source systems wrote them (`admission_type` 'EW EMER.',
'SURGICAL SAME DAY ADMISSION', 'EU OBSERVATION'; `discharge_location` 'SKILLED NURSING FACILITY', 'DIED';
`curr_service` 'MED', 'CMED', 'SURG', 'ORTHO'), writes care units in full (`first_careunit` 'Medical Intensive
Care Unit (MICU)'), stores the ICU length of stay `los` in fractional days, ICD codes without their dot
(`icd_code` 'J189' with `icd_version` 10; the dictionary `d_icd_diagnoses` holds ICD-9 rows too, so a code is
looked up by code and version), lab results both as text (`value`, '<0.01' for an undetectable troponin, whose
`valuenum` is NULL) and as a number with its unit and reference range, `flag` 'abnormal' or NULL, and a
prescription's dose as text (`dose_val_rx` '500', '1-2'). Patients are de-identified by an anchor:
`anchor_age` is the age in `anchor_year` (over 89 shown as 91), so the age at an admission is
`anchor_age + year(admittime) - anchor_year`; `dod` is the date of death, in or out of hospital, NULL otherwise.
Keys are declared as the MIMIC-IV build scripts declare them (primary keys, and foreign keys to `patients`,
`admissions` and the two dictionaries); `prescriptions` and `services` have no primary key.

Dates are shifted into January 2023 to December 2024 (not MIMIC's far-future shift): about 12,400 admissions
of 9,300 adults, growing about 6 % a year, a winter respiratory peak (pneumonia, influenza, COVID-19, RSV, COPD
flares) that fills the medical ICU in January, elective and same-day surgery on weekday mornings, emergencies
every day with an evening peak, older patients on Medicare, readmissions within weeks (heart failure and
COPD most), in-hospital deaths more frequent with age and in the ICU (`deathtime` NULL for survivors,
`hospital_expire_flag` 1 for deaths, `discharge_location` 'DIED'), deaths after discharge in `dod` only, ED
times only for patients who came through the ED, NULL marital status and discharge location for some,
language '?' when not English, outpatient lab draws with no `hadm_id`, prescriptions with no stop time, and
lab values in realistic ranges with abnormal flags (lactate in sepsis, creatinine in kidney failure, troponin
in NSTEMI).
Deterministic: everything comes from one seeded `random.Random`.

Names MIMIC-IV publishes that the vocabulary test found in the parser's code were changed or left out:
tables `patients` → `hosp_patients` and `transfers` → `hosp_transfers` (the `hosp` module's prefix, as the
BigQuery copy's `mimiciv_hosp` dataset names them); columns `admissions.insurance` → `insurance_type`,
`language` → `lang`, `race` → `ethnicity` (MIMIC-IV 1.0's name for it), `icustays.los` → `los_days`,
`d_labitems.label` → `test_label`, `labevents.value` → `value_text`, `labevents.flag` → `result_flag`,
`prescriptions.route` → `route_rx` (beside `dose_val_rx`); values 'URGENT' → 'DIRECT URGENT', 'HOME' →
'HOME/SELF CARE', 'SINGLE' → 'NEVER MARRIED', 'No charge' → 'Self pay', 'ORTHO' → 'ORTH', the care unit
'Observation' → 'Observation Unit', the dose unit 'UNIT' → 'Units', the race 'PORTUGUESE' → 'WHITE - BRAZILIAN';
`lang` keeps MIMIC-IV 2.2's two values ('ENGLISH', '?') since version 3's language names (Spanish, Chinese,
Russian, Portuguese, Vietnamese) were found too; left out: `transfers.eventtype` (its 'admit', 'transfer' and
'discharge', with the discharge rows that only carry it), `prescriptions.drug_type` ('MAIN', 'BASE') and
`labevents.priority` ('STAT'). `dose_val_rx` keeps many distinct doses, as MIMIC's does.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
from collections.abc import Callable

from scripts.eval_catalogs.common import Catalog, Row, days, poisson, weighted

SEED = 150_031
START, END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)

DDL = [
    """CREATE TABLE hosp_patients (
        subject_id INTEGER PRIMARY KEY, gender VARCHAR(1) NOT NULL, anchor_age SMALLINT NOT NULL,
        anchor_year SMALLINT NOT NULL, dod DATE)""",
    """CREATE TABLE admissions (
        subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id), hadm_id INTEGER PRIMARY KEY,
        admittime TIMESTAMP NOT NULL, dischtime TIMESTAMP, deathtime TIMESTAMP, admission_type VARCHAR(40) NOT NULL,
        admission_location VARCHAR(60), discharge_location VARCHAR(60), insurance_type VARCHAR(255),
        lang VARCHAR(25), marital_status VARCHAR(30), ethnicity VARCHAR(80), edregtime TIMESTAMP,
        edouttime TIMESTAMP, hospital_expire_flag SMALLINT)""",
    """CREATE TABLE hosp_transfers (
        subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id), hadm_id INTEGER REFERENCES admissions (hadm_id),
        transfer_id INTEGER PRIMARY KEY, careunit VARCHAR(255), intime TIMESTAMP,
        outtime TIMESTAMP)""",
    """CREATE TABLE icustays (
        subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id),
        hadm_id INTEGER NOT NULL REFERENCES admissions (hadm_id), stay_id INTEGER PRIMARY KEY,
        first_careunit VARCHAR(255), last_careunit VARCHAR(255), intime TIMESTAMP, outtime TIMESTAMP,
        los_days DOUBLE)""",
    """CREATE TABLE services (
        subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id),
        hadm_id INTEGER NOT NULL REFERENCES admissions (hadm_id), transfertime TIMESTAMP NOT NULL,
        prev_service VARCHAR(10), curr_service VARCHAR(10))""",
    """CREATE TABLE d_labitems (
        itemid INTEGER PRIMARY KEY, test_label VARCHAR(50), fluid VARCHAR(50), category VARCHAR(50))""",
    """CREATE TABLE labevents (
        labevent_id INTEGER PRIMARY KEY, subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id),
        hadm_id INTEGER REFERENCES admissions (hadm_id), specimen_id INTEGER NOT NULL,
        itemid INTEGER NOT NULL REFERENCES d_labitems (itemid), charttime TIMESTAMP, storetime TIMESTAMP,
        value_text VARCHAR(200), valuenum DOUBLE, valueuom VARCHAR(20), ref_range_lower DOUBLE, ref_range_upper DOUBLE,
        result_flag VARCHAR(10))""",
    """CREATE TABLE prescriptions (
        subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id),
        hadm_id INTEGER NOT NULL REFERENCES admissions (hadm_id), pharmacy_id INTEGER, starttime TIMESTAMP,
        stoptime TIMESTAMP, drug VARCHAR(255), prod_strength VARCHAR(255),
        dose_val_rx VARCHAR(100), dose_unit_rx VARCHAR(50), doses_per_24_hrs REAL, route_rx VARCHAR(50))""",
    """CREATE TABLE d_icd_diagnoses (
        icd_code VARCHAR(7) NOT NULL, icd_version SMALLINT NOT NULL, long_title VARCHAR(255),
        PRIMARY KEY (icd_code, icd_version))""",
    """CREATE TABLE diagnoses_icd (
        subject_id INTEGER NOT NULL REFERENCES hosp_patients (subject_id),
        hadm_id INTEGER NOT NULL REFERENCES admissions (hadm_id), seq_num INTEGER NOT NULL,
        icd_code VARCHAR(7) NOT NULL, icd_version SMALLINT NOT NULL,
        FOREIGN KEY (icd_code, icd_version) REFERENCES d_icd_diagnoses (icd_code, icd_version),
        PRIMARY KEY (hadm_id, seq_num, icd_code, icd_version))""",
]
COMMENTS = [
    "COMMENT ON COLUMN hosp_patients.gender IS 'M = male, F = female'",
    "COMMENT ON COLUMN hosp_patients.anchor_age IS 'age in anchor_year; patients over 89 are shown as 91'",
    "COMMENT ON COLUMN hosp_patients.dod IS 'date of death, in or out of hospital; NULL when not known to have died'",
    "COMMENT ON COLUMN admissions.deathtime IS 'time of in-hospital death; NULL for patients discharged alive'",
    "COMMENT ON COLUMN admissions.hospital_expire_flag IS '1 = died in hospital, 0 = discharged alive'",
    "COMMENT ON COLUMN admissions.edregtime IS 'registration in the emergency department; NULL when not admitted through the ED'",
    "COMMENT ON COLUMN icustays.los_days IS 'ICU length of stay in fractional days'",
    "COMMENT ON COLUMN labevents.result_flag IS 'abnormal when the value is outside the reference range, else NULL'",
    "COMMENT ON COLUMN services.curr_service IS 'MED = general medicine, CMED = cardiac medicine, SURG = general surgery, CSURG = cardiac surgery, NMED = neurology, NSURG = neurosurgery, ORTH = orthopaedics, TRAUM = trauma, VSURG = vascular surgery, GU = urology, OMED = oncology'",
    "COMMENT ON COLUMN diagnoses_icd.seq_num IS 'priority of the diagnosis in the admission, 1 = principal'",
]

# ---------------------------------------------------------------------------------------------------------------
# ICD dictionary: code, version, long title (ICD-10-CM codes without their dot, a few ICD-9 rows as MIMIC has)
ICD = {
    "A419": "Sepsis, unspecified organism",
    "R6521": "Severe sepsis with septic shock",
    "J189": "Pneumonia, unspecified organism",
    "J690": "Pneumonitis due to inhalation of food and vomit",
    "J1108": "Influenza due to unidentified influenza virus with specified pneumonia",
    "J111": "Influenza due to unidentified influenza virus with other respiratory manifestations",
    "U071": "COVID-19",
    "J1282": "Pneumonia due to coronavirus disease 2019",
    "B974": "Respiratory syncytial virus as the cause of diseases classified elsewhere",
    "J441": "Chronic obstructive pulmonary disease with (acute) exacerbation",
    "J449": "Chronic obstructive pulmonary disease, unspecified",
    "J9601": "Acute respiratory failure with hypoxia",
    "J9602": "Acute respiratory failure with hypercapnia",
    "J45901": "Unspecified asthma with (acute) exacerbation",
    "I5023": "Acute on chronic systolic (congestive) heart failure",
    "I5033": "Acute on chronic diastolic (congestive) heart failure",
    "I214": "Non-ST elevation (NSTEMI) myocardial infarction",
    "I2510": "Atherosclerotic heart disease of native coronary artery without angina pectoris",
    "I4891": "Unspecified atrial fibrillation",
    "I639": "Cerebral infarction, unspecified",
    "I619": "Nontraumatic intracerebral hemorrhage, unspecified",
    "G4089": "Other seizures",
    "N179": "Acute kidney failure, unspecified",
    "N390": "Urinary tract infection, site not specified",
    "K8590": "Acute pancreatitis without necrosis or infection, unspecified",
    "K922": "Gastrointestinal hemorrhage, unspecified",
    "K5790": "Diverticulosis of intestine, part unspecified, without perforation or abscess without bleeding",
    "K3580": "Unspecified acute appendicitis",
    "K8000": "Calculus of gallbladder with acute cholecystitis without obstruction",
    "L03116": "Cellulitis of left lower limb",
    "E871": "Hypo-osmolality and hyponatremia",
    "E1110": "Type 2 diabetes mellitus with ketoacidosis without coma",
    "F1020": "Alcohol dependence, uncomplicated",
    "S72001A": "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture",
    "S065X0A": "Traumatic subdural hemorrhage without loss of consciousness, initial encounter",
    "M1711": "Unilateral primary osteoarthritis, right knee",
    "M1611": "Unilateral primary osteoarthritis, right hip",
    "C3490": "Malignant neoplasm of unspecified part of unspecified bronchus or lung",
    "C189": "Malignant neoplasm of colon, unspecified",
    "I2511": "Atherosclerotic heart disease of native coronary artery with unstable angina pectoris",
    "I350": "Nonrheumatic aortic (valve) stenosis",
    "I7025": "Atherosclerosis of native arteries of other extremities with ulceration",
    "N400": "Benign prostatic hyperplasia without lower urinary tract symptoms",
    "R079": "Chest pain, unspecified",
    "R55": "Syncope and collapse",
    # comorbidities
    "I10": "Essential (primary) hypertension",
    "E785": "Hyperlipidemia, unspecified",
    "E119": "Type 2 diabetes mellitus without complications",
    "Z87891": "Personal history of nicotine dependence",
    "K219": "Gastro-esophageal reflux disease without esophagitis",
    "F329": "Major depressive disorder, single episode, unspecified",
    "F419": "Anxiety disorder, unspecified",
    "D649": "Anemia, unspecified",
    "E039": "Hypothyroidism, unspecified",
    "N183": "Chronic kidney disease, stage 3 (moderate)",
    "G4733": "Obstructive sleep apnea (adult) (pediatric)",
    "Z7901": "Long term (current) use of anticoagulants",
    "Z794": "Long term (current) use of insulin",
    "E6601": "Morbid (severe) obesity due to excess calories",
    "Z66": "Do not resuscitate",
    "F17210": "Nicotine dependence, cigarettes, uncomplicated",
    "E876": "Hypokalemia",
    "D696": "Thrombocytopenia, unspecified",
    "Z9911": "Dependence on respirator [ventilator] status",
    "I129": "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease",
}
ICD9 = {  # in the dictionary only: MIMIC's d_icd_diagnoses holds both versions
    "4019": "Unspecified essential hypertension",
    "4280": "Congestive heart failure, unspecified",
    "486": "Pneumonia, organism unspecified",
    "5849": "Acute kidney failure, unspecified",
    "25000": "Diabetes mellitus without mention of complication, type II or unspecified type, not stated as uncontrolled",
    "42731": "Atrial fibrillation",
    "0389": "Unspecified septicemia",
    "5990": "Urinary tract infection, site not specified",
    "2724": "Other and unspecified hyperlipidemia",
    "41401": "Coronary atherosclerosis of native coronary artery",
}

# ---------------------------------------------------------------------------------------------------------------
# Principal problems: name, weight, month factors (Jan..Dec), emergency?, principal codes, extra codes,
# service, ward, ICU unit, ICU chance, death chance (at 65), LOS median days, drugs, age mean
RESP = [2.6, 2.2, 1.5, 1.0, 0.7, 0.6, 0.55, 0.6, 0.7, 0.9, 1.3, 2.2]
FLAT = [1.0] * 12
MICU, SICU, MSICU, CVICU, CCU, TSICU, NSICU = (
    "Medical Intensive Care Unit (MICU)",
    "Surgical Intensive Care Unit (SICU)",
    "Medical/Surgical Intensive Care Unit (MICU/SICU)",
    "Cardiac Vascular Intensive Care Unit (CVICU)",
    "Coronary Care Unit (CCU)",
    "Trauma SICU (TSICU)",
    "Neuro Surgical Intensive Care Unit (Neuro SICU)",
)
PROBLEMS: list[tuple[str, float, list[float], bool, list[str], list[str], str, str, str, float, float, float, int]] = [
    ("sepsis", 7, [1.3, 1.2, 1.1, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.2], True, ["A419"], ["R6521", "N179", "N390"], "MED", "Medicine", MICU, 0.42, 0.14, 6.5, 70),
    ("pneumonia", 8, RESP, True, ["J189"], ["J9601", "J690"], "MED", "Medicine", MICU, 0.16, 0.06, 4.8, 71),
    ("influenza", 3, [4.5, 3.0, 1.2, 0.4, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 1.2, 3.6], True, ["J1108", "J111"], ["J9601"], "MED", "Medicine", MICU, 0.12, 0.04, 3.8, 66),
    ("covid", 3.5, [2.4, 1.6, 0.9, 0.6, 0.5, 0.6, 1.0, 1.3, 1.0, 0.8, 0.9, 1.8], True, ["U071"], ["J1282", "J9601"], "MED", "Medicine", MICU, 0.14, 0.07, 5.2, 68),
    ("rsv", 1.2, [3.0, 2.2, 1.0, 0.3, 0.1, 0.05, 0.05, 0.05, 0.1, 0.6, 2.2, 3.4], True, ["J189", "B974"], ["J9601"], "MED", "Medicine", MICU, 0.12, 0.04, 4.2, 74),
    ("copd", 5, RESP, True, ["J441"], ["J449", "J9602", "Z87891"], "MED", "Medicine", MICU, 0.13, 0.035, 4.2, 69),
    ("asthma", 1.5, [1.3, 1.1, 1.1, 1.2, 1.2, 0.8, 0.7, 0.8, 1.4, 1.1, 1.0, 1.2], True, ["J45901"], [], "MED", "Medicine", MICU, 0.06, 0.003, 2.6, 42),
    ("heart failure", 7, [1.3, 1.2, 1.1, 1.0, 0.9, 0.9, 0.85, 0.85, 0.9, 1.0, 1.1, 1.3], True, ["I5023", "I5033"], ["I4891", "N183", "I129"], "CMED", "Cardiology", CCU, 0.14, 0.05, 5.0, 75),
    ("nstemi", 4, [1.2, 1.1, 1.0, 1.0, 0.95, 0.9, 0.9, 0.9, 0.95, 1.0, 1.05, 1.2], True, ["I214"], ["I2510"], "CMED", "Cardiology", CCU, 0.3, 0.05, 3.8, 68),
    ("atrial fibrillation", 4, FLAT, True, ["I4891"], ["Z7901"], "CMED", "Cardiology", CCU, 0.08, 0.01, 2.8, 72),
    ("chest pain", 5, FLAT, True, ["R079"], ["I2510"], "CMED", "Observation Unit", CCU, 0.0, 0.0, 1.1, 58),
    ("syncope", 3, FLAT, True, ["R55"], [], "MED", "Observation Unit", MICU, 0.01, 0.003, 1.6, 67),
    ("stroke", 4, FLAT, True, ["I639"], ["I4891"], "NMED", "Neurology", NSICU, 0.25, 0.09, 4.5, 72),
    ("brain bleed", 1, FLAT, True, ["I619"], [], "NSURG", "Neurology", NSICU, 0.8, 0.28, 7.0, 70),
    ("seizure", 2, FLAT, True, ["G4089"], ["F1020"], "NMED", "Neurology", NSICU, 0.12, 0.01, 2.8, 48),
    ("kidney failure", 4, [1.1, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0], True, ["N179"], ["E876", "N183"], "MED", "Medicine", MICU, 0.08, 0.04, 4.2, 71),
    ("uti", 4, [0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 0.9, 0.9], True, ["N390"], ["N179"], "MED", "Medicine", MICU, 0.03, 0.015, 3.6, 73),
    ("pancreatitis", 2, FLAT, True, ["K8590"], ["F1020"], "MED", "Medicine", MICU, 0.12, 0.02, 4.2, 52),
    ("gi bleed", 3, FLAT, True, ["K922"], ["D649", "K5790"], "MED", "Medicine", MICU, 0.2, 0.04, 3.8, 68),
    ("cellulitis", 3, [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.1, 1.0, 0.8, 0.8], True, ["L03116"], ["E119"], "MED", "Medicine", MICU, 0.02, 0.004, 3.8, 58),
    ("hyponatremia", 2, FLAT, True, ["E871"], [], "MED", "Medicine", MICU, 0.06, 0.01, 3.5, 74),
    ("dka", 1.3, FLAT, True, ["E1110"], ["Z794"], "MED", "Medicine", MICU, 0.55, 0.01, 3.0, 40),
    ("alcohol", 2, [1.2, 1.0, 0.9, 0.9, 1.0, 1.0, 1.1, 1.0, 0.9, 0.9, 1.0, 1.3], True, ["F1020"], ["E876"], "MED", "Medicine", MICU, 0.12, 0.01, 3.2, 49),
    ("appendicitis", 2, FLAT, True, ["K3580"], [], "SURG", "Surgery", SICU, 0.01, 0.001, 1.8, 38),
    ("cholecystitis", 2.5, FLAT, True, ["K8000"], [], "SURG", "Surgery", SICU, 0.04, 0.005, 3.0, 56),
    ("hip fracture", 3, [1.4, 1.3, 1.1, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.4], True, ["S72001A"], ["D649"], "ORTH", "Orthopedics", TSICU, 0.08, 0.035, 5.0, 81),
    ("head injury", 1.5, [0.9, 0.9, 1.0, 1.0, 1.1, 1.1, 1.1, 1.1, 1.0, 1.0, 0.9, 1.0], True, ["S065X0A"], [], "TRAUM", "Surgery", TSICU, 0.6, 0.08, 5.0, 66),
    # elective and same-day surgery, chemotherapy
    ("knee replacement", 5, [1.1, 1.1, 1.1, 1.0, 1.0, 0.9, 0.7, 0.8, 1.0, 1.1, 1.1, 0.9], False, ["M1711"], [], "ORTH", "Orthopedics", SICU, 0.003, 0.0005, 1.6, 66),
    ("hip replacement", 3.5, [1.1, 1.1, 1.1, 1.0, 1.0, 0.9, 0.7, 0.8, 1.0, 1.1, 1.1, 0.9], False, ["M1611"], [], "ORTH", "Orthopedics", SICU, 0.004, 0.0005, 1.8, 67),
    ("cabg", 2, FLAT, False, ["I2511"], ["I2510"], "CSURG", "Cardiac Surgery", CVICU, 0.97, 0.015, 6.0, 66),
    ("valve", 1.5, FLAT, False, ["I350"], [], "CSURG", "Cardiac Surgery", CVICU, 0.95, 0.02, 5.5, 74),
    ("lung cancer", 1.5, FLAT, False, ["C3490"], [], "SURG", "Surgery", SICU, 0.2, 0.02, 4.5, 68),
    ("colon cancer", 2, FLAT, False, ["C189"], ["D649"], "SURG", "Surgery", SICU, 0.12, 0.015, 5.0, 66),
    ("vascular", 1.5, FLAT, False, ["I7025"], ["E119"], "VSURG", "Vascular", SICU, 0.15, 0.02, 4.5, 70),
    ("prostate", 1.5, FLAT, False, ["N400"], [], "GU", "Med/Surg", SICU, 0.0, 0.0, 1.4, 68),
    ("oncology", 2.5, FLAT, False, ["C3490", "C189"], ["D696", "D649"], "OMED", "Hematology/Oncology", MICU, 0.05, 0.03, 4.0, 63),
]  # fmt: skip
COMORBID = [  # code, chance at 40, chance at 80
    ("I10", 0.25, 0.62), ("E785", 0.18, 0.5), ("E119", 0.1, 0.28), ("Z87891", 0.15, 0.28), ("K219", 0.12, 0.22),
    ("F329", 0.12, 0.1), ("F419", 0.12, 0.08), ("D649", 0.06, 0.16), ("E039", 0.04, 0.14), ("N183", 0.02, 0.16),
    ("G4733", 0.06, 0.1), ("Z7901", 0.01, 0.14), ("E6601", 0.08, 0.04), ("F17210", 0.18, 0.05), ("E876", 0.06, 0.1),
    ("I4891", 0.01, 0.12), ("Z794", 0.04, 0.1),
]  # fmt: skip

# ---------------------------------------------------------------------------------------------------------------
# Labs: itemid, label, fluid, category, unit, low, high, (normal mean, sd), decimals
LABS = {
    50813: ("Lactate", "Blood", "Blood Gas", "mmol/L", 0.5, 2.0, (1.3, 0.4), 1),
    50882: ("Bicarbonate", "Blood", "Chemistry", "mEq/L", 22, 32, (25.5, 2.6), 0),
    50902: ("Chloride", "Blood", "Chemistry", "mEq/L", 96, 108, (102, 3.2), 0),
    50912: ("Creatinine", "Blood", "Chemistry", "mg/dL", 0.5, 1.2, (0.95, 0.22), 1),
    50931: ("Glucose", "Blood", "Chemistry", "mg/dL", 70, 100, (108, 24), 0),
    50960: ("Magnesium", "Blood", "Chemistry", "mg/dL", 1.6, 2.6, (2.0, 0.22), 1),
    50971: ("Potassium", "Blood", "Chemistry", "mEq/L", 3.3, 5.1, (4.1, 0.42), 1),
    50983: ("Sodium", "Blood", "Chemistry", "mEq/L", 133, 145, (139, 3.0), 0),
    51006: ("Urea Nitrogen", "Blood", "Chemistry", "mg/dL", 6, 20, (16, 6), 0),
    50861: ("Alanine Aminotransferase (ALT)", "Blood", "Chemistry", "IU/L", 0, 40, (24, 10), 0),
    50863: ("Alkaline Phosphatase", "Blood", "Chemistry", "IU/L", 35, 105, (78, 22), 0),
    50889: ("C-Reactive Protein", "Blood", "Chemistry", "mg/L", 0, 5, (3, 2), 1),
    51003: ("Troponin T", "Blood", "Chemistry", "ng/mL", 0, 0.01, (0.0, 0.0), 2),
    50963: ("NTproBNP", "Blood", "Chemistry", "pg/mL", 0, 353, (180, 110), 0),
    51222: ("Hemoglobin", "Blood", "Hematology", "g/dL", 12.0, 16.0, (13.2, 1.4), 1),
    51265: ("Platelet Count", "Blood", "Hematology", "K/uL", 150, 400, (245, 60), 0),
    51301: ("White Blood Cells", "Blood", "Hematology", "K/uL", 4.0, 11.0, (7.4, 1.9), 1),
    51237: ("INR(PT)", "Blood", "Hematology", "", 0.9, 1.1, (1.05, 0.08), 1),
    51491: ("pH", "Urine", "Hematology", "units", 5, 8, (6.0, 0.6), 1),
    51516: ("WBC", "Urine", "Hematology", "#/hpf", 0, 5, (2, 1.5), 0),
}
BMP = [50882, 50902, 50912, 50931, 50971, 50983, 51006]
CBC = [51222, 51265, 51301]
# per problem: shifts of lab means (itemid: (multiplier of mean, extra sd multiplier))
LAB_SHIFT: dict[str, dict[int, tuple[float, float]]] = {
    "sepsis": {50813: (2.6, 2.5), 51301: (1.9, 2.5), 50912: (1.6, 2.5), 50882: (0.85, 1.5), 51265: (0.75, 1.8)},
    "pneumonia": {51301: (1.6, 2.0), 50813: (1.3, 1.5), 50889: (20, 8)},
    "influenza": {51301: (1.1, 1.8), 50889: (10, 6)},
    "covid": {51301: (0.95, 1.8), 50889: (18, 7), 50813: (1.2, 1.3)},
    "rsv": {51301: (1.2, 1.6), 50889: (8, 5)},
    "copd": {50882: (1.2, 1.5), 51301: (1.3, 1.6)},
    "heart failure": {50963: (18, 8), 50912: (1.5, 2.0), 50983: (0.98, 1.3), 51006: (1.8, 2.0)},
    "nstemi": {51003: (1.0, 1.0)},
    "kidney failure": {50912: (3.0, 4.0), 51006: (2.8, 3.0), 50971: (1.12, 1.8), 50882: (0.85, 1.5)},
    "uti": {51301: (1.5, 1.8), 51516: (12, 8)},
    "gi bleed": {51222: (0.68, 1.6), 51006: (1.8, 2.0)},
    "hyponatremia": {50983: (0.9, 1.6)},
    "dka": {50931: (4.2, 4.0), 50882: (0.5, 1.8), 50813: (1.6, 1.5), 50971: (1.2, 1.8)},
    "pancreatitis": {51301: (1.5, 1.6), 50861: (3.0, 3.0)},
    "alcohol": {50960: (0.78, 1.5), 50971: (0.85, 1.4), 50861: (2.2, 2.5)},
    "oncology": {51222: (0.75, 1.4), 51265: (0.55, 2.0), 51301: (0.6, 2.0)},
    "cellulitis": {51301: (1.4, 1.6), 50889: (12, 6)},
    "atrial fibrillation": {51237: (1.8, 4.0)},
}

# ---------------------------------------------------------------------------------------------------------------
# Drugs: name, drug_type, prod_strength, dose choices, unit, doses per 24 h, route choices, days
DRUGS = {
    "flush": ("Sodium Chloride 0.9%  Flush", "MAIN", "10 mL Syringe", ["3", "10"], "mL", 3.0, ["IV"], 0),
    "ns": ("Sodium Chloride 0.9%", "BASE", "1000 mL Bag", ["1000"], "mL", None, ["IV"], 1),
    "d5": ("Dextrose 5%", "BASE", "250 mL Bag", ["250"], "mL", None, ["IV"], 1),
    "apap": ("Acetaminophen", "MAIN", "325mg Tablet", ["650", "1000", "325-650"], "mg", 4.0, ["PO/NG", "PO"], 0),
    "heparin": ("Heparin", "MAIN", "5000 Units / mL- 1mL Vial", ["5000"], "Units", 3.0, ["SC"], 0),
    "enox": ("Enoxaparin Sodium", "MAIN", "40mg/0.4mL Syringe", ["40"], "mg", 1.0, ["SC"], 0),
    "ondan": ("Ondansetron", "MAIN", "2mg/mL-2mL", ["4"], "mg", 4.0, ["IV"], 0),
    "docusate": ("Docusate Sodium", "MAIN", "100mg Capsule", ["100"], "mg", 2.0, ["PO"], 0),
    "senna": ("Senna", "MAIN", "8.6 mg Tab", ["8.6", "17.2"], "mg", 2.0, ["PO"], 0),
    "peg": ("Polyethylene Glycol", "MAIN", "17g Packet", ["17"], "g", 1.0, ["PO"], 0),
    "ppi": ("Pantoprazole", "MAIN", "40mg Tablet", ["40"], "mg", 1.0, ["PO", "IV"], 0),
    "insulin": ("Insulin", "MAIN", "100 Units / mL - 10 mL Vial", ["0", "2", "4", "6"], "Units", 4.0, ["SC"], 0),
    "kcl": ("Potassium Chloride", "MAIN", "20mEq Tablet", ["20", "40"], "mEq", 1.0, ["PO", "IV"], 1),
    "mag": ("Magnesium Sulfate", "MAIN", "2 g / 50 mL Premix Bag", ["2"], "g", 1.0, ["IV"], 1),
    "metop": ("Metoprolol Tartrate", "MAIN", "25mg Tablet", ["12.5", "25", "50"], "mg", 2.0, ["PO"], 0),
    "atorva": ("Atorvastatin", "MAIN", "40mg Tablet", ["40", "80"], "mg", 1.0, ["PO"], 0),
    "asa": ("Aspirin", "MAIN", "81mg Tablet", ["81", "325"], "mg", 1.0, ["PO"], 0),
    "furo": ("Furosemide", "MAIN", "10mg/mL - 4mL Vial", ["20", "40", "80"], "mg", 2.0, ["IV", "PO"], 0),
    "vanc": ("Vancomycin", "MAIN", "1g Frozen Bag", ["1000", "1250", "1500"], "mg", 2.0, ["IV"], 0),
    "pip": ("Piperacillin-Tazobactam", "MAIN", "4.5 g Frozen Bag", ["4.5"], "g", 3.0, ["IV"], 0),
    "ctx": ("CefTRIAXone", "MAIN", "1g Frozen Bag", ["1"], "g", 1.0, ["IV"], 0),
    "azithro": ("Azithromycin", "MAIN", "500 mg Tab", ["500", "250"], "mg", 1.0, ["PO", "IV"], 0),
    "tamiflu": ("Oseltamivir", "MAIN", "75mg Capsule", ["75"], "mg", 2.0, ["PO"], 0),
    "albuterol": ("Albuterol 0.083% Neb Soln", "MAIN", "2.5mg/3mL Neb", ["1"], "NEB", 4.0, ["IH"], 0),
    "ipra": ("Ipratropium Bromide Neb", "MAIN", "0.5mg/2.5mL Neb", ["1"], "NEB", 4.0, ["IH"], 0),
    "pred": ("PredniSONE", "MAIN", "20 mg Tab", ["40"], "mg", 1.0, ["PO"], 0),
    "dexa": ("Dexamethasone", "MAIN", "6 mg Tab", ["6"], "mg", 1.0, ["PO", "IV"], 0),
    "oxy": ("OxyCODONE (Immediate Release)", "MAIN", "5mg Tablet", ["5", "5-10"], "mg", 6.0, ["PO"], 0),
    "hydromorph": ("HYDROmorphone (Dilaudid)", "MAIN", "1mg/mL Syringe", ["0.5", "0.25-0.5"], "mg", 6.0, ["IV"], 0),
    "morphine": ("Morphine Sulfate", "MAIN", "2mg Syringe", ["2", "2-4"], "mg", 6.0, ["IV"], 0),
    "lorazepam": ("LORazepam", "MAIN", "1mg Tablet", ["0.5", "1"], "mg", 2.0, ["PO", "IV"], 0),
    "norepi": ("Norepinephrine", "MAIN", "4mg/250mL Premix", ["0.06", "0.1"], "mcg/kg/min", None, ["IV DRIP"], 0),
    "propofol": ("Propofol", "MAIN", "100mg/10mL Vial", ["10", "20"], "mcg/kg/min", None, ["IV DRIP"], 0),
    "fentanyl": ("Fentanyl Citrate", "MAIN", "2500mcg/50mL Premix", ["25", "50"], "mcg/hr", None, ["IV DRIP"], 0),
    "cefazolin": ("CeFAZolin", "MAIN", "2 g Vial", ["2"], "g", 3.0, ["IV"], 0),
    "apix": ("Apixaban", "MAIN", "5 mg Tablet", ["5", "2.5"], "mg", 2.0, ["PO"], 0),
    "levetir": ("LevETIRAcetam", "MAIN", "500mg Tablet", ["500", "1000"], "mg", 2.0, ["PO", "IV"], 0),
    "thiamine": ("Thiamine", "MAIN", "100mg Tablet", ["100"], "mg", 1.0, ["PO", "IV"], 0),
    "folic": ("FoLIC Acid", "MAIN", "1mg Tablet", ["1"], "mg", 1.0, ["PO"], 0),
    "pantoiv": ("Pantoprazole Sodium", "MAIN", "40 mg Vial", ["40"], "mg", 2.0, ["IV"], 0),
}
VARIED_DOSES: dict[
    str, Callable[[random.Random], str]
] = {  # weight-based, sliding-scale and titrated doses: many distinct texts, as in MIMIC
    "vanc": lambda r: str(250 * r.randint(3, 8)),
    "insulin": lambda r: str(r.randint(0, 24)),
    "kcl": lambda r: str(10 * r.randint(1, 6)),
    "furo": lambda r: str(r.choice([20, 40, 60, 80, 100, 120, 160])),
    "norepi": lambda r: f"{r.randint(1, 30) / 100:.2f}",
    "propofol": lambda r: str(5 * r.randint(1, 10)),
    "fentanyl": lambda r: str(25 * r.randint(1, 8)),
    "ns": lambda r: str(r.choice([250, 500, 1000])),
}
COMMON_DRUGS = [("flush", 0.78), ("apap", 0.68), ("ondan", 0.36), ("docusate", 0.3), ("senna", 0.32), ("peg", 0.22),
                ("ppi", 0.26), ("kcl", 0.24), ("mag", 0.16), ("ns", 0.3), ("d5", 0.06)]  # fmt: skip
PROBLEM_DRUGS: dict[str, list[tuple[str, float]]] = {
    "sepsis": [("vanc", 0.75), ("pip", 0.65), ("ns", 0.9), ("norepi", 0.3)],
    "pneumonia": [("ctx", 0.7), ("azithro", 0.6), ("vanc", 0.25), ("albuterol", 0.3)],
    "influenza": [("tamiflu", 0.92), ("albuterol", 0.35), ("ctx", 0.2)],
    "covid": [("dexa", 0.7), ("albuterol", 0.2), ("ctx", 0.2)],
    "rsv": [("albuterol", 0.6), ("ipra", 0.4)],
    "copd": [("albuterol", 0.9), ("ipra", 0.8), ("pred", 0.8), ("azithro", 0.5)],
    "asthma": [("albuterol", 0.95), ("pred", 0.85), ("ipra", 0.5)],
    "heart failure": [("furo", 0.95), ("metop", 0.5), ("atorva", 0.4), ("kcl", 0.4)],
    "nstemi": [("asa", 0.95), ("atorva", 0.9), ("metop", 0.7), ("heparin", 0.6)],
    "atrial fibrillation": [("metop", 0.85), ("apix", 0.6)],
    "chest pain": [("asa", 0.8), ("atorva", 0.3)],
    "stroke": [("asa", 0.7), ("atorva", 0.85)],
    "seizure": [("levetir", 0.9), ("lorazepam", 0.5)],
    "kidney failure": [("ns", 0.7)],
    "uti": [("ctx", 0.8)],
    "gi bleed": [("pantoiv", 0.9)],
    "cellulitis": [("vanc", 0.5), ("cefazolin", 0.5)],
    "dka": [("insulin", 1.0), ("ns", 0.9), ("kcl", 0.8)],
    "alcohol": [("lorazepam", 0.8), ("thiamine", 0.9), ("folic", 0.8)],
    "appendicitis": [("pip", 0.6), ("oxy", 0.8), ("hydromorph", 0.5)],
    "cholecystitis": [("pip", 0.6), ("oxy", 0.7), ("hydromorph", 0.5)],
    "hip fracture": [("oxy", 0.85), ("enox", 0.8), ("cefazolin", 0.8)],
    "head injury": [("levetir", 0.6)],
    "knee replacement": [("oxy", 0.95), ("cefazolin", 0.95), ("enox", 0.7), ("hydromorph", 0.4)],
    "hip replacement": [("oxy", 0.95), ("cefazolin", 0.95), ("enox", 0.7), ("hydromorph", 0.4)],
    "cabg": [("cefazolin", 0.95), ("furo", 0.8), ("metop", 0.8), ("asa", 0.95), ("atorva", 0.9), ("insulin", 0.8),
             ("fentanyl", 0.6), ("propofol", 0.7)],
    "valve": [("cefazolin", 0.95), ("furo", 0.7), ("metop", 0.6), ("propofol", 0.6)],
    "lung cancer": [("oxy", 0.8), ("hydromorph", 0.6), ("cefazolin", 0.8)],
    "colon cancer": [("oxy", 0.7), ("hydromorph", 0.6), ("cefazolin", 0.8), ("enox", 0.5)],
    "vascular": [("cefazolin", 0.8), ("heparin", 0.6), ("oxy", 0.6)],
    "prostate": [("cefazolin", 0.8), ("oxy", 0.4)],
    "oncology": [("ondan", 0.9), ("morphine", 0.4), ("enox", 0.3)],
}  # fmt: skip

RACES = ["WHITE", "BLACK/AFRICAN AMERICAN", "HISPANIC/LATINO - PUERTO RICAN", "HISPANIC/LATINO - DOMINICAN",
         "ASIAN - CHINESE", "ASIAN", "WHITE - OTHER EUROPEAN", "WHITE - RUSSIAN", "BLACK/CAPE VERDEAN",
         "OTHER", "UNKNOWN", "UNABLE TO OBTAIN", "PATIENT DECLINED TO ANSWER", "WHITE - BRAZILIAN"]  # fmt: skip
RACE_W = [58, 13, 3, 2, 2.5, 1.5, 2.5, 1.2, 1, 3.5, 6, 0.8, 0.5, 1]
WEEKDAY_EMERGENCY = [1.06, 1.02, 1.0, 1.0, 1.02, 0.92, 0.9]
WEEKDAY_ELECTIVE = [1.25, 1.2, 1.15, 1.2, 1.1, 0.05, 0.02]
HOUR_EMERGENCY = [
    3,
    2.5,
    2,
    1.7,
    1.5,
    1.5,
    2,
    2.5,
    3.5,
    4.5,
    5.5,
    6,
    6.2,
    6.3,
    6.4,
    6.5,
    6.5,
    6.6,
    6.5,
    6.2,
    5.7,
    5,
    4.3,
    3.6,
]


def _ts(day: dt.date, hours: float) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0)) + dt.timedelta(seconds=round(hours * 3600))


class _Ids:
    """Random unique 8-digit identifiers, as MIMIC's are: no order in time."""

    def __init__(self, rng: random.Random, low: int, high: int) -> None:
        self.rng, self.low, self.high, self.used = rng, low, high, set[int]()

    def next(self) -> int:
        while True:
            value = self.rng.randint(self.low, self.high)
            if value not in self.used:
                self.used.add(value)
                return value


def _age_for(rng: random.Random, mean: int) -> int:
    age = round(rng.gauss(mean, 14))
    if rng.random() < 0.08:
        age = rng.randint(18, 45)
    return max(18, min(95, age))


def _admission_type(rng: random.Random, problem: str, emergency: bool, ed: bool) -> str:
    if not emergency:
        return (
            weighted(rng, ["ELECTIVE", "SURGICAL SAME DAY ADMISSION"], [45, 55])
            if problem != "oncology"
            else "ELECTIVE"
        )
    if problem in ("chest pain", "syncope"):
        return weighted(rng, ["EU OBSERVATION", "OBSERVATION ADMIT", "EW EMER."], [50, 30, 20])
    if ed:
        return weighted(rng, ["EW EMER.", "EU OBSERVATION", "OBSERVATION ADMIT", "DIRECT URGENT"], [78, 7, 8, 7])
    return weighted(
        rng, ["DIRECT EMER.", "DIRECT URGENT", "DIRECT OBSERVATION", "AMBULATORY OBSERVATION"], [40, 45, 12, 3]
    )


def _lab_value(rng: random.Random, itemid: int, problem: str, severity: float, gender: str) -> float | None:
    _, _, _, _, low, high, (mean, sd), _ = LABS[itemid]
    if itemid == 51222 and gender == "M":
        mean += 1.3
    shift = LAB_SHIFT.get(problem, {}).get(itemid)
    if itemid == 51003:
        if problem == "nstemi":
            return round(max(0.02, rng.lognormvariate(math.log(0.25), 0.9)), 2)
        if problem in ("heart failure", "sepsis", "kidney failure") and rng.random() < 0.4:
            return round(rng.uniform(0.02, 0.09), 2)
        return None  # '<0.01'
    if shift:
        factor = 1 + (shift[0] - 1) * severity
        mean, sd = mean * factor, sd * (1 + (shift[1] - 1) * severity)
    value = rng.gauss(mean, sd)
    if rng.random() < 0.04:
        value = rng.gauss(mean, sd * 2.5)
    return max(value, low * 0.3 if low else 0.01 * (high - low))


def _ages_at(anchor_age: int, anchor_year: int, year: int) -> int:
    return min(91, anchor_age + year - anchor_year)


class _Hospital:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.subject_ids = _Ids(rng, 10_000_000, 19_999_999)
        self.hadm_ids = _Ids(rng, 20_000_000, 29_999_999)
        self.stay_ids = _Ids(rng, 30_000_000, 39_999_999)
        self.transfer_ids = _Ids(rng, 30_000_000, 39_999_999)
        self.patients: dict[int, list[object]] = {}  # subject -> [gender, anchor_age, anchor_year, dod, last_out]
        self.static: dict[int, tuple[str, str, str | None, str]] = {}  # race, language, marital, insurance base
        self.admissions: list[Row] = []
        self.transfers: list[Row] = []
        self.icustays: list[Row] = []
        self.services: list[Row] = []
        self.diagnoses: list[Row] = []
        self.labs: list[Row] = []
        self.rx: list[Row] = []
        self.labevent_id = 0
        self.specimen_id = 10_000_000
        self.pharmacy_id = 0
        self.pending: list[tuple[dt.datetime, int, int, str]] = []  # readmissions: (time, seq, subject, problem)
        self.seq = 0

    # -- people ----------------------------------------------------------------------------------------------
    def new_patient(self, age: int, year: int, problem: str) -> int:
        rng = self.rng
        sid = self.subject_ids.next()
        female = {"prostate": 0.0, "hip fracture": 0.7, "cabg": 0.25, "nstemi": 0.38, "uti": 0.68}.get(problem, 0.52)
        gender = "F" if rng.random() < female else "M"
        anchor_age = min(91, age) if age <= 89 else 91
        self.patients[sid] = [gender, anchor_age, year, None, None]
        race = weighted(rng, RACES, RACE_W)
        lang = "?" if rng.random() < 0.09 else "ENGLISH"  # MIMIC-IV's two values: '?' for another or unknown
        if (
            race.startswith("HISPANIC") or race.startswith("ASIAN") or race == "WHITE - RUSSIAN"
        ) and rng.random() < 0.45:
            lang = "?"
        marital = weighted(rng, ["MARRIED", "NEVER MARRIED", "WIDOWED", "DIVORCED", None],
                           [45, 30 if age < 60 else 14, 2 if age < 65 else 22, 9, 5])  # fmt: skip
        insurance = "Private" if rng.random() < 0.62 else weighted(rng, ["Medicaid", "Other", "Self pay"], [70, 27, 3])
        self.static[sid] = (race, lang, marital, insurance)
        return sid

    def age_of(self, sid: int, when: dt.datetime) -> int:
        p = self.patients[sid]
        return _ages_at(int(p[1]), int(p[2]), when.year)  # type: ignore[arg-type]

    # -- one admission ---------------------------------------------------------------------------------------
    def admit(self, sid: int, problem_index: int, admit: dt.datetime, readmission: bool) -> None:
        rng = self.rng
        (name, _, _, emergency, principal, extra, service, ward, icu_unit, icu_p, death_p, los_med, _) = PROBLEMS[
            problem_index
        ]
        gender, _, _, dod, _ = self.patients[sid]
        age = self.age_of(sid, admit)
        race, lang, marital, ins_base = self.static[sid]
        ed = emergency and rng.random() < (0.85 if name not in ("oncology",) else 0.2)
        if readmission and rng.random() < 0.2:
            ed = False
        atype = _admission_type(rng, name, emergency, ed)
        observation = "OBSERVATION" in atype
        severity = max(0.0, min(2.2, rng.gauss(1.0, 0.45)))
        if readmission:
            severity = min(2.2, severity + 0.15)
        los_days = rng.lognormvariate(math.log(los_med * (0.55 if observation else 1.0)), 0.55) * (
            1 + 0.004 * max(0, age - 60)
        )
        if not emergency and name in ("knee replacement", "hip replacement", "prostate") and rng.random() < 0.8:
            los_days = rng.uniform(0.8, 2.2)
        los_days = max(0.15, los_days)
        # ICU
        icu_chance = icu_p * (0.6 + 0.5 * severity) * (1.3 if age >= 75 and icu_p < 0.9 else 1.0)
        if observation:
            icu_chance = 0.0
        icu = rng.random() < icu_chance
        # death
        age_factor = math.exp(0.045 * (age - 65))
        p_death = death_p * age_factor * (0.5 + 0.5 * severity) * (2.6 if icu and icu_p < 0.9 else 1.0)
        if observation:
            p_death = 0.0
        died = rng.random() < min(0.6, 0.42 * p_death)
        if died:
            los_days *= rng.uniform(0.3, 1.1)
        # times
        ed_reg = ed_out = None
        location: str | None
        if ed:
            ed_reg = admit - dt.timedelta(hours=rng.uniform(2.0, 9.0))
            ed_out = admit + dt.timedelta(minutes=rng.randint(5, 90))
            location = "EMERGENCY ROOM"
        elif not emergency:
            location = weighted(
                rng, ["PHYSICIAN REFERRAL", "CLINIC REFERRAL", "PROCEDURE SITE", "PACU"], [60, 12, 18, 10]
            )
        else:
            location = weighted(
                rng,
                ["PHYSICIAN REFERRAL", "TRANSFER FROM HOSPITAL", "WALK-IN/SELF REFERRAL", "CLINIC REFERRAL",
                 "TRANSFER FROM SKILLED NURSING FACILITY", "INFORMATION NOT AVAILABLE", "INTERNAL TRANSFER TO OR FROM PSYCH"],
                [30, 28, 10, 14, 10, 6, 2],
            )  # fmt: skip
            if age >= 80 and location == "WALK-IN/SELF REFERRAL":
                location = "TRANSFER FROM SKILLED NURSING FACILITY"
        disch = admit + dt.timedelta(days=los_days)
        if not died and rng.random() < 0.45:  # discharges happen late morning to evening
            disch = dt.datetime.combine(disch.date(), dt.time(0)) + dt.timedelta(
                hours=rng.uniform(10.5, 18.5) if rng.random() < 0.9 else rng.uniform(18.5, 22)
            )
            if disch <= admit + dt.timedelta(hours=4):
                disch = admit + dt.timedelta(hours=rng.uniform(5, 20))
        if disch.date() > END and rng.random() < 1.0:
            disch = dt.datetime.combine(END, dt.time(23, 0)) - dt.timedelta(minutes=rng.randint(0, 600))
            if disch <= admit:
                disch = admit + dt.timedelta(hours=2)
        disch = disch.replace(microsecond=0)
        deathtime = disch if died else None
        if died and rng.random() < 0.04:  # a few deaths recorded minutes after the discharge time
            deathtime = disch + dt.timedelta(minutes=rng.randint(1, 45))
        # discharge location
        if died:
            dloc: str | None = "DIED"
        elif observation and rng.random() < 0.3:
            dloc = None
        else:
            home = 60 if age < 65 else 38 if age < 80 else 22
            dloc = weighted(
                rng,
                ["HOME/SELF CARE", "HOME HEALTH CARE", "SKILLED NURSING FACILITY", "REHAB", "HOSPICE", "AGAINST ADVICE",
                 "CHRONIC/LONG TERM ACUTE CARE", "ACUTE HOSPITAL", "PSYCH FACILITY", None],
                [home, 24, 8 + max(0, age - 65) * 0.8, 4 + (10 if name in ("hip fracture", "stroke", "knee replacement",
                 "hip replacement") else 0), 1 + max(0, age - 75) * 0.15 + (6 if name in ("lung cancer", "oncology") else 0),
                 2.5 if name == "alcohol" else 0.8, 1.5 if icu else 0.3, 1.0, 0.8 if name == "alcohol" else 0.1, 3],
            )  # fmt: skip
        insurance = "Medicare" if age >= 65 and rng.random() < 0.9 else ins_base
        language = lang
        hadm = self.hadm_ids.next()
        self.admissions.append((sid, hadm, admit, disch, deathtime, atype, location, dloc, insurance, language,
                                marital, race, ed_reg, ed_out, 1 if died else 0))  # fmt: skip
        # patient bookkeeping
        self.patients[sid][4] = disch
        if died:
            self.patients[sid][3] = (deathtime or disch).date()
        elif dod is None and rng.random() < 0.012 * age_factor * (3 if dloc == "HOSPICE" else 1):
            later = disch.date() + dt.timedelta(days=rng.randint(3, 200))
            if later <= END:
                self.patients[sid][3] = later
        # transfers, ICU stay
        self._movements(sid, hadm, name, ward, icu_unit, icu, admit, disch, ed_reg, died, severity)
        self._services(sid, hadm, service, name, admit, disch, icu)
        self._diagnoses(sid, hadm, principal, extra, age, died, icu, severity)
        self._labs(sid, hadm, name, admit, disch, icu, severity, str(gender), emergency)
        self._drugs(sid, hadm, name, admit, disch, icu, age)
        # a readmission?
        if not died:
            chance = 0.07 + 0.0015 * max(0, age - 50)
            chance += {"heart failure": 0.13, "copd": 0.11, "sepsis": 0.07, "kidney failure": 0.06, "oncology": 0.1,
                       "alcohol": 0.1, "gi bleed": 0.05, "pneumonia": 0.03}.get(name, 0.0)  # fmt: skip
            if dloc == "AGAINST ADVICE":
                chance += 0.2
            if rng.random() < chance:
                gap = rng.expovariate(1 / 14) + rng.uniform(0.3, 2)
                when = disch + dt.timedelta(days=min(gap, 80))
                same = rng.random() < 0.55
                nxt = problem_index if same else self.pick_problem(when.date(), True)
                self.seq += 1
                heapq.heappush(self.pending, (when, self.seq, sid, str(nxt)))

    def pick_problem(self, day: dt.date, emergency: bool) -> int:
        idx = [i for i, p in enumerate(PROBLEMS) if p[3] == emergency]
        weights = [PROBLEMS[i][1] * PROBLEMS[i][2][day.month - 1] for i in idx]
        return weighted(self.rng, idx, weights)

    def _movements(self, sid: int, hadm: int, name: str, ward: str, icu_unit: str, icu: bool, admit: dt.datetime,
                   disch: dt.datetime, ed_reg: dt.datetime | None, died: bool, severity: float) -> None:  # fmt: skip
        rng = self.rng
        rows: list[tuple[str, dt.datetime, dt.datetime]] = []
        if ed_reg is not None:
            rows.append(("Emergency Department", ed_reg, admit))
        if ward == "Medicine" and rng.random() < 0.25:
            ward = "Med/Surg"
        segments: list[tuple[str, dt.datetime, dt.datetime]] = []
        total = (disch - admit).total_seconds() / 86400
        if icu:
            unit = icu_unit
            if unit == MICU and rng.random() < 0.18:
                unit = MSICU
            if unit == SICU and rng.random() < 0.15:
                unit = MSICU
            if name in ("cabg", "valve", "knee replacement", "hip replacement", "lung cancer", "colon cancer",
                        "vascular", "prostate"):  # fmt: skip
                start_offset = rng.uniform(0.15, 0.35)  # after the operating room
            elif rng.random() < 0.7:
                start_offset = 0.0  # straight from the ED
            else:
                start_offset = rng.uniform(0.2, min(3.0, total * 0.5))
            icu_len = rng.lognormvariate(math.log(1.8 + 1.2 * severity), 0.6)
            if name in ("cabg", "valve"):
                icu_len = rng.lognormvariate(math.log(1.6), 0.5)
            start_offset = min(start_offset, total * 0.6)
            icu_in = admit + dt.timedelta(days=start_offset)
            icu_out = min(icu_in + dt.timedelta(days=icu_len), disch)
            if not died and icu_out >= disch - dt.timedelta(hours=2):
                icu_out = icu_in + dt.timedelta(days=(disch - icu_in).total_seconds() / 86400 * rng.uniform(0.4, 0.8))
            if icu_in > admit:
                segments.append((ward if name not in ("cabg", "valve") else "PACU", admit, icu_in))
            last_unit = unit
            if rng.random() < 0.06:  # moved to another ICU during the stay
                last_unit = rng.choice([u for u in (MICU, SICU, MSICU, CCU, CVICU) if u != unit])
                mid = icu_in + (icu_out - icu_in) * rng.uniform(0.3, 0.7)
                segments.append((unit, icu_in, mid))
                segments.append((last_unit, mid, icu_out))
            else:
                segments.append((unit, icu_in, icu_out))
            if icu_out < disch:
                segments.append((ward if ward != "Observation Unit" else "Medicine", icu_out, disch))
            stay = self.stay_ids.next()
            icu_in_s, icu_out_s = icu_in.replace(microsecond=0), icu_out.replace(microsecond=0)
            los = (icu_out_s - icu_in_s).total_seconds() / 86400
            self.icustays.append((sid, hadm, stay, unit, last_unit, icu_in_s, icu_out_s, los))
        else:
            if ward in ("Cardiac Surgery",):
                ward = "Med/Surg"
            if name in ("knee replacement", "hip replacement", "colon cancer", "lung cancer", "vascular", "prostate",
                        "appendicitis", "cholecystitis") and total > 0.5:  # fmt: skip
                cut = admit + dt.timedelta(hours=rng.uniform(2, 5))
                segments.append(("PACU", admit, cut))
                segments.append((ward, cut, disch))
            elif total > 2.5 and rng.random() < 0.15:
                cut = admit + dt.timedelta(days=total * rng.uniform(0.2, 0.6))
                segments.append((ward, admit, cut))
                segments.append((rng.choice(["Med/Surg", "Medicine", "Hematology/Oncology", "Neurology"]), cut, disch))
            else:
                segments.append((ward, admit, disch))
        rows.extend(segments)
        for unit, t_in, t_out in rows:
            self.transfers.append((sid, hadm, self.transfer_ids.next(), unit, t_in.replace(microsecond=0),
                                   t_out.replace(microsecond=0)))  # fmt: skip

    def _services(self, sid: int, hadm: int, service: str, name: str, admit: dt.datetime, disch: dt.datetime,
                  icu: bool) -> None:  # fmt: skip
        rng = self.rng
        t0 = (admit - dt.timedelta(minutes=rng.randint(0, 240))).replace(microsecond=0)
        self.services.append((sid, hadm, t0, None, service))
        if rng.random() < 0.08 and (disch - admit).days >= 2:
            nxt = {"MED": "SURG", "SURG": "MED", "CMED": "CSURG", "NMED": "NSURG", "ORTH": "MED"}.get(service, "MED")
            self.services.append((sid, hadm, (admit + (disch - admit) * rng.uniform(0.2, 0.7)).replace(microsecond=0),
                                  service, nxt))  # fmt: skip

    def _diagnoses(self, sid: int, hadm: int, principal: list[str], extra: list[str], age: int, died: bool, icu: bool,
                   severity: float) -> None:  # fmt: skip
        rng = self.rng
        codes = [rng.choice(principal)]
        if len(principal) > 1 and rng.random() < 0.6:
            for c in principal:
                if c not in codes:
                    codes.append(c)
        for c in extra:
            if rng.random() < 0.25 + 0.2 * severity and c not in codes:
                codes.append(c)
        t = max(0.0, min(1.0, (age - 40) / 40))
        for code, young, old in COMORBID:
            if code not in codes and rng.random() < young + (old - young) * t:
                codes.append(code)
        if (died or (age > 80 and rng.random() < 0.3)) and rng.random() < 0.7:
            codes.append("Z66")
        if icu and rng.random() < 0.1 * severity:
            codes.append("Z9911")
        for seq, code in enumerate(codes, start=1):
            self.diagnoses.append((sid, hadm, seq, code, 10))

    def _lab_row(self, sid: int, hadm: int | None, itemid: int, when: dt.datetime, name: str, severity: float,
                 gender: str, specimen: int) -> None:  # fmt: skip
        rng = self.rng
        _, _, _, unit, low, high, _, decimals = LABS[itemid]
        value = _lab_value(rng, itemid, name, severity, gender)
        if itemid == 51222:
            low, high = (13.7, 17.5) if gender == "M" else (11.2, 15.7)
        if itemid == 50912:
            low, high = (0.5, 1.2) if gender == "M" else (0.4, 1.1)
        text: str | None
        if value is None:
            text, num = "<0.01", None
        else:
            num = round(value, decimals) if decimals else float(round(value))
            text = f"{num:.{decimals}f}" if decimals else str(int(num))
        flag = None
        if num is not None and (num < low or num > high):
            flag = "abnormal"
        if itemid in (51491, 51516):
            flag = flag if rng.random() < 0.95 else None
        self.labevent_id += 1
        store = when + dt.timedelta(minutes=rng.randint(25, 140))
        self.labs.append((self.labevent_id, sid, hadm, specimen, itemid, when, store, text, num,
                          unit or None, float(low), float(high), flag))  # fmt: skip

    def _labs(self, sid: int, hadm: int, name: str, admit: dt.datetime, disch: dt.datetime, icu: bool,
              severity: float, gender: str, emergency: bool) -> None:  # fmt: skip
        rng = self.rng
        total = (disch - admit).total_seconds() / 86400
        draws: list[dt.datetime] = [admit - dt.timedelta(hours=rng.uniform(0.5, 3)) if emergency else admit]
        day = 1
        while day < total:
            if day <= 2 or (icu and day <= 4) or rng.random() < 0.3:
                draws.append(dt.datetime.combine((admit + dt.timedelta(days=day)).date(), dt.time(4, 0))
                             + dt.timedelta(minutes=rng.randint(0, 150)))  # fmt: skip
            day += 1
            if len(draws) >= 4:
                break
        for n, when in enumerate(draws):
            if when > disch:
                break
            sev = severity * (0.85**n)
            self.specimen_id += rng.randint(1, 40)
            items = (
                list(BMP) + list(CBC) if n == 0 else [50912, 50971, 50983, 51006] + (CBC if rng.random() < 0.5 else [])
            )
            if n == 0 or rng.random() < 0.2:
                items.append(50960)
            if (
                (name in ("sepsis", "dka", "pneumonia", "covid", "influenza") and (n < 2 or icu))
                or (icu and n == 0)
                or rng.random() < 0.02
            ):
                items.append(50813)
            if (name in ("nstemi", "chest pain", "heart failure", "syncope") and n < 3) or (
                n == 0 and rng.random() < 0.15
            ):
                items.append(51003)
            if (name == "heart failure" and n == 0) or (n == 0 and rng.random() < 0.05):
                items.append(50963)
            if name in ("atrial fibrillation", "stroke", "gi bleed", "cabg", "valve") or (
                n == 0 and rng.random() < 0.25
            ):
                items.append(51237)
            if n == 0 and (name in LAB_SHIFT or rng.random() < 0.3):
                items.extend([50861, 50863])
            if name in ("pneumonia", "covid", "influenza", "cellulitis", "rsv") and n < 2:
                items.append(50889)
            if (name == "uti" and n == 0) or (n == 0 and rng.random() < 0.1):
                items.extend([51491, 51516])
            for itemid in items:
                self._lab_row(sid, hadm, itemid, when.replace(microsecond=0), name, sev, gender, self.specimen_id)

    def outpatient_labs(self) -> None:
        """Clinic draws between admissions: no hadm_id, as MIMIC's outpatient lab rows."""
        rng = self.rng
        for sid, p in list(self.patients.items()):
            if rng.random() < 0.22:
                for _ in range(rng.randint(1, 3)):
                    day = START + dt.timedelta(days=rng.randint(0, (END - START).days))
                    if p[3] is not None and day >= p[3]:  # type: ignore[operator]
                        continue
                    when = _ts(day, rng.uniform(7.5, 16))
                    self.specimen_id += rng.randint(1, 40)
                    for itemid in BMP + CBC:
                        self._lab_row(sid, None, itemid, when, "", 0.0, str(p[0]), self.specimen_id)

    def _drugs(self, sid: int, hadm: int, name: str, admit: dt.datetime, disch: dt.datetime, icu: bool,
               age: int) -> None:  # fmt: skip
        rng = self.rng
        chosen: list[str] = []
        for key, p in COMMON_DRUGS + PROBLEM_DRUGS.get(name, []):
            if key not in chosen and rng.random() < p:
                chosen.append(key)
        if "enox" not in chosen and "heparin" not in chosen and "apix" not in chosen:
            chosen.append("heparin" if rng.random() < 0.72 else "enox")
        if age > 55 and rng.random() < 0.3 and "atorva" not in chosen:
            chosen.append("atorva")
        if rng.random() < 0.22 + 0.1 * (age > 60) and "insulin" not in chosen:
            chosen.append("insulin")
        if icu and name not in ("cabg", "valve") and rng.random() < 0.3:
            chosen.extend(k for k in ("propofol", "fentanyl") if k not in chosen)
        total = (disch - admit).total_seconds() / 3600
        for key in chosen:
            drug, dtype, strength, doses, unit, per_day, routes, _ = DRUGS[key]
            start = admit + dt.timedelta(hours=rng.uniform(0.2, min(24, total * 0.5)))
            if start >= disch:
                start = admit + dt.timedelta(minutes=10)
            length = rng.uniform(0.1, 1.0) * (disch - start).total_seconds() / 3600
            if dtype == "BASE":
                length = min(length, rng.uniform(2, 24))
            stop: dt.datetime | None = start + dt.timedelta(hours=max(0.5, length))
            if rng.random() < 0.01:
                stop = None
            self.pharmacy_id += rng.randint(1, 9)
            dose = VARIED_DOSES[key](rng) if key in VARIED_DOSES else rng.choice(doses)
            self.rx.append((sid, hadm, self.pharmacy_id, start.replace(second=0, microsecond=0),
                            stop.replace(second=0, microsecond=0) if stop else None, drug, strength,
                            dose, unit, per_day, rng.choice(routes)))  # fmt: skip


def build() -> Catalog:
    """The MIMIC-IV-style hospital database, deterministic for the module's seed."""
    rng = random.Random(SEED)
    hosp = _Hospital(rng)
    pool: list[int] = []
    for day in days(START, END):
        growth = 1 + 0.06 * (day - START).days / 365
        month = day.month
        # emergency admissions: base with the seasonal mix
        emer_mean = 10.6 * growth * WEEKDAY_EMERGENCY[day.weekday()]
        emer_mean *= sum(p[1] * p[2][month - 1] for p in PROBLEMS if p[3]) / sum(p[1] for p in PROBLEMS if p[3])
        elec_mean = 3.8 * growth * WEEKDAY_ELECTIVE[day.weekday()]
        if (month, day.day) in ((12, 25), (1, 1), (7, 4), (11, 23), (11, 28)) or (month == 12 and day.day >= 24):
            elec_mean *= 0.15
        events: list[tuple[dt.datetime, int, int | None, bool]] = []
        for _ in range(poisson(rng, emer_mean)):
            when = _ts(day, weighted(rng, list(range(24)), HOUR_EMERGENCY) + rng.random())
            events.append((when, hosp.pick_problem(day, True), None, False))
        for _ in range(poisson(rng, elec_mean)):
            when = _ts(day, rng.uniform(5.5, 9.5) if rng.random() < 0.85 else rng.uniform(9.5, 14))
            events.append((when, hosp.pick_problem(day, False), None, False))
        while hosp.pending and hosp.pending[0][0].date() <= day:
            when, _, sid, prob = heapq.heappop(hosp.pending)
            if when.date() == day:
                events.append((when, int(prob), sid, True))
        events.sort(key=lambda e: e[0])
        for when, prob, sid, readmit in events:
            if sid is not None:
                p = hosp.patients[sid]
                if p[3] is not None or (p[4] is not None and p[4] >= when):  # type: ignore[operator]
                    continue
            else:
                if pool and rng.random() < 0.17:
                    cand = rng.choice(pool)
                    p = hosp.patients[cand]
                    if p[3] is None and (p[4] is None or p[4] + dt.timedelta(days=2) < when):  # type: ignore[operator]
                        sid = cand
                if sid is None:
                    sid = hosp.new_patient(_age_for(rng, PROBLEMS[prob][12]), day.year, PROBLEMS[prob][0])
                    pool.append(sid)
            hosp.admit(sid, prob, when.replace(microsecond=0), readmit)
    hosp.outpatient_labs()
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("hosp_patients", [(sid, p[0], p[1], p[2], p[3]) for sid, p in sorted(hosp.patients.items())])
    catalog.add("admissions", sorted(hosp.admissions, key=lambda r: (r[0], r[2])))
    catalog.add("hosp_transfers", sorted(hosp.transfers, key=lambda r: (r[0], r[4])))
    catalog.add("icustays", sorted(hosp.icustays, key=lambda r: (r[0], r[5])))
    catalog.add("services", sorted(hosp.services, key=lambda r: (r[0], r[2])))
    catalog.add("d_labitems", [(i, v[0], v[1], v[2]) for i, v in sorted(LABS.items())])
    catalog.add("labevents", hosp.labs)
    catalog.add("prescriptions", hosp.rx)
    dictionary = [(c, 10, t) for c, t in ICD.items()] + [(c, 9, t) for c, t in ICD9.items()]
    catalog.add("d_icd_diagnoses", sorted(dictionary))
    catalog.add("diagnoses_icd", sorted(hosp.diagnoses, key=lambda r: (r[0], r[1], r[2])))
    return catalog
