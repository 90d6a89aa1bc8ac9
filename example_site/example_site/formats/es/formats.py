"""How the example site writes figures on its Spanish pages: as US Spanish does.

Django's own ``es`` formats are Spain's (``34 750``, ``16,71``); US Spanish, like Mexico's and
Puerto Rico's, groups with commas and marks decimals with a point, as English does. Django
reads these through ``FORMAT_MODULE_PATH``, before its own; anything not set here (dates,
for instance) stays Django's ``es``. The ``CAREERS_*`` patterns are wagtail-careers' own.
"""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
#: ``22%``, as US Spanish newspapers write it (the package's Spanish default is ``22 %``).
CAREERS_PERCENT_FORMAT = "{number}%"
#: ``$34,750``: the symbol before the amount, without a space.
CAREERS_MONEY_FORMAT = "{symbol}{amount}"
