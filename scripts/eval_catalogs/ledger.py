"""A small landscaping company's QuickBooks Online books as Fivetran's QuickBooks connector lands them.

Fivetran's table and column names for QuickBooks Online (snake_case of the API's fields, nested references
flattened to `<ref>_id`, line details prefixed by their detail type as the connector does: `sales_item_item_id`,
`account_expense_account_id`, `item_expense_quantity`), the connector's `_fivetran_deleted` / `_fivetran_synced`
columns, and QuickBooks' own ids: numeric strings ('1042'), every line table keyed by its document id and
`index`. Amounts are DOUBLE in the company's home currency (multicurrency is off: `currency_id` is 'USD',
`exchange_rate` NULL). Tables: `account` (the chart of accounts: `account_type`, `account_sub_type` and
`classification` Asset / Liability / Equity / Revenue / Expense, sub-accounts with `parent_account_id` and a
`fully_qualified_name` such as 'Payroll Expenses:Wages'), `customer`, `vendor`, `address` (two keys to it from
`customer`: `bill_address_id`, `shipping_address_id`), `term`, `payment_method`, `class`, `department` (QuickBooks'
locations), `item` (three keys to `account`: income, expense and asset account), `invoice` / `invoice_line`,
`credit_memo` / `credit_memo_line`, `payment` / `payment_line`, `bill` / `bill_line`, `bill_payment` /
`bill_payment_line` (two keys to `account`: `check_bank_account_id`, `credit_card_account_id`, and the
payable account) and `journal_entry` / `journal_entry_line` (`posting_type` Debit / Credit).

QuickBooks conventions kept: an invoice's lines include a 'SubTotalLineDetail' line holding the subtotal (summing
every line double counts) and, for the three largest contracts, a 'DiscountLineDetail' line of 5 % (a positive
amount that is subtracted); `total_amount` is the invoice total and `balance` what is still open; a voided invoice
keeps its row with `total_amount`, `balance` and its line amounts 0 and `private_note` 'Voided'; a deleted one
stays in the table with `_fivetran_deleted` true; a credit memo is applied to an invoice by a $0 `payment` whose
lines are the invoice and the credit memo; payroll, depreciation, loan payments and owner's draws are journal
entries.

Patterns, 2023-01-01 to 2025-09-30 (synced 2025-10-01): about 45 commercial accounts (HOAs, property managers,
offices, a school, the city) on monthly maintenance contracts invoiced April to November and snow contracts
December to March, signed over time (growth), five of them big; residential customers (growing each year) with
spring and fall cleanups, design and hardscape projects, mulch and planting, peaking March to June; a second
location (Millbrook) opened in March 2024; commercial customers pay on Net 30 / Net 45 / Net 60, the city slowly,
residential on receipt or Net 15 by card or check; partial payments, a few invoices never paid (old open
balances), recent invoices still open; credit memos for complaints; bills from nurseries and stone yards (cost of
goods, tracking materials sales), subcontractors (tree work, irrigation), fuel (seasonal), rent (raised in 2024),
insurance, utilities, advertising (spring), software, the CPA (tax season), equipment repairs; bill payments by
check or the business credit card, a few bills still open. Deterministic: one seeded `random.Random`.

Names and values the vocabulary test finds in the analyst's code, each kept (ordinary word / real name), none
renamed: tables `address`, `bill`, `class`, `invoice`, `item`, `payment`, `vendor` (QuickBooks' entities as
Fivetran names them); columns `balance`, `description`, `due_date`, `given_name`, `index` (the line key),
`payment_id`, `total_amount` (QuickBooks' / Fivetran's fields); values 'Bank', 'Expense', 'Income' (account
types), 'Revenue', 'Expense' (classifications), 'Auto', 'Insurance', 'Inventory' (account sub types), 'Fuel',
'Insurance', 'Taxes', 'Wages' (account names), 'Check' (pay type and payment method), 'Debit', 'Credit'
(posting types), 'Service', 'Inventory' (item types), 'Voided' (the note QuickBooks writes on a voided invoice),
'NON' (QuickBooks' non-taxable tax code), and numbers: account numbers '1500', '2000', '2100', '3000', '5000' and
ids ('112', '392', '428', '616' customer ids on credit memos, '784' an address id).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, money, weighted

SEED = 2023_0417
START, END = dt.date(2023, 1, 1), dt.date(2025, 9, 30)
SYNCED = dt.datetime(2025, 10, 1, 6, 12, 44)
MILLBROOK_OPEN = dt.date(2024, 3, 1)

_META = "_fivetran_deleted BOOLEAN, _fivetran_synced TIMESTAMP"
DDL = [
    f"""CREATE TABLE account (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, fully_qualified_name VARCHAR NOT NULL, account_number VARCHAR,
        account_type VARCHAR NOT NULL, account_sub_type VARCHAR NOT NULL, classification VARCHAR NOT NULL,
        parent_account_id VARCHAR REFERENCES account (id), sub_account BOOLEAN NOT NULL, active BOOLEAN NOT NULL,
        currency_id VARCHAR NOT NULL, balance DOUBLE, balance_with_sub_accounts DOUBLE, description VARCHAR,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE address (
        id VARCHAR PRIMARY KEY, line_1 VARCHAR, city VARCHAR, country_sub_division_code VARCHAR, postal_code VARCHAR,
        country VARCHAR, {_META})""",
    f"""CREATE TABLE term (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, due_days INTEGER, discount_days INTEGER,
        discount_percent DOUBLE, active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL,
        {_META})""",
    f"""CREATE TABLE payment_method (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, active BOOLEAN NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE class (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, fully_qualified_name VARCHAR NOT NULL,
        parent_class_id VARCHAR REFERENCES class (id), sub_class BOOLEAN NOT NULL, active BOOLEAN NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE department (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, fully_qualified_name VARCHAR NOT NULL,
        parent_department_id VARCHAR REFERENCES department (id), sub_department BOOLEAN NOT NULL,
        active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE customer (
        id VARCHAR PRIMARY KEY, display_name VARCHAR NOT NULL, fully_qualified_name VARCHAR NOT NULL,
        company_name VARCHAR, given_name VARCHAR, family_name VARCHAR, email VARCHAR, phone_number VARCHAR,
        website VARCHAR, bill_address_id VARCHAR REFERENCES address (id),
        shipping_address_id VARCHAR REFERENCES address (id), sales_term_id VARCHAR REFERENCES term (id),
        payment_method_id VARCHAR REFERENCES payment_method (id), taxable BOOLEAN NOT NULL, balance DOUBLE NOT NULL,
        balance_with_jobs DOUBLE NOT NULL, currency_id VARCHAR NOT NULL, active BOOLEAN NOT NULL, notes VARCHAR,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE vendor (
        id VARCHAR PRIMARY KEY, display_name VARCHAR NOT NULL, company_name VARCHAR, given_name VARCHAR,
        family_name VARCHAR, email VARCHAR, web_url VARCHAR, account_number VARCHAR,
        bill_address_id VARCHAR REFERENCES address (id), term_id VARCHAR REFERENCES term (id), balance DOUBLE NOT NULL,
        currency_id VARCHAR NOT NULL, active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE item (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, fully_qualified_name VARCHAR NOT NULL, type VARCHAR NOT NULL,
        sku VARCHAR, description VARCHAR, unit_price DOUBLE, purchase_cost DOUBLE,
        income_account_id VARCHAR REFERENCES account (id), expense_account_id VARCHAR REFERENCES account (id),
        asset_account_id VARCHAR REFERENCES account (id), track_quantity_on_hand BOOLEAN NOT NULL,
        quantity_on_hand DOUBLE, taxable BOOLEAN NOT NULL, active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL, {_META})""",
    f"""CREATE TABLE invoice (
        id VARCHAR PRIMARY KEY, doc_number VARCHAR, transaction_date DATE NOT NULL, due_date DATE,
        customer_id VARCHAR NOT NULL REFERENCES customer (id), sales_term_id VARCHAR REFERENCES term (id),
        department_id VARCHAR REFERENCES department (id), total_amount DOUBLE NOT NULL, balance DOUBLE NOT NULL,
        currency_id VARCHAR NOT NULL, exchange_rate DOUBLE, billing_email VARCHAR, email_status VARCHAR,
        print_status VARCHAR, private_note VARCHAR, customer_memo VARCHAR, allow_online_credit_card_payment BOOLEAN,
        allow_online_ach_payment BOOLEAN, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    """CREATE TABLE invoice_line (
        invoice_id VARCHAR NOT NULL REFERENCES invoice (id), "index" INTEGER NOT NULL, line_num INTEGER,
        amount DOUBLE NOT NULL, description VARCHAR, detail_type VARCHAR NOT NULL,
        sales_item_item_id VARCHAR REFERENCES item (id), sales_item_account_id VARCHAR REFERENCES account (id),
        sales_item_class_id VARCHAR REFERENCES class (id), sales_item_quantity DOUBLE, sales_item_unit_price DOUBLE,
        sales_item_service_date DATE, sales_item_tax_code_id VARCHAR, discount_account_id VARCHAR REFERENCES account (id),
        discount_percent_based BOOLEAN, discount_percent DOUBLE, _fivetran_synced TIMESTAMP,
        PRIMARY KEY (invoice_id, "index"))""",
    f"""CREATE TABLE credit_memo (
        id VARCHAR PRIMARY KEY, doc_number VARCHAR, transaction_date DATE NOT NULL,
        customer_id VARCHAR NOT NULL REFERENCES customer (id), department_id VARCHAR REFERENCES department (id),
        total_amount DOUBLE NOT NULL, balance DOUBLE NOT NULL, remaining_credit DOUBLE NOT NULL,
        currency_id VARCHAR NOT NULL, exchange_rate DOUBLE, private_note VARCHAR, customer_memo VARCHAR,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    """CREATE TABLE credit_memo_line (
        credit_memo_id VARCHAR NOT NULL REFERENCES credit_memo (id), "index" INTEGER NOT NULL, amount DOUBLE NOT NULL,
        description VARCHAR, detail_type VARCHAR NOT NULL, sales_item_item_id VARCHAR REFERENCES item (id),
        sales_item_account_id VARCHAR REFERENCES account (id), sales_item_class_id VARCHAR REFERENCES class (id),
        sales_item_quantity DOUBLE, sales_item_unit_price DOUBLE, _fivetran_synced TIMESTAMP,
        PRIMARY KEY (credit_memo_id, "index"))""",
    f"""CREATE TABLE payment (
        id VARCHAR PRIMARY KEY, transaction_date DATE NOT NULL, customer_id VARCHAR NOT NULL REFERENCES customer (id),
        total_amount DOUBLE NOT NULL, unapplied_amount DOUBLE NOT NULL,
        payment_method_id VARCHAR REFERENCES payment_method (id), reference_number VARCHAR,
        deposit_to_account_id VARCHAR REFERENCES account (id), receivable_account_id VARCHAR REFERENCES account (id),
        currency_id VARCHAR NOT NULL, exchange_rate DOUBLE, private_note VARCHAR, process_payment BOOLEAN,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    """CREATE TABLE payment_line (
        payment_id VARCHAR NOT NULL REFERENCES payment (id), "index" INTEGER NOT NULL, amount DOUBLE NOT NULL,
        invoice_id VARCHAR REFERENCES invoice (id), credit_memo_id VARCHAR REFERENCES credit_memo (id),
        journal_entry_id VARCHAR, _fivetran_synced TIMESTAMP, PRIMARY KEY (payment_id, "index"))""",
    f"""CREATE TABLE bill (
        id VARCHAR PRIMARY KEY, doc_number VARCHAR, transaction_date DATE NOT NULL, due_date DATE,
        vendor_id VARCHAR NOT NULL REFERENCES vendor (id), sales_term_id VARCHAR REFERENCES term (id),
        payable_account_id VARCHAR REFERENCES account (id), department_id VARCHAR REFERENCES department (id),
        total_amount DOUBLE NOT NULL, balance DOUBLE NOT NULL, currency_id VARCHAR NOT NULL, exchange_rate DOUBLE,
        private_note VARCHAR, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    """CREATE TABLE bill_line (
        bill_id VARCHAR NOT NULL REFERENCES bill (id), "index" INTEGER NOT NULL, line_num INTEGER,
        amount DOUBLE NOT NULL, description VARCHAR, detail_type VARCHAR NOT NULL,
        account_expense_account_id VARCHAR REFERENCES account (id),
        account_expense_class_id VARCHAR REFERENCES class (id),
        account_expense_customer_id VARCHAR REFERENCES customer (id), account_expense_billable_status VARCHAR,
        item_expense_item_id VARCHAR REFERENCES item (id), item_expense_class_id VARCHAR REFERENCES class (id),
        item_expense_quantity DOUBLE, item_expense_unit_price DOUBLE, item_expense_billable_status VARCHAR,
        _fivetran_synced TIMESTAMP, PRIMARY KEY (bill_id, "index"))""",
    f"""CREATE TABLE bill_payment (
        id VARCHAR PRIMARY KEY, doc_number VARCHAR, transaction_date DATE NOT NULL,
        vendor_id VARCHAR NOT NULL REFERENCES vendor (id), pay_type VARCHAR NOT NULL,
        check_bank_account_id VARCHAR REFERENCES account (id), credit_card_account_id VARCHAR REFERENCES account (id),
        payable_account_id VARCHAR REFERENCES account (id), department_id VARCHAR REFERENCES department (id),
        total_amount DOUBLE NOT NULL, currency_id VARCHAR NOT NULL, exchange_rate DOUBLE, private_note VARCHAR,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    """CREATE TABLE bill_payment_line (
        bill_payment_id VARCHAR NOT NULL REFERENCES bill_payment (id), "index" INTEGER NOT NULL, amount DOUBLE NOT NULL,
        bill_id VARCHAR REFERENCES bill (id), _fivetran_synced TIMESTAMP, PRIMARY KEY (bill_payment_id, "index"))""",
    f"""CREATE TABLE journal_entry (
        id VARCHAR PRIMARY KEY, doc_number VARCHAR, transaction_date DATE NOT NULL, private_note VARCHAR,
        adjustment BOOLEAN NOT NULL, total_amount DOUBLE NOT NULL, currency_id VARCHAR NOT NULL, exchange_rate DOUBLE,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, {_META})""",
    """CREATE TABLE journal_entry_line (
        journal_entry_id VARCHAR NOT NULL REFERENCES journal_entry (id), "index" INTEGER NOT NULL,
        amount DOUBLE NOT NULL, description VARCHAR, posting_type VARCHAR NOT NULL,
        account_id VARCHAR NOT NULL REFERENCES account (id), class_id VARCHAR REFERENCES class (id),
        department_id VARCHAR REFERENCES department (id), customer_id VARCHAR REFERENCES customer (id),
        vendor_id VARCHAR REFERENCES vendor (id), billable_status VARCHAR, _fivetran_synced TIMESTAMP,
        PRIMARY KEY (journal_entry_id, "index"))""",
]
COMMENTS = [
    "COMMENT ON COLUMN account.classification IS 'Asset, Liability, Equity, Revenue or Expense'",
    "COMMENT ON COLUMN account.account_type IS 'QuickBooks account type: Bank, Accounts Receivable, Other Current Asset, Fixed Asset, Accounts Payable, Credit Card, Other Current Liability, Long Term Liability, Equity, Income, Cost of Goods Sold, Expense, Other Income, Other Expense'",
    "COMMENT ON COLUMN invoice.total_amount IS 'invoice total (after discount); 0 when voided'",
    "COMMENT ON COLUMN invoice.balance IS 'amount still unpaid (0 when paid in full or voided)'",
    "COMMENT ON COLUMN invoice._fivetran_deleted IS 'true when the invoice was deleted in QuickBooks'",
    "COMMENT ON COLUMN invoice_line.detail_type IS 'SalesItemLineDetail (a product or service sold), DiscountLineDetail (a discount, positive amount subtracted from the total) or SubTotalLineDetail (the subtotal of the lines above)'",
    "COMMENT ON COLUMN invoice_line.sales_item_class_id IS 'class (business line) the line is tracked to'",
    "COMMENT ON COLUMN payment.total_amount IS 'amount received; 0 for a payment that only applies a credit memo to an invoice'",
    "COMMENT ON COLUMN payment.unapplied_amount IS 'part of the payment not applied to any invoice'",
    "COMMENT ON COLUMN payment_line.amount IS 'amount of the payment applied to the invoice (or the credit memo used)'",
    "COMMENT ON COLUMN bill.balance IS 'amount still owed to the vendor'",
    "COMMENT ON COLUMN bill_line.detail_type IS 'AccountBasedExpenseLineDetail (booked to account_expense_account_id) or ItemBasedExpenseLineDetail (an item bought; its expense account is the item''s)'",
    "COMMENT ON COLUMN bill_payment.pay_type IS 'Check (from check_bank_account_id) or CreditCard (charged to credit_card_account_id)'",
    "COMMENT ON COLUMN journal_entry_line.posting_type IS 'Debit or Credit'",
    "COMMENT ON COLUMN journal_entry.adjustment IS 'true for year-end adjusting entries'",
    "COMMENT ON COLUMN credit_memo.remaining_credit IS 'credit not yet applied to an invoice'",
]

# id, name, parent, number, type, sub type, classification
ACCOUNTS: list[tuple[str, str, str | None, str, str, str, str]] = [
    ("35", "Business Checking", None, "1010", "Bank", "Checking", "Asset"),
    ("36", "Savings", None, "1020", "Bank", "Savings", "Asset"),
    ("84", "Accounts Receivable (A/R)", None, "1100", "Accounts Receivable", "AccountsReceivable", "Asset"),
    ("4", "Undeposited Funds", None, "1200", "Other Current Asset", "UndepositedFunds", "Asset"),
    ("81", "Inventory Asset", None, "1300", "Other Current Asset", "Inventory", "Asset"),
    ("37", "Trucks & Equipment", None, "1500", "Fixed Asset", "MachineryAndEquipment", "Asset"),
    ("38", "Accumulated Depreciation", None, "1590", "Fixed Asset", "AccumulatedDepreciation", "Asset"),
    ("33", "Accounts Payable (A/P)", None, "2000", "Accounts Payable", "AccountsPayable", "Liability"),
    ("41", "Chase Ink Business Card", None, "2100", "Credit Card", "CreditCard", "Liability"),
    ("42", "Payroll Liabilities", None, "2200", "Other Current Liability", "PayrollTaxPayable", "Liability"),
    ("43", "Equipment Loan", None, "2700", "Long Term Liability", "NotesPayable", "Liability"),
    ("44", "Owner's Investment", None, "3000", "Equity", "OwnersEquity", "Equity"),
    ("45", "Owner's Draw", None, "3100", "Equity", "PartnerDistributions", "Equity"),
    ("2", "Retained Earnings", None, "3900", "Equity", "RetainedEarnings", "Equity"),
    ("50", "Maintenance Contracts", None, "4000", "Income", "ServiceFeeIncome", "Revenue"),
    ("51", "Landscaping Services", None, "4100", "Income", "ServiceFeeIncome", "Revenue"),
    ("52", "Design Income", None, "4200", "Income", "ServiceFeeIncome", "Revenue"),
    ("53", "Snow Removal Income", None, "4300", "Income", "ServiceFeeIncome", "Revenue"),
    ("54", "Sales of Product Income", None, "4400", "Income", "SalesOfProductIncome", "Revenue"),
    ("55", "Discounts given", None, "4900", "Income", "DiscountsRefundsGiven", "Revenue"),
    ("80", "Cost of Goods Sold", None, "5000", "Cost of Goods Sold", "SuppliesMaterialsCogs", "Expense"),
    ("60", "Subcontractors", None, "5100", "Cost of Goods Sold", "CostOfLaborCos", "Expense"),
    ("61", "Fuel", None, "6000", "Expense", "Auto", "Expense"),
    ("62", "Equipment Repairs", None, "6100", "Expense", "RepairMaintenance", "Expense"),
    ("63", "Equipment Rental", None, "6150", "Expense", "EquipmentRental", "Expense"),
    ("64", "Insurance", None, "6200", "Expense", "Insurance", "Expense"),
    ("65", "Rent or Lease", None, "6300", "Expense", "RentOrLeaseOfBuildings", "Expense"),
    ("66", "Utilities", None, "6400", "Expense", "Utilities", "Expense"),
    ("67", "Advertising & Marketing", None, "6500", "Expense", "AdvertisingPromotional", "Expense"),
    ("68", "Software & Subscriptions", None, "6600", "Expense", "OfficeGeneralAdministrativeExpenses", "Expense"),
    ("69", "Legal & Professional Fees", None, "6700", "Expense", "LegalProfessionalFees", "Expense"),
    ("70", "Bank Charges & Fees", None, "6800", "Expense", "BankCharges", "Expense"),
    ("71", "Payroll Expenses", None, "7000", "Expense", "PayrollExpenses", "Expense"),
    ("72", "Wages", "71", "7010", "Expense", "PayrollWageExpenses", "Expense"),
    ("73", "Taxes", "71", "7020", "Expense", "PayrollTaxExpenses", "Expense"),
    ("74", "Depreciation", None, "7500", "Expense", "OtherMiscellaneousServiceCost", "Expense"),
    ("75", "Interest Earned", None, "8000", "Other Income", "InterestEarned", "Revenue"),
    ("76", "Interest Paid", None, "8100", "Other Expense", "OtherMiscellaneousExpense", "Expense"),
]
A = {name: aid for aid, name, *_ in ACCOUNTS}

TERMS = [("1", "Due on receipt", 0), ("2", "Net 15", 15), ("3", "Net 30", 30), ("4", "Net 45", 45), ("5", "Net 60", 60)]
TERM_DAYS = {tid: d for tid, _, d in TERMS}
METHODS = [("1", "Cash", "NON_CREDIT_CARD"), ("2", "Check", "NON_CREDIT_CARD"), ("3", "Visa", "CREDIT_CARD"),
           ("4", "MasterCard", "CREDIT_CARD"), ("5", "American Express", "CREDIT_CARD"),
           ("6", "ACH", "NON_CREDIT_CARD")]  # fmt: skip
CLASSES = [("100000000000128299", "Maintenance"), ("100000000000128300", "Design/Build"),
           ("100000000000128301", "Snow & Ice")]  # fmt: skip
CL = {name: cid for cid, name in CLASSES}
DEPARTMENTS = [("1", "Fairview"), ("2", "Millbrook")]

# item id, name, type, sku, unit price, purchase cost, income account, class, unit description
ITEMS: list[tuple[str, str, str, str | None, float, float | None, str, str]] = [
    ("3", "Weekly Lawn Maintenance", "Service", None, 0.0, None, "Maintenance Contracts", "Maintenance"),
    ("4", "Spring Cleanup", "Service", None, 450.0, None, "Landscaping Services", "Maintenance"),
    ("5", "Fall Cleanup", "Service", None, 425.0, None, "Landscaping Services", "Maintenance"),
    ("6", "Landscape Design", "Service", None, 95.0, None, "Design Income", "Design/Build"),
    ("7", "Hardscape Installation", "Service", None, 65.0, None, "Landscaping Services", "Design/Build"),
    ("8", "Planting Labor", "Service", None, 55.0, None, "Landscaping Services", "Design/Build"),
    ("9", "Irrigation Repair", "Service", None, 85.0, None, "Landscaping Services", "Maintenance"),
    ("10", "Tree Trimming", "Service", None, 120.0, None, "Landscaping Services", "Maintenance"),
    ("11", "Snow Plowing", "Service", None, 0.0, None, "Snow Removal Income", "Snow & Ice"),
    ("12", "Salting & De-icing", "Service", None, 0.0, None, "Snow Removal Income", "Snow & Ice"),
    ("13", "Mulch (cu yd)", "Inventory", "MUL-HW", 48.0, 26.0, "Sales of Product Income", "Design/Build"),
    ("14", "Shrubs (3 gal)", "Inventory", "SHR-3G", 42.0, 19.0, "Sales of Product Income", "Design/Build"),
    ("15", "Perennials (flat)", "Inventory", "PER-FL", 36.0, 17.0, "Sales of Product Income", "Design/Build"),
    ("16", "Pavers (sq ft)", "NonInventory", "PAV-SQ", 9.5, 4.8, "Sales of Product Income", "Design/Build"),
    ("17", "Topsoil (cu yd)", "NonInventory", "TOP-CY", 38.0, 18.0, "Sales of Product Income", "Design/Build"),
    ("18", "Sod (pallet)", "NonInventory", "SOD-PL", 260.0, 150.0, "Sales of Product Income", "Design/Build"),
]
IT = {i[1]: i for i in ITEMS}

BIG = ["Lakeside Commons HOA", "Brightwater Property Management", "Oak Ridge Office Park", "City of Fairview",
       "St. Mark's Academy"]  # fmt: skip
COMMERCIAL = ["Maple Court Condominiums", "Fairview Medical Center", "Hillcrest Apartments", "Riverbend HOA",
              "Summit Dental Group", "Pine Hollow Townhomes", "Northgate Plaza", "Cedar Point Church",
              "Willow Creek Senior Living", "Harbor Self Storage", "Greenfield Elementary PTA", "Eastview Business Center",
              "Kessler Auto Group", "Birchwood Estates HOA", "Corner Bakery Fairview", "Sterling Law Offices",
              "Parkside Veterinary", "Meadowbrook Country Club", "Town Square Shops", "Fox Run HOA",
              "Millbrook Public Library", "Bayview Hotel", "Crestline Credit Union", "Granite State Bank",
              "Valley Fitness Club", "Orchard Lane Apartments", "Heritage Funeral Home", "Millbrook Commons",
              "Sunrise Assisted Living", "Lincoln Street Lofts", "Westfield Industrial Park", "Redstone Brewing Co.",
              "Aspen Grove HOA", "Clearwater Dental", "Highland Storage", "Beacon Hill Offices",
              "Primrose Preschool", "Millbrook Town Hall", "Quarry Ridge HOA", "Evergreen Pediatrics"]  # fmt: skip
FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Chris",
    "Karen",
    "Daniel",
    "Lisa",
    "Matthew",
    "Nancy",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Steven",
    "Ashley",
    "Paul",
    "Emily",
    "Andrew",
    "Donna",
    "Josh",
    "Michelle",
    "Kevin",
    "Carol",
    "Brian",
    "Amanda",
    "Greg",
    "Melissa",
    "Tim",
    "Deborah",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Murphy",
    "O'Brien",
    "Sullivan",
    "Kowalski",
    "Schmidt",
]
STREETS = [
    "Maple",
    "Oak",
    "Elm",
    "Cedar",
    "Pine",
    "Birch",
    "Willow",
    "Chestnut",
    "Spruce",
    "Walnut",
    "Hickory",
    "Aspen",
    "Lakeview",
    "Hillside",
    "Meadow",
]
CITIES = {"1": [("Fairview", "03101"), ("Ashford", "03102"), ("Glen Park", "03104")],
          "2": [("Millbrook", "03060"), ("Hudson Falls", "03062"), ("Ashford", "03102")]}  # fmt: skip

# vendor name, terms id, kind
VENDORS = [("Green Valley Nursery", "3", "nursery"), ("Hillside Wholesale Nursery", "3", "nursery"),
           ("Granite State Stone & Supply", "3", "stone"), ("Valley Bark & Mulch", "2", "mulch"),
           ("Martinez Tree Service", "2", "tree"), ("Ace Irrigation", "2", "irrigation"),
           ("Shell Fleet", "3", "fuel"), ("Sunbelt Rentals", "3", "rental"), ("Northeast Equipment Repair", "2", "repair"),
           ("Harbor Insurance Agency", "3", "insurance"), ("Riverside Properties LLC", "1", "rent"),
           ("Eversource", "2", "utilities"), ("Comcast Business", "2", "utilities"), ("Google Ads", "1", "ads"),
           ("Fairview Gazette", "3", "ads"), ("Intuit", "1", "software"), ("Jobber", "1", "software"),
           ("Dunn & Reilly CPAs", "3", "cpa"), ("Stihl Dealer - Ashford Power", "3", "repair"),
           ("Salt Depot Inc", "2", "salt")]  # fmt: skip


def _ts(d: dt.date, rng: random.Random, lo: int = 7, hi: int = 18) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(rng.randint(lo, hi), rng.randint(0, 59), rng.randint(0, 59)))


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    out: list[dt.date] = []
    d = dt.date(start.year, start.month, 1)
    while d <= end:
        out.append(d)
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def build() -> Catalog:
    """The books: chart of accounts, customers and vendors, sales, purchases, payments and journal entries."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    created0 = dt.datetime(2022, 11, 14, 10, 2, 11)
    meta = (False, SYNCED)
    months = _month_starts(START, END)

    # reference tables
    catalog.add("term", [(tid, name, "STANDARD", days, None, None, True, created0, created0, *meta)
                         for tid, name, days in TERMS])  # fmt: skip
    catalog.add("payment_method", [(mid, name, kind, True, created0, created0, *meta) for mid, name, kind in METHODS])
    catalog.add("class", [(cid, name, name, None, False, True, created0, created0, *meta) for cid, name in CLASSES])
    mb_created = dt.datetime(2024, 2, 20, 9, 31, 5)
    catalog.add("department", [("1", "Fairview", "Fairview", None, False, True, created0, created0, *meta),
                               ("2", "Millbrook", "Millbrook", None, False, True, mb_created, mb_created, *meta)])  # fmt: skip

    addresses: list[Row] = []

    def address(dept: str) -> str:
        aid = str(len(addresses) + 1)
        city, postal = rng.choice(CITIES[dept])
        line = f"{rng.randint(10, 2400)} {rng.choice(STREETS)} {rng.choice(['St', 'Ave', 'Rd', 'Dr', 'Ln'])}"
        addresses.append((aid, line, city, "NH", postal, "US", *meta))
        return aid

    # customers
    customers: list[dict[str, Any]] = []
    cust_seq = [57]

    def new_customer(
        kind: str, name: str, created: dt.date, dept: str, term: str, method: str | None
    ) -> dict[str, Any]:
        cust_seq[0] += 1
        bill = address(dept)
        ship = bill if rng.random() < 0.8 else address(dept)
        given = family = company = None
        if kind == "residential":
            given, family = name.split(" ", 1)
        else:
            company = name
        c = {"id": str(cust_seq[0]), "name": name, "kind": kind, "created": created, "dept": dept, "term": term,
             "method": method, "bill": bill, "ship": ship, "given": given, "family": family, "company": company}  # fmt: skip
        customers.append(c)
        return c

    commercial: list[dict[str, Any]] = []
    for k, name in enumerate(BIG):
        c = new_customer("commercial", name, dt.date(2022, 11, 15) + dt.timedelta(days=k * 9), "1",
                         "5" if name == "City of Fairview" else "4" if k < 3 else "3", "2" if k % 2 else "6")  # fmt: skip
        c["fee"] = [7800.0, 6400.0, 5200.0, 4600.0, 3900.0][k]
        c["start"], c["end"] = START, None
        c["snow"] = True
        c["slow"] = 55 if name == "City of Fairview" else 12 if k == 1 else 4
        commercial.append(c)
    for k, name in enumerate(COMMERCIAL):
        dept = "2" if name.startswith("Millbrook") or (k % 3 == 2 and k > 12) else "1"
        start = START + dt.timedelta(days=int(k * 24 + rng.randint(0, 20)))
        if dept == "2" and start < MILLBROOK_OPEN:
            start = MILLBROOK_OPEN + dt.timedelta(days=rng.randint(0, 60))
        if start > END - dt.timedelta(days=30):
            start = END - dt.timedelta(days=rng.randint(60, 200))
        c = new_customer("commercial", name, start - dt.timedelta(days=rng.randint(3, 25)), dept,
                         weighted(rng, ["2", "3", "4"], [2, 7, 2]), weighted(rng, ["2", "6"], [6, 4]))  # fmt: skip
        c["fee"] = money(rng.choice([450, 600, 750, 900, 1100, 1350, 1600, 1900, 2400]) * rng.uniform(0.95, 1.05))
        c["start"] = start
        c["end"] = start + dt.timedelta(days=rng.randint(400, 900)) if rng.random() < 0.25 else None
        c["snow"] = rng.random() < 0.55
        c["slow"] = weighted(rng, [0, 6, 20, 45], [5, 4, 2, 1])
        commercial.append(c)

    residential: list[dict[str, Any]] = []
    used: set[str] = set()
    season_w = {1: 0.3, 2: 0.5, 3: 1.6, 4: 2.4, 5: 2.6, 6: 1.8, 7: 1.0, 8: 0.9, 9: 1.3, 10: 1.5, 11: 0.6, 12: 0.2}
    for m in months:
        growth = 1.0 + 0.45 * ((m - START).days / 365)
        n = round(9 * season_w[m.month] * growth * rng.uniform(0.85, 1.15))
        for _ in range(n):
            while True:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if name not in used:
                    used.add(name)
                    break
            dept = "2" if m >= MILLBROOK_OPEN and rng.random() < 0.35 else "1"
            created = m + dt.timedelta(days=rng.randint(0, 27))
            c = new_customer("residential", name, created, dept, weighted(rng, ["1", "2"], [7, 3]),
                             weighted(rng, ["2", "3", "4", "5", "1"], [30, 30, 20, 8, 4]))  # fmt: skip
            c["slow"] = weighted(rng, [0, 5, 25], [8, 3, 1])
            residential.append(c)

    # invoices
    invoices: list[list[Any]] = []
    inv_lines: list[list[Any]] = []
    doc = [1000]

    def invoice(c: dict[str, Any], d: dt.date, lines: list[tuple[str, float, float, str]], memo: str | None,
                discount: float = 0.0) -> list[Any]:  # fmt: skip
        doc[0] += 1
        iid = str(len(invoices) + 130)
        subtotal = 0.0
        for k, (item_name, qty, price, desc) in enumerate(lines):
            it = IT[item_name]
            amount = money(qty * price)
            subtotal += amount
            inv_lines.append([iid, k, k + 1, amount, desc, "SalesItemLineDetail", it[0], A[it[6]], CL[it[7]], qty,
                              price, d, "NON", None, None, None, SYNCED])  # fmt: skip
        subtotal = money(subtotal)
        k = len(lines)
        total = subtotal
        if discount:
            disc = money(subtotal * discount / 100)
            inv_lines.append([iid, k, k + 1, disc, "Contract discount", "DiscountLineDetail", None, None, None, None,
                              None, None, None, A["Discounts given"], True, discount, SYNCED])  # fmt: skip
            total = money(subtotal - disc)
            k += 1
        inv_lines.append([iid, k, None, subtotal, None, "SubTotalLineDetail", *([None] * 10), SYNCED])
        due = d + dt.timedelta(days=TERM_DAYS[c["term"]])
        created = _ts(d, rng)
        row = [iid, str(doc[0]), d, due, c["id"], c["term"], c["dept"] if d >= MILLBROOK_OPEN else "1", total, total,
               "USD", None, None, "EmailSent", "NotSet", None, memo, c["kind"] == "residential",
               c["kind"] == "commercial", created, created, False, SYNCED]  # fmt: skip
        invoices.append(row)
        return row

    inv_customer: dict[str, dict[str, Any]] = {}
    for c in commercial:
        for m in months:
            if m < c["start"] - dt.timedelta(days=20) or (c["end"] and m > c["end"]):
                continue
            d = m if m >= c["start"] else c["start"]
            if 4 <= m.month <= 11:
                fee = c["fee"] * (1.04 if m.year == 2024 else 1.075 if m.year == 2025 else 1.0)
                lines = [("Weekly Lawn Maintenance", 1, money(fee), f"Grounds maintenance - {m:%B %Y}")]
                if m.month in (4, 10) and rng.random() < 0.7:
                    item = "Spring Cleanup" if m.month == 4 else "Fall Cleanup"
                    lines.append((item, 1, money(c["fee"] * rng.uniform(0.6, 1.2)), f"{item} - site"))
                if rng.random() < 0.15:
                    lines.append(("Irrigation Repair", rng.randint(2, 10), 85.0, "Irrigation service call"))
                if m.month in (5, 6) and rng.random() < 0.5:
                    lines.append(("Mulch (cu yd)", rng.randint(10, 60), 48.0, "Hardwood mulch installed"))
                if rng.random() < 0.08:
                    lines.append(("Tree Trimming", rng.randint(4, 16), 120.0, "Tree work"))
                inv = invoice(c, d, lines, None, 5.0 if c["name"] in BIG[:3] else 0.0)
                inv_customer[inv[0]] = c
            elif c["snow"] and m.month in (12, 1, 2, 3):
                storms = max(0, round(rng.gauss({12: 3, 1: 5, 2: 4, 3: 2}[m.month], 1.5)))
                if storms == 0:
                    continue
                rate = money(c["fee"] * 0.22)
                lines = [("Snow Plowing", storms, rate, f"Plowing, {storms} events")]
                lines.append(("Salting & De-icing", storms, money(rate * 0.4), "Salt applications"))
                end_of = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1) - dt.timedelta(days=1)
                if end_of > END:
                    continue
                inv = invoice(c, end_of, lines, None)
                inv_customer[inv[0]] = c

    for c in residential:
        d = c["created"]
        jobs = weighted(rng, [1, 2, 3, 4], [5, 3, 1.5, 0.7])
        for _ in range(jobs):
            if d > END:
                break
            kind = weighted(
                rng, ["cleanup", "design", "mulch", "planting", "irrigation", "tree"], [30, 12, 22, 14, 10, 6]
            )
            if kind == "cleanup":
                item = "Fall Cleanup" if d.month >= 8 else "Spring Cleanup"
                lines = [(item, 1, money(IT[item][4] * rng.uniform(0.6, 1.8)), item)]
            elif kind == "design":
                hours = rng.randint(6, 20)
                lines = [("Landscape Design", hours, 95.0, "Design consultation and plan"),
                         ("Hardscape Installation", rng.randint(30, 260), 65.0, "Patio / walkway installation"),
                         ("Pavers (sq ft)", rng.randint(150, 900), 9.5, "Pavers"),
                         ("Planting Labor", rng.randint(6, 30), 55.0, "Planting")]  # fmt: skip
                if rng.random() < 0.6:
                    lines.append(("Shrubs (3 gal)", rng.randint(5, 40), 42.0, "Shrubs"))
                if rng.random() < 0.3:
                    lines.append(("Sod (pallet)", rng.randint(2, 10), 260.0, "Sod"))
            elif kind == "mulch":
                lines = [("Mulch (cu yd)", rng.randint(3, 15), 48.0, "Mulch delivered and spread"),
                         ("Planting Labor", rng.randint(2, 8), 55.0, "Bed edging")]  # fmt: skip
            elif kind == "planting":
                lines = [("Perennials (flat)", rng.randint(2, 12), 36.0, "Perennials"),
                         ("Shrubs (3 gal)", rng.randint(3, 15), 42.0, "Shrubs"),
                         ("Topsoil (cu yd)", rng.randint(2, 8), 38.0, "Topsoil"),
                         ("Planting Labor", rng.randint(4, 16), 55.0, "Planting")]  # fmt: skip
            elif kind == "irrigation":
                lines = [("Irrigation Repair", rng.randint(1, 8), 85.0, "Irrigation repair / startup")]
            else:
                lines = [("Tree Trimming", rng.randint(3, 14), 120.0, "Tree trimming and removal")]
            inv = invoice(c, d, lines, "Thank you for your business!" if rng.random() < 0.5 else None)
            inv_customer[inv[0]] = c
            d = d + dt.timedelta(days=rng.randint(60, 330))
            if kind == "design" and d.month in (12, 1, 2):
                d = dt.date(d.year + (d.month == 12), 3, rng.randint(1, 28))

    invoices.sort(key=lambda r: (r[2], int(r[0])))
    # voided and deleted invoices
    by_id = {r[0]: r for r in invoices}
    lines_of: dict[str, list[list[Any]]] = {}
    for line in inv_lines:
        lines_of.setdefault(line[0], []).append(line)
    for r in invoices:
        x = rng.random()
        if x < 0.015:
            r[7] = r[8] = 0.0
            r[14] = "Voided"
            r[19] = r[18] + dt.timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 6))
            for line in lines_of[r[0]]:
                line[3] = 0.0
                if line[5] == "SalesItemLineDetail":
                    line[9] = 0.0
        elif x < 0.021:
            r[20] = True

    # credit memos
    cms: list[list[Any]] = []
    cm_lines: list[Row] = []
    payments: list[list[Any]] = []
    pay_lines: list[Row] = []
    pay_seq = [400]

    def payment(cust: dict[str, Any], d: dt.date, total: float, apply: list[tuple[str | None, str | None, float]],
                method: str | None, unapplied: float = 0.0) -> None:  # fmt: skip
        pay_seq[0] += 1
        pid = str(pay_seq[0])
        ts = _ts(d, rng, 8, 20)
        deposit = A["Business Checking"] if method == "6" else A["Undeposited Funds"] if method else None
        ref = None if method in ("1", None) else str(rng.randint(1000, 9999)) if method == "2" else None
        payments.append([pid, d, cust["id"], money(total), money(unapplied), method, ref, deposit,
                         A["Accounts Receivable (A/R)"], "USD", None, None, method in ("3", "4", "5"), ts, ts, *meta])  # fmt: skip
        for k, (iid, cmid, amt) in enumerate(apply):
            pay_lines.append((pid, k, money(amt), iid, cmid, None, SYNCED))

    cm_seq = [9000]
    for r in invoices:
        if r[7] <= 0 or r[20] or rng.random() > 0.02:
            continue
        c = inv_customer[r[0]]
        cm_seq[0] += 1
        cmid = str(len(cms) + 2200)
        d = r[2] + dt.timedelta(days=rng.randint(3, 30))
        if d > END:
            continue
        line = next(line for line in lines_of[r[0]] if line[5] == "SalesItemLineDetail")
        amt = money(min(r[7], line[3]) * rng.choice([0.1, 0.15, 0.25, 0.5, 1.0]))
        ts = _ts(d, rng)
        cm_lines.append((cmid, 0, amt, rng.choice(["Credit - service complaint", "Credit - missed visit",
                                                   "Credit - dead plants replaced", "Billing adjustment"]),
                         "SalesItemLineDetail", line[6], line[7], line[8], 1.0, amt, SYNCED))  # fmt: skip
        applied = rng.random() < 0.85
        cms.append([cmid, f"CM{cm_seq[0]}", d, c["id"], r[6], amt, 0.0 if applied else amt, 0.0 if applied else amt,
                    "USD", None, None, "Credit for " + r[1], ts, ts, *meta])  # fmt: skip
        if applied:
            payment(c, d, 0.0, [(r[0], None, amt), (None, cmid, amt)], None)
            r[8] = money(r[8] - amt)
            r[19] = ts

    # customer payments
    for r in invoices:
        if r[8] <= 0 or r[20]:
            continue
        c = inv_customer[r[0]]
        due = r[3]
        fate = rng.random()
        if fate < 0.012 and r[2] < dt.date(2025, 3, 1):
            continue  # never paid: an old open balance
        base = due + dt.timedelta(days=round(rng.gauss(c["slow"], 6 + c["slow"] / 3)))
        if c["kind"] == "residential" and c["term"] == "1":
            base = r[2] + dt.timedelta(days=max(0, round(rng.expovariate(1 / (3 + c["slow"])))))
        pay_d = max(r[2], base)
        method = c["method"]
        if fate < 0.08:  # partial: two installments
            first = money(r[8] * rng.choice([0.3, 0.4, 0.5, 0.6]))
            if pay_d <= END:
                payment(c, pay_d, first, [(r[0], None, first)], method)
                r[8] = money(r[8] - first)
                r[19] = _ts(pay_d, rng)
            second = pay_d + dt.timedelta(days=rng.randint(20, 75))
            if second <= END and rng.random() < 0.85 and pay_d <= END:
                amt = r[8]
                payment(c, second, amt, [(r[0], None, amt)], method)
                r[8] = 0.0
                r[19] = _ts(second, rng)
            continue
        if pay_d <= END:
            amt = r[8]
            over = money(rng.choice([25.0, 50.0, 100.0])) if rng.random() < 0.01 else 0.0
            payment(c, pay_d, amt + over, [(r[0], None, amt)], method, over)
            r[8] = 0.0
            r[19] = _ts(pay_d, rng)
    payments.sort(key=lambda p: (p[1], int(p[0])))

    # vendors and bills
    vendors: list[dict[str, Any]] = []
    for k, (name, term, kind) in enumerate(VENDORS):
        dept = "1"
        vendors.append({"id": str(k + 20), "name": name, "term": term, "kind": kind, "addr": address(dept)})
    vk: dict[str, list[dict[str, Any]]] = {}
    for v in vendors:
        vk.setdefault(v["kind"], []).append(v)

    bills: list[list[Any]] = []
    bill_lines: list[Row] = []
    bdoc = [0]

    def bill(
        v: dict[str, Any], d: dt.date, lines: list[tuple[Any, ...]], dept: str = "1", note: str | None = None
    ) -> None:
        bid = str(len(bills) + 700)
        bdoc[0] += 1
        total = 0.0
        for k, ln in enumerate(lines):
            if ln[0] == "item":
                _, item_name, qty, cost, cls = ln
                amt = money(qty * cost)
                bill_lines.append((bid, k, k + 1, amt, item_name, "ItemBasedExpenseLineDetail", None, None, None, None,
                                   IT[item_name][0], CL[cls], qty, cost, "NotBillable", SYNCED))  # fmt: skip
            else:
                _, acct, amt, cls, desc = ln
                amt = money(amt)
                bill_lines.append((bid, k, k + 1, amt, desc, "AccountBasedExpenseLineDetail", A[acct],
                                   CL[cls] if cls else None, None, "NotBillable", None, None, None, None, None,
                                   SYNCED))  # fmt: skip
            total += amt
        total = money(total)
        ts = _ts(d, rng)
        due = d + dt.timedelta(days=TERM_DAYS[v["term"]])
        ref = v["name"][:3].upper() + "-" + str(rng.randint(10000, 99999)) if rng.random() < 0.8 else None
        bills.append([bid, ref, d, due, v["id"], v["term"], A["Accounts Payable (A/P)"], dept, total, total, "USD",
                      None, note, ts, ts, False, SYNCED, v])  # fmt: skip

    # materials bought to match what was sold each month (cost of goods)
    sold: dict[tuple[dt.date, str], float] = {}
    for line in inv_lines:
        if line[5] == "SalesItemLineDetail" and line[6] in {IT[n][0] for n in IT if IT[n][2] != "Service"}:
            inv = by_id[line[0]]
            key = (dt.date(inv[2].year, inv[2].month, 1), line[6])
            sold[key] = sold.get(key, 0.0) + (line[9] or 0.0)
    item_by_id = {i[0]: i for i in ITEMS}
    for m in months:
        for supplier_kind, names in (("nursery", ["Shrubs (3 gal)", "Perennials (flat)", "Sod (pallet)"]),
                                     ("stone", ["Pavers (sq ft)", "Topsoil (cu yd)"]), ("mulch", ["Mulch (cu yd)"])):  # fmt: skip
            for half in (0, 1):
                lines: list[tuple[Any, ...]] = []
                for n in names:
                    q = sold.get((m, IT[n][0]), 0.0) / 2
                    if q >= 1:
                        cost = item_by_id[IT[n][0]][5] or 0.0
                        cost = money(cost * (1.06 if m.year == 2024 else 1.1 if m.year == 2025 else 1.0))
                        lines.append(("item", n, round(q * rng.uniform(0.95, 1.1)), cost, "Design/Build"))
                if lines:
                    v = rng.choice(vk[supplier_kind])
                    bill(v, m + dt.timedelta(days=rng.randint(1, 12) + 14 * half), lines)
        # recurring overheads
        rent = 4500.0 if m.year == 2023 else 4850.0
        bill(vk["rent"][0], m, [("acct", "Rent or Lease", rent, None, "Yard and shop rent")])
        if m >= MILLBROOK_OPEN:
            bill(vk["rent"][0], m, [("acct", "Rent or Lease", 2100.0, None, "Millbrook yard")], "2")
        for v in vk["utilities"]:
            amt = (
                rng.uniform(180, 320)
                if v["name"] == "Comcast Business"
                else rng.uniform(260, 900) * (1.4 if m.month in (1, 2, 12) else 1.0)
            )
            bill(v, m + dt.timedelta(days=rng.randint(3, 9)), [("acct", "Utilities", amt, None, "Monthly service")])
        crew = {1: 0.35, 2: 0.35, 3: 0.7, 4: 1.0, 5: 1.1, 6: 1.1, 7: 1.0, 8: 1.0, 9: 0.95, 10: 0.95, 11: 0.7, 12: 0.45}[
            m.month
        ]
        growth = 1 + 0.3 * ((m - START).days / 365)
        for half in (0, 1):
            bill(vk["fuel"][0], m + dt.timedelta(days=14 * half + 13),
                 [("acct", "Fuel", 1900 * crew * growth * rng.uniform(0.85, 1.15), None, "Fleet fuel")])  # fmt: skip
        bill(vk["software"][0], m + dt.timedelta(days=4), [("acct", "Software & Subscriptions", 90.0 if m.year < 2024 else 115.0, None, "QuickBooks Online Plus")])  # fmt: skip
        bill(vk["software"][1], m + dt.timedelta(days=8), [("acct", "Software & Subscriptions", 199.0 if m.year < 2025 else 249.0, None, "Jobber Grow plan")])  # fmt: skip
        ads = {2: 1.6, 3: 2.2, 4: 2.0, 5: 1.2, 8: 0.8, 9: 1.2}.get(m.month, 0.4)
        bill(vk["ads"][0], m + dt.timedelta(days=2), [("acct", "Advertising & Marketing", 800 * ads * growth * rng.uniform(0.8, 1.2), None, "Search ads")])  # fmt: skip
        if m.month in (3, 9) and m.year < 2025:  # the print ads stopped after 2024
            bill(vk["ads"][1], m + dt.timedelta(days=rng.randint(1, 20)), [("acct", "Advertising & Marketing", rng.choice([650.0, 900.0, 1200.0]), None, "Print ad")])  # fmt: skip
        if m.month in (1, 4, 7, 10):
            bill(vk["insurance"][0], m + dt.timedelta(days=5), [("acct", "Insurance", 3600.0 if m.year == 2023 else 4150.0, None, "Quarterly premium - GL, auto, WC")])  # fmt: skip
        if m.month in (1, 4, 7, 10) or m.month == 3:
            fee = 650.0 if m.month != 3 else 3400.0 + 300 * (m.year - 2023)
            bill(vk["cpa"][0], m + dt.timedelta(days=rng.randint(10, 25)), [("acct", "Legal & Professional Fees", fee, None, "Tax preparation" if m.month == 3 else "Quarterly bookkeeping review")])  # fmt: skip
        for _ in range(max(0, round(rng.gauss(2.2 * crew, 1)))):
            v = rng.choice(vk["repair"])
            bill(v, m + dt.timedelta(days=rng.randint(0, 27)), [("acct", "Equipment Repairs", rng.lognormvariate(6.2, 0.8), "Maintenance", "Mower / equipment repair")])  # fmt: skip
        if m.month in (4, 5, 6, 9, 10) and rng.random() < 0.7:
            bill(vk["rental"][0], m + dt.timedelta(days=rng.randint(0, 27)), [("acct", "Equipment Rental", rng.uniform(400, 2600), "Design/Build", "Skid steer / excavator rental")])  # fmt: skip
        if m.month in (12, 1, 2):
            bill(vk["salt"][0], m + dt.timedelta(days=rng.randint(0, 20)), [("acct", "Cost of Goods Sold", rng.uniform(1800, 5200) * growth, "Snow & Ice", "Bulk rock salt")])  # fmt: skip
    # subcontractors for tree work and irrigation
    for line in inv_lines:
        if line[5] != "SalesItemLineDetail" or line[3] <= 0:
            continue
        inv = by_id[line[0]]
        if line[6] == IT["Tree Trimming"][0] and rng.random() < 0.9:
            bill(vk["tree"][0], inv[2] + dt.timedelta(days=rng.randint(2, 14)),
                 [("acct", "Subcontractors", line[3] * 0.68, "Maintenance", f"Tree work - inv {inv[1]}")])  # fmt: skip
        elif line[6] == IT["Irrigation Repair"][0] and rng.random() < 0.5:
            bill(vk["irrigation"][0], inv[2] + dt.timedelta(days=rng.randint(2, 14)),
                 [("acct", "Subcontractors", line[3] * 0.55, "Maintenance", f"Irrigation sub - inv {inv[1]}")])  # fmt: skip
    bills = [b for b in bills if b[2] <= END]
    bills.sort(key=lambda b: (b[2], int(b[0])))
    keep = {b[0] for b in bills}
    bill_lines = [ln for ln in bill_lines if ln[0] in keep]
    for b in bills:
        if rng.random() < 0.004:
            b[15] = True

    # bill payments
    bps: list[Row] = []
    bp_lines: list[Row] = []
    vendor_delay = {"rent": -2, "insurance": 0, "software": 0, "ads": 0, "utilities": 2, "fuel": 4, "cpa": 12,
                    "nursery": 6, "stone": 9, "mulch": 3, "tree": 15, "irrigation": 5, "repair": 8, "rental": 3,
                    "salt": 2}  # fmt: skip
    check_no = [4100]
    for b in bills:
        if b[15]:
            continue
        v = b[17]
        if v["kind"] in ("software", "ads"):
            pay_d = b[2]
            card = True
        else:
            pay_d = b[3] + dt.timedelta(days=round(rng.gauss(vendor_delay[v["kind"]], 4)))
            pay_d = max(b[2], pay_d)
            card = v["kind"] in ("fuel", "repair") and rng.random() < 0.5
        parts = [b[8]]
        if b[8] > 3000 and rng.random() < 0.12:
            first = money(b[8] * 0.5)
            parts = [first, money(b[8] - first)]
        when = pay_d
        for part in parts:
            if when > END:
                break
            bpid = str(len(bps) + 3100)
            ts = _ts(when, rng)
            if card:
                bps.append((bpid, None, when, v["id"], "CreditCard", None, A["Chase Ink Business Card"],
                            A["Accounts Payable (A/P)"], b[7], part, "USD", None, None, ts, ts, *meta))  # fmt: skip
            else:
                check_no[0] += 1
                bps.append((bpid, str(check_no[0]), when, v["id"], "Check", A["Business Checking"], None,
                            A["Accounts Payable (A/P)"], b[7], part, "USD", None, None, ts, ts, *meta))  # fmt: skip
            bp_lines.append((bpid, 0, part, b[0], SYNCED))
            b[9] = money(b[9] - part)
            b[14] = ts
            when = when + dt.timedelta(days=rng.randint(25, 40))

    # journal entries: payroll, depreciation, loan payments, owner's draws, year-end adjustments
    jes: list[Row] = []
    je_lines: list[Row] = []

    def je(d: dt.date, note: str, lines: list[tuple[str, str, float, str | None]], adjustment: bool = False) -> None:
        jid = str(len(jes) + 5000)
        ts = _ts(d, rng)
        total = money(sum(amt for _, post, amt, _ in lines if post == "Debit"))
        jes.append((jid, f"JE-{len(jes) + 1:04d}", d, note, adjustment, total, "USD", None, ts, ts, *meta))
        for k, (acct, post, amt, desc) in enumerate(lines):
            je_lines.append((jid, k, money(amt), desc, post, A[acct], None, None, None, None, None, SYNCED))

    for m in months:
        crew = {1: 0.35, 2: 0.35, 3: 0.7, 4: 1.0, 5: 1.1, 6: 1.1, 7: 1.0, 8: 1.0, 9: 0.95, 10: 0.95, 11: 0.7, 12: 0.45}[
            m.month
        ]
        growth = 1 + 0.32 * ((m - START).days / 365) + (0.12 if m >= MILLBROOK_OPEN else 0)
        for day in (15, 28):
            d = dt.date(m.year, m.month, day)
            wages = money(21000 * crew * growth * rng.uniform(0.93, 1.07))
            tax = money(wages * 0.0865)
            je(d, "Payroll - Gusto summary", [("Wages", "Debit", wages, "Gross wages"),
                                             ("Taxes", "Debit", tax, "Employer payroll taxes"),
                                             ("Business Checking", "Credit", money(wages + tax), "Net pay and taxes")])  # fmt: skip
        last = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1) - dt.timedelta(days=1)
        dep = 2650.0 if m.year == 2023 else 3100.0 if m.year == 2024 else 3550.0
        je(last, "Monthly depreciation", [("Depreciation", "Debit", dep, None), ("Accumulated Depreciation", "Credit", dep, None)])  # fmt: skip
        interest = money(max(120.0, 980 - 22 * months.index(m)))
        je(dt.date(m.year, m.month, 10), "Equipment loan payment", [("Equipment Loan", "Debit", 2400.0 - interest, "Principal"),
                                                                    ("Interest Paid", "Debit", interest, "Interest"),
                                                                    ("Business Checking", "Credit", 2400.0, None)])  # fmt: skip
        if m.month in (3, 6, 9, 12):
            draw = rng.choice([8000.0, 10000.0, 12000.0, 15000.0])
            je(dt.date(m.year, m.month, 20), "Owner draw", [("Owner's Draw", "Debit", draw, None), ("Business Checking", "Credit", draw, None)])  # fmt: skip
        earned = money(rng.uniform(8, 60))
        je(last, "Bank interest", [("Business Checking", "Debit", earned, "Interest"),
                                   ("Interest Earned", "Credit", earned, None)])  # fmt: skip
        fee = money(rng.uniform(25, 70))
        je(last, "Merchant and bank fees", [("Bank Charges & Fees", "Debit", fee, None), ("Business Checking", "Credit", fee, None)])  # fmt: skip
        if m.month == 12:
            adj = money(rng.uniform(1500, 4000))
            je(last, "Year-end accrual (CPA)", [("Legal & Professional Fees", "Debit", adj, None), ("Accounts Payable (A/P)", "Credit", adj, None)], True)  # fmt: skip

    # balances
    open_ar: dict[str, float] = {}
    for r in invoices:
        if not r[20]:
            open_ar[r[4]] = open_ar.get(r[4], 0.0) + r[8]
    for cm in cms:
        open_ar[cm[3]] = open_ar.get(cm[3], 0.0) - cm[6]
    open_ap: dict[str, float] = {}
    for b in bills:
        if not b[15]:
            open_ap[b[4]] = open_ap.get(b[4], 0.0) + b[9]

    cust_rows: list[Row] = []
    for c in customers:
        bal = money(open_ar.get(c["id"], 0.0))
        created = _ts(c["created"], rng)
        slug = c["name"].lower().replace(" ", "").replace("'", "").replace(".", "").replace("&", "")[:18]
        email = (
            (f"{slug}@gmail.com" if rng.random() < 0.6 else None) if c["kind"] == "residential" else f"ap@{slug}.com"
        )
        phone = f"(603) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}" if rng.random() < 0.8 else None
        active = not (c.get("end") and c["end"] < END) and rng.random() > 0.03
        cust_rows.append((c["id"], c["name"], c["name"], c["company"], c["given"], c["family"], email, phone,
                          f"www.{slug}.com" if c["kind"] == "commercial" and rng.random() < 0.6 else None, c["bill"],
                          c["ship"], c["term"], c["method"], False, bal, bal, "USD", active,
                          "Gate code 4471" if rng.random() < 0.03 else None, created, created, *meta))  # fmt: skip
    vend_rows: list[Row] = []
    for v in vendors:
        created = _ts(dt.date(2022, 11, 20) + dt.timedelta(days=int(v["id"])), rng)
        slug = v["name"].lower().replace(" ", "").replace("&", "").replace(".", "")[:16]
        vend_rows.append((v["id"], v["name"], v["name"], None, None, f"billing@{slug}.com",
                          f"www.{slug}.com" if rng.random() < 0.7 else None,
                          str(rng.randint(100000, 999999)) if rng.random() < 0.6 else None, v["addr"], v["term"],
                          money(open_ap.get(v["id"], 0.0)), "USD", v["name"] != "Fairview Gazette", created, created, *meta))  # fmt: skip
    item_rows: list[Row] = []
    for iid, name, typ, sku, price, cost, income, _cls in ITEMS:
        inv = typ == "Inventory"
        item_rows.append((iid, name, name, typ, sku, name, price or None, cost, A[income],
                          A["Cost of Goods Sold"] if cost else A["Subcontractors"] if name in ("Tree Trimming", "Irrigation Repair") else None,
                          A["Inventory Asset"] if inv else None, inv, float(rng.randint(0, 120)) if inv else None, False,
                          True, created0, created0, *meta))  # fmt: skip

    # account balances (QuickBooks' running balance for balance-sheet accounts, NULL-free)
    acct_rows: list[Row] = []
    ar = money(sum(open_ar.values()))
    ap = money(sum(open_ap.values()))
    for aid, name, parent, number, typ, sub, cls in ACCOUNTS:
        bal = {"Accounts Receivable (A/R)": ar, "Accounts Payable (A/P)": ap}.get(name, 0.0)
        acct_rows.append((aid, name, f"Payroll Expenses:{name}" if parent else name, number, typ, sub, cls, parent,
                          parent is not None, True, "USD", bal, bal, None, created0, created0, *meta))  # fmt: skip

    catalog.add("account", [r for r in acct_rows if r[7] is None])
    catalog.add("account", [r for r in acct_rows if r[7] is not None])
    catalog.add("address", addresses)
    catalog.add("customer", cust_rows)
    catalog.add("vendor", vend_rows)
    catalog.add("item", item_rows)
    catalog.add("invoice", [tuple(r) for r in invoices])
    catalog.add("invoice_line", [tuple(line) for line in inv_lines])
    catalog.add("credit_memo", [tuple(cm) for cm in cms])
    catalog.add("credit_memo_line", cm_lines)
    catalog.add("payment", [tuple(p) for p in payments])
    catalog.add("payment_line", pay_lines)
    catalog.add("bill", [tuple(b[:17]) for b in bills])
    catalog.add("bill_line", bill_lines)
    catalog.add("bill_payment", bps)
    catalog.add("bill_payment_line", bp_lines)
    catalog.add("journal_entry", jes)
    catalog.add("journal_entry_line", je_lines)
    return catalog
