// Search enhancements; every page works without them.
// 1. The search boxes (the header's on every page, the search page's own) suggest titles as the
//    reader types (a native datalist).
// 2. Ticking a filter applies it at once on a wide screen.
// 3. The filters fold behind one button on a narrow screen.
(function () {
  "use strict";
  function suggest(form) {
    var input = form.querySelector("input[type=search][list]");
    var list = input && document.getElementById(input.getAttribute("list"));
    if (!input || !list || !window.fetch) return;
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var value = input.value.trim();
      if (value.length < 2 || value === asked) return;
      timer = setTimeout(function () {
        asked = value;
        fetch(form.dataset.suggestions + "?q=" + encodeURIComponent(value), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (input.value.trim() !== value) return;
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () {});
      }, 150);
    });
  }
  document.querySelectorAll("form[data-suggestions]").forEach(suggest);
  // The stylesheet opens the filters on a wide screen without script where the browser can;
  // this does it everywhere. On a phone the reader ticks several filters, then applies them.
  var wide = window.matchMedia("(min-width: 55rem)");
  var folds = document.querySelectorAll("details[data-facets-fold]");
  var filters = document.querySelector("form[data-autosubmit]");
  function fit() {
    folds.forEach(function (fold) { fold.open = wide.matches; });
    if (filters) filters.classList.toggle("facets--live", wide.matches);
  }
  fit();
  wide.addEventListener("change", fit);
  if (filters) {
    filters.addEventListener("change", function (event) {
      if (wide.matches && event.target.matches("input[type=checkbox]")) filters.submit();
    });
  }
})();
