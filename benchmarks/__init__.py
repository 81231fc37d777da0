"""Provider Wizard's benchmarks: ``python -m benchmarks`` (or ./scripts/bench) prints the table.

Every figure is a ratio against a baseline measured in the same run (a bare PySide6 window,
json.loads/json.dumps of the same bytes, the ideal time of a bounded pool, a plain Python
filter), so the table means the same thing on a noisy machine. The test suite only checks
that ``--tiny`` runs; no timing is asserted anywhere.
"""
