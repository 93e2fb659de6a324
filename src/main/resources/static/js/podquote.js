// Podquote's only script: play a quote from its time, copy a quote or its citation, keep one quote
// menu open at a time, open the search facets beside the results on a wide screen.
// Everything works without it (links carry ?t=, the text is selectable, <details> open and close
// by themselves); it makes it nicer.
(function () {
  "use strict";

  var player = document.getElementById("player");

  function playFrom(seconds) {
    if (!player || isNaN(seconds)) return;
    var start = function () {
      player.currentTime = seconds;
      var playing = player.play();
      if (playing && playing.catch) playing.catch(function () { /* autoplay refused: the time is set */ });
    };
    if (player.readyState >= 1) start(); else player.addEventListener("loadedmetadata", start, { once: true });
    player.dataset.requested = String(seconds);
  }

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
    var play = event.target.closest("[data-play]");
    if (play && player) {
      event.preventDefault();
      playFrom(parseFloat(play.getAttribute("data-play")));
      history.replaceState(null, "", play.getAttribute("href"));
      return;
    }
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

  if (player && player.hasAttribute("data-start")) {
    playFrom(parseFloat(player.getAttribute("data-start")));
  }
})();
