"""How people name nations where ISO 3166 does not: demonyms ("German customers", "Dutch users") and everyday names
("Holland", "Britain", "the States"), each to the nation's ISO 3166 numeric code. Language data, as the units and
verbs of the lexicon are; a word here is read as a place only over a column of nations and when the catalog does not
use it otherwise."""

from __future__ import annotations

# Everyday names ISO 3166 does not give (its names, official names and "Bolivia" of "Bolivia, Plurinational State
# of" are read from pycountry). The constituent countries of a union of nations name it only where a column of
# nations does not store them (a word the catalog holds is never read as a place).
EVERYDAY_NAMES: dict[str, str] = {
    "Holland": "528", "Britain": "826", "Great Britain": "826",
    "England": "826", "Scotland": "826", "Wales": "826",
    "America": "840", "the States": "840",
    "U S": "840", "U S A": "840", "Russia": "643",
    "Korea": "410", "Ivory Coast": "384", "Burma": "104", "Macedonia": "807",
    "Brunei": "096", "Cape Verde": "132", "Swaziland": "748",
    "Czech Republic": "203", "Persia": "364", "UAE": "784", "Emirates": "784",
    "UK": "826", "U K": "826", "DR Congo": "180", "DRC": "180", "Lao PDR": "418", "Macau": "446",
    "The Gambia": "270", "Vatican": "336", "St Lucia": "662", "St Kitts and Nevis": "659",
    "St Vincent and the Grenadines": "670",
    # As national data offices write them, where the words before the comma name another nation (places._nation_named).
    "Congo, Dem. Rep.": "180", "Congo, Rep.": "178", "Korea, Dem. People's Rep.": "408",
}  # fmt: skip

# The adjective or the people of a nation, singular; plurals are read through the question's stems.
DEMONYMS: dict[str, str] = {
    "Afghan": "004", "Albanian": "008", "Algerian": "012", "American": "840",
    "Angolan": "024", "Argentine": "032", "Argentinian": "032", "Armenian": "051",
    "Australian": "036", "Austrian": "040", "Azerbaijani": "031", "Bangladeshi": "050",
    "Belarusian": "112", "Belgian": "056", "Bolivian": "068", "Bosnian": "070",
    "Brazilian": "076", "British": "826", "Bulgarian": "100", "Cambodian": "116",
    "Cameroonian": "120", "Canadian": "124", "Chilean": "152", "Chinese": "156", "Colombian": "170",
    "Costa Rican": "188", "Croatian": "191", "Cuban": "192", "Cypriot": "196", "Czech": "203",
    "Danish": "208", "Dane": "208", "Dominican": "214", "Dutch": "528",
    "Ecuadorian": "218", "Egyptian": "818", "Emirati": "784", "Estonian": "233",
    "Ethiopian": "231", "Filipino": "608", "Finnish": "246", "Finn": "246", "French": "250",
    "German": "276", "Ghanaian": "288", "Greek": "300", "Guatemalan": "320", "Honduran": "340",
    "Hungarian": "348", "Icelandic": "352", "Indian": "356", "Indonesian": "360", "Iranian": "364",
    "Iraqi": "368", "Irish": "372", "Israeli": "376", "Italian": "380", "Ivorian": "384",
    "Jamaican": "388", "Japanese": "392", "Jordanian": "400", "Kazakh": "398", "Kenyan": "404",
    "Korean": "410", "South Korean": "410", "North Korean": "408", "Kuwaiti": "414",
    "Latvian": "428", "Lebanese": "422", "Libyan": "434", "Lithuanian": "440",
    "Luxembourgish": "442", "Malaysian": "458", "Maltese": "470", "Mexican": "484",
    "Moldovan": "498", "Mongolian": "496", "Moroccan": "504", "Nepalese": "524", "Nepali": "524",
    "New Zealander": "554", "Nicaraguan": "558", "Nigerian": "566", "Norwegian": "578",
    "Omani": "512", "Pakistani": "586", "Panamanian": "591", "Paraguayan": "600", "Peruvian": "604",
    "Philippine": "608", "Polish": "616", "Portuguese": "620", "Qatari": "634",
    "Romanian": "642", "Russian": "643", "Saudi": "682", "Senegalese": "686",
    "Serbian": "688", "Singaporean": "702", "Slovak": "703", "Slovenian": "705",
    "South African": "710", "Spanish": "724", "Spaniard": "724", "Sri Lankan": "144",
    "Swedish": "752", "Swede": "752", "Swiss": "756", "Syrian": "760", "Taiwanese": "158",
    "Tanzanian": "834", "Thai": "764", "Tunisian": "788", "Turkish": "792", "Ugandan": "800",
    "Ukrainian": "804", "Uruguayan": "858", "Uzbek": "860", "Venezuelan": "862",
    "Vietnamese": "704", "Yemeni": "887", "Zambian": "894", "Zimbabwean": "716",
}  # fmt: skip
