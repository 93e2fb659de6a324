// Podquote's only script: play a quote from its time, copy a quote or its citation.
// Everything works without it (links carry ?t= and the text is selectable); it makes it nicer.
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

  document.addEventListener("click", function (event) {
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

  if (player && player.hasAttribute("data-start")) {
    playFrom(parseFloat(player.getAttribute("data-start")));
  }
})();
