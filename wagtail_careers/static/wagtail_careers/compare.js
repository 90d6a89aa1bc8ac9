// A career index's "Compare" checkboxes: while any is ticked, the Compare button sits in a
// bar fixed to the bottom of the screen and says how many ("Compare (3)"). Without this
// script the form works the same; the button stays where it is.
(function () {
  document.querySelectorAll("[data-careers-compare]").forEach(function (form) {
    var count = form.querySelector("[data-careers-compare-count]");
    function update() {
      var ticked = form.querySelectorAll('input[name="careers"]:checked').length;
      count.textContent = ticked ? " (" + ticked + ")" : "";
      form.classList.toggle("careers-compare--ticked", ticked > 0);
    }
    form.addEventListener("change", update);
    update();
  });
})();
