"""The career index's filters and sort: a plain GET form, and the query it makes.

Every parameter is optional and each is read on its own: an invalid value (``min_pay=lots``,
``education=phd``, ``sort=random``) is left out of the query and reported beside its field,
so a mistyped or old shared link still lists careers, never an error page.
"""

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from .facts import EDUCATION_LEVELS, EDUCATION_RANK

SORTS = (
    ("title", _("Title (A to Z)")),
    ("pay", _("Median pay (highest first)")),
    ("growth", _("Growth (fastest first)")),
    ("education", _("Entry education (least first)")),
)

#: Each sort's ordering; careers without the figure come last, then by title.
ORDERINGS = {
    "title": [],
    "pay": [F("median_annual_pay").desc(nulls_last=True)],
    "growth": [F("growth_percent").desc(nulls_last=True)],
    "education": [F("entry_education_rank").asc(nulls_last=True)],
}


class CareerFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    education = forms.ChoiceField(
        label=_("Entry education, at most"),
        required=False,
        choices=[("", _("Any"))] + list(EDUCATION_LEVELS),
    )
    min_pay = forms.IntegerField(
        label=_("Median pay per year, at least ($)"),
        required=False,
        min_value=0,
        max_value=10_000_000,
        widget=forms.NumberInput(attrs={"step": 1000, "inputmode": "numeric"}),
    )
    min_growth = forms.DecimalField(
        label=_("Projected growth, at least (%)"),
        required=False,
        min_value=-100,
        max_value=1000,
        max_digits=5,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "any"}),
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    def __init__(self, data=None, **kwargs):
        # Only the form's own parameters: a shared link may carry others (utm_*, page).
        if data is not None:
            data = {name: data.get(name, "") for name in self.base_fields}
        super().__init__(data, auto_id="careers-filter-%s", **kwargs)

    @property
    def values(self) -> dict:
        """The valid, non-empty values; the invalid ones are in ``errors``, each control
        pointing at its message (``careers-filter-<name>-error``)."""
        self.is_valid()
        for name in self.errors:
            self.fields[name].widget.attrs.update(
                {"aria-invalid": "true", "aria-describedby": f"careers-filter-{name}-error"}
            )
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "") and name not in self.errors
        }


def filter_careers(careers, values: dict, search=None):
    """``careers`` (a ``CareerPage`` queryset) filtered and sorted by the form's ``values``.

    ``search(queryset, text)`` answers the ids of the careers matching ``text`` (Wagtail
    search); the figures are filtered in the database on the listing columns.
    """
    conditions = Q()
    if "education" in values:
        conditions &= Q(entry_education_rank__lte=EDUCATION_RANK[values["education"]])
    if "min_pay" in values:
        # Whole dollars: a pay stated in another currency is not compared with them.
        conditions &= Q(median_annual_pay__gte=values["min_pay"], pay_currency="USD")
    if "min_growth" in values:
        conditions &= Q(growth_percent__gte=values["min_growth"])
    if values.get("q") and search is not None:
        conditions &= Q(pk__in=search(careers, values["q"]))
    ordering = ORDERINGS[values.get("sort", "title")]
    return careers.filter(conditions).order_by(*ordering, "title", "pk")
