"""``import_careers``: career pages kept in step with BLS and O*NET data files.

Two layers, so most of the rules are tested with plain values:

- ``rows``: a CSV or XLSX file to validated rows (or every error with its row and column),
  with BLS's column names and markers understood. No ORM.
- ``pages``: those rows merged into the career pages under a parent, deciding for each one
  whether it creates, updates or leaves a page unchanged, then writing the revisions.
"""
