"""The benchmark harness: ``python -m bench [--quick] [NAME ...]``.

Machines here are noisy, so every figure is a ratio against a baseline measured in the same
run (the bare cost of the same work without our code), printed beside the absolute numbers.
Each ``bench/bench_<name>.py`` module defines ``run(report, quick)``; the harness discovers
them. Exit code 1 when a figure misses its target.
"""
