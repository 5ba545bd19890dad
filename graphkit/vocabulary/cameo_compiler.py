"""Compile PETRARCH-2's CAMEO verb dictionary and PLOVER's CAMEO -> PLOVER table into ``cameo.json``.

``CAMEO.2.0.txt`` was written for constituency parses and word order: verb blocks (``--- NAME [code] ---``)
list verbs (``+CALL_OFF`` for a verb with its particle, ``{...}`` irregular forms, an own ``[code]``), then
patterns (``- * (AGAINST +) [111]``) in which ``*`` is the verb, ``$`` the source, ``+`` the target, ``( )``
a prepositional phrase, ``{ }`` a phrase, ``&NAME`` a synonym set, ``^`` a skipped phrase and a trailing
``_`` a whole word (others match as prefixes: ``VIOLAT`` is violate, violation, ...). A code ``[A:B]``
codes the event A from source to target; ``[:B]`` codes B from the target back to the source.

The compiled file keeps, for each verb (lower case, "call off" for a verb with its particle), its default
code and its patterns as slots of alternative phrases before and after the verb, and where the target is
(``object`` or a preposition). ``codes`` maps each CAMEO code to graphkit's PLOVER type, mode and context
(``crosswalk.toml`` says how the 2021 table's names map to the gold-standard types). Matching against a
dependency parse is ``graphkit.extract``'s job.

>>> elements("* {ARMS SHIPMENT} (TO +)")
['*', ['{', 'ARMS', 'SHIPMENT'], ['(', 'TO', '+']]
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
CAMEO_FILE = Path("petrarch2") / "CAMEO.2.0.txt"
CROSSWALK_FILE = Path("plover") / "CAMEO2PLOVER-2021.txt"
OUTPUT = HERE / "cameo.json"
LICENSE_COPY = "PETRARCH2_LICENSE.txt"
NOTICE = (
    "Compiled by graphkit (python -m graphkit.compile_lexicons) from PETRARCH-2's CAMEO.2.0.txt "
    "(openeventdata/petrarch2, MIT License, Copyright (c) 2014 Open Event Data; see PETRARCH2_LICENSE.txt) and "
    "PLOVER's CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0)."
)
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")
PREPOSITIONS = frozenset({
    "ABOUT", "AGAINST", "AS", "AT", "BETWEEN", "BY", "FOR", "FROM", "IN", "INTO", "OF", "ON", "ONTO", "OVER",
    "TO", "TOWARD", "TOWARDS", "UPON", "WITH", "WITHIN", "WITHOUT", "UNDER", "THROUGH", "ACROSS", "ALONG",
})  # fmt: skip
SLOTS = frozenset("$+^%")
NEGATORS = frozenset({"no", "not", "never"})


@dataclass
class Verb:
    """One verb of the dictionary: its default code (None: it codes only through a pattern) and patterns."""

    code: str | None
    reverse: bool = False
    blocks: list[int] = field(default_factory=list)  # indexes of the blocks whose patterns apply to it


def parse_code(text: str) -> tuple[str | None, bool]:
    """(CAMEO code, reversed) of a bracketed code: "042:043" -> ("042", False), ":110" -> ("110", True).

    >>> parse_code("042:043"), parse_code(":110"), parse_code("---"), parse_code("")
    (('042', False), ('110', True), (None, False), (None, False))
    """
    text = text.strip()
    first, _, second = text.partition(":")
    first, second = first.strip(), second.strip()
    if first and first != "---":
        return first, False
    if not first and second and second != "---":
        return second, True
    return None, False


def mutual(text: str) -> bool:
    """Whether a bracketed code gives the target the same act back: "[112:112]" (each accuses the other).

    >>> mutual("112:112"), mutual("042:043"), mutual(":110"), mutual("193")
    (True, False, False, False)
    """
    first, _, second = (part.strip() for part in text.partition(":"))
    return bool(first) and first != "---" and first == second


def words_of(text: str) -> str:
    """A dictionary word or phrase as graphkit matches it: lower case, ``_`` joins as spaces, a trailing
    ``_`` (whole word) kept: "CASH_" -> "cash_", "CALL_OFF" -> "call off"."""
    exact = text.endswith("_")
    core = text.rstrip("_").replace("_", " ").lower().strip()
    return core + ("_" if exact else "")


def read_synsets(lines: list[str], whole: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """``&NAME`` -> its members, from the synonym-set section; those in ``whole`` match only whole words."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("&"):
            current = line.rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current is not None:
            word = words_of(line[1:].strip())
            sets[current].append(word + "_" if word in whole else word)
    return sets


def elements(pattern: str) -> list[Any]:
    """A pattern's elements in order: words, ``*``, slots, and groups (``(``/``{`` followed by their words)."""
    out: list[Any] = []
    stack: list[list[Any]] = []
    for token in re.findall(r"[(){}]|[^\s(){}]+", pattern):
        if token in "({":
            stack.append([token])
        elif token in ")}":
            if stack:
                group = stack.pop()
                (stack[-1] if stack else out).append(group)
        elif stack:
            stack[-1].append(token)
        else:
            out.append(token)
    while stack:  # an unclosed group: keep what it has
        out.append(stack.pop())
    return out


def flatten(items: list[Any]) -> list[str]:
    flat: list[str] = []
    for item in items:
        flat.extend(flatten(item[1:]) if isinstance(item, list) else [item])
    return flat


def slot(word: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """The alternatives a pattern word stands for: the word, or the name of its synonym set; None for a marker."""
    if word in SLOTS or word == "*":
        return None
    if word.startswith("&"):
        name = word.rstrip("_")
        return [name] if name in synsets else []
    return [words_of(word)]


def compile_pattern(text: str, code: str | None, reverse: bool, synsets: dict[str, list[str]]) -> dict[str, Any] | None:
    """One pattern as slots before and after the verb, the target's place and the source's; None when it has no
    verb or puts the source or target before the verb (a construction a dependency parse gives otherwise).

    >>> pattern = compile_pattern("* CLAIM (AGAINST) +", "115", False, {})
    >>> pattern["after"], pattern["target"], pattern["source"]
    ([['claim'], ['against']], 'against', None)
    >>> compile_pattern("* +", "111", False, {})["target"]
    'object'
    """
    items = elements(text)
    flat = flatten(items)
    if "*" not in flat:
        return None
    star = flat.index("*")
    if any(w in ("$", "+", "%") for w in flat[:star]):
        return None
    before = [s for w in flat[:star] if (s := slot(w, synsets)) is not None]
    after: list[list[str]] = []
    target = source = None
    last_prep: str | None = None
    for word in flat[star + 1 :]:
        if word in ("+", "$"):
            place = last_prep.lower() if last_prep else "object"
            if word == "+":
                target = target or place
            else:
                source = source or place
            continue
        alternatives = slot(word, synsets)
        if alternatives is None:
            continue
        if word.upper() in PREPOSITIONS:
            last_prep = word.upper()
        after.append(alternatives)
    if not before and not after and target is None:
        return None  # "- * [code]": the verb alone, which the default code says
    if any(w in NEGATORS for slot_words in before + after for alt in slot_words for w in alt.split()):
        return None  # "* NO CONCESSION" [124]: graphkit reads a negation from the sentence (extract/context.py)
    return {"code": code, "reverse": reverse, "before": before, "after": after, "target": target, "source": source}


PARTICLES = frozenset({"back", "off", "away", "out", "up", "down", "over", "along", "around", "ahead", "forward"})


def function_words_only(pattern: dict[str, Any]) -> bool:
    """Whether every slot of a pattern is a preposition or a particle, or it has none ("* +": the verb and its
    object).

    >>> function_words_only({"before": [], "after": [["for"]]}), function_words_only({"before": [], "after": [["aid"]]})
    (True, False)
    """
    words = [w for slot in pattern["before"] + pattern["after"] for alt in slot for w in alt.rstrip("_").split()]
    return all(w.upper() in PREPOSITIONS or w in PARTICLES for w in words)


def written_for(comment: str, members: list[str]) -> list[str]:
    """The verbs of its block a pattern was written for, as its comment names them ("# KILL", "# WIPE_OUT ,
    WIPED_OUT"); empty when the comment names none (the pattern then holds for the whole block).

    >>> written_for(" WIPE_OUT , WIPED_OUT", ["kill", "wipe out"]), written_for(" OY 14 Mar 2006", ["kill"])
    (['wipe out'], [])
    """
    named = {words_of(part.strip()).rstrip("_") for part in re.split(r"[,\s]+", comment) if part.strip()}
    return [m for m in members if m in named]


def verb_forms(line: str) -> tuple[str, str | None, bool, bool]:
    """(verb, own code, reversed, has own code) of a verb line: "+CALL_OFF {...} [160]" -> ("call off", "160", ...)."""
    body = line.split("#", 1)[0]
    codes = CODE.findall(body)
    body = re.sub(r"\{[^}]*\}", " ", CODE.sub(" ", body)).strip()
    name = body.split()[0].lstrip("+") if body.split() else ""
    code, reverse = parse_code(codes[0]) if codes else (None, False)
    return words_of(name).rstrip("_"), code, reverse, bool(codes)


def read_verbs(
    lines: list[str], synsets: dict[str, list[str]]
) -> tuple[dict[str, Verb], list[dict[str, Any]], int, int]:
    """Every verb with its code and its blocks (a verb listed in several blocks takes the patterns of each), the
    blocks with their patterns, and the number of patterns read and of patterns kept."""
    verbs: dict[str, Verb] = {}
    blocks: list[dict[str, Any]] = []
    block_code: tuple[str | None, bool] = (None, False)
    members: list[str] = []  # the verbs of the current block
    read = kept = 0
    for raw in lines:
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("~"):
            break  # the transformations section: not used
        match = BLOCK.match(line)
        if match:
            block_code = parse_code(match.group(2))
            blocks.append({"name": match.group(1), "patterns": []})
            members = []
            continue
        if line.startswith("-"):
            read += 1
            body, _, comment = line[1:].partition("#")
            codes = CODE.findall(body)
            if not codes or not blocks:
                continue
            code, reverse = parse_code(codes[-1])
            pattern = compile_pattern(CODE.sub(" ", body), code, reverse, synsets)
            if pattern is None:
                continue
            kept += 1
            # A pattern of function words only ("* (FOR)", "* BACK") or of none ("* +": MOCK's "mocked X", in the
            # block of ECHO and REPEAT) says little beyond the verb it was written for: it holds for that verb
            # alone. Others hold for the whole block, as in PETRARCH-2.
            if mutual(codes[-1]):  # "EXCHANGE * ACCUSATIONS [112:112]": coordinated subjects act on each other
                pattern["mutual"] = True
            named = written_for(comment, members)
            pattern["verbs"] = named if function_words_only(pattern) else []
            if named and not pattern["verbs"]:  # the verbs it was written for win a tie with another pattern
                pattern["named"] = named
            blocks[-1]["patterns"].append(pattern)
            continue
        name, code, reverse, own = verb_forms(line)
        if not name or not blocks:
            continue
        if not own:
            code, reverse = block_code
        verb = verbs.setdefault(name, Verb(code, reverse))
        if verb.code is None and code is not None:
            verb.code, verb.reverse = code, reverse
        if len(blocks) - 1 not in verb.blocks:
            verb.blocks.append(len(blocks) - 1)
        members.append(name)
    return verbs, blocks, read, kept


def read_crosswalk(text: str, adjustments: dict[str, Any]) -> dict[str, list[str | None]]:
    """CAMEO code -> [graphkit's PLOVER type, mode, context], from the 2021 table and ``crosswalk.toml``."""
    renamed = adjustments.get("renamed", {})
    by_mode = adjustments.get("by_mode", {})
    by_code = adjustments.get("by_code", {})
    codes: dict[str, list[str | None]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(\d+):\s*(.*)$", line)
        if not match:
            continue
        code, rest = match.group(1), [p.strip() for p in match.group(2).split(",")]
        kind = rest[0] if rest and rest[0] else None
        if kind is None:
            continue
        mode = (rest[1] if len(rest) > 1 else "") or None
        context = (rest[2] if len(rest) > 2 else "") or None
        context = "; ".join(c.strip() for c in context.split(";") if c.strip()) or None if context else None
        kind = by_mode.get(f"{kind} {mode}", renamed.get(kind, kind))
        root = next((by_code[r] for r in sorted(by_code, key=len, reverse=True) if code.startswith(r)), None)
        codes[code] = [root or kind, mode, context]
    for root, kind in by_code.items():
        codes.setdefault(root, [kind, None, None])
    return dict(sorted(codes.items()))


def compile_cameo(lexicon_dir: Path) -> dict[str, Any]:
    """The compiled dictionary, as the JSON-ready structure written to ``cameo.json``."""
    text = (lexicon_dir / CAMEO_FILE).read_text("latin-1")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    adjustments = tomllib.loads((HERE / "crosswalk.toml").read_text("utf-8"))
    synsets = read_synsets(lines[:start], frozenset(adjustments.get("whole_words", {}).get("words", [])))
    verbs, blocks, read, kept = read_verbs(lines[start + 1 :], synsets)
    codes = read_crosswalk((lexicon_dir / CROSSWALK_FILE).read_text("utf-8"), adjustments)
    return {
        "notice": NOTICE,
        "counts": {"verbs": len(verbs), "patterns_read": read, "patterns_kept": kept, "codes": len(codes)},
        "codes": codes,
        "synsets": synsets,
        "blocks": blocks,
        "verbs": {
            name: {"code": v.code, "reverse": v.reverse, "blocks": v.blocks} for name, v in sorted(verbs.items())
        },
    }


def dumps(compiled: dict[str, Any]) -> str:
    """The compiled dictionary as text: one code and one verb per line, so that a change reads as a diff."""
    parts = ["{", f' "notice": {json.dumps(compiled["notice"])},', f' "counts": {json.dumps(compiled["counts"])},']
    for key in ("codes", "synsets", "blocks", "verbs"):
        value = compiled[key]
        items = value.items() if isinstance(value, dict) else enumerate(value)
        lines = [json.dumps(v, ensure_ascii=False, sort_keys=True) for _, v in items]
        if isinstance(value, dict):
            lines = [f"{json.dumps(k)}: {line}" for k, line in zip(value, lines, strict=True)]
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        comma = "" if key == "verbs" else ","
        parts.append(f' "{key}": {opening}\n' + ",\n".join(f"  {line}" for line in lines) + f"\n {closing}{comma}")
    parts.append("}")
    return "\n".join(parts) + "\n"


def write_cameo(lexicon_dir: Path, out: Path = OUTPUT) -> list[Path]:
    """Compile the dictionaries in ``lexicon_dir`` into ``out``, with PETRARCH-2's MIT notice beside it."""
    out.write_text(dumps(compile_cameo(lexicon_dir)), "utf-8")
    notice = out.parent / LICENSE_COPY
    notice.write_bytes((lexicon_dir / "petrarch2" / "LICENSE").read_bytes())
    return [out, notice]
