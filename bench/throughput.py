"""How fast graphkit builds, against the bare spaCy parse: the figures of issue 7.

    python bench/throughput.py [--items 1,5] [--articles 1000] [--corpus reuters21578]

Items (see the issue):
  1. words/s of a graphkit build and of the bare ``nlp.pipe`` (same model, same texts, one process each);
  2. ``workers=2`` against ``workers=1``;
  3. peak RSS and time for 1k, 5k and 19k articles (each in a fresh process; ``--sizes`` to change them);
  4. the time to add 20 new articles to a store of 5k, against building the 5k;
  5. Turtle export rate (triples/s) of the graph of ``--articles`` articles, per writer.

The corpora are read in place from ``../shared/corpora``; subsets go to a temporary folder, never the repo.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


def subset(corpus: str, n: int, folder: Path, skip: int = 0) -> Path:
    """The articles ``skip`` to ``skip + n`` of a corpus, as a JSONL file in ``folder``."""
    path = folder / f"{corpus}-{skip}-{n}.jsonl"
    if not path.exists():
        with (CORPORA / f"{corpus}.jsonl").open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as sink:
            sink.writelines(itertools.islice(source, skip, skip + n))
    return path


def texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def graphkit_build(path: Path, **options: object) -> tuple[float, object]:
    """Seconds of ``graphkit.build`` (model loaded beforehand), and the graph."""
    import graphkit
    from graphkit.nlp import load_model

    load_model(options.get("model"))  # type: ignore[arg-type]
    start = time.perf_counter()
    graph = graphkit.build(path, **options)
    return time.perf_counter() - start, graph


def item1(path: Path, model: str, rounds: int = 5) -> dict[str, float]:
    """The bare parse and the build take turns on ``rounds`` slices of the articles, and the times are summed:
    on a shared machine the speed drifts by 10-20% over a minute, and taking turns spreads the drift over both.
    The build's one-time loads (tables, dictionaries) fall in its first turn and count."""
    import graphkit
    from graphkit.nlp import load_model

    # One text once: a build reads a story filed twice once (Reuters-21578 has such pairs), so the bare parse
    # must not parse it twice either.
    first: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            first.setdefault(json.loads(line)["text"], line)
    lines, texts = list(first.values()), list(first)
    n = words(texts)
    nlp = spacy.load(model)
    load_model(model)
    bare = built = 0.0
    timings: dict[str, float] = {}
    per_round = []
    for r in range(rounds):
        part = lines[r::rounds]
        slice_path = path.with_name(f"{path.stem}-round{r}.jsonl")
        slice_path.write_text("\n".join(part) + "\n", encoding="utf-8")
        start = time.perf_counter()
        for _ in nlp.pipe([json.loads(line)["text"] for line in part], batch_size=32):
            pass
        b = time.perf_counter() - start
        start = time.perf_counter()
        graph = graphkit.build(slice_path)
        g = time.perf_counter() - start
        bare, built = bare + b, built + g
        per_round.append(b / g)
        for stage, seconds in graph.report.timings.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
    print(f"1. {len(texts)} articles, {n} words, model {model}; {rounds} turns each")
    print(f"   bare nlp.pipe      {n / bare:9.0f} words/s ({bare:.1f} s)")
    stages = json.dumps({k: round(v, 1) for k, v in timings.items()})
    print(f"   graphkit build     {n / built:9.0f} words/s ({built:.1f} s; stages {stages})")
    turns = " ".join(f"{x:.2f}" for x in per_round)
    print(f"   ratio              {bare / built:9.2f} (target >= 0.90); per turn {turns}")
    return {"bare_words_s": n / bare, "build_words_s": n / built, "ratio": bare / built}


def item2(path: Path) -> dict[str, float]:
    texts = texts_of(path)
    n = words(texts)
    one, g1 = graphkit_build(path, workers=1)
    two, g2 = graphkit_build(path, workers=2)
    same = [c.key for c in g1.claims] == [c.key for c in g2.claims]  # type: ignore[attr-defined]
    print(
        f"2. {len(texts)} articles: workers=1 {n / one:.0f} words/s ({one:.1f} s), workers=2 {n / two:.0f} words/s "
        f"({two:.1f} s): {one / two:.2f}x (target >= 1.7x); same claims: {same}"
    )
    return {"speedup": one / two}


def item3(corpus: str, sizes: list[int], folder: Path) -> None:
    print("3. time and peak memory, each size in a fresh process (graphkit build --out, Turtle and all):")
    for size in sizes:
        path = subset(corpus, size, folder)
        out = folder / f"out-{size}"
        # VmHWM is this process's own peak: ru_maxrss survives fork and exec, so a child of a large
        # parent would report the parent's peak.
        code = (
            "import re, sys, time; import graphkit; t = time.perf_counter();"
            f"g = graphkit.build_to([{str(path)!r}], {str(out)!r}); s = time.perf_counter() - t;"
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1);"
            "print(s, hwm, len(g.articles), len(g.claims), len(g.entities))"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        seconds, rss_kb, articles, claims, entities = result.stdout.split()
        print(
            f"   {int(articles):6d} articles: {float(seconds):7.1f} s, "
            f"{float(seconds) / int(articles) * 1000:5.1f} ms/article, "
            f"peak RSS {int(rss_kb) / 1024:6.0f} MiB ({claims} claims, {entities} entities)"
        )


def item4(corpus: str, base: int, folder: Path) -> None:
    import graphkit

    store = folder / f"store-{base}.sqlite"
    store.unlink(missing_ok=True)
    first, more = subset(corpus, base, folder), subset(corpus, 20, folder, skip=base)
    out = folder / "out-store"
    start = time.perf_counter()
    graphkit.build_to([first], out, store=store)
    full = time.perf_counter() - start
    start = time.perf_counter()
    graph = graphkit.build_to([first, more], out, store=store)
    added = time.perf_counter() - start
    timings = {k: round(v, 2) for k, v in graph.report.timings.items()}
    print(
        f"4. store of {base} articles built in {full:.1f} s; adding 20 new (inputs: the {base} and the 20) "
        f"took {added:.2f} s = {100 * added / full:.1f}% (target < 5%); stages {json.dumps(timings)}"
    )


def item5(graph: object, folder: Path) -> None:
    from graphkit.export import rdf

    triples = len(rdf.rdf_triples(graph))  # type: ignore[arg-type]
    print(f"5. Turtle export of the graph of the same articles ({triples} triples), per writer:")
    for writer in rdf.TURTLE_WRITERS:
        start = time.perf_counter()
        rdf.write_turtle(graph, folder / f"graph-{writer}.ttl", writer=writer)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        print(f"   {writer:10s} {triples} triples in {seconds:.2f} s: {triples / seconds:9.0f} triples/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", default="1,5", help="comma-separated items to run (1-5)")
    parser.add_argument("--corpus", default="reuters21578", help="corpus name in ../shared/corpora")
    parser.add_argument("--articles", type=int, default=1000, help="articles for items 1, 2 and 5")
    parser.add_argument("--sizes", default="1000,5000,19043", help="article counts of item 3")
    parser.add_argument("--store-base", type=int, default=5000, help="articles in the store of item 4")
    args = parser.parse_args()
    items = {int(i) for i in args.items.split(",")}
    from graphkit.nlp import load_model, model_name

    model = load_model().meta["name"]
    model = f"{load_model().meta['lang']}_{model}"
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
        f"python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, model {model_name(load_model())}; load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        folder = Path(tmp)
        path = subset(args.corpus, args.articles, folder)
        graph = None
        if 1 in items:
            item1(path, model)
        if 2 in items:
            item2(path)
        if 5 in items:
            _, graph = graphkit_build(path)
            item5(graph, folder)
        if 4 in items:
            item4(args.corpus, args.store_base, folder)
        if 3 in items:
            item3(args.corpus, [int(s) for s in args.sizes.split(",")], folder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (all items run in it): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
