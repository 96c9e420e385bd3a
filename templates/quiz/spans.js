// Span tasks: select text in the item's text field (with the mouse, by
// touch, or from the keyboard as caret.js says), then pick a label.
// Offsets are Unicode code points into the field's text, end exclusive,
// as the spec counts them; the DOM counts UTF-16 units, so every offset
// is converted, and a selection never splits a surrogate pair.
var pending = {};
var highlights = (window.CSS && CSS.highlights && window.Highlight) ?
  new window.Highlight() : null;
if (highlights) { CSS.highlights.set("guidekit-span", highlights); }

function codePoints(text, units) { return Array.from(text.slice(0, units)).length; }

function unitsOf(text, points) {
  return Array.from(text).slice(0, points).join("").length;
}

function snap(text, units, forward) {
  var low = text.charCodeAt(units);
  var high = text.charCodeAt(units - 1);
  var inside = units > 0 && high >= 0xd800 && high <= 0xdbff &&
    low >= 0xdc00 && low <= 0xdfff;
  return inside ? units + (forward ? 1 : -1) : units;
}

function unitOffset(holder, node, offset) {
  var before = document.createRange();
  before.selectNodeContents(holder);
  before.setEnd(node, offset);
  return before.toString().length;
}

function selectionIn(holder, text) {
  var sel = window.getSelection();
  if (!sel || !sel.rangeCount || sel.isCollapsed) { return null; }
  var range = sel.getRangeAt(0);
  if (!range.intersectsNode(holder)) { return null; }
  var from = holder.contains(range.startContainer) ?
    unitOffset(holder, range.startContainer, range.startOffset) : 0;
  var to = holder.contains(range.endContainer) ?
    unitOffset(holder, range.endContainer, range.endOffset) : text.length;
  var start = codePoints(text, snap(text, from, false));
  var end = codePoints(text, snap(text, to, true));
  return start < end ? { start: start, end: end } : null;
}

function clash(spans, add) {
  var rule = data.task.overlap || "forbid";
  return spans.filter(function (s) {
    if (s.start === add.start && s.end === add.end && s.label === add.label) {
      return true;
    }
    var overlap = s.start < add.end && add.start < s.end;
    var inside = (s.start <= add.start && add.end <= s.end) ||
      (add.start <= s.start && s.end <= add.end);
    return rule === "forbid" ? overlap : rule === "nested" && overlap && !inside;
  }).length > 0;
}

function markSpan(question, value) {
  var holder = boxOf(question).querySelector(".span-text");
  var text = question.item[data.task.text_field] || "";
  var chosen = (holder && selectionIn(holder, text)) || pending[question.id];
  if (!chosen) {
    tell(question, "Select some of the text first, then pick its label.");
    return;
  }
  var spans = Array.isArray(state.answers[question.id]) ?
    state.answers[question.id].slice() : [];
  var add = { start: chosen.start, end: chosen.end, label: value };
  if (clash(spans, add)) {
    tell(question, "That stretch overlaps a marked one in a way this task " +
      "does not allow (" + (data.task.overlap || "forbid") + ").");
    return;
  }
  spans.push(add);
  spans.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
  delete pending[question.id];
  window.getSelection().removeAllRanges();
  choose(question, spans);
  caretAfterMark(question, add.end);
}

function removeSpan(question, index) {
  var spans = state.answers[question.id].slice();
  spans.splice(index, 1);
  if (spans.length) { choose(question, spans); } else { choose(question, undefined); }
  var box = boxOf(question);
  var left = box.querySelectorAll("ul.spans button.remove");
  (left[Math.min(index, left.length - 1)] || box.querySelector(".span-text")).focus();
}

function spanText(question, field) {
  var text = question.item[field.name];
  var holder = make("p", "span-text", text);
  holder.tabIndex = 0;
  holder.setAttribute("aria-label", field.title + ": select text to mark; arrows " +
    "move, Shift with arrows selects, 1 to 9 labels the selection");
  document.addEventListener("selectionchange", function () {
    var found = selectionIn(holder, text);
    if (found) { pending[question.id] = found; }
    if (document.activeElement === holder) { showCaret(holder); }
  });
  holder.addEventListener("focus", function () { showCaret(holder); });
  return holder;
}

function spanList(question) {
  var list = make("ul", "spans");
  var value = state.answers[question.id];
  if (Array.isArray(value) && !value.length) {
    list.appendChild(make("li", "none", "Nothing to mark in this text."));
  }
  (Array.isArray(value) ? value : []).forEach(function (s, index) {
    var row = make("li", "", describe(question, [s]) + " ");
    var remove = button("Remove", "remove", function () {
      removeSpan(question, index);
    });
    remove.setAttribute("aria-label", "Remove " + describe(question, [s]));
    row.appendChild(remove);
    list.appendChild(row);
  });
  return list;
}

function showSpans(question) {
  var box = boxOf(question);
  if (highlights) { highlights.clear(); }
  var old = box.querySelector("ul.spans");
  old.parentNode.replaceChild(spanList(question), old);
  data.questions.forEach(refreshHighlights);
}

function refreshHighlights(question) {
  var text = question.item[data.task.text_field] || "";
  var holder = boxOf(question).querySelector(".span-text");
  var value = state.answers[question.id];
  if (!highlights || !holder || !holder.firstChild || !Array.isArray(value)) { return; }
  value.forEach(function (s) {
    var range = document.createRange();
    range.setStart(holder.firstChild, unitsOf(text, s.start));
    range.setEnd(holder.firstChild, unitsOf(text, s.end));
    highlights.add(range);
  });
}
