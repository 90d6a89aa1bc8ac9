"""The anti-spam checks with plain values: tokens, client address, rate limit."""

import pytest
from django.http import QueryDict
from django.test import RequestFactory

from wagtail_careers.leads import antispam


def post(**data):
    query = QueryDict(mutable=True)
    query.update(data)
    return query


def test_a_person_posting_after_three_seconds_passes(clock):
    token = antispam.make_token(7)
    clock.advance(3)
    assert antispam.check_post(post(lead_token=token), 7) == antispam.Verdict(seconds_to_send=3)


def test_a_post_within_three_seconds_is_not_spam_but_flagged_for_review(clock):
    token = antispam.make_token(7)
    clock.advance(0.7)
    verdict = antispam.check_post(post(lead_token=token), 7)
    assert verdict.spam_reason == ""
    assert verdict.needs_review
    assert verdict.seconds_to_send == pytest.approx(0.7, abs=0.001)


def test_the_minimum_is_a_setting(clock, settings):
    settings.WAGTAIL_CAREERS_LEAD_MIN_SECONDS = 10
    token = antispam.make_token(7)
    clock.advance(5)
    verdict = antispam.check_post(post(lead_token=token), 7)
    assert (verdict.spam_reason, verdict.needs_review) == ("", True)


def test_a_form_older_than_the_maximum_age_expires(clock, settings):
    settings.WAGTAIL_CAREERS_LEAD_MAX_AGE = 3600
    token = antispam.make_token(7)
    clock.advance(3601)
    assert antispam.check_post(post(lead_token=token), 7).expired


def test_spam_reasons_are_shown_in_words():
    assert antispam.spam_reason_label("honeypot") == (
        "A hidden field that people never see was filled in, as bots do."
    )
    assert "forged" in antispam.spam_reason_label("bad_token")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"lead_token": "7:1xX0xk:forged"}, "bad_token"),
        ({"lead_token": "nonsense"}, "bad_token"),
    ],
)
def test_forged_tokens_are_spam(clock, data, reason):
    assert antispam.check_post(post(**data), 7).spam_reason == reason


def test_a_post_without_a_token_is_not_spam(clock):
    # The contract's inputs are the named ones; the token is an optional extra.
    assert antispam.check_post(post(), 7) == antispam.Verdict()


def test_a_token_from_another_page_is_spam(clock):
    token = antispam.make_token(8)
    clock.advance(60)
    assert antispam.check_post(post(lead_token=token), 7).spam_reason == "bad_token"


def test_a_filled_honeypot_is_spam(clock):
    token = antispam.make_token(7)
    clock.advance(60)
    verdict = antispam.check_post(post(lead_token=token, website="http://spam.example"), 7)
    assert verdict.spam_reason == "honeypot"


def test_the_ip_hash_is_keyed_and_never_the_address(settings):
    hashed = antispam.hash_ip("203.0.113.9")
    assert len(hashed) == 64 and "203.0.113.9" not in hashed
    assert antispam.hash_ip("203.0.113.9") == hashed
    settings.SECRET_KEY = "another-secret-key-for-another-site-0123456789"
    assert antispam.hash_ip("203.0.113.9") != hashed


def request_from(remote_addr, forwarded=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


def test_without_a_proxy_setting_the_forwarded_header_is_ignored():
    request = request_from("198.51.100.1", forwarded="203.0.113.9")
    assert antispam.client_ip(request) == "198.51.100.1"


def test_behind_one_proxy_the_visitor_cannot_spoof_an_address(settings):
    settings.WAGTAIL_CAREERS_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    # The visitor sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    request = request_from("10.0.0.2", forwarded="1.2.3.4, 203.0.113.9")
    assert antispam.client_ip(request) == "203.0.113.9"


def test_behind_two_proxies_the_second_entry_from_the_right_is_the_visitor(settings):
    settings.WAGTAIL_CAREERS_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.WAGTAIL_CAREERS_TRUSTED_PROXY_COUNT = 2
    request = request_from("10.0.0.2", forwarded="1.2.3.4, 203.0.113.9, 10.0.0.1")
    assert antispam.client_ip(request) == "203.0.113.9"


@pytest.mark.parametrize("forwarded", ["", "not-an-address"])
def test_a_missing_or_garbled_header_falls_back_to_the_connection(settings, forwarded):
    settings.WAGTAIL_CAREERS_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    assert antispam.client_ip(request_from("10.0.0.2", forwarded=forwarded)) == "10.0.0.2"


def test_rate_limit_counts_per_address_and_window(clock, settings):
    settings.WAGTAIL_CAREERS_RATE_LIMIT_WINDOW = 600
    clock.time = 600 * 3_000_000  # the start of a window
    assert [antispam.allow_post("a", 5) for _ in range(6)] == [True] * 5 + [False]
    assert antispam.allow_post("b", 5)
    clock.advance(600)
    assert antispam.allow_post("a", 5)


def test_a_rate_limit_of_zero_is_off(clock):
    assert all(antispam.allow_post("a", 0) for _ in range(50))
