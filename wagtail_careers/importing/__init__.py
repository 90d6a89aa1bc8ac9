"""``import_careers``: career pages kept in step with BLS and O*NET data files.

Most of the rules are tested with plain values, because only the last layer touches pages:

- ``files``: a file's bytes to sheets of cells (XLSX, CSV or tab-delimited text).
- ``kinds``: which kind of file it is, from its header and sheets, and which reader reads it.
- the readers, one per kind, from cells to rows (or every error with its file, row and
  column): ``rows`` (our own columns, and BLS OEWS's), ``projections`` (BLS Employment
  Projections' occupation table), ``onet`` (O*NET's Occupation Data and Task Statements);
  ``cells`` reads one cell, ``records`` holds what they produce, ``sources`` names the
  published sources.
- ``merging``: the rows of all files merged by SOC code, disagreements found.
- ``pages``: the merged rows applied to the career pages under a parent, deciding for each
  one whether it creates, updates or leaves a page unchanged, then writing the revisions;
  ``indexing`` brings the search and reference indexes up to date once per written page.
- ``progress``: the progress bar the command shows on a terminal.
"""
