// The questions, keyboard use, progress and the saved answers file.
var form = document.getElementById("questions");
var who = document.getElementById("annotator");
var saveArmed = false;

function fieldBlock(field, question) {
  var block = make("div", "field");
  block.appendChild(make("h3", "", field.title));
  if (field.help) { block.appendChild(make("p", "help", field.help)); }
  if (kind === "span" && field.name === data.task.text_field) {
    block.appendChild(spanText(question, field));
  } else {
    block.appendChild(make("p", "text", question.item[field.name]));
  }
  return block;
}

function option(question, choice, index) {
  var wrap = make("label", "option");
  var input = document.createElement("input");
  var value = answerOf(question);
  input.type = kind === "multi_label" ? "checkbox" : "radio";
  input.name = "q-" + question.position;
  input.value = choice.value;
  input.checked = kind === "multi_label" ?
    Array.isArray(state.answers[question.id]) &&
      state.answers[question.id].indexOf(choice.value) >= 0 :
    value === choice.value;
  input.addEventListener("change", function () { picked(question, input); });
  wrap.appendChild(input);
  wrap.appendChild(make("span", "", choice.title));
  if (choice.text) { wrap.appendChild(make("span", "anchor", choice.text)); }
  if (index < 9) { wrap.appendChild(make("kbd", "", index + 1)); }
  return wrap;
}

function picked(question, input) {
  if (kind !== "multi_label") {
    if (input.checked) { choose(question, input.value); }
    return;
  }
  var ticked = Array.prototype.filter.call(
    boxOf(question).querySelectorAll("input[type=checkbox]"),
    function (box) { return box.checked; }).map(function (box) { return box.value; });
  if (ticked.length > most) {
    input.checked = false;
    tell(question, "Choose at most " + most + " label(s).");
    return;
  }
  tell(question, ticked.length < fewest ? "Choose at least " + fewest + " label(s)." : "");
  choose(question, ticked);
}

function labelButton(question, choice, index) {
  var node = button(choice.title, "mark", function () { markSpan(question, choice.value); });
  node.dataset.value = choice.value;
  if (index < 9) { node.appendChild(make("kbd", "", index + 1)); }
  return node;
}

function controls(question) {
  var options = make("div", "options");
  choices().forEach(function (choice, index) {
    options.appendChild(kind === "span" ? labelButton(question, choice, index) :
      option(question, choice, index));
  });
  return options;
}

function extras(question, box) {
  if (kind === "span") {
    box.appendChild(make("ul", "spans"));
    box.appendChild(button("Nothing to mark", "nothing", function () {
      var value = state.answers[question.id];
      if (Array.isArray(value) && value.length) {
        tell(question, "Remove the marked stretches first.");
      } else { choose(question, []); }
    }));
  }
  if (kind === "multi_label" && fewest === 0) {
    box.appendChild(button("None apply", "nothing", function () {
      box.querySelectorAll("input[type=checkbox]").forEach(function (c) {
        c.checked = false;
      });
      choose(question, []);
    }));
  }
  if (practice && !checkedNow[kind]) {
    box.appendChild(button("Check answer", "check", function () { reveal(question); }));
  }
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
  box.appendChild(controls(question));
  extras(question, box);
  var note = make("p", "note");
  note.setAttribute("aria-live", "polite");
  box.appendChild(note);
  return box;
}

function choose(question, value) {
  if (value === undefined) { delete state.answers[question.id]; } else {
    state.answers[question.id] = value;
  }
  state.current = question.position - 1;
  saveArmed = false;
  keep();
  boxOf(question).classList.toggle("answered", answerOf(question) !== null);
  boxOf(question).classList.remove("missing");
  if (kind === "span") { showSpans(question); }
  afterChange(question);
  progress();
}

function unanswered() {
  return data.questions.filter(function (q) { return answerOf(q) === null; });
}

function progress() {
  var done = data.questions.length - unanswered().length;
  document.getElementById("progress").value = done;
  document.getElementById("progress-text").textContent =
    done + " of " + data.questions.length + " answered";
}
