// Podquote's script on every page: copy a quote or its citation, keep one quote menu open at a time,
// open the search facets beside the results on a wide screen. The episode player is player.js.
// Everything works without it (links carry ?t=, the text is selectable, <details> open and close
// by themselves); it makes it nicer.
(function () {
  "use strict";

  // The Share menus of quotes (details.quote-tools): one open at a time; a click elsewhere or
  // Escape closes them, and Escape puts the focus back on the menu's button.
  function closeMenus(except) {
    document.querySelectorAll("details.quote-tools[open]").forEach(function (menu) {
      if (menu !== except) menu.open = false;
    });
  }

  document.addEventListener("toggle", function (event) {
    var menu = event.target;
    if (menu.matches && menu.matches("details.quote-tools") && menu.open) closeMenus(menu);
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var menu = event.target.closest && event.target.closest("details.quote-tools[open]");
    closeMenus(null);
    if (menu) menu.querySelector("summary").focus();
  });

  document.addEventListener("click", function (event) {
    if (!event.target.closest("details.quote-tools") || event.target.closest(".tools-menu a:not([data-copy])")) closeMenus(null);
    if (event.target.closest("[data-play]")) return;
    var copy = event.target.closest("[data-copy]");
    if (copy) {
      event.preventDefault();
      var text = copy.getAttribute("data-copy");
      var done = function () {
        var label = copy.textContent;
        copy.textContent = copy.getAttribute("data-copied") || "Copied";
        setTimeout(function () { copy.textContent = label; }, 1500);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { window.prompt("", text); });
      } else {
        window.prompt("", text);
      }
    }
  });

  // A search's words over time are counted after the results page has loaded: its #over-time holds
  // a link to the chart's own page, whose #over-time is put in its place. Without this, the link
  // opens that page; if the fetch fails, the link stays.
  document.querySelectorAll("[data-over-time]").forEach(function (section) {
    var link = section.querySelector("a[href]");
    if (!link || !window.fetch || !window.DOMParser) return;
    fetch(link.getAttribute("href"), { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (html) {
      var chart = new DOMParser().parseFromString(html, "text/html").getElementById("over-time");
      if (chart) section.replaceWith(document.importNode(chart, true));
    }).catch(function () { /* the link stays */ });
  });

  // Facets come before the results and closed on a phone; beside them, open, on a wide screen
  // (the width at which podquote.css puts them side by side).
  var panels = document.querySelectorAll("details[data-open-wide]");
  if (panels.length && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 801px)");
    var fit = function () {
      panels.forEach(function (panel) { panel.open = wide.matches; });
    };
    fit();
    wide.addEventListener("change", fit);
  }
})();
