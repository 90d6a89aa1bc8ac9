"""A one-line progress bar for long imports, drawn only when a person is watching.

On a terminal it redraws ``[#####.....] 340/1000`` in place; in a log file, cron mail or a
test's captured output it draws nothing, so those stay readable. No dependency: this is all
the import needs.
"""


class ProgressBar:
    def __init__(self, stream, total: int, width: int = 30):
        self.stream, self.total, self.width = stream, total, width
        self.enabled = total > 0 and stream.isatty()

    def update(self, done: int):
        if not self.enabled:
            return
        filled = self.width * done // self.total
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total}", ending="")
        self.stream.flush()

    def track(self, items):
        """Yields ``items``, redrawing the bar after each one."""
        for done, item in enumerate(items, start=1):
            yield item
            self.update(done)

    def finish(self):
        """Ends the bar's line, so the summary starts on its own."""
        if self.enabled:
            self.stream.write("")
