// Saving: one JSONL row per answered question, in the shape `guidekit
// score` reads. Unanswered questions get no row (an empty label would be
// a bad row to the scorer); the first press of Save with questions left
// lists them and a second press saves anyway.
function fileName(annotator) {
  var safe = annotator.replace(/[^A-Za-z0-9._-]+/g, "_");
  return "answers-" + safe + "-" + data.quiz + ".jsonl";
}

function rows(annotator) {
  var when = new Date().toISOString();
  return data.questions.filter(function (q) { return answerOf(q) !== null; })
    .map(function (q) {
      return JSON.stringify({
        annotator: annotator, item: q.id, label: answerOf(q), quiz: data.quiz,
        guideline_version: data.spec.version, submitted_at: when
      });
    });
}

function download(name, text) {
  var url = URL.createObjectURL(new Blob([text], { type: "application/x-ndjson" }));
  var link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

function warnUnanswered(left) {
  left.forEach(function (q) { boxOf(q).classList.add("missing"); });
  var numbers = left.map(function (q) { return q.position; });
  say(left.length + " of " + data.questions.length + " question(s) unanswered (" +
    numbers.slice(0, 10).join(", ") + (numbers.length > 10 ? ", \u2026" : "") +
    "); they are left out of the file. Press Save answers again to save anyway.");
  saveArmed = true;
}

function save() {
  var annotator = who.value.trim();
  if (!annotator) {
    say("Enter your annotator id first.");
    who.focus();
    return;
  }
  var lines = rows(annotator);
  if (!lines.length) { say("Answer at least one question first."); return; }
  var left = unanswered();
  if (left.length && !saveArmed) { warnUnanswered(left); return; }
  saveArmed = false;
  var name = fileName(annotator);
  download(name, lines.join("\n") + "\n");
  say("Saved " + lines.length + " answer(s) to " + name +
    (left.length ? "; " + left.length + " question(s) left unanswered." : "."));
}

function start() {
  data.questions.forEach(function (q) { form.appendChild(questionBlock(q)); });
  data.questions.forEach(function (q) {
    boxOf(q).classList.toggle("answered", answerOf(q) !== null);
    if (kind === "span") { showSpans(q); }
    if (practice) { showFeedback(q); }
  });
  who.value = state.annotator || data.annotator || "";
  who.addEventListener("input", function () {
    state.annotator = who.value;
    keep();
  });
  document.addEventListener("keydown", onKey);
  document.getElementById("save").addEventListener("click", save);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  progress();
  if (who.value) { focusQuestion(state.current); } else { who.focus(); }
}

start();
