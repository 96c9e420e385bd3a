/* The guide's search: hides the cards and rules that do not hold every
   word typed. Runs offline from the index in #search-data; the page reads
   the same without it (the search box stays hidden). */
(function () {
  "use strict";
  var data = document.getElementById("search-data");
  var form = document.getElementById("search");
  var box = document.getElementById("search-box");
  var status = document.getElementById("search-status");
  if (!data || !form || !box || !status) { return; }
  var cards = JSON.parse(data.textContent).map(function (card) {
    return {
      el: document.getElementById(card.id),
      text: card.text.toLowerCase(),
      rules: card.rules.map(function (rule) {
        return { el: document.getElementById(rule.id), text: rule.text.toLowerCase() };
      })
    };
  }).filter(function (card) { return card.el; });

  function holds(text, words) {
    return words.every(function (word) { return text.indexOf(word) !== -1; });
  }

  function show(card, words) {
    var own = holds(card.text, words);
    var hits = 0;
    card.rules.forEach(function (rule) {
      var hit = words.length > 0 && holds(rule.text, words);
      hits += hit ? 1 : 0;
      if (rule.el) {
        rule.el.hidden = words.length > 0 && !own && !hit;
        rule.el.classList.toggle("hit", hit);
      }
    });
    var shown = words.length === 0 || own || hits > 0;
    card.el.hidden = !shown;
    return shown;
  }

  function groups() {
    document.querySelectorAll("[data-search-group]").forEach(function (group) {
      var inside = cards.filter(function (card) { return group.contains(card.el); });
      group.hidden = inside.length > 0 && inside.every(function (card) {
        return card.el.hidden;
      });
    });
  }

  function run() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = cards.filter(function (card) { return show(card, words); }).length;
    groups();
    document.body.classList.toggle("searching", words.length > 0);
    status.textContent = words.length === 0 ? "" :
      shown === 0 ? "Nothing matches." :
      shown + " of " + cards.length + " cards match.";
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  box.addEventListener("input", run);
  box.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { box.value = ""; run(); }
  });
  run();
}());
