"""``import_careers``: career pages kept in step with BLS and O*NET data files.

Most of the rules are tested with plain values, because only the last layer touches pages:

- ``files``: a CSV or XLSX file to rows of cells.
- ``cells``: one cell to a value (numbers as BLS writes them, education levels, duties).
- ``rows``: rows of cells to validated rows (or every error with its row and column), with
  BLS's column names and markers understood.
- ``pages``: those rows merged into the career pages under a parent, deciding for each one
  whether it creates, updates or leaves a page unchanged, then writing the revisions;
  ``indexing`` brings the search and reference indexes up to date once per written page.
- ``progress``: the progress bar the command shows on a terminal.
"""
