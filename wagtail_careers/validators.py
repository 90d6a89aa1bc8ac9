"""Validators for model fields that editors and importers fill in."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

#: SOC codes as BLS writes them (``29-2072``), or O*NET-SOC codes with their suffix
#: (``29-2072.00``).
SOC_CODE_PATTERN = r"^\d{2}-\d{4}(\.\d{2})?$"

validate_soc_code = RegexValidator(
    SOC_CODE_PATTERN,
    message=_(
        "Enter an SOC code as BLS writes it: two digits, a hyphen and four digits, "
        "e.g. 29-2072 (O*NET's form 29-2072.00 is accepted too)."
    ),
    code="invalid_soc_code",
)
