"""``python -m bench``: run the benchmarks (see docs/benchmarks.md)."""

from .run import main

if __name__ == "__main__":
    main()
