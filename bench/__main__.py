"""Run the benchmarks: ``python -m bench [--quick] [NAME ...]`` from the repository root."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

from bench.harness import Report


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller books")
    parser.add_argument("names", nargs="*", help="only these modules (e.g. store, notes)")
    args = parser.parse_args()
    report = Report()
    folder = Path(__file__).parent
    # Opening a big book writes grouptui's check memo in the data folder: the benchmarks
    # keep their own (the terminal ones set theirs), never the user's.
    data = tempfile.TemporaryDirectory(prefix="grouptui-bench-data-")
    os.environ.setdefault("GROUPTUI_DATA_DIR", data.name)
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        short = info.name.removeprefix("bench_")
        if args.names and short not in args.names:
            continue
        print(f"== {short}", flush=True)
        module = importlib.import_module(f"bench.{info.name}")
        module.run(report, args.quick)
    missed = [f for f in report.figures if not f.ok]
    print(f"{len(report.figures) - len(missed)} met, {len(missed)} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
