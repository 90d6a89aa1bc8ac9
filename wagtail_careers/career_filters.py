"""The career index's filters and sort: a plain GET form, and the query it makes.

Every parameter is optional and each is read on its own: an invalid value (``min_pay=lots``,
``education=phd``, ``sort=random``) is left out of the query and reported beside its field,
so a mistyped or old shared link still lists careers, never an error page.
"""

from django import forms
from django.db.models import F, Q
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .facts import EDUCATION_LEVELS, EDUCATION_RANK
from .form_rendering import widget_html
from .markup import escape

SORTS = (
    ("title", _("Title (A to Z)")),
    ("pay", _("Median pay (highest first)")),
    ("growth", _("Growth (fastest first)")),
    ("education", _("Entry education (least first)")),
)

#: Each sort's ordering of the careers' ``Page`` rows (their listing columns are in
#: ``CareerPage``'s table, ``careerpage__``); careers without the figure come last, then by title.
ORDERINGS = {
    "title": [],
    "pay": [F("careerpage__median_annual_pay").desc(nulls_last=True)],
    "growth": [F("careerpage__growth_percent").desc(nulls_last=True)],
    "education": [F("careerpage__entry_education_rank").asc(nulls_last=True)],
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
        """The valid, non-empty values; the invalid ones are in ``errors``."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "") and name not in self.errors
        }

    def render_fields(self) -> str:
        """``{{ filter_form.render_fields }}``: each filter's label, control and the message
        beside an invalid one (the control marked invalid and pointing at it), written
        without a template per widget (``form_rendering``)."""
        ignored = gettext("This filter is ignored until it is corrected.")
        fields = []
        for bound_field in self:
            field_id = escape(bound_field.auto_id)
            errors = "".join(
                f'<p class="careers-filter-error" id="{field_id}-error">'
                f"{escape(error)} {escape(ignored)}</p>"
                for error in bound_field.errors
            )
            describedby = [f"{bound_field.auto_id}-error"] if bound_field.errors else []
            fields.append(
                f'<div class="careers-filter careers-filter--{escape(bound_field.name)}">'
                f'<label for="{field_id}">{escape(bound_field.label)}{escape(self.label_suffix)}'
                f"</label>{widget_html(bound_field, describedby)}{errors}</div>"
            )
        return mark_safe("".join(fields))  # noqa: S308 (every part is escaped)


def filter_careers(pages, values: dict, search=None):
    """``pages`` (a ``Page`` queryset of career pages) filtered and sorted by the form's
    ``values``.

    The figures are filtered in the database on the listing columns, so ``CareerPage``'s table
    is joined only for a filter or sort on them: the title sort of the whole list reads
    Wagtail's page table alone (see ``CareerIndexPage.listed_pages()``). ``search(text)``
    answers the ids of the careers matching ``text`` (Wagtail search).
    """
    conditions = Q()
    if "education" in values:
        rank = EDUCATION_RANK[values["education"]]
        conditions &= Q(careerpage__entry_education_rank__lte=rank)
    if "min_pay" in values:
        # Whole dollars: a pay stated in another currency is not compared with them.
        conditions &= Q(
            careerpage__median_annual_pay__gte=values["min_pay"], careerpage__pay_currency="USD"
        )
    if "min_growth" in values:
        conditions &= Q(careerpage__growth_percent__gte=values["min_growth"])
    if values.get("q") and search is not None:
        conditions &= Q(pk__in=search(values["q"]))
    ordering = ORDERINGS[values.get("sort", "title")]
    return pages.filter(conditions).order_by(*ordering, "title", "pk")
