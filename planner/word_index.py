"""Search by words: one table's word index, and a search over the indexes of several tables.

A table's index is plain numpy arrays (`WordIndex.ARRAYS`), so an imported table stores it
beside its figures and opens without rebuilding it. VERSION goes up whenever what is indexed,
or how, changes: a stored index of another version is rebuilt.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

VERSION = 1

# Words that join others ("graine de courge", "yoghurt met muesli", NEVO's "m" for met):
# when a query has other words too, these rank a food higher but never rule one out.
FUNCTION_WORDS = frozenset(
    (
        "de",
        "het",
        "een",
        "van",
        "met",
        "en",
        "of",
        "in",
        "op",
        "m",
        "du",
        "des",
        "la",
        "le",
        "les",
        "d",
        "l",
        "au",
        "aux",
        "et",
        "a",
        "the",
        "and",
        "with",
        "w",
    )
)
# A word NEVO writes with a trailing hyphen is the front of a compound whose head is the
# name's first word: "Melk karne-" is karnemelk, "Biscuit tarwe-/volkoren-" tarwebiscuit and
# volkorenbiscuit.
_FRONT = re.compile(r"(?<=[\s/])([^\W\d_]+)-(?=[\s/,;)]|$)")
_APOSTROPHE_S = re.compile(r"(?<=\w)['’]s\b")  # Dutch plural: pizza's, kiwi's


@lru_cache(maxsize=8192)  # the shopping list sorts the same names at every edit
def normalise(text: str) -> str:
    """Lower case, accents stripped, anything but letters and digits turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


def search_words(text: str) -> list[str]:
    """The words of a name or a query as search sees them: normalised, with "pizza's" as one
    word ("pizzas")."""
    return normalise(_APOSTROPHE_S.sub("s", text)).split()


def fold(word: str) -> str:
    """One key for a word's simple singular and plural forms.

    Dutch -en (bonen/boon, kippen/kip, druiven/druif, kazen/kaas), -s and -'s (appels,
    pizza's), French -s and -x (épinards, choux), English -s. A long vowel is written double in
    a closed syllable and single in an open one, so a final double vowel folds to one (boon and
    bon-en alike to "bon"). Both the table's words and the query's are folded, so a rule only
    has to give the two forms the same key, not the right singular.
    """
    if len(word) < 4 or word.isdigit():
        return word
    stem = word
    if word.endswith("en") and len(word) >= 5:
        stem = word[:-2]
        if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stem = stem[:-1]  # kipp-en -> kip
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])  # druiv-en -> druif
    elif word.endswith("x") or (
        word.endswith("s")
        and not word.endswith("ss")
        and not (word[-3] in "aeiouy" and word[-2] in "aeiouy")
        and not word.endswith("ijs")
    ):
        stem = word[:-1]  # not kaas, huis, mais, radijs: singulars in -s
    return re.sub(r"([aeou])\1(?=[^aeiouy]+$)", r"\1", stem)


def _joined_fronts(name: str) -> list[str]:
    """NEVO's hyphenated fronts joined to the name's first word: "Kool bloem- rauw" ->
    ["bloemkool"]."""
    fronts = _FRONT.findall(name)
    head = search_words(name.split(None, 1)[0])[:1] if fronts else []
    return [normalise(front) + head[0] for front in fronts] if head else []


class WordIndex:
    """Every distinct word of a table's two names, sorted, with the rows each word occurs in.

    A query word is looked up in the vocabulary (a few thousand words), never in every row:
    exact and prefix matches are a binary search, matches inside a word one scan of the
    joined vocabulary. That keeps a keystroke under a few milliseconds at 400,000 foods.

    Dutch and French are found as people type them, against the table's own words:
    - NEVO's hyphenated fronts are joined to the head ("Melk karne-" is indexed as karnemelk);
    - plurals fold (`fold`): "épinards" finds "Épinard" as a whole word, through a second
      sorted array of the vocabulary's folded keys;
    - a query word made of two table words ("volkorenbrood": volkoren + brood, with Dutch's
      linking s or en allowed between) also finds the foods holding both ("Tarwebrood
      volkoren"), ranked no higher than a prefix match (`compounds`);
    - function words (FUNCTION_WORDS) rank but do not filter (`match`).
    """

    WHOLE, PREFIX, INSIDE = 3, 2, 1
    LINKS = ("", "s", "en")  # what Dutch puts between the parts of a compound
    # vocabulary: the words, sorted; postings: rows, word by word; starts: where each word's
    # rows begin in postings; fold_keys: the words' folded keys, sorted, and fold_words the
    # word each belongs to; name_length: each row's English name's length, to rank by.
    ARRAYS = ("vocabulary", "postings", "starts", "fold_words", "fold_keys", "name_length")

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.vocabulary = arrays["vocabulary"]
        self.postings = arrays["postings"]
        self.starts = arrays["starts"]
        self.fold_words = arrays["fold_words"]
        self.fold_keys = arrays["fold_keys"]
        self.name_length = arrays["name_length"]
        self.size = len(self.name_length)
        # Each word followed by a newline, so "brood\n" in blob says a word ends in "brood".
        self.blob = "".join(w + "\n" for w in self.vocabulary.tolist())
        self.blob_starts = np.cumsum([0] + [len(w) + 1 for w in self.vocabulary[:-1].tolist()])

    def arrays(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in self.ARRAYS}

    @classmethod
    def build(cls, names_en: Iterable[str], names_nl: Iterable[str]) -> WordIndex:
        vocabulary: dict[str, int] = {}
        seen: dict[str, tuple[int, ...]] = {}  # raw token -> its normalised words' ids
        word_ids, rows, lengths = array("i"), array("i"), array("i")
        for row, (en, nl) in enumerate(zip(names_en, names_nl)):
            lengths.append(len(en))
            text = f"{en} {nl}"
            for token in text.split():
                ids = seen.get(token)
                if ids is None:
                    ids = seen[token] = tuple(
                        vocabulary.setdefault(word, len(vocabulary)) for word in search_words(token)
                    )
                for word_id in ids:
                    word_ids.append(word_id)
                    rows.append(row)
            # Substring tests first: most hyphens join words ("ready-to-eat").
            if "- " in text or "-/" in text or text.endswith("-"):
                for word in _joined_fronts(en) + _joined_fronts(nl):
                    word_ids.append(vocabulary.setdefault(word, len(vocabulary)))
                    rows.append(row)
        words = np.array(list(vocabulary), dtype=str)
        alphabetical = np.argsort(words)
        rank = np.empty(len(words), dtype=np.int32)
        rank[alphabetical] = np.arange(len(words), dtype=np.int32)
        ranks = rank[np.frombuffer(word_ids, dtype=np.int32)]
        order = np.argsort(ranks, kind="stable")
        sorted_words = words[alphabetical]
        folded = np.array([fold(w) for w in sorted_words.tolist()], dtype=str)
        fold_words = np.argsort(folded, kind="stable").astype(np.int32)
        return cls(
            {
                "vocabulary": sorted_words,
                "postings": np.frombuffer(rows, dtype=np.int32)[order],
                "starts": np.searchsorted(ranks[order], np.arange(len(words) + 1)).astype(np.int64),
                "fold_words": fold_words,
                "fold_keys": folded[fold_words],
                "name_length": np.frombuffer(lengths, dtype=np.int32).copy(),
            }
        )

    def _rows(self, first: int | np.integer, last: int | np.integer) -> np.ndarray:
        return self.postings[self.starts[first] : self.starts[last]]

    def is_word(self, word: str) -> bool:
        at = np.searchsorted(self.vocabulary, word)
        return bool(at < len(self.vocabulary) and self.vocabulary[at] == word)

    def ends_a_word(self, text: str) -> bool:
        return text + "\n" in self.blob

    def word_scores(self, word: str, parts: Sequence[tuple[str, str]] = ()) -> np.ndarray:
        """Per row, how well the word matches (WHOLE, PREFIX, INSIDE or 0); a row holding both
        words of one of the compound's parts matches as well as a prefix."""
        score = np.zeros(self.size, dtype=np.int8)
        if len(word) >= 3:
            at = np.fromiter(
                (m.start() for m in re.finditer(re.escape(word), self.blob)), dtype=np.int64
            )
            inside = np.unique(np.searchsorted(self.blob_starts, at, side="right") - 1)
            if len(inside):
                score[np.concatenate([self._rows(i, i + 1) for i in inside])] = self.INSIDE
        lo = np.searchsorted(self.vocabulary, word, side="left")
        hi = np.searchsorted(self.vocabulary, word + "\uffff", side="left")
        score[self._rows(lo, hi)] = self.PREFIX
        if lo < len(self.vocabulary) and self.vocabulary[lo] == word:
            score[self._rows(lo, lo + 1)] = self.WHOLE
        key = fold(word)
        lo, hi = (
            np.searchsorted(self.fold_keys, key),
            np.searchsorted(self.fold_keys, key, side="right"),
        )
        for i in self.fold_words[lo:hi]:
            score[self._rows(i, i + 1)] = self.WHOLE
        for head, tail in parts:
            both = np.minimum(self.word_scores(head), self.word_scores(tail))
            np.maximum(score, np.minimum(both, self.PREFIX), out=score)
        return score


def compounds(indexes: Sequence[WordIndex], word: str) -> list[tuple[str, str]]:
    """(head, tail) for each way the word is a word of the tables followed by the end of one,
    both of three letters or more."""
    parts = []
    for cut in range(3, len(word) - 2):
        head = word[:cut]
        if not any(index.is_word(head) for index in indexes):
            continue
        for link in WordIndex.LINKS:
            tail = word[cut:]
            if (
                tail.startswith(link)
                and len(tail) - len(link) >= 3
                and any(index.ends_a_word(tail[len(link) :]) for index in indexes)
            ):
                parts.append((head, tail[len(link) :]))
    return parts


def match(indexes: Sequence[WordIndex], text: str) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """For each index, the rows matching every word of the text (a new array the caller may
    change) and their scores; None when
    the text has no words (every row matches). Several tables are searched as one: a query
    word is split against the words of them all."""
    words = list(dict.fromkeys(search_words(text)))
    if not words:
        return None
    optional = set(words) & FUNCTION_WORDS if set(words) - FUNCTION_WORDS else set()
    parts = {word: compounds(indexes, word) for word in words}
    found = []
    for index in indexes:
        if len(words) == 1:  # most keystrokes: one pass over the rows, not four
            score = index.word_scores(words[0], parts[words[0]])
            rows = np.flatnonzero(score > 0)
            found.append((rows, score[rows]))
            continue
        total = np.zeros(index.size, dtype=np.int32)
        alive = np.ones(index.size, dtype=bool)
        for word in words:
            score = index.word_scores(word, parts[word])
            if word in optional:
                score = np.where(score == WordIndex.WHOLE, score, 0)
            else:
                alive &= score > 0
            total += score
        rows = np.flatnonzero(alive)
        found.append((rows, total[rows]))
    return found


def ranked(rows: np.ndarray, scores: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The rows by score, highest first, then by name length, shortest first, ties kept in
    order. One letter typed can match half of 400,000 foods: with the two in one 16-bit key
    numpy sorts by radix, in a seventh of the time lexsort takes."""
    if not len(rows):
        return rows
    below = np.subtract(scores.max(), scores, dtype=np.int32)  # 0 for the best
    span = int(lengths.max()) + 1
    if (int(below.max()) + 1) * span <= 1 << 16:
        below *= span
        below += lengths
        return rows[np.argsort(below.astype(np.uint16), kind="stable")]
    return rows[np.lexsort((lengths, below))]
