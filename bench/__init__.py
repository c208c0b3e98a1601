"""factdesk's benchmarks: build and answer speed at scale, side by side with the alternatives.

``python -m bench`` runs everything (see docs/benchmarks.md). Modules: ``corpus`` scales the
Wikinews articles, ``build`` times builds, ``serve`` times factdesk answering in a fresh process,
``peers`` runs the same questions through other engines, ``profile`` and ``cpu`` show
where an answer's time goes and what it costs in CPU time, ``report`` writes the table, JSON and
plot, and ``run`` ties them together.
"""
