/* storylens report: small progressive enhancements. The page reads fully without this script. */
(function () {
  "use strict";
  var current = null;

  function reveal(id) {
    var el = id && document.getElementById(id);
    if (!el) return;
    if (current) current.classList.remove("is-current");
    el.classList.add("is-current");
    current = el;
    // centre the sentence; nested scrolling panes are scrolled too
    el.scrollIntoView({ block: "center", inline: "nearest" });
    el.focus({ preventScroll: true });
  }

  // Matrix cells, quotes and timeline entries jump to (and highlight) their sentence;
  // "back to the comparison" then returns to the cell that was clicked.
  var origin = null;
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    var back = ev.target.closest("a[data-back]");
    if (back && origin && document.body.contains(origin)) {
      ev.preventDefault();
      origin.scrollIntoView({ block: "center" });
      origin.focus({ preventScroll: true });
      return;
    }
    var a = ev.target.closest("a[data-jump]");
    if (!a) return;
    var id = decodeURIComponent(a.getAttribute("href").slice(1));
    if (!document.getElementById(id)) return;
    ev.preventDefault();
    origin = a;
    if (history.pushState) history.pushState(null, "", "#" + id);
    reveal(id);
  });
  window.addEventListener("hashchange", function () { reveal(decodeURIComponent(location.hash.slice(1))); });
  if (location.hash) reveal(decodeURIComponent(location.hash.slice(1)));

  // Status filters above each matrix.
  Array.prototype.forEach.call(document.querySelectorAll(".filters"), function (bar) {
    var table = document.getElementById(bar.getAttribute("data-for"));
    bar.hidden = false;
    bar.addEventListener("click", function (ev) {
      var b = ev.target.closest("button[data-filter]");
      if (!b || !table) return;
      var f = b.getAttribute("data-filter");
      Array.prototype.forEach.call(bar.querySelectorAll("button"), function (x) {
        x.setAttribute("aria-pressed", x === b ? "true" : "false");
      });
      Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
        tr.hidden = f !== "all" && tr.getAttribute("data-status") !== f;
      });
    });
  });

  // Highlight kinds in the article panes can be switched off.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-hl]"), function (cb) {
    cb.addEventListener("change", function () {
      var panes = document.querySelector(".panes");
      if (panes) panes.classList.toggle("hide-" + cb.getAttribute("data-hl"), !cb.checked);
    });
  });

  // "Highlight" on an entity marks every mention of it in the articles.
  Array.prototype.forEach.call(document.querySelectorAll("button.spot"), function (b) { b.hidden = false; });
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest ? ev.target.closest("button.spot") : null;
    if (!b) return;
    var on = b.getAttribute("aria-pressed") !== "true";
    Array.prototype.forEach.call(document.querySelectorAll("button.spot[aria-pressed='true']"), function (x) {
      x.setAttribute("aria-pressed", "false");
    });
    Array.prototype.forEach.call(document.querySelectorAll(".spotlit"), function (x) { x.classList.remove("spotlit"); });
    if (!on) return;
    b.setAttribute("aria-pressed", "true");
    var hits = document.querySelectorAll(".panes [data-entity='" + b.getAttribute("data-entity") + "']");
    Array.prototype.forEach.call(hits, function (x) { x.classList.add("spotlit"); });
    if (hits.length) hits[0].scrollIntoView({ block: "center" });
  });
})();
