/*
 * The "Careers" panel of the comparison editor (wagtail_careers/comparison_panels.py).
 *
 * A Stimulus controller on the list of career pages: checking a career adds it as a row of
 * Wagtail's inline panel (whose arrows and drag handle order the columns), unchecking removes
 * its row, and the checkboxes always show which careers the rows hold. While the editor has
 * not typed a title of their own, the title follows the chosen careers ("A vs. B",
 * "A, B and C compared"). On a page not saved yet, autosave stays off, so a comparison the
 * editor abandons is not kept as a draft; saving it once turns autosave on, as on any page.
 */
(() => {
  const { Controller } = window.StimulusModule;

  /** "%(first)s vs. %(second)s" with its placeholders filled from `values`. */
  const format = (pattern, values) =>
    pattern.replace(/%\((\w+)\)s/g, (_match, key) => values[key]);

  class CareerPickerController extends Controller {
    static targets = ['checkbox', 'item', 'filter', 'full'];

    static values = {
      formset: String,
      max: Number,
      newPage: Boolean,
      patterns: Object,
    };

    connect() {
      this.forms = document.getElementById(`${this.formsetValue}-FORMS`);
      this.panel = this.forms.inlinePanel;
      this.form = this.element.closest('form');
      this.title = this.form.elements.namedItem('title');
      this.slug = this.form.elements.namedItem('slug');
      this.slugPending = false;
      this.slugApplied = () => {
        this.slugPending = false;
      };
      this.slug?.addEventListener('w-slug:applied', this.slugApplied);
      if (this.newPageValue && this.form.hasAttribute('data-w-autosave-interval-value')) {
        this.form.setAttribute('data-w-autosave-active-value', 'false');
      }
      this.sync = this.sync.bind(this);
      // A row's chooser changed, a row was deleted, or rows were reordered (arrows, drag).
      this.forms.addEventListener('change', this.sync);
      this.forms.addEventListener('w-formset:removed', this.sync);
      this.observer = new MutationObserver(this.sync);
      this.observer.observe(this.forms, { childList: true });
      this.suggested = this.suggestion(this.chosenTitles(this.rows()));
      this.sync();
    }

    disconnect() {
      this.slug?.removeEventListener('w-slug:applied', this.slugApplied);
      this.forms.removeEventListener('change', this.sync);
      this.forms.removeEventListener('w-formset:removed', this.sync);
      this.observer.disconnect();
    }

    /** The rows not being deleted, in their order, each with its career's id ('' if none). */
    rows() {
      return Array.from(this.forms.children)
        .filter((row) => !row.classList.contains('deleted'))
        .map((row) => {
          const input = row.querySelector('input[name$="-career"]');
          return { row, id: input ? input.value : '' };
        });
    }

    checkboxFor(id) {
      return this.checkboxTargets.find((box) => box.value === id);
    }

    toggle({ target: checkbox }) {
      const chosen = this.rows().find((row) => row.id === checkbox.value);
      if (checkbox.checked && !chosen) {
        this.add(checkbox);
      } else if (!checkbox.checked && chosen) {
        chosen.row.querySelector('[id$="-DELETE-button"]').click();
      }
      this.sync();
    }

    /** Puts the checked career in the first empty row, or in a new one. */
    add(checkbox) {
      let empty = this.rows().find((row) => !row.id);
      if (!empty) {
        this.panel.addForm();
        empty = this.rows().at(-1);
        // Adding a row moves the focus to it; the editor goes on checking careers.
        checkbox.focus();
      }
      const chooser = empty.row.querySelector('[id$="-career-chooser"]').widget;
      chooser.setState({
        id: checkbox.value,
        adminTitle: checkbox.dataset.title,
        editUrl: checkbox.dataset.editUrl,
      });
    }

    sync() {
      const rows = this.rows();
      const chosen = new Set(rows.map((row) => row.id).filter(Boolean));
      const room = rows.length < this.maxValue || rows.some((row) => !row.id);
      this.checkboxTargets.forEach((box) => {
        box.checked = chosen.has(box.value);
        box.disabled = !room && !box.checked;
      });
      if (this.hasFullTarget) this.fullTarget.hidden = room;
      this.suggestTitle(this.chosenTitles(rows));
    }

    chosenTitles(rows) {
      return rows
        .filter((row) => row.id)
        .map((row) => {
          const box = this.checkboxFor(row.id);
          return box ? box.dataset.title : row.row.querySelector('[data-chooser-title]').textContent.trim();
        });
    }

    /** The title a comparison of these careers gets: "A vs. B", "A, B and C compared". */
    suggestion(titles) {
      const patterns = this.patternsValue;
      if (titles.length < 2) return '';
      if (titles.length === 2) {
        return format(patterns.pair, { first: titles[0], second: titles[1] });
      }
      const careers = format(patterns.last, {
        others: titles.slice(0, -1).join(', '),
        last: titles.at(-1),
      });
      return format(patterns.several, { careers });
    }

    /** Follows the careers while the title is empty or still the last suggestion. */
    suggestTitle(titles) {
      const current = this.title.value.trim();
      if (current !== '' && current !== this.suggested) return;
      this.suggested = this.suggestion(titles);
      if (current === this.suggested) return;
      // As if typed: on focus, Wagtail checks that a new page's slug still follows its title
      // (it stops once the editor has typed a slug of their own); on change it updates the
      // slug, a tenth of a second later. Until then the check would fail, so it is left out.
      if (!this.slugPending) this.title.dispatchEvent(new Event('focus'));
      this.title.value = this.suggested;
      this.slugPending =
        Boolean(this.slug) && this.title.getAttribute('data-w-sync-disabled-value') !== 'true';
      this.title.dispatchEvent(new Event('change', { bubbles: true }));
    }

    filter() {
      const query = this.filterTarget.value.trim().toLowerCase();
      this.itemTargets.forEach((item) => {
        item.hidden = query !== '' && !item.textContent.toLowerCase().includes(query);
      });
    }
  }

  window.wagtail.app.register('careers-picker', CareerPickerController);
})();
