// The form, the answers kept in this browser, and small DOM helpers.
// Text from the spec is only ever set with textContent.
var data = JSON.parse(document.getElementById("quiz-data").textContent);
var kind = data.task.kind || "single_label";
var practice = data.mode === "practice";
var storeKey = "guidekit.quiz." + data.quiz;
var values = data.labels.map(function (label) { return label.value; });
var state = restore();

function restore() {
  var empty = { annotator: "", answers: {}, checked: {}, current: 0 };
  try {
    var saved = JSON.parse(window.localStorage.getItem(storeKey) || "null");
    if (saved && typeof saved.answers === "object" && saved.answers) {
      return {
        annotator: String(saved.annotator || ""),
        answers: saved.answers,
        checked: (saved.checked && typeof saved.checked === "object") ? saved.checked : {},
        current: Number(saved.current) || 0
      };
    }
  } catch (err) { /* no storage: answers live in this page only */ }
  return empty;
}

function keep() {
  try {
    window.localStorage.setItem(storeKey, JSON.stringify(state));
  } catch (err) {
    say("This browser cannot keep your answers: save them before closing.");
  }
}

function make(tag, className, text) {
  var node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

function button(text, className, onClick) {
  var node = make("button", className, text);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

function say(text) { document.getElementById("status").textContent = text; }

function boxOf(question) { return document.getElementById("q-" + question.position); }

function tell(question, text) {
  boxOf(question).querySelector(".note").textContent = text;
}

function labelTitle(value) {
  var index = values.indexOf(value);
  return index >= 0 ? data.labels[index].title : value;
}
