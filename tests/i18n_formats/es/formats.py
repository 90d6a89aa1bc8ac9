"""A site's own Spanish formats, for the tests: Spain's numbers, the amount before the symbol."""

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
CAREERS_MONEY_FORMAT = "{amount}\N{NO-BREAK SPACE}{symbol}"
