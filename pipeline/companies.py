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
   apposition (``chipmaker X``, ``de start-up X``), a role (``topman van X``,
   ``overname van X``), a compound (``X-topman``) or a legal form
   (``X B.V.``).  A capitalised run after a cue is cut before a first name
   (``first_names.txt``) or a function word (``name_stopwords.txt``).
3. **Ambiguous names** (``ambiguous.tsv``) such as Target, Action or Ford
   only count where the context says company: a cue, a legal form, away from
   the start of a sentence (level ``word``), or another unambiguous mention
   of the same company in the text.
4. **Model entities** (spaCy ``ORG``, a transformers token classifier) are
   merged in where the rules found nothing and no exclusion applies.
5. **Repetition.**  A name found by a cue or a model is found again wherever
   else the text repeats it, before or after.

Everything is loaded once per process (:func:`load_lexicon`), and a text is
scanned with a handful of compiled regular expressions and dict look-ups.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from pipeline.names import normalise_name
from pipeline.records import CompanyMention
from pipeline.resources import read_csv, read_lines, read_tsv

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


@dataclass(slots=True)
class Lexicon:
    """All lists, indexed for the scanner."""

    aliases: dict[str, Alias] = field(default_factory=dict)
    """Normalised alias key -> alias (case-sensitive, see :func:`_key_of`)."""
    first_tokens: dict[str, int] = field(default_factory=dict)
    """First token of an alias -> the most tokens an alias starting with it has."""
    prefixes: set[str] = field(default_factory=set)
    """Keys of the first two or more tokens of every multi-word alias."""
    non_company_keys: frozenset[str] = frozenset()
    """Case-folded keys of excluded names (for cue and model candidates)."""
    first_names: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    legal_prefixes: frozenset[str] = frozenset()
    legal_suffix: re.Pattern | None = None
    apposition: dict[str, str] = field(default_factory=dict)
    """Cue word (case-folded) -> ``apposition`` or ``apposition_plural``."""
    compound_stems: dict[str, str] = field(default_factory=dict)
    """Cue stems that also count at the end of a compound ("techbedrijf")."""
    stem_lengths: tuple[int, ...] = ()
    not_a_cue: frozenset[str] = frozenset()
    role_of: frozenset[str] = frozenset()
    role_of_max_words: int = 1
    role_of_last_words: frozenset[str] = frozenset()
    role_suffix: frozenset[str] = frozenset()
    list_words: frozenset[str] = frozenset()
    """Words that join the names of a list ("Meta, Alphabet en Microsoft")."""
    legal_words: frozenset[str] = frozenset()
    """Legal forms as keys without dots ("nv", "inc", "plc")."""


# ---------------------------------------------------------------------------
# loading


def _tokens_of(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _separator(text: str, end: int, start: int) -> str | None:
    """How two tokens are joined inside a name: ``" "``, ``"-"``, or None."""
    between = text[end:start]
    if between in _DASHES or (len(between) == 1 and between in _DASHES):
        return "-"
    match = _SPACE_SEP.fullmatch(between)
    if match and between:
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
        # a lower-case two-letter form ("sa", "se") is too easily a word
        if "." in form or len(letters) >= 3:
            variants.add(form)
    alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf",?[ \t\u00a0]+(?:{alternatives})(?![\w&])")


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


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every list under ``models/companies/`` once per process."""
    lexicon = Lexicon()
    ambiguous = {row["alias"]: row["level"] for row in read_tsv("companies", "ambiguous.tsv")}

    def level(alias: str, entry_level: str) -> str:
        if alias in ambiguous:
            return ambiguous[alias]
        return entry_level if entry_level and _single_word(alias) else ""

    # 1. the gazetteer of listed companies
    gazetteer_by_key: dict[str, tuple[Entry, list[str], str]] = {}
    gazetteer_by_id: dict[str, str] = {}
    for row in read_csv("companies", "gazetteer.csv"):
        entry = Entry(name=row["name"], id=row["id"], source="gazetteer")
        aliases = [a for a in row["aliases"].split("|") if a]
        key = normalise_name(row["name"])
        gazetteer_by_key[key] = (entry, aliases, row.get("ambiguous", ""))
        for isin in (row.get("isins") or "").split("|") + [row["id"]]:
            if isin:
                gazetteer_by_id[isin] = key

    # 2. the curated list: overrides a gazetteer company it names (by id or
    #    by the gazetteer's own name) and adds the rest
    curated: list[tuple[Entry, list[str], str]] = []
    for row in read_csv("companies", "curated.csv"):
        names = [row["name"]] + [a for a in row["aliases"].split("|") if a]
        linked = gazetteer_by_id.get(row["id"]) if row["id"] else None
        if linked is None:
            linked = next(
                (normalise_name(n) for n in names if normalise_name(n) in gazetteer_by_key),
                None,
            )
        listed_id = ""
        if linked is not None:
            listed_entry, listed_aliases, _ = gazetteer_by_key.pop(linked)
            listed_id = listed_entry.id
            names += listed_aliases
        entry = Entry(name=row["name"], id=row["id"] or listed_id, source="curated")
        curated.append((entry, names, row.get("ambiguous", "")))

    for entry, aliases, entry_level in gazetteer_by_key.values():
        for alias in aliases:
            _register(lexicon, alias, Alias(entry, level(alias, entry_level)))
    for entry, aliases, entry_level in curated:
        for alias in dict.fromkeys(aliases):
            _register(lexicon, alias, Alias(entry, level(alias, entry_level)))

    # 3. news outlets, then names that are no company: registered last, so
    #    they win over a company alias with the same key
    for row in read_tsv("companies", "media.tsv"):
        _register(lexicon, row["alias"], Alias(Entry(name=row["name"], source="media")))
    excluded = set()
    for row in read_tsv("companies", "non_companies.tsv"):
        _register(
            lexicon, row["phrase"], Alias(Entry(name=row["phrase"], source="non_company"))
        )
        excluded.add(row["phrase"].casefold())
    excluded.update(row["alias"].casefold() for row in read_tsv("companies", "media.tsv"))
    lexicon.non_company_keys = frozenset(excluded)

    lexicon.first_names = frozenset(
        name.casefold() for name in read_lines("companies", "first_names.txt")
    )
    lexicon.stopwords = frozenset(
        word.casefold() for word in read_lines("companies", "name_stopwords.txt")
    )
    lexicon.legal_prefixes = frozenset(read_lines("companies", "legal_prefixes.txt"))
    lexicon.legal_suffix = _legal_suffix_pattern(
        read_lines("companies", "legal_forms.txt"),
        frozenset(p.casefold() for p in lexicon.legal_prefixes),
    )
    lexicon.legal_words = frozenset(
        _legal_key(form) for form in read_lines("companies", "legal_forms.txt")
    )

    role_of, role_suffix, not_a_cue, list_words = set(), set(), set(), set()
    for row in read_tsv("companies", "cues.tsv"):
        cue, kind = row["cue"].casefold(), row["kind"]
        if kind in ("apposition", "apposition_plural"):
            lexicon.apposition[cue] = kind
            if row.get("compound") == "yes":
                lexicon.compound_stems[cue] = kind
        elif kind == "role_of":
            role_of.add(cue)
        elif kind == "role_suffix":
            role_suffix.add(cue)
        elif kind == "not_a_cue":
            not_a_cue.add(cue)
        elif kind == "list_word":
            list_words.add(cue)
    lexicon.role_of = frozenset(role_of)
    lexicon.role_of_max_words = max((len(p.split()) for p in role_of), default=1)
    lexicon.role_of_last_words = frozenset(p.split()[-1] for p in role_of)
    lexicon.role_suffix = frozenset(role_suffix)
    lexicon.not_a_cue = frozenset(not_a_cue)
    lexicon.list_words = frozenset(list_words)
    lexicon.stem_lengths = tuple(sorted({len(s) for s in lexicon.compound_stems}, reverse=True))
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
        spans = [m.span() for m in _TOKEN.finditer(key_text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self.keys = [key_text[start:end] for start, end in spans]
        self._seps: dict[int, str | None] = {}
        self._bases: dict[int, tuple[str | None, bool]] = {}

    def __len__(self) -> int:
        return len(self.keys)

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
        i, n = 0, len(keys)
        while i < n:
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
                    if following[-1] == "s" and self.base(j + 1)[0]:
                        following = self.base(j + 1)[0]
                    if not (
                        key + " " + following in prefixes or key + "-" + following in prefixes
                    ):
                        break
                    sep = self.sep(j)
                    if sep is None:
                        break
                    j += 1
                    key = key + sep + keys[j]
            if best is None and token[-1] == "s":
                # "ASML's", "Amazons": a genitive on a one-word alias
                base, plain_s = self.base(i)
                if base is not None:
                    alias = aliases.get(base)
                    if alias is not None and not (plain_s and alias.ambiguity):
                        best = (i, alias, starts[i] + len(base))
            if best is None:
                i += 1
                continue
            j, alias, end = best
            hit = _Hit(i, j, starts[i], end, alias)
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
        # every cue ends in a lower-case word ("chipmaker", "topman van")
        if i == 0 or not self.keys[i - 1][0].islower():
            return None
        found = self.previous_word(i)
        if found is None:
            return None
        word, first = found
        lexicon = self.lexicon
        folded = word.casefold()
        before = self.previous_word(first)
        two = f"{before[0].casefold()} {folded}" if before else ""
        if folded in lexicon.not_a_cue or two in lexicon.not_a_cue:
            return None
        kind = lexicon.apposition.get(folded)
        if kind:
            return kind
        for length in lexicon.stem_lengths:
            if len(folded) > length:
                kind = lexicon.compound_stems.get(folded[-length:])
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
        # "Volgens Acme B.V.": drop function words and first names in front
        while first <= j and self.not_a_name_start(first):
            first += 1
        return first if first <= j else None

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
        # a genitive belongs to the text, not to the name
        base, plain_s = self.base(last)
        if base is not None and not plain_s:
            end = self.starts[last] + len(base)
            surface = self.text[start:end]
        return start, end, surface


def canonical_name(surface: str) -> str:
    """A found name without its legal form: "Acme Robotics B.V." -> "Acme
    Robotics", "Koninklijke Acme" -> "Acme"."""
    lexicon = load_lexicon()
    words = " ".join(surface.split()).split(" ")
    while len(words) > 1 and _legal_key(words[-1]) in lexicon.legal_words:
        words.pop()
    while len(words) > 1 and words[-1] in ("&", ","):
        words.pop()
    while len(words) > 1 and words[0] in lexicon.legal_prefixes:
        words.pop(0)
    return " ".join(words).strip(" ,")


def _legal_key(word: str) -> str:
    return word.casefold().replace(".", "").strip(",")


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
    text, lexicon, n = scan.text, scan.lexicon, len(scan)
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

    # -- 2a. appositions and roles before a name ------------------------------
    # ordinary lower-case words are skipped without a call: most tokens are
    keys = scan.keys
    names = {
        i
        for i in range(1, n)
        if not keys[i].islower() and i not in covered and scan.name_like(i)
    }
    starts = sorted(names | set(hit_starting))
    for i in starts:
        kind = scan.cue_before(i) if i > 0 else None
        if kind is None:
            continue
        source = "cue:role" if kind == "role_of" else "cue:apposition"
        last = support_or_take(i, source)
        if kind != "apposition_plural":
            continue
        # "techbedrijven Meta, Alphabet en Microsoft": the whole list
        while last is not None and last + 2 < n:
            nxt = last + 1
            between = text[scan.ends[last] : scan.starts[nxt]]
            if between.strip() == "," and "\n\n" not in between:
                pass
            elif (
                scan.sep(last) == " "
                and scan.keys[nxt] in lexicon.list_words
                and scan.sep(nxt) == " "
            ):
                nxt += 1
            else:
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
    for match in lexicon.legal_suffix.finditer(text):
        j = _token_ending_at(scan.ends, match.start())
        if j is None or j in covered:
            continue
        first = scan.name_run_backwards(j, covered)
        if first is None:
            continue
        found = scan.candidate(first, j)
        if found:
            start = found[0]
            unknown.append((start, match.end(), text[start : match.end()], "cue:legal_form"))

    # -- 3. ambiguous names need context or an unambiguous mention elsewhere -----
    companies = [
        hit for hit in hits if hit.alias.entry.is_company and not _after_first_name(scan, hit)
    ]
    confirmed = {
        hit.alias.entry
        for hit in companies
        if not hit.alias.ambiguity
        or hit.supported
        or (hit.alias.ambiguity == WORD and not scan.sentence_start(hit.start))
    }
    mentions = [
        CompanyMention(
            hit.start, hit.end, text[hit.start : hit.end],
            hit.alias.entry.name, hit.alias.entry.id, hit.alias.entry.source,
        )
        for hit in companies
        if hit.alias.entry in confirmed
    ]
    if include_media:
        mentions += [
            CompanyMention(
                hit.start, hit.end, text[hit.start : hit.end], hit.alias.entry.name, "", "media"
            )
            for hit in hits
            if hit.alias.entry.source == "media"
        ]

    # -- unknown names from cues, then where the text repeats them ----------------
    taken = _Occupancy(mentions)
    blocked = _Occupancy(hits)
    found_names: dict[str, str] = {}
    for start, end, surface, source in sorted(unknown):
        if taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        name = canonical_name(surface)
        mentions.append(CompanyMention(start, end, surface, name, "", source))
        taken.add(start, end)
        found_names.setdefault(name, name)
    mentions += _repetitions(scan, found_names, taken, blocked, "repetition")
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


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


def _token_ending_at(ends: Sequence[int], pos: int) -> int | None:
    """Index of the token that ends exactly at ``pos``."""
    i = bisect_left(ends, pos)
    return i if i < len(ends) and ends[i] == pos else None


def _after_first_name(scan: _Scan, hit: _Hit) -> bool:
    """A one-word hit right after a capitalised first name is a surname
    ("Michael Dell", "Henry Ford"), unless a cue says company."""
    if hit.first == 0 or hit.last != hit.first or hit.supported:
        return False
    if scan.sep(hit.first - 1) != " ":
        return False
    previous = scan.keys[hit.first - 1]
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
