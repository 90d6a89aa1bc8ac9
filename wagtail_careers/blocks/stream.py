"""Reading and saving a career page's stream of blocks."""


def normalise_stream(stream_value):
    """Convert every block of ``stream_value``, so it is saved in Wagtail's current format.

    Scripts, imports and factories may give list blocks as plain lists; saved as such, their
    items have no ids, and wagtail-localize offers no segment for such a list (duties,
    subjects, certifications would stay untranslatable). Converted, they are saved with ids.
    """
    for index in range(len(stream_value)):
        stream_value[index]  # noqa: B018 (reading a block converts it)
    return stream_value


def stored_values(stream_value, block_types):
    """``(block type, value)`` of the blocks of ``block_types``, as the stream stores them.

    Plain values read from the stored JSON (list items without their ids), not converted
    into Python block values first: reading facts needs only the values, and converting
    the four structured blocks took a quarter of a millisecond per career page, on every
    comparison for each career it shows (render benchmark).
    """
    for item in stream_value.raw_data:
        if item["type"] in block_types:
            yield item["type"], _plain(item["value"])


def _plain(value):
    """A stored value without the ids Wagtail keeps beside list items."""
    if isinstance(value, dict):
        return {key: _plain(child) for key, child in value.items()}
    if isinstance(value, list):
        return [
            _plain(item["value"])
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item
            else _plain(item)
            for item in value
        ]
    return value
