#!/usr/bin/env python3
"""Regenerates the derived entity lexicons in src/NewsArchive/Extraction/Rules/ from open sources on this machine.

Sources (install outside the repository first):
  apt-get install -y hunspell-fr-comprehensive libgeonames-common wamerican
  mkdir -p /tmp/lex && cd /tmp/lex && npm install @cspell/dict-companies @cspell/dict-people-names \
      world-countries @etalab/decoupage-administratif stopwords-fr
Run:  python3 tools/lexicons/build.py [/tmp/lex/node_modules]
Hand-kept lists (titles, roles, cues, organisations.txt, places.txt, ...) are not touched.
"""
import gettext
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES = os.path.join(ROOT, "src", "NewsArchive", "Extraction", "Rules")
NODE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lex/node_modules"
HUNSPELL = "/usr/share/hunspell/fr.dic"
GEONAMES = "/usr/share/locale/fr/LC_MESSAGES/geonames.mo"
# English words, read at build time only to filter companies.txt (wamerican, SCOWL; nothing of it is copied).
ENGLISH = "/usr/share/dict/words"
# Compass points are départements and regions too ("Nord", "Centre"), but in news text they are mostly directions.
DIRECTIONS = {"Nord", "Sud", "Est", "Ouest", "Centre", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Midi"}


def write(name, header, entries):
    entries = sorted(set(e.strip() for e in entries if e and e.strip() and "#" not in e))
    with open(os.path.join(RULES, name), "w", encoding="utf-8", newline="\n") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n")
        for e in entries:
            f.write(e + "\n")
    print(f"{name}: {len(entries)} entries")


def hunspell():
    """Yields (word, tags) from the hunspell dictionary, skipping the count line."""
    with open(HUNSPELL, encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.rstrip("\n")
            word = line.split("\t")[0].split(" ")[0].split("/")[0]
            yield word, line


def build_hunspell():
    first, surnames, common, adjectives = [], [], [], []
    for word, line in hunspell():
        if "po:prn" in line:
            first.append(word)
        elif "po:patr" in line:
            surnames.append(word)
        elif word and word[0].islower() and re.fullmatch(r"[a-zà-ÿœæ'-]+", word) and "po:npr" not in line:
            common.append(word)
            if "po:adj" in line:
                adjectives.append(word)
    notice = "Derived from hunspell-fr-comprehensive (Dicollecte, /usr/share/hunspell/fr.dic), MPL-2.0.\nRegenerate with tools/lexicons/build.py."
    write("first-names.fr.txt", "First names (po:prn).\n" + notice, first)
    write("surnames.fr.txt", "Surnames (po:patr).\n" + notice, surnames)
    write("adjectives.fr.txt", "Lower-case French adjectives (po:adj lemmas): the words that may continue an organisation's\n"
          "name after its head (\"Commission européenne\", \"Forces armées révolutionnaires\").\n" + notice, adjectives)
    write("common-words.fr.txt", "Lower-case common French words (lemmas), used to reject capitalised common words.\n" + notice, common)


def build_infinitives():
    """Infinitives (po:v lemmas) that are no noun as well ("valider", "tenter", but not "pouvoir", "dîner")."""
    verbs, nouns = set(), set()
    for word, line in hunspell():
        if not re.fullmatch(r"[a-zà-ÿœæ-]+", word):
            continue
        if "po:v" in line:
            verbs.add(word)
        if "po:nom" in line or "po:adj" in line:
            nouns.add(word)
    write("infinitives.fr.txt", "French infinitives that are no noun or adjective (po:v lemmas): an organisation's name does not go\n"
          "on over \"de\" + verb (\"le Conseil européen de la valider\").\n"
          "Derived from hunspell-fr-comprehensive (Dicollecte, /usr/share/hunspell/fr.dic), MPL-2.0.\n"
          "Regenerate with tools/lexicons/build.py.", verbs - nouns)


def build_people():
    path = os.path.join(NODE, "@cspell", "dict-people-names", "dict", "people-names.txt")
    names = [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    names = [n for n in names if re.fullmatch(r"[A-ZÀ-Ý][^\s]+", n)]
    write("person-names.txt", "First names and surnames, untyped, from @cspell/dict-people-names (npm), MIT.\nRegenerate with tools/lexicons/build.py.", names)


def rule_entries(name):
    path = os.path.join(RULES, name)
    if not os.path.exists(path):
        return set()
    return {l.split("#")[0].strip() for l in open(path, encoding="utf-8") if l.split("#")[0].strip()}


def english_words():
    """Lower-case English words from /usr/share/dict/words (wamerican, SCOWL), read at build time only, less those
    the dictionary also lists capitalised as proper nouns ("Ford", "Intel", "Target" stay company names)."""
    if not os.path.exists(ENGLISH):
        sys.exit(f"{ENGLISH} is missing: apt-get install -y wamerican")
    words = {l.strip() for l in open(ENGLISH, encoding="utf-8") if l.strip()}
    return {w for w in words if w[0].islower() and (w[0].upper() + w[1:]) not in words}


def place_parts():
    """Every word of a multi-word place name ("San", "Diego", "Hong", "Kong", "Buenos", "Aires")."""
    parts = set()
    for f in ("countries.odbl.txt", "places.geonames.txt", "places.france.txt", "places.txt"):
        for name in rule_entries(f):
            words = name.split()
            if len(words) > 1:
                parts |= set(words)
    return parts


def english_places():
    """The English names GeoNames gives beside the French ones ("Brussels", "Bonn"), from the same catalog."""
    catalog = gettext.GNUTranslations(open(GEONAMES, "rb"))._catalog
    return {k for k, v in catalog.items() if isinstance(k, str) and k[:1].isupper() and "\n" not in k} | \
        {v for k, v in catalog.items() if isinstance(v, str) and v[:1].isupper() and "\n" not in v}


def build_companies():
    path = os.path.join(NODE, "@cspell", "dict-companies", "dict", "companies.txt")
    names = [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    # Tickers (AAPL, ABBV) are all capitals: acronyms are found by rule, tickers would only add noise.
    names = [n for n in names if any(c.islower() for c in n) and len(n) > 2]
    # The list splits names into words ("Air", "France"), and each word alone is matched as a whole company name:
    # drop words that are places (or part of a multi-word place: "San", "Diego"), first names, products, common
    # French or English words ("Federal", "Advanced") and the generic heads of organisation names ("Bank",
    # "Airlines"), which would otherwise turn every "Paris" into a company or split a longer name. Surnames stay
    # (Disney, Ford); a company that is also a common word stays only when organisations.txt names it (Apple).
    blocked = set()
    for f in ("countries.odbl.txt", "places.geonames.txt", "places.france.txt", "places.txt", "first-names.fr.txt",
              "products.txt", "demonyms.odbl.txt", "organisation-words.txt"):
        blocked |= rule_entries(f)
    blocked |= place_parts() | english_places()
    if os.environ.get("LEX_PEOPLE"):
        blocked |= rule_entries("person-names.txt")
    kept = rule_entries("organisations.txt")
    common = {w.lower() for w in rule_entries("common-words.fr.txt")} | english_words()
    english = {w.lower() for w in rule_entries("stop-words.en.txt")}
    names = [n for n in names if n in kept or (n not in blocked and n.lower() not in common and n.lower() not in english)]
    write("companies.txt", "Company names from @cspell/dict-companies (npm), MIT. Tickers dropped; single words that are\n"
          "places, first names, generic organisation words or common French or English words dropped.\n"
          "Regenerate with tools/lexicons/build.py.", names)


def build_countries():
    countries = json.load(open(os.path.join(NODE, "world-countries", "countries.json"), encoding="utf-8"))
    names, demonyms = [], []
    for c in countries:
        fra = c.get("translations", {}).get("fra", {})
        for key in ("common", "official"):
            if fra.get(key) and len(fra[key]) <= 40:
                names.append(fra[key])
        names.append(c["name"]["common"])
        dem = c.get("demonyms", {})
        for lang in ("fra", "eng"):
            for g in ("m", "f"):
                d = dem.get(lang, {}).get(g)
                if d:
                    demonyms.append(d)
                    if lang == "fra":
                        low = d[0].lower() + d[1:]
                        demonyms.append(low)
                        demonyms.append(low + ("" if low.endswith(("s", "x")) else "s"))
                        demonyms.append(d + ("" if d.endswith(("s", "x")) else "s"))
    notice = ("Derived from world-countries (npm, mledoze/countries), Open Database License (ODbL) 1.0:\n"
              "this file is a Derivative Database under the ODbL; keep it separate and share-alike.\n"
              "https://opendatacommons.org/licenses/odbl/1-0/ . Regenerate with tools/lexicons/build.py.")
    write("countries.odbl.txt", "Country names in French and English.\n" + notice, names)
    write("demonyms.odbl.txt", "Demonyms (French masculine/feminine, singular/plural, both cases; English).\n" + notice, demonyms)


def build_geonames():
    catalog = gettext.GNUTranslations(open(GEONAMES, "rb"))._catalog
    names = [v for k, v in catalog.items() if k and v and len(v) <= 40 and "\n" not in v and v not in DIRECTIONS]
    write("places.geonames.txt", "French exonyms of cities and regions from libgeonames-common (Debian, GeoNames), CC BY 4.0.\n"
          "Attribution: GeoNames (https://www.geonames.org/). Regenerate with tools/lexicons/build.py.", names)


def build_etalab():
    base = os.path.join(NODE, "@etalab", "decoupage-administratif", "data")
    names = [r["nom"] for r in json.load(open(os.path.join(base, "regions.json"), encoding="utf-8"))]
    names += [d["nom"] for d in json.load(open(os.path.join(base, "departements.json"), encoding="utf-8"))]
    # Communes whose name is also a common word or a person's name ("Sens", "Orange", "Laval") are kept only when
    # large; the others all, since WiNER-fr articles name many small places.
    common = {w.lower() for w in rule_entries("common-words.fr.txt")} | {w.lower() for w in rule_entries("stop-words.fr.txt")}
    people = rule_entries("first-names.fr.txt") | rule_entries("person-names.txt") | rule_entries("surnames.fr.txt")
    for c in json.load(open(os.path.join(base, "communes.json"), encoding="utf-8")):
        if c.get("type") != "commune-actuelle":
            continue
        name, population = c["nom"], c.get("population") or 0
        ambiguous = name.lower() in common or name in people or len(name) < 4
        if population >= 10000 or (not ambiguous and population >= 300):
            names.append(name)
    names = [n for n in names if n not in DIRECTIONS]
    write("places.france.txt", "French régions, départements and communes (those of 300 inhabitants or more whose name is no\n"
          "common word or person's name, and all of 10,000 or more),\n"
          "from @etalab/decoupage-administratif (npm), Licence Ouverte / Open Licence 2.0 (Etalab).\n"
          "Regenerate with tools/lexicons/build.py.", names)


def build_stopwords():
    words = json.load(open(os.path.join(NODE, "stopwords-fr", "stopwords-fr.json"), encoding="utf-8"))
    write("stop-words.fr.txt", "French stop words from stopwords-fr (npm), MIT.\nRegenerate with tools/lexicons/build.py.", words)


if __name__ == "__main__":
    # LEX_ONLY=companies (or infinitives) regenerates one list alone.
    if os.environ.get("LEX_ONLY"):
        globals()["build_" + os.environ["LEX_ONLY"]]()
        sys.exit(0)
    build_hunspell()
    build_infinitives()
    build_people()
    build_countries()
    build_geonames()
    build_stopwords()
    build_etalab()
    build_companies()
