// Keyboard use: 1-9 pick a label (or toggle one, or mark the selected
// text), arrows move among a question's choices, Enter or n goes to the
// next question, p to the previous one. Keys inside a span task's text
// and its list of marked stretches are caret.js's.
function currentIndex() {
  var active = document.activeElement;
  var box = active && active.closest ? active.closest("fieldset.question") : null;
  if (box) { return Number(box.id.slice(2)) - 1; }
  return Math.max(0, Math.min(state.current, data.questions.length));
}

function focusQuestion(index) {
  if (index >= data.questions.length) {
    state.current = data.questions.length;
    keep();
    document.getElementById("save").focus();
    return;
  }
  index = Math.max(0, index);
  state.current = index;
  keep();
  var box = boxOf(data.questions[index]);
  var target = box.querySelector("input:checked") ||
    box.querySelector("input, .span-text, button");
  target.focus({ preventScroll: true });
  box.scrollIntoView({ block: "nearest" });
}

function pickByNumber(index, digit) {
  var box = boxOf(data.questions[Math.min(index, data.questions.length - 1)]);
  if (kind === "span") {
    var mark = box.querySelectorAll("button.mark")[digit - 1];
    if (mark) { mark.click(); }
    return;
  }
  var input = box.querySelectorAll(".options input")[digit - 1];
  if (!input) { return; }
  input.checked = kind === "multi_label" ? !input.checked : true;
  input.focus();
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

function moveAmong(target, step) {
  var box = target.closest("fieldset.question");
  var all = Array.prototype.slice.call(
    box.querySelectorAll(".options input, .options button"));
  var next = all[all.indexOf(target) + step];
  if (next) { next.focus(); }
}

var STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function onKey(event) {
  if (caretKey(event) || listKey(event)) { event.preventDefault(); return; }
  if (event.altKey || event.ctrlKey || event.metaKey) { return; }
  var target = event.target;
  var key = event.key;
  if (target === who) {
    if (key === "Enter") { event.preventDefault(); focusQuestion(0); }
    return;
  }
  if (target.tagName === "BUTTON" && (key === "Enter" || key === " ")) { return; }
  var index = currentIndex();
  if (key.length === 1 && key >= "1" && key <= "9") {
    pickByNumber(index, Number(key));
  } else if (key === "Enter" || key === "n") {
    focusQuestion(index + 1);
  } else if (key === "p") {
    focusQuestion(index - 1);
  } else if (STEPS[key] && (target.type === "checkbox" ||
             (target.classList && target.classList.contains("mark")))) {
    moveAmong(target, STEPS[key]);
  } else {
    return;
  }
  event.preventDefault();
}
