"""Batch runs on Dask: articles from Parquet in, each story analysed, flat Parquet tables out.

``storylens batch --parquet IN --out OUT [--scheduler ADDRESS | --workers N]``; the library face is
``run.run_batch(IN, OUT, client)``. See docs/batch.md.
"""
