"""Lead capture: the form, anti-spam, storage, delivery and the admin's view of leads."""
