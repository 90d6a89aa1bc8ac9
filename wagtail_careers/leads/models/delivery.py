"""Where a lead must be delivered: one ``LeadDelivery`` per destination.

Delivery runs in the background and records every attempt on its ``LeadDelivery``, so a
failed one is retried, and staff see what happened to each lead.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .lead import Lead


class DeliveryDestination(models.TextChoices):
    EMAIL = "email", _("Email")
    WEBHOOK = "webhook", _("Webhook")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class LeadDelivery(models.Model):
    """One destination of one lead, with every attempt to deliver it recorded."""

    lead = models.ForeignKey(
        Lead,
        verbose_name=_("lead"),
        on_delete=models.CASCADE,
        related_name="deliveries",
        # Queries by lead use the unique constraint's index, which starts with the lead.
        db_index=False,
    )
    destination = models.CharField(
        _("destination"), max_length=20, choices=DeliveryDestination.choices
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("lead delivery")
        verbose_name_plural = _("lead deliveries")
        # The retry command's "pending or failed"; a Meta index, unlike db_index, comes without
        # PostgreSQL's second LIKE index, which no query of an exact status needs.
        indexes = [models.Index(fields=["status"], name="wagtail_car_delivery_status")]
        constraints = [
            models.UniqueConstraint(
                fields=["lead", "destination"], name="wagtail_careers_one_delivery_per_destination"
            )
        ]

    def __str__(self):
        return f"{self.get_destination_display()} – {self.get_status_display()}"
