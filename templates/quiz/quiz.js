// guidekit quiz page. Text from the spec is only ever set with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("quiz-data").textContent);
  var storeKey = "guidekit.quiz." + data.quiz;
  var values = data.labels.map(function (label) { return label.value; });
  var form = document.getElementById("questions");
  var who = document.getElementById("annotator");
  var state = restore();

  function restore() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storeKey) || "null");
      if (saved && typeof saved.answers === "object" && saved.answers) {
        return { annotator: String(saved.annotator || ""), answers: saved.answers };
      }
    } catch (err) { /* no storage: answers live in this page only */ }
    return { annotator: "", answers: {} };
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

  function say(text) { document.getElementById("status").textContent = text; }

  function answerOf(question) {
    var value = state.answers[question.id];
    return values.indexOf(value) >= 0 ? value : null;
  }

  function fieldBlock(field, question) {
    var block = make("div", "field");
    block.appendChild(make("h3", "", field.title));
    block.appendChild(make("p", "", question.item[field.name]));
    return block;
  }

  function option(question, label, index) {
    var wrap = make("label");
    var input = document.createElement("input");
    input.type = "radio";
    input.name = "q-" + question.position;
    input.value = label.value;
    input.checked = answerOf(question) === label.value;
    input.addEventListener("change", function () {
      if (input.checked) { choose(question, label.value); }
    });
    wrap.appendChild(input);
    wrap.appendChild(make("span", "", label.title));
    if (index < 9) { wrap.appendChild(make("kbd", "", index + 1)); }
    return wrap;
  }

  function questionBlock(question) {
    var box = make("fieldset", "question");
    box.id = "q-" + question.position;
    box.appendChild(make("legend", "",
      "Question " + question.position + " of " + data.questions.length));
    data.task.fields.forEach(function (field) {
      if (Object.prototype.hasOwnProperty.call(question.item, field.name)) {
        box.appendChild(fieldBlock(field, question));
      }
    });
    box.appendChild(make("p", "prompt", data.task.question));
    var options = make("div", "options");
    data.labels.forEach(function (label, index) {
      options.appendChild(option(question, label, index));
    });
    box.appendChild(options);
    box.classList.toggle("answered", answerOf(question) !== null);
    return box;
  }

  function choose(question, value) {
    state.answers[question.id] = value;
    keep();
    document.getElementById("q-" + question.position).classList.add("answered");
    progress();
  }

  function answeredCount() {
    return data.questions.filter(function (q) { return answerOf(q) !== null; }).length;
  }

  function progress() {
    var done = answeredCount();
    document.getElementById("progress").value = done;
    document.getElementById("progress-text").textContent =
      done + " of " + data.questions.length + " answered";
  }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target === who) {
      return;
    }
    var digit = Number(event.key);
    var box = document.activeElement && document.activeElement.closest &&
      document.activeElement.closest("fieldset.question");
    if (!box || !(digit >= 1 && digit <= 9)) { return; }
    var radio = box.querySelectorAll("input[type=radio]")[digit - 1];
    if (!radio) { return; }
    radio.checked = true;
    radio.focus();
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    event.preventDefault();
  }

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

  function save() {
    var annotator = who.value.trim();
    if (!annotator) {
      say("Enter your annotator id first.");
      who.focus();
      return;
    }
    var lines = rows(annotator);
    if (!lines.length) { say("Answer at least one question first."); return; }
    var name = fileName(annotator);
    download(name, lines.join("\n") + "\n");
    var left = data.questions.length - lines.length;
    say("Saved " + lines.length + " answer(s) to " + name +
      (left ? "; " + left + " question(s) still unanswered." : "."));
  }

  data.questions.forEach(function (q) { form.appendChild(questionBlock(q)); });
  who.value = state.annotator;
  who.addEventListener("input", function () {
    state.annotator = who.value;
    keep();
  });
  document.addEventListener("keydown", onKey);
  document.getElementById("save").addEventListener("click", save);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  progress();
})();
