"""Find company mentions in Dutch text: rules over data, no spaCy.

:func:`find_companies` returns every mention of a business in a text as
:class:`~pipeline.records.CompanyMention` records with exact character
offsets, sorted and non-overlapping.  The rules, in the order they run:

1. **Lexicon.**  One pass over the word tokens looks up n-grams in a dict of
   aliases: the built gazetteer of listed companies (``gazetteer.csv``), the
   curated list (``curated.csv``), news outlets (``media.tsv``) and names that
   are *not* companies (``non_companies.tsv``: regulators, indices,
   products...).  The longest alias wins, so "Apple Watch" (a product) hides
   "Apple" and "Air France-KLM" is one company.  A token also matches through
   a Dutch genitive (``ASML’s``, ``Amazons``) and as the first half of a
   hyphenated compound (``Nvidia-chips``, ``KLM-topman``); an adjacent legal
   form widens the mention (``Koninklijke Philips N.V.``).
2. **Context cues** (``cues.tsv``) find companies that are in no list: an
   apposition before the name (``chipmaker X``, ``de start-up X``, lists
   after a plural: ``techbedrijven X, Y en Z``) or after it (``X, een jonge
   Belgische softwareonderneming``), an article and an adjective of place
   (``het Duitse X``), a role (``topman van X``, ``overname van X``), a
   compound (``X-topman``) or a legal form (``X B.V.``).  A capitalised run
   after a cue is cut before a first name (``first_names.txt``) or a
   function word (``name_stopwords.txt``); one that starts with either, or
   is an adjective ("Franse") or a currency before a number, is no name.
3. **Ambiguous names** (``ambiguous.tsv``) such as Target, Action or Ford
   only count where the context says company: a cue, a legal form, a list
   with a sure company ("Picnic, Mollie en Bunq"), away from the start of a
   sentence (level ``word``), or another unambiguous mention of the same
   company in the text.  Any one-word name right after a first name is a
   surname ("Michael Dell"); one right after a currency sign or a digit is
   part of an amount ("$3M").
4. **Model entities** (spaCy ``ORG``, a transformers token classifier) are
   merged in where the rules found nothing and no exclusion applies.
5. **Repetition.**  A name found by a cue or a model is found again wherever
   else the text repeats it, before or after, and so is its first word alone
   ("Keerpunt" after "Keerpunt Ventures") when the text never uses that word
   as an ordinary word.

Names follow what a careful reader writes in the gold standard: the
company's canonical name without legal form ("Koninklijke Philips N.V." ->
Philips; "ASMI" -> ASM International), except that a longer name is kept as
written ("HAL Investments", "NXP Semiconductors"), and a shorter name after a
longer one of the same company in the same text takes the longer one.

Everything is loaded once per process (:func:`load_lexicon`), and a text is
scanned with a handful of compiled regular expressions and dict look-ups.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.names import normalise_name
from pipeline.records import CompanyMention
from pipeline.resources import read_csv, read_lines, read_tsv
from pipeline.textscan import literal_alternation

#: Labels of model entities that may be companies.
ORG_LABELS = frozenset({"ORG", "ORGANIZATION", "ORGANISATION", "COMPANY"})

#: Ambiguity levels of ``ambiguous.tsv``.
WORD, STRICT = "word", "strict"

# A word token: letters and digits with internal ``& + . '`` ("AT&T",
# "Booking.com", "L'Oréal", "ASML’s"), or a lone ``&``/``+`` between words
# ("Procter & Gamble").  Hyphens end a token, so "Nvidia-chips" is two.
_TOKEN = re.compile(r"[^\W_](?:[\w&+]|[.'’](?=[^\W_]))*|[&+]")
# separators that may sit inside a multi-word name: spaces with at most one
# line break (articles are hard-wrapped), or a bare hyphen/dash
_SPACE_SEP = re.compile(r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*")
_DASHES = frozenset("-–‐")
# a name-like token: capitalised, a digit first ("3M"), or camel-cased ("xAI")
_NAME_LIKE = re.compile(r"(?:[^\W\d_a-zß-ÿ]|\d+[^\W\d_]|[a-zß-ÿ]+[A-Z])")
_HAS_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
# a currency sign or a digit right before a name makes it part of an amount
_AMOUNT_BEFORE = frozenset("$€£¥0123456789")
# a hyphen and the word after it: the role in "KLM-topman"
_HYPHEN_WORD = re.compile(r"(?<=\w)[-–‐](\w+)")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# what may stand between a sentence boundary and the first word
_OPENERS = " \t\u00a0\"'“”‘’«»([*•·–-"


@dataclass(frozen=True, slots=True)
class Entry:
    """One company (or one thing that is not a company) in the lexicon."""

    name: str
    """Canonical name, legal form dropped."""
    id: str = ""
    """ISIN, ticker or Wikidata id; empty when unknown."""
    source: str = "gazetteer"
    """``gazetteer``, ``curated``, ``media`` or ``non_company``."""

    @property
    def is_company(self) -> bool:
        return self.source in ("gazetteer", "curated")


@dataclass(frozen=True, slots=True)
class Alias:
    entry: Entry
    ambiguity: str = ""
    """``""``, ``word`` or ``strict`` (see ``ambiguous.tsv``)."""
    name: str = ""
    """The name a mention through this alias takes."""


@dataclass(slots=True)
class Lexicon:
    """All lists, indexed for the scanner."""

    aliases: dict[str, Alias] = field(default_factory=dict)
    """Normalised alias key -> alias (case-sensitive, see :func:`_key_of`)."""
    first_tokens: dict[str, int] = field(default_factory=dict)
    """First token of an alias -> the most tokens an alias starting with it has."""
    companies_by_first_token: dict[str, set[str]] = field(default_factory=dict)
    """First token of a multi-word alias -> the companies with such an alias
    ("Deutsche" starts several, "Wolters" one)."""
    prefixes: set[str] = field(default_factory=set)
    """Keys of the first two or more tokens of every multi-word alias."""
    non_company_keys: frozenset[str] = frozenset()
    """Case-folded keys of excluded names (for cue and model candidates)."""
    first_names: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    legal_prefixes: frozenset[str] = frozenset()
    legal_suffix: re.Pattern | None = None
    designator_suffix: re.Pattern | None = None
    designator_words: frozenset[str] = frozenset()
    national_words: frozenset[str] = frozenset()
    """Country names that after a known name name its national subsidiary."""
    apposition: dict[str, str] = field(default_factory=dict)
    """Cue word (case-folded) -> ``apposition`` or ``apposition_plural``."""
    compound_stems: dict[str, str] = field(default_factory=dict)
    """Cue stems that also count at the end of a compound ("techbedrijf")."""
    stem_lengths: tuple[int, ...] = ()
    stem_endings: frozenset[str] = frozenset()
    """The last ``stem_lengths[-1]`` characters of every stem: most words end no stem."""
    not_a_cue: frozenset[str] = frozenset()
    role_of: frozenset[str] = frozenset()
    role_of_max_words: int = 1
    role_of_last_words: frozenset[str] = frozenset()
    role_suffix: frozenset[str] = frozenset()
    list_words: frozenset[str] = frozenset()
    """Words that join the names of a list ("Meta, Alphabet en Microsoft")."""
    list_intro: frozenset[str] = frozenset()
    """Words between a plural cue and its list ("bedrijven als X en Y")."""
    determiners: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()
    """Endings of Dutch adjectives of place ("Amerikaanse", "Belgische")."""
    place_adjectives: frozenset[str] = frozenset()
    """Uninflected adjectives of place, as headlines write them ("brits")."""
    division_words: frozenset[str] = frozenset()
    """Words for a part of a company ("tak", "divisie"): no company follows."""
    division_endings: tuple[str, ...] = ()
    """The longer division words, which also end compounds ("autodivisie")."""
    name_tails: frozenset[str] = frozenset()
    """Words that may end a name found by a cue, as written ("AI" in "Klerk AI")."""
    legal_words: frozenset[str] = frozenset()
    """Legal forms as keys without dots ("nv", "inc", "plc")."""
    legal_abbreviations: frozenset[str] = frozenset()
    """Legal forms written with a final dot, case-folded ("inc.", "n.v.")."""


# ---------------------------------------------------------------------------
# loading


def _tokens_of(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


_PLACE_PREPOSITIONS = frozenset({"uit", "te", "vanuit", "nabij"})


def _separator(text: str, end: int, start: int) -> str | None:
    """How two tokens are joined inside a name: ``" "``, ``"-"``, or None."""
    between = text[end:start]
    if between in _DASHES:
        return "-"
    if between and _SPACE_SEP.fullmatch(between):
        return " "
    return None


def _key_of(text: str) -> str | None:
    """The look-up key of an alias: its tokens joined by normalised separators.

    The scanner builds keys of the running text the same way, so "Air
    France-KLM", "Air  France-KLM" and "Air France‐KLM" meet in one key.
    """
    tokens = _tokens_of(text)
    if not tokens:
        return None
    parts = [tokens[0][2].translate(_APOSTROPHES)]
    for (_, end, _), (start, _, word) in zip(tokens, tokens[1:], strict=False):
        sep = _separator(text, end, start)
        if sep is None:
            return None
        parts.append(sep)
        parts.append(word.translate(_APOSTROPHES))
    return "".join(parts)


def _genitive_base(key: str) -> tuple[str | None, bool]:
    """``ASML's`` -> ``ASML``; ``Amazons`` -> ``Amazon`` (a bare -s after a
    lower-case letter); names ending in s, x or z take an apostrophe only."""
    if len(key) > 2 and key.endswith("'s"):
        return key[:-2], False
    if (
        len(key) > 4
        and key.endswith("s")
        and key[-2].islower()
        and key[-2] not in "sxz"
        and key[0].isupper()
    ):
        return key[:-1], True
    return None, False


def _alias_variants(alias: str) -> list[str]:
    variants = [alias]
    if "-" in alias:
        variants.append(alias.replace("-", " "))
    return variants


def _single_word(alias: str) -> bool:
    return alias.replace("-", "").isalpha()


def _legal_suffix_pattern(forms: Iterable[str], prefixes: frozenset[str]) -> re.Pattern:
    """``, Inc.``, `` N.V.``, `` plc``... right after a name."""
    variants: set[str] = set()
    for form in forms:
        if form.casefold() in prefixes or form.casefold() == "the":
            continue
        for variant in (form.upper(), form.capitalize(), form.title()):
            variants.add(variant)
        letters = form.replace(".", "").replace("&", "").strip()
        # lower case only for abbreviations ("plc", "n.v."): "groep" in "de
        # Vlaamse groep" is a plain noun, "sa" or "se" a plain word
        if "." in form or 3 <= len(letters) <= 4:
            variants.add(form)
    # Belgian "nv"/"bv" in lower case ("Callewaert Vloeren nv"), not "bv." (bijvoorbeeld)
    return re.compile(rf",?[ \t\u00a0]+(?:{literal_alternation(variants)}|nv|bv(?!\.))(?![\w&])")


def _register(lexicon: Lexicon, alias: str, value: Alias) -> None:
    for variant in _alias_variants(alias):
        key = _key_of(variant)
        if not key:
            continue
        lexicon.aliases[key] = value
        tokens = _tokens_of(variant)
        first, words = tokens[0][2].translate(_APOSTROPHES), len(tokens)
        for _, end, _ in tokens[1:]:
            prefix = _key_of(variant[:end])
            if prefix:
                lexicon.prefixes.add(prefix)
        if lexicon.first_tokens.get(first, 0) < words:
            lexicon.first_tokens[first] = words
        if words > 1:
            lexicon.companies_by_first_token.setdefault(first, set()).add(value.entry.name)


def _strip_legal(surface: str, legal_words: frozenset[str], prefixes: frozenset[str]) -> str:
    """``Acme Robotics B.V.`` -> ``Acme Robotics``; ``Koninklijke Acme`` -> ``Acme``."""
    words = " ".join(surface.split()).split(" ")
    while len(words) > 1 and _legal_key(words[-1]) in legal_words:
        words.pop()
    while len(words) > 1 and words[-1] in ("&", ","):
        words.pop()
    while len(words) > 1 and words[0] in prefixes:
        words.pop(0)
    return " ".join(words).strip(" ,")


_LOCATIVE = frozenset({"in", "uit", "naar", "bij", "nabij", "rond", "vanuit", "te", "tussen"})
_PLACE_LIST_WORD = re.compile(r"[\w'’-]+|,")


def _in_list_of_places(text: str, position: int) -> bool:
    """Whether ``position`` continues a list of places opened by a locative
    preposition: "in Deventer, het Duitse Kassel en …"."""
    words = _PLACE_LIST_WORD.findall(text[max(0, position - 120):position])
    for word in reversed(words[-14:]):
        folded = word.casefold()
        if folded in _LOCATIVE:
            return True
        if word == "," or folded in ("en", "het", "de") or word[:1].isupper():
            continue
        return False
    return False


def _legal_key(word: str) -> str:
    return word.casefold().replace(".", "").strip(",")


def _extends(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` followed by more words (written
    apart: "Amazon.com" is Amazon, "HAL Investments" more than HAL)."""
    if len(longer.split()) <= len(shorter.split()):
        return False
    long_key, short_key = normalise_name(longer), normalise_name(shorter)
    return long_key.startswith(short_key + " ")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every list under ``models/companies/`` once per process."""
    lexicon = Lexicon()
    legal_forms = read_lines("companies", "legal_forms.txt")
    lexicon.legal_prefixes = frozenset(read_lines("companies", "legal_prefixes.txt"))
    lexicon.legal_words = frozenset(_legal_key(form) for form in legal_forms)
    lexicon.legal_abbreviations = frozenset(form.casefold() for form in legal_forms if form.endswith("."))
    designators = read_lines("companies", "designators.txt")
    lexicon.designator_words = frozenset(designators)
    lexicon.national_words = frozenset(read_lines("companies", "national_suffixes.txt"))
    lexicon.designator_suffix = re.compile(
        rf"[ \t\u00a0]+{literal_alternation(designators)}(?![\w&-])"
    )
    lexicon.legal_suffix = _legal_suffix_pattern(
        legal_forms, frozenset(p.casefold() for p in lexicon.legal_prefixes)
    )
    ambiguous = {row["alias"]: row["level"] for row in read_tsv("companies", "ambiguous.tsv")}

    def alias_for(entry: Entry, alias: str, entry_level: str) -> Alias:
        # The name a mention takes is the company's canonical name, except
        # where the alias names more than that ("HAL Investments" for HAL,
        # "NXP Semiconductors" for NXP): readers keep such a name as written,
        # unless curated.csv marks the alias "~" (readers call Meta Platforms
        # Meta)
        written = _strip_legal(alias, lexicon.legal_words, lexicon.legal_prefixes)
        keep = _extends(written, entry.name) and alias not in variant_aliases
        name = written if keep else entry.name
        if alias in ambiguous:
            level = ambiguous[alias]
        else:
            level = entry_level if entry_level and _single_word(alias) else ""
        return Alias(entry, level, name)

    # 1. the gazetteer of listed companies
    gazetteer_by_key: dict[str, tuple[Entry, list[str], str]] = {}
    gazetteer_by_id: dict[str, str] = {}
    for row in read_csv("companies", "gazetteer.csv"):
        entry = Entry(name=row["name"], id=row["id"], source="gazetteer")
        aliases = [a for a in row["aliases"].split("|") if a]
        record = (entry, aliases, row.get("ambiguous", ""))
        for name in (row["name"], aliases[0] if aliases else ""):
            if name:
                gazetteer_by_key.setdefault(normalise_name(name), record)
        for isin in (row.get("isins") or "").split("|") + [row["id"]]:
            if isin:
                gazetteer_by_id[isin] = normalise_name(row["name"])

    # 2. the curated list: it overrides a gazetteer company it names (by id,
    #    or by the gazetteer's own name) and adds the rest
    curated: list[tuple[Entry, list[str], str]] = []
    linked_entries: set[Entry] = set()
    variant_aliases: set[str] = set()
    for row in read_csv("companies", "curated.csv"):
        aliases = [a for a in row["aliases"].split("|") if a]
        variant_aliases.update(a[1:] for a in aliases if a.startswith("~"))
        names = [row["name"]] + [a.lstrip("~") for a in aliases]
        record = gazetteer_by_key.get(gazetteer_by_id.get(row["id"], "")) if row["id"] else None
        if record is None:
            record = next(
                (
                    gazetteer_by_key[normalise_name(n)]
                    for n in names
                    if normalise_name(n) in gazetteer_by_key
                ),
                None,
            )
        listed_id = ""
        if record is not None and record[0] not in linked_entries:
            linked_entries.add(record[0])
            listed_id = record[0].id
            names += record[1]
        entry = Entry(name=row["name"], id=row["id"] or listed_id, source="curated")
        curated.append((entry, names, row.get("ambiguous", "")))

    done: set[Entry] = set()
    for entry, aliases, entry_level in gazetteer_by_key.values():
        if entry in linked_entries or entry in done:
            continue
        done.add(entry)
        for alias in aliases:
            if alias in lexicon.designator_words:
                continue  # "Partners" (Partners Group) alone ends other names: "Energy Impact Partners"
            _register(lexicon, alias, alias_for(entry, alias, entry_level))
    for entry, aliases, entry_level in curated:
        for alias in dict.fromkeys(aliases):
            _register(lexicon, alias, alias_for(entry, alias, entry_level))

    # 3. news outlets, then names that are no company: registered last, so
    #    they win over a company alias with the same key
    media = read_tsv("companies", "media.tsv")
    for row in media:
        entry = Entry(name=row["name"], source="media")
        _register(lexicon, row["alias"], Alias(entry, "", row["name"]))
    excluded = {row["alias"].casefold() for row in media}
    for row in read_tsv("companies", "non_companies.tsv"):
        entry = Entry(name=row["phrase"], source="non_company")
        _register(lexicon, row["phrase"], Alias(entry, "", row["phrase"]))
        excluded.add(row["phrase"].casefold())
    lexicon.non_company_keys = frozenset(excluded)

    lexicon.first_names = frozenset(
        name.casefold() for name in read_lines("companies", "first_names.txt")
    )
    lexicon.stopwords = frozenset(
        word.casefold() for word in read_lines("companies", "name_stopwords.txt")
    )

    by_kind: dict[str, set[str]] = {}
    name_tails: set[str] = set()
    for row in read_tsv("companies", "cues.tsv"):
        cue, kind = row["cue"].casefold(), row["kind"]
        if kind == "name_tail":
            name_tails.add(row["cue"])  # as written: "AI", not the word "ai"
            continue
        by_kind.setdefault(kind, set()).add(cue)
        if kind in ("apposition", "apposition_plural"):
            lexicon.apposition[cue] = kind
            if row.get("compound") == "yes":
                lexicon.compound_stems[cue] = kind
    role_of = by_kind.get("role_of", set())
    lexicon.role_of = frozenset(role_of)
    lexicon.role_of_max_words = max((len(p.split()) for p in role_of), default=1)
    lexicon.role_of_last_words = frozenset(p.split()[-1] for p in role_of)
    lexicon.role_suffix = frozenset(by_kind.get("role_suffix", ()))
    lexicon.not_a_cue = frozenset(by_kind.get("not_a_cue", ()))
    lexicon.list_words = frozenset(by_kind.get("list_word", ()))
    lexicon.list_intro = frozenset(by_kind.get("list_intro", ()))
    lexicon.determiners = frozenset(by_kind.get("determiner", ()))
    lexicon.adjective_endings = tuple(sorted(by_kind.get("adjective_ending", ()), key=len))
    lexicon.place_adjectives = frozenset(by_kind.get("place_adjective", ()))
    lexicon.division_words = frozenset(by_kind.get("division", ()))
    lexicon.name_tails = frozenset(name_tails)
    # compounds: "autodivisie", "consumentensegment" (not the short "tak": "kapitak")
    lexicon.division_endings = tuple(w for w in lexicon.division_words if len(w) >= 6)
    lexicon.stem_lengths = tuple(sorted({len(s) for s in lexicon.compound_stems}, reverse=True))
    shortest = min(lexicon.stem_lengths, default=1)
    lexicon.stem_endings = frozenset(s[-shortest:] for s in lexicon.compound_stems)
    return lexicon


# ---------------------------------------------------------------------------
# scanning


@dataclass(slots=True)
class _Hit:
    """A lexicon match before the ambiguity check."""

    first: int
    last: int
    start: int
    end: int
    alias: Alias
    supported: bool = False
    # "Randstads": a bare-s genitive of a name that is also a word counts only
    # when the text names the company surely elsewhere
    needs_other: bool = False


class _Scan:
    """One text, tokenised for the rules.

    Tokens are kept as parallel lists (start, end, key) because a text has
    hundreds of them and most are ordinary lower-case words that only need
    one dict look-up; everything else is computed on demand and cached.
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        # apostrophes normalised one for one, so offsets stay the same
        if "’" in text or "‘" in text or "`" in text:
            key_text = text.translate(_APOSTROPHES)
        else:
            key_text = text
        self.key_text = key_text
        # the texts by findall and the offsets by zip: both loops run in C
        self.keys = _TOKEN.findall(key_text)
        starts, ends = zip(*[m.span() for m in _TOKEN.finditer(key_text)]) if self.keys else ((), ())
        self.starts, self.ends = list(starts), list(ends)
        self._seps: dict[int, str | None] = {}
        self._bases: dict[int, tuple[str | None, bool]] = {}
        self._read_capitals_as_names()

    def __len__(self) -> int:
        return len(self.keys)

    def _read_capitals_as_names(self) -> None:
        """"NESTLÉ", "NOVO NORDISK" in a heading: an all-capitals word whose
        capitalised form starts a known name is looked up as that name, and
        the all-capitals words after it while they continue that name."""
        keys, lexicon = self.keys, self.lexicon
        run, last = "", -2  # the capitalised name read so far, and its last token
        # most texts have few all-capitals words: look at those only
        for i in [i for i, key in enumerate(keys) if key.isupper() and len(key) >= 3]:
            key = keys[i]
            if i != last + 1:
                run = ""
            if not key.isalpha() or key in lexicon.first_tokens and not run:
                run = ""  # "ASML", "ING": written in capitals anyway
                continue
            titled = key.capitalize()
            if run and self.sep(i - 1) == " " and (run + " " + titled in lexicon.prefixes
                                                    or run + " " + titled in lexicon.aliases):
                keys[i], run, last = titled, run + " " + titled, i
            elif len(key) >= 4 and titled in lexicon.first_tokens:
                keys[i], run, last = titled, titled, i
            else:
                run = ""

    # -- token helpers -----------------------------------------------------

    def sep(self, i: int) -> str | None:
        """Separator between token ``i`` and token ``i + 1``."""
        try:
            return self._seps[i]
        except KeyError:
            sep = (
                _separator(self.text, self.ends[i], self.starts[i + 1])
                if i + 1 < len(self.keys)
                else None
            )
            self._seps[i] = sep
            return sep

    def base(self, i: int) -> tuple[str | None, bool]:
        """Token ``i`` without a genitive ending, and whether that was a bare s."""
        try:
            return self._bases[i]
        except KeyError:
            found = self._bases[i] = _genitive_base(self.keys[i])
            return found

    def name_like(self, i: int) -> bool:
        """Capitalised ("Acme"), digit first ("3M") or camel-cased ("xAI")."""
        key = self.keys[i]
        if len(key) < 2:
            return False
        head = key[0]
        if head.isupper():
            return True
        if head.isdigit():
            return not key.isdigit() and _NAME_LIKE.match(key) is not None
        return head.islower() and not key.islower()

    def folded(self, i: int) -> str:
        return self.keys[i].casefold()

    def sentence_start(self, pos: int) -> bool:
        """True when ``pos`` opens a sentence, a heading or the text."""
        text = self.text
        i = pos - 1
        while i >= 0 and text[i] in _OPENERS:
            i -= 1
        if i < 0:
            return True
        if text[i] in ".!?:;…":
            return True
        if text[i] in "\r\n":
            # a hard-wrapped line continues its sentence unless the line before
            # ended one (or was empty)
            j = i - 1
            while j >= 0 and text[j] in " \t\r":
                j -= 1
            return j < 0 or text[j] in "\n.!?:;…"
        return False

    # -- 1. lexicon ----------------------------------------------------------

    def lexicon_hits(self) -> list[_Hit]:
        """Longest alias matches, left to right, non-overlapping."""
        lexicon = self.lexicon
        aliases, first_tokens, prefixes = lexicon.aliases, lexicon.first_tokens, lexicon.prefixes
        keys, starts, ends = self.keys, self.starts, self.ends
        hits: list[_Hit] = []
        n = len(keys)
        # only a token that starts an alias or may carry a genitive "s" can
        # start a hit; finding those is one pass in C, not a loop in Python
        candidates = [i for i, token in enumerate(keys) if token in first_tokens or token[-1] == "s"]
        i = 0
        for candidate in candidates:
            if candidate < i:
                continue  # inside the last hit
            i = candidate
            token = keys[i]
            longest = first_tokens.get(token, 0)
            best: tuple[int, Alias, int] | None = None
            if longest:
                key, j = token, i
                while True:
                    alias = aliases.get(key)
                    if alias is not None:
                        best = (j, alias, ends[j])
                    elif j > i and keys[j][-1] == "s":
                        base, plain_s = self.base(j)
                        if base is not None:
                            alias = aliases.get(key[: len(key) - len(keys[j])] + base)
                            if alias is not None and not (plain_s and alias.ambiguity):
                                best = (j, alias, starts[j] + len(base))
                    if j + 1 >= n or j - i + 1 >= longest:
                        break
                    # extend only when some alias goes on with the next word
                    # ("de" is the first word of an alias, "de omzet" is not)
                    following = keys[j + 1]
                    base = self.base(j + 1)[0] if following[-1] == "s" else None
                    if not any(
                        key + sep + word in prefixes
                        for word in (following, base)
                        if word
                        for sep in (" ", "-")
                    ):
                        break
                    sep = self.sep(j)
                    if sep is None:
                        break
                    j += 1
                    key = key + sep + keys[j]
            needs_other = False
            if best is None and token[-1] == "s":
                # "ASML's", "Amazons": a genitive on a one-word alias
                base, plain_s = self.base(i)
                if base is not None:
                    alias = aliases.get(base)
                    if alias is not None:
                        best = (i, alias, starts[i] + len(base))
                        needs_other = bool(plain_s and alias.ambiguity)
            if best is None:
                i += 1
                continue
            j, alias, end = best
            if starts[i] and self.text[starts[i] - 1] in _AMOUNT_BEFORE:
                i = j + 1  # "$3M" is three million, not 3M
                continue
            hit = _Hit(i, j, starts[i], end, alias, needs_other=needs_other)
            self._widen_legal_form(hit)
            hits.append(hit)
            i = hit.last + 1
        return hits

    def _widen_legal_form(self, hit: _Hit) -> None:
        """``Koninklijke Philips N.V.``: take the legal form into the mention."""
        if not hit.alias.entry.is_company:
            return
        if (
            hit.first > 0
            and self.keys[hit.first - 1] in self.lexicon.legal_prefixes
            and self.sep(hit.first - 1) == " "
        ):
            hit.start = self.starts[hit.first - 1]
            hit.supported = True
        if (
            self.text[hit.end : hit.end + 1] == "."
            # "Inc.", "N.V." are abbreviations; "Holding." ends a sentence
            and self.keys[hit.last].casefold() + "." in self.lexicon.legal_abbreviations
        ):
            hit.end += 1  # the alias ends in an abbreviation: "Apple Inc."
        if hit.end == self.ends[hit.last]:
            match = self.lexicon.legal_suffix.match(self.text, hit.end)
            if match:
                hit.end = match.end()
                hit.supported = True
                while hit.last + 1 < len(self.keys) and self.starts[hit.last + 1] < hit.end:
                    hit.last += 1

    # -- 2. cues ---------------------------------------------------------------

    def previous_word(self, i: int) -> tuple[str, int] | None:
        """The word before token ``i`` when only spaces separate them,
        hyphenated parts joined ("AI-bedrijf", "start-up"), with its first
        token index."""
        if i == 0 or self.sep(i - 1) != " ":
            return None
        first = i - 1
        while first > 0 and self.sep(first - 1) == "-":
            first -= 1
        return self.key_text[self.starts[first] : self.ends[i - 1]], first

    def cue_before(self, i: int) -> str | None:
        """The kind of cue right before token ``i``: ``apposition``,
        ``apposition_plural``, ``role_of`` or None."""
        if i == 0 or self.sep(i - 1) != " ":
            return None
        if "\n" in self.text[self.ends[i - 1]:self.starts[i]]:
            return None  # the line before is a title or another paragraph: "… luchtvaartmaatschappij\nVraag een …"
        previous = self.keys[i - 1]
        if previous[0].isupper():
            # "het Amerikaanse Axalta": an adjective of place after an article
            # (but "fabrieken in Deventer, het Duitse Kassel en het Poolse
            # Gliwice" lists places)
            if self.is_adjective(i - 1) and i >= 2 and self.sep(i - 2) == " ":
                # "het Costa Ricaanse FIFCO": a place of two words
                article = i - 2
                if (self.folded(article) not in self.lexicon.determiners and article >= 1
                        and self.sep(article - 1) == " " and self.keys[article][:1].isupper()
                        and self.keys[article][1:].islower()):
                    article -= 1
                if (self.folded(article) in self.lexicon.determiners
                        and not _in_list_of_places(self.text, self.starts[article])):
                    return "apposition"
            # "Branchegenoot Crisp" opening a sentence
            found = self.previous_word(i)
            if found and self.sentence_start(self.starts[found[1]]):
                return self._apposition_kind(found[0].casefold(), found[1])
            return None
        if not previous[0].islower():
            return None
        found = self.previous_word(i)
        if found is None:
            return None
        word, first = found
        folded = word.casefold()
        lexicon = self.lexicon
        if folded in lexicon.list_intro:
            # "concurrenten als MediaMarkt en Bol"
            before = self.previous_word(first)
            if before is None:
                return None
            kind = self._apposition_kind(before[0].casefold(), before[1])
            return "apposition_plural" if kind else None
        kind = self._apposition_kind(folded, first)
        if kind:
            return kind
        # "topman van X", "bod op X": the last few words before the name
        if folded not in lexicon.role_of_last_words:
            return None
        words, at = [folded], first
        while True:
            if " ".join(reversed(words)) in lexicon.role_of:
                return "role_of"
            if len(words) >= lexicon.role_of_max_words:
                return None
            before = self.previous_word(at)
            if before is None:
                return None
            words.append(before[0].casefold())
            at = before[1]

    def _apposition_kind(self, folded: str, first: int) -> str | None:
        """``apposition``/``apposition_plural`` when ``folded`` (the word
        starting at token ``first``) names a kind of business."""
        lexicon = self.lexicon
        before = self.previous_word(first)
        two = f"{before[0].casefold()} {folded}" if before else ""
        if folded in lexicon.not_a_cue or two in lexicon.not_a_cue:
            return None
        kind = lexicon.apposition.get(folded)
        if kind:
            return kind
        if not lexicon.stem_lengths or folded[-lexicon.stem_lengths[-1]:] not in lexicon.stem_endings:
            return None
        for length in lexicon.stem_lengths:
            if len(folded) > length:
                kind = lexicon.compound_stems.get(folded[-length:])
                if kind:
                    return kind
        return None

    def cue_after(self, last: int) -> bool:
        """"Wonder, een jonge Amerikaanse maaltijdonderneming": a comma, an
        article and, within four words, a noun for a kind of business."""
        n = len(self.keys)
        if last + 2 >= n or self.text[self.ends[last] : self.starts[last + 1]].strip() != ",":
            return False
        if self.folded(last + 1) not in self.lexicon.determiners:
            return False
        k, words = last + 2, 0
        while k < n and words < 4:
            if self.sep(k - 1) != " ":
                return False
            first = k
            while k + 1 < n and self.sep(k) == "-":
                k += 1  # a hyphenated compound is one word: "AI-bedrijf"
            word = self.key_text[self.starts[first] : self.ends[k]]
            if word[0].isupper() and not self.is_adjective(first):
                return False
            if self._apposition_kind(word.casefold(), first):
                return True
            words, k = words + 1, k + 1
        return False

    def after_place_preposition(self, i: int) -> bool:
        """"de Schwarz Gruppe uit Neckarsulm, het familieconcern van …": a
        name after "uit" or "te" is a place; the apposition after it
        describes the company before it."""
        return i > 0 and self.sep(i - 1) == " " and self.folded(i - 1) in _PLACE_PREPOSITIONS

    def is_adjective(self, i: int) -> bool:
        """A capitalised Dutch adjective of place: "Franse", "Belgische", and
        a headline's uninflected "Brits", "Duits"."""
        key = self.keys[i]
        return (
            key[0].isupper()
            and key[1:].islower()
            and (key.endswith(self.lexicon.adjective_endings) or key.casefold() in self.lexicon.place_adjectives)
        )

    def role_suffix_tokens(self) -> list[int]:
        """Tokens followed by a hyphen and a role: "KLM" in "KLM-topman"."""
        found = []
        for match in _HYPHEN_WORD.finditer(self.key_text):
            if match.group(1).casefold() in self.lexicon.role_suffix:
                j = _token_ending_at(self.ends, match.start())
                if j is not None:
                    found.append(j)
        return found

    def not_a_name_start(self, i: int) -> bool:
        folded = self.folded(i)
        return folded in self.lexicon.first_names or folded in self.lexicon.stopwords

    def name_run(self, i: int, covered: set[int]) -> int | None:
        """Last token of the capitalised name starting at token ``i``."""
        if i in covered or not self.name_like(i) or self.not_a_name_start(i):
            return None
        keys, last, words = self.keys, i, 1
        while words < 4 and last + 1 < len(keys):
            sep, nxt = self.sep(last), last + 1
            if sep is None or nxt in covered:
                break
            if keys[nxt] in ("&", "+"):
                # "Procter & Gamble": a connector only between two name words
                if (
                    nxt + 1 < len(keys)
                    and self.sep(nxt) == " "
                    and nxt + 1 not in covered
                    and self.name_like(nxt + 1)
                ):
                    last, words = nxt + 1, words + 1
                    continue
                break
            if keys[nxt] in self.lexicon.name_tails:
                # "Klerk AI" ends the name there (not "Franse AI-bedrijven")
                if sep == " " and self.sep(nxt) != "-" and not self.is_adjective(last):
                    last, words = nxt, words + 1
                break
            if not self.name_like(nxt) or self.not_a_name_start(nxt):
                break
            if sep == " " and self.sentence_start(self.starts[nxt]):
                break
            last, words = nxt, words + 1
        return last

    def name_run_backwards(self, j: int, covered: set[int]) -> int | None:
        """First token of the capitalised name that ends at token ``j``."""
        if j in covered or not self.name_like(j):
            return None
        first, words = j, 1
        while words < 4 and first > 0:
            prev = first - 1
            if self.sep(prev) != " " or prev in covered or not self.name_like(prev):
                break
            if self.sentence_start(self.starts[first]):
                break
            first, words = prev, words + 1
        # "Volgens Acme B.V.": drop function words and first names in front;
        # "Grootaandeelhouder Navitas Capital": a noun for a kind of business
        # that is capitalised only because it opens the sentence
        while first <= j and (self.not_a_name_start(first) or (
                first < j and self.sentence_start(self.starts[first])
                and self._apposition_kind(self.folded(first), first))):
            first += 1
        if first > j:
            return None
        # "het Belgische Dewaele Bouw NV": a place adjective before a name of
        # its own is no part of it
        while first < j and self.is_adjective(first):
            first += 1
        # "Van der Heijden Bouwgroep B.V.": a family name with its particles
        if (first >= 2 and self.keys[first - 1] in _NAME_PARTICLES and self.keys[first - 2] == "Van"
                and self.sep(first - 1) == " " and self.sep(first - 2) == " " and first - 2 not in covered):
            return first - 2
        # "het Rotterdamse familiebedrijf Van Rijn Specialty Chemicals": a
        # capital "Van" inside a sentence is part of the name
        if (first >= 1 and self.keys[first - 1] == "Van" and self.sep(first - 1) == " "
                and first - 1 not in covered and not self.sentence_start(self.starts[first - 1])):
            return first - 1
        # "Jan de Vries BV": a surname after a first name and a particle
        at = first - 1
        while at > 0 and self.sep(at) == " " and self.keys[at].islower() and (
            self.folded(at) in self.lexicon.stopwords
        ):
            at -= 1
        if at < first - 1 and self.sep(at) == " " and self.folded(at) in self.lexicon.first_names:
            return None
        return first

    def candidate(self, first: int, last: int) -> tuple[int, int, str] | None:
        """A validated unknown company name spanning tokens ``first..last``."""
        lexicon = self.lexicon
        start, end = self.starts[first], self.ends[last]
        surface = self.text[start:end]
        if len(surface) < 2 or not _HAS_UPPER.search(surface):
            return None
        head = self.folded(first)
        if head in lexicon.first_names or head in lexicon.non_company_keys:
            return None
        folded = " ".join(surface.split()).casefold()
        if folded in lexicon.non_company_keys or folded in lexicon.stopwords:
            return None
        if first == last and self.is_adjective(first):
            return None  # "aandeelhouder van Franse AI-belofte"
        if last + 1 < len(self.keys) and self.sep(last) == " " and self.keys[last + 1][0].isdigit():
            return None  # "EUR 150 mln": a currency before an amount
        if self.text.startswith("$", end):
            return None  # "NT$ 2.894 miljard", "HK$ 30": a currency sign's prefix
        if (surface.endswith("s") and last + 1 < len(self.keys) and self.sep(last) == " "
                and self.keys[last + 1].islower() and self._apposition_kind(self.folded(last + 1), last + 1)):
            return None  # "de beurswaarde van Saylors bedrijf": a person's company, not a name
        # a genitive belongs to the text, not to the name
        base, plain_s = self.base(last)
        if base is not None and not plain_s:
            end = self.starts[last] + len(base)
            surface = self.text[start:end]
        return start, end, surface


# the lower-case particles of Dutch family names after a capital "Van"
_NAME_PARTICLES = frozenset({"der", "den", "de"})
# particles inside people's surnames ("de Carvalho", "van den Berg", "dos Santos")
_SURNAME_PARTICLES = frozenset({"de", "der", "den", "van", "von", "ter", "ten", "da", "dos", "du", "le", "la"})
# words before a family name that make it people's
_FAMILY_WORDS = frozenset({"familie", "heer", "mevrouw", "meneer"})


def canonical_name(surface: str) -> str:
    """A found name without its legal form: "Acme Robotics B.V." -> "Acme
    Robotics", "Koninklijke Acme" -> "Acme"."""
    lexicon = load_lexicon()
    return _strip_legal(surface, lexicon.legal_words, lexicon.legal_prefixes)


# ", de ‘elektrische melkboer’," / ", het bedrijf achter …": an apposition
# that describes the name before it
# "Picnic, de ‘elektrische melkboer’, …"; "Crisp, dat zich richt op …, haalde": a
# relative clause on the name after its comma (a company is "dat" or "die");
# an owner named
_DESCRIBED_AFTER = re.compile(r",\s+(?:(?:de|het)\s+[‘'\"“]?[a-zë]|(?:dat|die)\s+(?:zich|sinds|in|eerder|vorig|al)\b"
                              # "Zeeman, nog altijd in handen van de oprichtersfamilie, …": owned
                              r"|(?:[a-z]+\s+){0,3}?in\s+handen\s+van\b)")


def find_companies(
    text: str,
    *,
    entities: Iterable[tuple[int, int, str]] = (),
    entity_source: str = "model",
    include_media: bool = False,
) -> list[CompanyMention]:
    """Every company mention in ``text``, sorted by start, non-overlapping.

    Parameters
    ----------
    text:
        The (cleaned) article text; offsets refer to it.
    entities:
        Entities of a statistical model as ``(start, end, label)``; those
        labelled ``ORG`` are merged in where the rules found nothing (see
        :func:`merge_entities`).
    entity_source:
        The ``source`` given to mentions found through ``entities``.
    include_media:
        Report news outlets cited as sources (optional in the gold standard).

    >>> [(m.text, m.name) for m in find_companies("Koninklijke Philips N.V. en de KLM-topman")]
    [('Koninklijke Philips N.V.', 'Philips'), ('KLM', 'KLM')]
    """
    scan = _Scan(text, load_lexicon())
    hits = scan.lexicon_hits()
    mentions = _rule_mentions(scan, hits, include_media=include_media)
    entities = list(entities)
    if entities:
        blocked = [hit for hit in hits if not hit.alias.entry.is_company]
        mentions = _merge(scan, mentions, blocked, entities, entity_source, ORG_LABELS)
    return mentions


def merge_entities(
    text: str,
    mentions: Sequence[CompanyMention],
    entities: Iterable[tuple[int, int, str]],
    *,
    source: str = "model",
    labels: frozenset[str] = ORG_LABELS,
) -> list[CompanyMention]:
    """Merge a model's entities ``(start, end, label)`` with rule mentions.

    The rules win where both found something; an ``ORG`` entity elsewhere
    becomes a mention unless it is an excluded name (regulator, index,
    product, news outlet...), starts with a first name or a function word, or
    has no capital letter.  Its canonical name comes from the lexicon when
    the entity is a known alias, else from its surface without legal form.
    Names the model found are then also found where the text repeats them.
    """
    scan = _Scan(text, load_lexicon())
    blocked = [hit for hit in scan.lexicon_hits() if not hit.alias.entry.is_company]
    return _merge(scan, list(mentions), blocked, entities, source, labels)


def _rule_mentions(scan: _Scan, hits: list[_Hit], *, include_media: bool) -> list[CompanyMention]:
    text, lexicon, n, keys = scan.text, scan.lexicon, len(scan), scan.keys
    # tokens under any lexicon hit (companies, media and exclusions alike)
    covered: set[int] = set()
    for hit in hits:
        covered.update(range(hit.first, hit.last + 1))
    hit_starting = {hit.first: hit for hit in hits}
    hit_ending = {hit.last: hit for hit in hits}
    unknown: list[tuple[int, int, str, str]] = []  # start, end, surface, source

    def support_or_take(i: int, source: str) -> int | None:
        """Mark the hit at token ``i`` supported by a cue, or take the unknown
        name that starts there; return its last token."""
        hit = hit_starting.get(i)
        if hit is not None:
            hit.supported = True
            return hit.last
        last = scan.name_run(i, covered)
        if last is None:
            return None
        found = scan.candidate(i, last)
        if found:
            unknown.append((*found, source))
        return last

    # -- 2a. appositions and roles around a name ------------------------------
    # ordinary lower-case words are skipped without a call: most tokens are
    names = {
        i for i in range(n) if not keys[i].islower() and i not in covered and scan.name_like(i)
    }
    for i in sorted(names | set(hit_starting)):
        kind = scan.cue_before(i)
        if kind is None:
            if scan.is_adjective(i) and i + 1 < n and scan.sep(i) == " " and i + 1 in names:
                # "het Amerikaanse Brightloop Analytics, een maker van …": the
                # adjective of place is not part of the name (the next token
                # takes the name, with the adjective as its cue)
                continue
            # "Wonder, een jonge Amerikaanse maaltijdonderneming"
            hit = hit_starting.get(i)
            last = hit.last if hit else scan.name_run(i, covered)
            if last is not None and scan.cue_after(last) and not scan.after_place_preposition(i):
                support_or_take(i, "cue:apposition")
            continue
        source = "cue:role" if kind == "role_of" else "cue:apposition"
        last = support_or_take(i, source)
        if kind != "apposition_plural":
            continue
        # "techbedrijven Meta, Alphabet en Microsoft": the whole list
        while last is not None and last + 2 < n:
            nxt = _next_in_list(scan, last)
            if nxt is None:
                break
            last = support_or_take(nxt, source)

    # -- 2b. "KLM-topman": a role after a hyphen -----------------------------------
    for j in scan.role_suffix_tokens():
        hit = hit_ending.get(j)
        if hit is not None:
            hit.supported = True
        elif j not in covered and scan.name_like(j) and not scan.not_a_name_start(j):
            found = scan.candidate(j, j)
            if found:
                unknown.append((*found, "cue:compound"))

    # -- 2c. "Acme Robotics B.V.": a legal form after a capitalised run ----------
    for start, end in _names_before(scan, lexicon.legal_suffix, covered):
        unknown.append((start, end, text[start:end], "cue:legal_form"))

    # -- 2d. "Hoogveld Technologies": a designator after a capitalised run -----
    for start, end in _names_before(scan, lexicon.designator_suffix, covered):
        if lexicon.legal_suffix.match(text, end):
            continue  # "Zorblax Robotics B.V." is the legal-form rule's
        words = text[start:end].split()
        # "het Amsterdamse Peak Capital": a place adjective is no part of the
        # name; "Energy Solutions" alone is two designators, no name
        while len(words) > 2 and words[0].endswith(("se", "sche")):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if not all(word in lexicon.designator_words for word in words):
            unknown.append((start, end, text[start:end], "cue:designator"))

    # -- 2e'. "kocht toch Arcadium Lithium voor 6,7 miljard dollar", "16,5
    #        miljard dollar betaald voor Catalent": what is bought for a price
    #        is a business ---------------------------------------------------------
    for match in _BOUGHT_BEFORE_PRICE.finditer(text):
        i, last = _name_after(scan, match.end(), covered)
        if last is not None and _PRICE_AFTER_NAME.match(text, scan.ends[last]):
            found = scan.candidate(i, last)
            if found:
                unknown.append((*found, "cue:bought"))
    for match in _PAID_FOR_NAME.finditer(text):
        if _AMOUNT_DIGIT.search(text, max(0, match.start() - 60), match.end()):
            i, last = _name_after(scan, match.end(), covered)
            found = scan.candidate(i, last) if last is not None else None
            if found:
                unknown.append((*found, "cue:bought"))

    # -- 2e. "MSD Partners", "Shell Ventures", "Vodafone Italia": a known name
    #        with a designator or a country after it names another company
    #        (a national subsidiary), kept as written ---------------------------
    extended = set()
    for hit in hits:
        j = hit.last
        places = []  # "Tata Steel Nederland": the country, a place on its own, is the subsidiary's
        while (j + 1 < n and scan.sep(j) == " "
               and (j + 1 not in covered or keys[j + 1] in lexicon.national_words and j + 1 in hit_starting
                    and not hit_starting[j + 1].alias.entry.is_company)
               and (keys[j + 1] in lexicon.designator_words or keys[j + 1] in lexicon.national_words)
               # "Randstad Holding", "KPN Groep": a legal word, the same company
               and _legal_key(keys[j + 1]) not in lexicon.legal_words):
            if j + 1 in covered:
                places.append(hit_starting[j + 1])
            j += 1
        if j > hit.last and hit.alias.entry.is_company:
            extended.update(id(place) for place in places)
            unknown.append((hit.start, scan.ends[j], text[hit.start:scan.ends[j]], "cue:designator"))
            extended.add(id(hit))
    if extended:
        hits = [hit for hit in hits if id(hit) not in extended]

    # -- 3. ambiguous names need context or an unambiguous mention elsewhere -----
    companies = [
        hit for hit in hits if hit.alias.entry.is_company and not _after_first_name(scan, hit)
    ]
    plain = [
        hit
        for hit in companies
        if not hit.needs_other and (
            not hit.alias.ambiguity
            or hit.supported
            or (hit.alias.ambiguity == WORD and not scan.sentence_start(hit.start))
            # "Picnic, de ‘elektrische melkboer’, haalde …": described as a business
            or (hit.alias.ambiguity == WORD and _DESCRIBED_AFTER.match(text, scan.ends[hit.last])))
    ]
    # a name in a list with a sure company is one too: "Picnic, Mollie en Bunq"
    sure_last = {hit.last for hit in plain}
    sure_first = {hit.first for hit in plain}
    for hit in companies:
        if hit.alias.ambiguity and not hit.supported:
            after = _next_in_list(scan, hit.last)
            if (after is not None and after in sure_first) or any(
                _next_in_list(scan, last) == hit.first for last in sure_last
            ):
                hit.supported = True
    confirmed = {hit.alias.entry for hit in plain} | {
        hit.alias.entry for hit in companies if hit.supported and not hit.needs_other
    }
    mentions = [
        CompanyMention(
            hit.start, hit.end, text[hit.start : hit.end],
            hit.alias.name, hit.alias.entry.id, hit.alias.entry.source,
        )
        for hit in companies
        if hit.alias.entry in confirmed
    ]
    # which company each mention is, for _unify_names: the lexicon entry, or
    # the name itself for a company found by a cue
    company_of: dict[int, object] = {
        hit.start: hit.alias.entry for hit in companies if hit.alias.entry in confirmed
    }
    if include_media:
        mentions += [
            CompanyMention(
                hit.start, hit.end, text[hit.start : hit.end], hit.alias.name, "", "media"
            )
            for hit in hits
            if hit.alias.entry.source == "media"
        ]

    # "De tak Location Technology", "de divisie Reality Labs": a part of a
    # company, named like one, is none
    # (one set up as a company is: "ijsjesdivisie Magnum Ice Cream Company")
    unknown = [u for u in unknown if u[3] == "cue:legal_form"
               or _legal_key(u[2].rsplit(None, 1)[-1]) in lexicon.legal_words
               or not _after_division_word(scan, u[0])]

    # -- unknown names from cues, then where the text repeats them ----------------
    taken = _Occupancy(mentions)
    blocked = _Occupancy(hits)
    found_names: dict[str, str] = {}
    # the longer of two names starting at one place: "Energy Impact" (an
    # apposition cue) and "Energy Impact Partners" (a designator)
    for start, end, surface, source in sorted(unknown, key=lambda u: (u[0], -u[1], u[2], u[3])):
        if taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        name = canonical_name(surface)
        mentions.append(CompanyMention(start, end, surface, name, "", source))
        taken.add(start, end)
        found_names.setdefault(name, name)
    found_names.update(_short_forms(scan, found_names))
    abbreviations = {abbreviation: name for abbreviation, name in _bracketed_abbreviations(text, mentions).items()
                     if abbreviation not in lexicon.aliases}
    found_names.update(abbreviations)
    listed_names = {entry.name: entry.name for entry in company_of.values()}
    found_names.update({head: name for head, name in _short_forms(scan, listed_names, listed=True).items()
                        if head not in found_names})
    mentions += _repetitions(scan, found_names, taken, blocked, "repetition")
    # "ATT" found by a cue in the headline, before "Antwerp Tank Terminals
    # (ATT)" in the body introduces it
    mentions = [replace(m, name=abbreviations[m.name])
                if m.name in abbreviations and m.source not in ("gazetteer", "curated") else m
                for m in mentions]
    return _unify_names(mentions, company_of)


def _after_division_word(scan: _Scan, start: int) -> bool:
    """The word before ``start`` names a part of a company: "tak",
    "autodivisie", "bedrijfsonderdeel" (cues.tsv kind division)."""
    match = _WORD_BEFORE.search(scan.text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1).casefold()
    return word in scan.lexicon.division_words or word.endswith(scan.lexicon.division_endings)


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _next_in_list(scan: _Scan, last: int) -> int | None:
    """The token that opens the next name of a list after token ``last``:
    after a comma ("Meta, Alphabet") or a list word ("Alphabet en Meta")."""
    nxt = last + 1
    if nxt >= len(scan):
        return None
    between = scan.text[scan.ends[last] : scan.starts[nxt]]
    if between.strip() == "," and "\n\n" not in between:
        return nxt
    if (
        scan.sep(last) == " "
        and scan.keys[nxt] in scan.lexicon.list_words
        and nxt + 1 < len(scan)
        and scan.sep(nxt) == " "
    ):
        return nxt + 1
    return None


# "Antwerp Tank Terminals (ATT)": an abbreviation the article introduces
_BRACKETED_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")


def _bracketed_abbreviations(text: str, mentions: list[CompanyMention]) -> dict[str, str]:
    """Abbreviations given in brackets right after a company's name, mapped
    to that company's name: the article's later "ATT" is Antwerp Tank
    Terminals, as a reader annotates it."""
    found = {}
    for mention in mentions:
        match = _BRACKETED_ABBREVIATION.match(text, mention.end)
        if match and sum(c.isupper() for c in match.group(1)) >= 2 and match.group(1) != mention.text:
            found.setdefault(match.group(1), mention.name)
    return found


def _short_forms(scan: _Scan, found: dict[str, str], *, listed: bool = False) -> dict[str, str]:
    """"Keerpunt" for "Keerpunt Ventures" found earlier: the first word of a
    found name, when it is a name of its own (no function word, first name,
    legal form or known name, and not used as an ordinary word in the text).
    For ``listed`` names (from the lexicon: "Wolters" for Wolters Kluwer) the
    word must also start no other known company's name ("Deutsche")."""
    lexicon, shorts = scan.lexicon, {}
    for name, canonical in found.items():
        words = name.split()
        if len(words) < 2:
            continue
        head = words[0]
        if head == "Van" and len(words) > 3 and words[1] in _NAME_PARTICLES:
            head = " ".join(words[:3])  # "Van der Heijden" for "Van der Heijden Bouwgroep"
        folded = head.casefold()
        if listed and (len(head) < 4 or len(lexicon.companies_by_first_token.get(head, ())) != 1):
            continue
        if (
            len(head) < 3
            or not head[0].isupper()
            or folded in lexicon.stopwords
            or folded in lexicon.first_names
            or folded in lexicon.non_company_keys
            or _legal_key(head) in lexicon.legal_words
            or head in lexicon.aliases
            or re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", scan.text) is not None
        ):
            continue
        shorts.setdefault(head, canonical)
    return shorts


def _unify_names(
    mentions: list[CompanyMention], company_of: dict[int, object]
) -> list[CompanyMention]:
    """A shorter name of a company the article also names in full takes the
    full name, as a reader annotates: "NXP Semiconductors ... NXP", "HAL
    Investments ... HAL", and a headline's "Novo" before the body's "Novo
    Nordisk".  ``company_of`` maps a mention's start to its lexicon entry;
    other mentions are identified by their name."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    unified = _unify_forward(mentions, company_of)
    # then a short name before the full one takes the full name, where the
    # article gives it exactly one
    full_listed: dict[tuple[object, str], set[str]] = {}
    full_any: dict[str, set[str]] = {}
    for mention in unified:
        words = normalise_name(mention.name).split(" ")
        for size in range(1, len(words)):
            prefix = " ".join(words[:size])
            full_any.setdefault(prefix, set()).add(mention.name)
            if mention.start in company_of:
                full_listed.setdefault((company_of[mention.start], prefix), set()).add(mention.name)
    renamed = []
    for mention in unified:
        key = normalise_name(mention.name)
        if mention.start in company_of:
            full = full_listed.get((company_of[mention.start], key))
        else:
            full = full_any.get(key)
        if full and len(full) == 1:
            mention = replace(mention, name=next(iter(full)))
        renamed.append(mention)
    return renamed


def _unify_forward(
    mentions: list[CompanyMention], company_of: dict[int, object]
) -> list[CompanyMention]:
    """A shorter name after a longer one of the same company takes the longer."""
    longer: dict[tuple[object, str], str] = {}
    # names found by cues or repetition have no lexicon entry to tie them to
    # a company: "Kestrel" after "Kestrel Dynamics" is matched by its words
    longer_unlisted: dict[str, str] = {}
    seen_names: list[str] = []
    unified = []
    for mention in mentions:
        listed = mention.start in company_of
        company = company_of.get(mention.start, mention.name)
        key = normalise_name(mention.name)
        earlier = longer.get((company, key))
        if earlier is None and not listed:
            earlier = longer_unlisted.get(key)
        if earlier is None and not listed and mention.text.isupper() and 2 <= len(mention.text) <= 4:
            # "ST" after "STMicroelectronics": an upper-case short form that
            # begins an earlier name
            earlier = next((name for name in seen_names if normalise_name(name).startswith(key)
                            and normalise_name(name) != key), None)
        if earlier is not None:
            mention = replace(mention, name=earlier)
        else:
            words = key.split(" ")
            for size in range(1, len(words)):
                longer.setdefault((company, " ".join(words[:size])), mention.name)
                longer_unlisted.setdefault(" ".join(words[:size]), mention.name)
        seen_names.append(mention.name)
        unified.append(mention)
    return unified


def _merge(
    scan: _Scan,
    mentions: list[CompanyMention],
    blocked_hits: Iterable[_Hit],
    entities: Iterable[tuple[int, int, str]],
    source: str,
    labels: frozenset[str],
) -> list[CompanyMention]:
    lexicon, text = scan.lexicon, scan.text
    blocked = _Occupancy(blocked_hits)
    taken = _Occupancy(mentions)
    merged = list(mentions)
    found_names: dict[str, str] = {}
    for start, end, label in sorted(set(entities)):
        if label.upper().removeprefix("B-").removeprefix("I-") not in labels:
            continue
        trimmed = _trim_entity(scan, start, end)
        if trimmed is None:
            continue
        start, end = trimmed
        if taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        surface = text[start:end]
        key = _key_of(surface)
        alias = lexicon.aliases.get(key) if key else None
        if alias is not None and not alias.entry.is_company:
            continue
        if alias is not None:
            name, id_ = alias.entry.name, alias.entry.id
        else:
            name, id_ = canonical_name(surface), ""
            found_names.setdefault(name, name)
        merged.append(CompanyMention(start, end, surface, name, id_, source))
        taken.add(start, end)
    merged += _repetitions(scan, found_names, taken, blocked, source)
    merged.sort(key=lambda m: (m.start, -m.end))
    return merged


def _names_before(scan: "_Scan", suffix: re.Pattern, covered) -> Iterator[tuple[int, int]]:
    """(start, end) of a capitalised name run that ``suffix`` (a legal form,
    a designator) follows; the span includes the suffix."""
    for match in suffix.finditer(scan.text):
        j = _token_ending_at(scan.ends, match.start())
        if j is None or j in covered:
            continue
        first = scan.name_run_backwards(j, covered)
        if first is None:
            continue
        found = scan.candidate(first, j)
        if found:
            yield found[0], match.end()


# a verb of buying, then only lower-case words and years ("kocht in 2025
# toch"), then the name; the price after it ("voor 6,7 miljard dollar")
_BOUGHT_BEFORE_PRICE = re.compile(r"\b(?:kocht|kochten|koopt|kopen|nam|namen|neemt|nemen|lijfde|lijfden|lijft)"
                                  r"(?:\s+(?:[a-z][\w']*|\d{4}))*?\s+(?=[A-Z])")
_PRICE_AFTER_NAME = re.compile(r"\s+(?:over\s+)?voor\s+(?:[a-z']+\s+){0,2}?(?:[€$£]\s?)?\d")
# "16,5 miljard dollar betaald voor Catalent" (an amount just before)
# ("betaalt $775 miljoen (circa 715 miljoen euro) voor het onafhankelijke
# Downtown Music": the price between the verb and "voor")
_PAID_FOR_NAME = re.compile(r"\b(?:betaald|betaalde|betaalden|betaalt|neergeteld|neertelde|neertelden)"
                            r"(?:\s+[^\s.;:]*\d[^.;:]{0,50}?)?\s+voor\s+"
                            r"(?:het\s+|de\s+)?(?:[a-z][\w-]*e\s+)?(?=[A-Z])")
_AMOUNT_DIGIT = re.compile(r"\d")


def _name_after(scan: _Scan, pos: int, covered: set[int]) -> tuple[int, int | None]:
    """First and last token of the capitalised name starting at ``pos``,
    past adjectives of place ("het Zweedse Nordljus", "het
    Latijns-Amerikaanse Despegar": no part of the name)."""
    i = bisect_left(scan.starts, pos)
    n = len(scan)
    if i >= n or scan.starts[i] != pos:
        return i, None
    while i + 1 < n and (scan.is_adjective(i) or scan.sep(i) == "-" and i + 2 < n and scan.is_adjective(i + 1)):
        i += 1
    last = scan.name_run(i, covered)
    if last is not None:
        # a headline's name ends with its line ("… voor Britse Hallam
        # Precision" over a line "Overnames")
        last = next((j for j in range(i, last) if "\n" in scan.text[scan.ends[j]:scan.starts[j + 1]]), last)
    return i, last


def _token_ending_at(ends: Sequence[int], pos: int) -> int | None:
    """Index of the token that ends exactly at ``pos``."""
    i = bisect_left(ends, pos)
    return i if i < len(ends) and ends[i] == pos else None


def _after_first_name(scan: _Scan, hit: _Hit) -> bool:
    """A one-word hit right after a capitalised first name is a surname
    ("Michael Dell", "Henry Ford"), unless a cue says company."""
    if hit.first == 0 or hit.last != hit.first or hit.supported:
        return False
    j = hit.first - 1
    if scan.sep(j) == "-":
        # the second half of a double surname: "Charlene de Carvalho-Heineken"
        if not scan.keys[j][:1].isupper():
            return False
        j -= 1
        while j >= 0 and scan.sep(j) == " " and scan.keys[j] in _SURNAME_PARTICLES:
            j -= 1
    if j < 0 or scan.sep(j) != " ":
        return False
    previous = scan.keys[j]
    if previous.casefold() in scan.lexicon.stopwords and scan.sentence_start(scan.starts[j]):
        return False  # "Dan Rabobank, dat …": the adverb opening a sentence, not Dan
    return previous[:1].isupper() and previous.casefold() in scan.lexicon.first_names


class _Occupancy:
    """Character ranges already taken, for overlap tests (few per text)."""

    def __init__(self, spans: Iterable = ()) -> None:
        self._ranges: list[tuple[int, int]] = []
        for span in spans:
            self.add(span.start, span.end)

    def add(self, start: int, end: int) -> None:
        self._ranges.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._ranges)


def _repetitions(
    scan: _Scan,
    names: dict[str, str],
    taken: _Occupancy,
    blocked: _Occupancy,
    source: str,
) -> list[CompanyMention]:
    """Other occurrences of the names in ``names`` (surface -> canonical),
    in genitives and compounds too."""
    keys: dict[str, str] = {}
    longest: dict[str, int] = {}
    for surface, name in names.items():
        key = _key_of(surface)
        if not key:
            continue
        keys[key] = name
        tokens = _tokens_of(surface)
        first = tokens[0][2].translate(_APOSTROPHES)
        longest[first] = max(longest.get(first, 0), len(tokens))
    if not keys:
        return []
    keys_of, found = scan.keys, []
    for i, token in enumerate(keys_of):
        n = longest.get(token, 0)
        if not n and token[-1] == "s":
            base = scan.base(i)[0]
            n = longest.get(base, 0) if base else 0
        if not n:
            continue
        key, j, best = token, i, None
        while True:
            if key in keys:
                best = (keys[key], scan.ends[j])
            elif keys_of[j][-1] == "s":
                base = scan.base(j)[0]
                if base is not None:
                    stem = key[: len(key) - len(keys_of[j])] + base
                    if stem in keys:
                        best = (keys[stem], scan.starts[j] + len(base))
            if j - i + 1 >= n or j + 1 >= len(keys_of) or scan.sep(j) is None:
                break
            key = key + scan.sep(j) + keys_of[j + 1]
            j += 1
        if best is None:
            continue
        name, end = best
        start = scan.starts[i]
        if taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        if (
            i > 0
            and scan.sep(i - 1) == " "
            and scan.name_like(i - 1)
            and not scan.sentence_start(scan.starts[i - 1])
            and not scan.is_adjective(i - 1)  # "voor Britse Hallam Precision"
            and scan.cue_before(i) is None
        ):
            continue  # "CEO Annelies Vlasveld": part of a person's name
        if i > 0 and scan.folded(i - 1) in _FAMILY_WORDS:
            continue  # "de familie Van der Heijden": the family, not its company
        found.append(CompanyMention(start, end, scan.text[start:end], name, "", source))
        taken.add(start, end)
    return found


def _trim_entity(scan: _Scan, start: int, end: int) -> tuple[int, int] | None:
    """Cut a model entity to the name: no leading article or function word,
    no genitive, no trailing punctuation; None when nothing name-like is left."""
    lexicon = scan.lexicon
    first = bisect_left(scan.ends, start + 1)
    last = bisect_left(scan.ends, end + 1) - 1
    if first < len(scan) and scan.starts[first] < start:
        first += 1  # a token only partly inside the entity
    if first > last:
        return None
    while first <= last and scan.folded(first) in lexicon.stopwords:
        first += 1
    if first > last or not scan.name_like(first):
        return None
    if scan.folded(first) in lexicon.first_names:
        return None
    surface = scan.text[scan.starts[first] : scan.ends[last]]
    folded = " ".join(surface.split()).casefold()
    if folded in lexicon.non_company_keys or not _HAS_UPPER.search(surface):
        return None
    end = scan.ends[last]
    base, plain_s = scan.base(last)
    if base is not None and not plain_s:
        end = scan.starts[last] + len(base)
    return scan.starts[first], end
