// The episode player that follows the transcript: the passage being played is marked (and, when
// "Follow the transcript" is on, scrolled to), a click on a time plays from there, ?t=START&end=END
// plays a clip and stops at its end, and keys control it (k or Space, j/l, arrows, f). Without it the
// page still works: the times are links with ?t=, and the player has its own controls.
(function () {
  "use strict";

  var player = document.getElementById("player");
  if (!player) return;

  var FOLLOW_KEY = "podquote.follow";
  var follow = document.getElementById("follow");
  var clipButton = document.getElementById("play-clip");
  var clipEnd = null;
  var current = null;
  var currentChapter = null;

  // passages and chapters by time: [start, end) in seconds; a passage without an end lasts to the next start
  function spans(selector) {
    var items = [];
    document.querySelectorAll(selector).forEach(function (el) {
      var start = el.getAttribute("data-start-ms");
      if (start === null || start === "") return;
      var end = el.getAttribute("data-end-ms");
      items.push({ el: el, start: Number(start) / 1000, end: end === null || end === "" ? null : Number(end) / 1000 });
    });
    items.sort(function (a, b) { return a.start - b.start; });
    for (var i = 0; i < items.length; i++) {
      if (items[i].end === null || items[i].end <= items[i].start) {
        items[i].end = i + 1 < items.length ? items[i + 1].start : Infinity;
      }
    }
    return items;
  }

  var passages = spans("ol.transcript > li.turn");
  var chapters = spans("nav.chapters li.chapter");

  function at(items, t) {
    var found = null;
    for (var i = 0; i < items.length; i++) {
      if (items[i].start > t) break;
      if (t < items[i].end) found = items[i];
    }
    return found;
  }

  function mark() {
    var t = player.currentTime;
    var passage = at(passages, t);
    var el = passage ? passage.el : null;
    if (el !== current) {
      if (current) { current.classList.remove("is-playing"); current.removeAttribute("aria-current"); }
      if (el) {
        el.classList.add("is-playing");
        el.setAttribute("aria-current", "true");
        if (follow && follow.checked && !player.paused) el.scrollIntoView({ block: "center", behavior: "smooth" });
      }
      current = el;
    }
    var chapter = at(chapters, t);
    var chapterEl = chapter ? chapter.el : null;
    if (chapterEl !== currentChapter) {
      if (currentChapter) { currentChapter.classList.remove("is-playing"); currentChapter.removeAttribute("aria-current"); }
      if (chapterEl) { chapterEl.classList.add("is-playing"); chapterEl.setAttribute("aria-current", "true"); }
      currentChapter = chapterEl;
    }
    if (clipEnd !== null && t >= clipEnd) {
      player.pause();
      player.currentTime = clipEnd;
      clipEnd = null;
      player.dataset.clipDone = "true";
    }
  }

  // timeupdate comes about four times a second; a clip's end is watched more closely while playing
  var ticking = null;
  function tick() {
    mark();
    ticking = player.paused ? null : window.requestAnimationFrame(tick);
  }
  player.addEventListener("timeupdate", mark);
  player.addEventListener("seeked", mark);
  player.addEventListener("play", function () { if (ticking === null) ticking = window.requestAnimationFrame(tick); });

  function whenReady(run) {
    if (player.readyState >= 1) run(); else player.addEventListener("loadedmetadata", run, { once: true });
  }

  function playFrom(seconds, end) {
    if (isNaN(seconds)) return;
    clipEnd = end !== undefined && end !== null && !isNaN(end) && end > seconds ? end : null;
    player.dataset.requested = String(seconds);
    whenReady(function () {
      player.currentTime = seconds;
      var playing = player.play();
      if (playing && playing.catch) playing.catch(function () { /* autoplay refused: the time is set, the clip button plays */ });
      mark();
    });
  }

  document.addEventListener("click", function (event) {
    var play = event.target.closest && event.target.closest("[data-play]");
    if (!play) return;
    event.preventDefault();
    var end = play.getAttribute("data-end");
    playFrom(parseFloat(play.getAttribute("data-play")), end === null ? null : parseFloat(end));
    history.replaceState(null, "", play.getAttribute("href"));
  });

  if (clipButton) {
    clipButton.addEventListener("click", function () {
      playFrom(parseFloat(player.getAttribute("data-start")), parseFloat(player.getAttribute("data-end")));
    });
  }

  if (follow) {
    try { follow.checked = window.localStorage.getItem(FOLLOW_KEY) === "on"; } catch (e) { /* no storage */ }
    follow.addEventListener("change", function () {
      try { window.localStorage.setItem(FOLLOW_KEY, follow.checked ? "on" : "off"); } catch (e) { /* no storage */ }
      if (follow.checked && current) current.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }

  function typing(target) {
    return target && target.closest && target.closest("input, textarea, select, button, summary, [contenteditable]");
  }

  function seekBy(delta) {
    whenReady(function () {
      var to = Math.max(0, player.currentTime + delta);
      if (isFinite(player.duration)) to = Math.min(to, player.duration);
      player.currentTime = to;
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    // the player's own controls keep their keys while they have the focus
    if (event.target === player && (event.key === " " || event.key.indexOf("Arrow") === 0)) return;
    switch (event.key) {
      case "k":
      case " ":
        if (player.paused) { var p = player.play(); if (p && p.catch) p.catch(function () {}); } else player.pause();
        break;
      case "j": seekBy(-10); break;
      case "l": seekBy(10); break;
      case "ArrowLeft": seekBy(-5); break;
      case "ArrowRight": seekBy(5); break;
      case "f":
        if (follow) { follow.checked = !follow.checked; follow.dispatchEvent(new Event("change")); }
        break;
      default: return;
    }
    event.preventDefault();
  });

  if (player.hasAttribute("data-start")) {
    var end = player.getAttribute("data-end");
    playFrom(parseFloat(player.getAttribute("data-start")), end === null ? null : parseFloat(end));
  }
  whenReady(mark);
})();
