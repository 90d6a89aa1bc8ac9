"""One sender per destination: each takes the lead, its payload (``delivery.lead_payload()``),
the site's Careers settings and the delivery row, and raises on any failure."""

from ..models import DeliveryDestination
from . import email, webhook

SENDERS = {
    DeliveryDestination.EMAIL: email.send,
    DeliveryDestination.WEBHOOK: webhook.send,
}
