"""Throughput and memory of ``cijfercheck extract`` against corpus size.

Builds folders of N articles by replicating corpus/ (each copy renamed, so
every article is processed), then runs, each in a fresh process:

* the floor: read the same files and run ``spacy.blank("nl")`` over them
  (what any spaCy pipeline pays);
* ``cijfercheck extract`` with 1 and 2 workers;
* ms-recognizers-text (nl-nl) ``recognize_currency`` on the same text, as a
  peer (smallest size only: it is slow).

For each run it records wall seconds, articles/second, words/second and the
peak resident memory (the largest ``ru_maxrss`` of the child processes).
Writes ``benchmarks/results/throughput.json`` and a plot
``benchmarks/results/throughput.png``.

    pip install -e ".[bench]"
    python benchmarks/throughput.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from pipeline.ingest import find_sources

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

FLOOR_SCRIPT = r"""
import sys, spacy
from pipeline.ingest import read_articles
nlp = spacy.blank("nl")
words = 0
for article in read_articles([sys.argv[1]]):
    if hasattr(article, "raw"):
        words += sum(1 for t in nlp(article.raw) if not t.is_space and not t.is_punct)
print(words)
"""

PEER_SCRIPT = r"""
import sys
from recognizers_number_with_unit import recognize_currency
from pipeline.ingest import read_articles
from pipeline.clean import clean_text
found = 0
for article in read_articles([sys.argv[1]]):
    if hasattr(article, "raw"):
        found += len(recognize_currency(clean_text(article.raw), "nl-nl"))
print(found)
"""


def build_folder(corpus: Path, size: int, target: Path) -> int:
    """Copy corpus articles round-robin until ``size`` files; return words."""
    sources, _ = find_sources([corpus])
    files = [s.path for s in sources if s.path.suffix.lower() in (".txt", ".md", ".html")]
    target.mkdir(parents=True, exist_ok=True)
    for index in range(size):
        source = files[index % len(files)]
        shutil.copy(source, target / f"{index:07d}_{source.name}")
    return size


def _child_peak_rss_mb() -> float:
    # ru_maxrss of children is in KiB on Linux; it is the largest child so far,
    # so each measurement runs in its own python process (see run())
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run(command: list[str], allowed: tuple[str, ...] = ("0", "1")) -> tuple[float, float, str]:
    """Run ``command`` in a wrapper process that reports its children's peak
    RSS; an exit code not in ``allowed`` is an error."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "s = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(s, r, p.returncode)\n"
        "sys.stdout.write(p.stdout[-2000:])\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    first, _, rest = out.stdout.partition("\n")
    seconds, peak, code = first.split()
    if code not in allowed:
        raise RuntimeError(f"{command} failed ({code}): {rest}")
    return float(seconds), float(peak), rest


def words_in(folder: Path) -> int:
    _, _, out = run([sys.executable, "-c", FLOOR_SCRIPT, str(folder)])
    return int(out.strip().splitlines()[-1])


def measure(corpus: Path, sizes: list[int], workers: list[int], peer_sizes: list[int]) -> dict:
    report = {"date": date.today().isoformat(),
              "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
                         f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}",
              "runs": []}
    cli = [sys.executable, "-m", "pipeline", "extract"]
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            build_folder(corpus, size, folder)
            seconds, peak, out = run([sys.executable, "-c", FLOOR_SCRIPT, str(folder)])
            words = int(out.strip().splitlines()[-1])
            report["runs"].append({"system": "spacy.blank('nl') floor", "articles": size, "workers": 1,
                                   "seconds": round(seconds, 2), "peak_mb": round(peak, 1), "words": words})
            for count in workers:
                claims = Path(tmp) / f"claims{count}.csv"
                seconds, peak, _ = run(cli + [str(folder), "-o", str(claims),
                                              "--companies", str(Path(tmp) / f"companies{count}.csv"),
                                              "--workers", str(count), "--quiet"], allowed=("0",))
                # a run that read nothing is fast and wrong: every article must
                # have been analysed
                done = Path(str(claims) + ".done.csv")
                analysed = sum(1 for _ in done.open(encoding="utf-8")) - 1 if done.exists() else 0
                if not claims.exists() or analysed != size:
                    raise RuntimeError(f"{count} worker(s): {analysed} of {size} articles analysed")
                report["runs"].append({"system": "cijfercheck extract", "articles": size, "workers": count,
                                       "seconds": round(seconds, 2), "peak_mb": round(peak, 1), "words": words})
            if size in peer_sizes:
                try:
                    seconds, peak, _ = run([sys.executable, "-c", PEER_SCRIPT, str(folder)])
                    report["runs"].append({"system": "ms-recognizers-text (nl-nl)", "articles": size,
                                           "workers": 1, "seconds": round(seconds, 2),
                                           "peak_mb": round(peak, 1), "words": words})
                except (RuntimeError, subprocess.CalledProcessError) as error:
                    report["runs"].append({"system": "ms-recognizers-text (nl-nl)", "articles": size,
                                           "error": str(error)[:200]})
    for entry in report["runs"]:
        if "seconds" in entry and entry["seconds"]:
            entry["articles_per_second"] = round(entry["articles"] / entry["seconds"], 1)
            entry["words_per_second"] = round(entry["words"] / entry["seconds"])
    return report


def plot(report: dict, target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (speed, memory) = plt.subplots(1, 2, figsize=(11, 4.2))
    series: dict[str, list] = {}
    for entry in report["runs"]:
        if "seconds" not in entry:
            continue
        workers = entry['workers']
        label = entry["system"] + (f", {workers} worker{'s' if workers > 1 else ''}" if entry["system"].startswith("cijfercheck") else "")
        series.setdefault(label, []).append(entry)
    for label, entries in series.items():
        entries.sort(key=lambda e: e["articles"])
        xs = [e["articles"] for e in entries]
        speed.plot(xs, [e["articles_per_second"] for e in entries], marker="o", label=label)
        memory.plot(xs, [e["peak_mb"] for e in entries], marker="o", label=label)
    for axis, title, ylabel in ((speed, "throughput", "articles / second"), (memory, "peak memory", "MB (largest process)")):
        axis.set_xscale("log")
        axis.set_xlabel("articles in the folder")
        axis.set_ylabel(ylabel)
        axis.set_title(title)
        axis.grid(True, alpha=0.3)
    speed.legend(fontsize=8)
    fig.suptitle(f"cijfercheck extract — {report['date']}, {report['machine']}", fontsize=9)
    fig.tight_layout()
    fig.savefig(target, dpi=110)


def markdown(report: dict) -> str:
    lines = ["| system | workers | articles | seconds | articles/s | words/s | peak MB |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for e in report["runs"]:
        if "seconds" in e:
            lines.append(f"| {e['system']} | {e['workers']} | {e['articles']:,} | {e['seconds']} | "
                         f"{e['articles_per_second']:,} | {e['words_per_second']:,} | {e['peak_mb']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parent / "corpus")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--peer-sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--keep", action="store_true",
                        help="keep earlier results for the sizes not measured now")
    args = parser.parse_args()
    report = measure(args.corpus, args.sizes, args.workers, args.peer_sizes)
    RESULTS.mkdir(exist_ok=True)
    previous = RESULTS / "throughput.json"
    if args.keep and previous.exists():
        # keep the runs of the sizes not measured this time
        old = json.loads(previous.read_text(encoding="utf-8"))
        kept = [run for run in old["runs"] if run["articles"] not in args.sizes]
        report["runs"] = sorted(kept + report["runs"], key=lambda r: (r["articles"], r["system"], r.get("workers", 1)))
    (RESULTS / "throughput.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    plot(report, RESULTS / "throughput.png")
    print(markdown(report))


if __name__ == "__main__":
    main()
