// Span tasks from the keyboard. With an item's text focused, Left and
// Right move a caret by one code point (an astral character is one step),
// Ctrl with them by a word, Home and End to the ends; Shift with any of
// them extends the selection and Escape drops it. 1-9 then mark the
// selected stretch (keys.js). The caret lives in code points and is drawn
// over the text; the selection itself is the browser's, so marking reads
// it as it reads one made with the mouse. In the list of marked stretches
// Delete or Backspace removes the focused one, Up and Down move along it.
var carets = {};
var WORD = /[\p{L}\p{M}\p{N}_]/u;
var CARET_KEYS = { ArrowLeft: -1, ArrowRight: 1, Home: -1, End: 1, Escape: 0 };

function textQuestion(holder) {
  var box = holder.closest("fieldset.question");
  return data.questions[Number(box.id.slice(2)) - 1];
}

function pointIn(holder, text, node, offset) {
  if (!node || !holder.contains(node)) { return null; }
  return codePoints(text, snap(text, unitOffset(holder, node, offset), false));
}

function caretOf(question, holder, text) {
  var sel = window.getSelection();
  if (sel && sel.rangeCount) {
    var anchor = pointIn(holder, text, sel.anchorNode, sel.anchorOffset);
    var focus = pointIn(holder, text, sel.focusNode, sel.focusOffset);
    if (anchor !== null && focus !== null) { return { anchor: anchor, focus: focus }; }
  }
  return carets[question.id] || { anchor: 0, focus: 0 };
}

function wordStep(cps, at, step) {
  var i = at;
  var ahead = function () { return cps[step > 0 ? i : i - 1]; };
  var more = function () { return step > 0 ? i < cps.length : i > 0; };
  while (more() && !WORD.test(ahead())) { i += step; }
  while (more() && WORD.test(ahead())) { i += step; }
  return i;
}

function moved(caret, cps, event) {
  var step = CARET_KEYS[event.key];
  var low = Math.min(caret.anchor, caret.focus);
  var high = Math.max(caret.anchor, caret.focus);
  var to = caret.focus + step;
  if (event.key === "Escape") { to = caret.focus; }
  else if (event.key === "Home" || event.key === "End") {
    to = step > 0 ? cps.length : 0;
  }
  else if (event.ctrlKey) { to = wordStep(cps, caret.focus, step); }
  else if (!event.shiftKey && low < high) { to = step > 0 ? high : low; }
  to = Math.max(0, Math.min(cps.length, to));
  var keep = event.shiftKey && event.key !== "Escape";
  return { anchor: keep ? caret.anchor : to, focus: to };
}

function placeCaret(question, holder, text, caret) {
  carets[question.id] = caret;
  var node = holder.firstChild;
  if (node) {
    window.getSelection().setBaseAndExtent(node, unitsOf(text, caret.anchor),
      node, unitsOf(text, caret.focus));
  }
  if (caret.anchor === caret.focus) { delete pending[question.id]; }
  drawCaret(question, holder, text);
}

function caretParts(holder) {
  var block = holder.parentNode;
  var mark = block.querySelector(".caret");
  if (!mark) {
    mark = make("span", "caret");
    mark.setAttribute("aria-hidden", "true");
    block.appendChild(mark);
    var info = make("p", "caret-info");
    info.setAttribute("aria-live", "polite");
    block.appendChild(info);
  }
  return { mark: mark, info: block.querySelector(".caret-info") };
}

function spotOf(holder, text, point) {
  var node = holder.firstChild;
  var at = unitsOf(text, point);
  if (node && text.length) {
    var range = document.createRange();
    var after = at < text.length;
    var next = after ? unitsOf(text, point + 1) : at;
    range.setStart(node, after ? at : unitsOf(text, point - 1));
    range.setEnd(node, after ? next : at);
    var rects = range.getClientRects();
    var rect = rects[after ? 0 : rects.length - 1];
    if (rect) {
      return { left: after ? rect.left : rect.right, top: rect.top, height: rect.height };
    }
  }
  var box = holder.getBoundingClientRect();
  return { left: box.left + 8, top: box.top + 8, height: box.height - 16 };
}

function drawCaret(question, holder, text) {
  var parts = caretParts(holder);
  var caret = carets[question.id] || { anchor: 0, focus: 0 };
  var spot = spotOf(holder, text, caret.focus);
  var outer = holder.parentNode.getBoundingClientRect();
  parts.mark.style.left = (spot.left - outer.left - 1) + "px";
  parts.mark.style.top = (spot.top - outer.top) + "px";
  parts.mark.style.height = Math.max(spot.height, 12) + "px";
  parts.info.textContent = caretWords(caret, Array.from(text));
}

function caretWords(caret, cps) {
  var low = Math.min(caret.anchor, caret.focus);
  var high = Math.max(caret.anchor, caret.focus);
  if (low === high) {
    return "Caret at " + low + " of " + cps.length +
      "; Shift with the arrows selects.";
  }
  return "Selected \u201c" + cps.slice(low, high).join("") + "\u201d (" +
    (high - low) + " character(s)); press 1\u20139 to label it.";
}

function showCaret(holder) {
  var question = textQuestion(holder);
  var text = question.item[data.task.text_field] || "";
  var sel = window.getSelection();
  if (sel && sel.rangeCount && holder.contains(sel.focusNode)) {
    carets[question.id] = caretOf(question, holder, text);
  }
  drawCaret(question, holder, text);
}

function caretKey(event) {
  var holder = event.target;
  if (!holder.classList || !holder.classList.contains("span-text") ||
      !Object.prototype.hasOwnProperty.call(CARET_KEYS, event.key) ||
      event.altKey || event.metaKey) { return false; }
  var question = textQuestion(holder);
  var text = question.item[data.task.text_field] || "";
  var caret = caretOf(question, holder, text);
  placeCaret(question, holder, text, moved(caret, Array.from(text), event));
  return true;
}

function caretAfterMark(question, point) {
  var holder = boxOf(question).querySelector(".span-text");
  if (!holder || document.activeElement !== holder) {
    carets[question.id] = { anchor: point, focus: point };
    return;
  }
  var text = question.item[data.task.text_field] || "";
  placeCaret(question, holder, text, { anchor: point, focus: point });
}

function listKey(event) {
  var target = event.target;
  if (!target.classList || !target.classList.contains("remove") ||
      event.altKey || event.ctrlKey || event.metaKey) { return false; }
  if (event.key === "Delete" || event.key === "Backspace") {
    target.click();
    return true;
  }
  var step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  if (!step) { return false; }
  var all = Array.prototype.slice.call(
    target.closest("ul.spans").querySelectorAll("button.remove"));
  var next = all[all.indexOf(target) + step];
  if (next) { next.focus(); }
  return true;
}

window.addEventListener("resize", function () {
  var active = document.activeElement;
  if (active && active.classList && active.classList.contains("span-text")) {
    showCaret(active);
  }
});
