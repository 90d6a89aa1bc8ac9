"""Form data for Wagtail admin posts, beyond wagtail.test.utils.form_data's helpers.

The admin's StreamField widgets are built by JavaScript, so tests post the data a browser
would send; ``list_block`` is the ListBlock part of that.
"""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def list_block(items):
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def career_post_data(
    title="Medical Coding Specialist",
    median="34750",
    percentile_10="",
    period=("2012", "2022"),
    formal_education_required="yes",
):
    """A CareerPage form post with the seed's facts, as the admin's edit form sends it."""
    return nested_form_data(
        {
            "title": title,
            "slug": "medical-coding-specialist",
            "summary": "Assigns codes to diseases and treatments.",
            "soc_code": "29-2072",
            "body": streamfield(
                [
                    (
                        "duties",
                        {
                            "heading": "",
                            "intro": rich_text(""),
                            "items": list_block(["Assign codes to diagnoses"]),
                        },
                    ),
                    (
                        "education",
                        {
                            "typical_entry_education": "postsecondary_nondegree",
                            "formal_education_required": formal_education_required,
                            "program_length_months": "10",
                            "subjects": list_block(["Medical terminology"]),
                            "certifications": list_block(
                                [
                                    {
                                        "name": "Certified Tumor Registrar",
                                        "abbreviation": "CTR",
                                        "issuer": "NCRA",
                                        "renewal_years": "",
                                    }
                                ]
                            ),
                            "notes": rich_text(""),
                        },
                    ),
                    (
                        "outlook",
                        {
                            "growth_percent": "22",
                            "period_start": period[0],
                            "period_end": period[1],
                            "employment": "",
                            "annual_openings": "",
                            "average_growth_percent": "",
                            "drivers": rich_text(""),
                            "source_name": "Bureau of Labor Statistics",
                            "source_url": "",
                        },
                    ),
                    (
                        "salary",
                        {
                            "currency": "USD",
                            "median_annual": median,
                            "percentile_10": percentile_10,
                            "percentile_25": "",
                            "percentile_75": "",
                            "percentile_90": "56200",
                            "median_hourly": "",
                            "year": "2012",
                            "region": "United States",
                            "source_name": "Bureau of Labor Statistics",
                            "source_url": "https://www.bls.gov/ooh/",
                        },
                    ),
                ]
            ),
        }
    )
