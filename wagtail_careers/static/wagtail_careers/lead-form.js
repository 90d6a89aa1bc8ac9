/* wagtail-careers: fills a cached lead form with this visitor's tokens when in view,
   focused or sent (README.md "The lead form's tokens"); focuses an error summary. */
(function () {
  "use strict";
  function prepare(form) {
    var ready = null, loaded = false;
    function set(name, value) {
      (form.elements[name] || form.appendChild(Object.assign(
        document.createElement("input"), { type: "hidden", name: name }
      ))).value = value;
    }
    function load() {
      ready = ready || fetch(form.dataset.careersTokenUrl, { credentials: "same-origin" })
        .then(function (answer) {
          if (!answer.ok) throw answer;
          return answer.json();
        })
        .then(function (values) {
          for (var name in values) set(name, values[name]);
          loaded = true;
        }, function (e) { ready = null; throw e; });
      return ready;
    }
    function quietly() { load().catch(function () {}); }
    var query = new URLSearchParams(location.search);
    "utm_source utm_medium utm_campaign utm_term utm_content gclid".split(" ").forEach(
      function (name) { if (query.get(name) && form.elements[name]) set(name, query.get(name)); }
    );
    if (document.referrer && form.elements.referrer) set("referrer", document.referrer);
    form.querySelector("[data-careers-form-fields]").hidden = false;
    form.addEventListener("focusin", quietly);
    if (window.IntersectionObserver) {
      var seen = new IntersectionObserver(function (entries) {
        if (entries[0].isIntersecting) { seen.disconnect(); quietly(); }
      });
      seen.observe(form);
    }
    form.addEventListener("submit", function (event) {
      if (loaded) return;
      event.preventDefault();
      var send = function () { form.submit(); };
      load().then(send, send);
    });
  }
  document.querySelectorAll("form[data-careers-token-url]").forEach(prepare);
  var summary = document.querySelector("[data-careers-error-summary]");
  if (summary) summary.focus();
})();
