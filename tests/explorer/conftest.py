"""Fixtures of the career explorer: a career index with careers of known figures."""

import pytest
from explorer_support import career

from wagtail_careers.factories import CareerIndexPageFactory


@pytest.fixture
def index(site_root):
    return CareerIndexPageFactory(parent=site_root)


@pytest.fixture
def careers(index):
    """Five careers, from a phlebotomist to a dental hygienist (BLS, 2012 and 2012–22)."""
    return {
        "phlebotomist": career(
            index,
            "Phlebotomist",
            pay=29730,
            growth=27,
            education="postsecondary_nondegree",
            soc_code="31-9097",
        ),
        "lpn": career(
            index,
            "Licensed Practical Nurse",
            pay=41540,
            growth=25,
            education="postsecondary_nondegree",
            soc_code="29-2061",
        ),
        "surgical": career(
            index,
            "Surgical Technologist",
            pay=41790,
            growth=30,
            education="postsecondary_nondegree",
            soc_code="29-2055",
        ),
        "pharmacy": career(
            index,
            "Pharmacy Technician",
            pay=29320,
            growth=20,
            education="high_school",
            soc_code="29-2052",
        ),
        "hygienist": career(
            index,
            "Dental Hygienist",
            pay=70210,
            growth=33,
            education="associate",
            soc_code="29-1292",
        ),
    }
