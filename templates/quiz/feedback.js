// Practice quizzes only: after an answer, whether it was right, the
// rationale and the rules the item tests. A qualification form has no
// `feedback` in its questions, so nothing here can show an answer there.
var checkedNow = { single_label: true, rating: true };

function reveal(question) {
  if (!practice || !question.feedback) { return; }
  var value = answerOf(question);
  if (value === null) { tell(question, "Answer first, then check."); return; }
  state.checked[question.id] = true;
  keep();
  showFeedback(question);
}

function hideFeedback(question) {
  delete state.checked[question.id];
  var old = boxOf(question).querySelector(".feedback");
  if (old) { old.remove(); }
}

function showFeedback(question) {
  var value = answerOf(question);
  var box = boxOf(question);
  var old = box.querySelector(".feedback");
  if (old) { old.remove(); }
  if (value === null || !state.checked[question.id]) { return; }
  var gold = question.feedback;
  var right = isRight(question, value);
  var panel = make("div", "feedback " + (right ? "right" : "wrong"));
  panel.setAttribute("role", "status");
  panel.appendChild(make("p", "verdict", right ? "Right." : "Not right."));
  panel.appendChild(make("p", "", "The answer: " + describe(question, gold.answer)));
  if (gold.also.length) {
    panel.appendChild(make("p", "", "Also accepted: " +
      gold.also.map(labelTitle).join(", ")));
  }
  if (gold.rationale) { panel.appendChild(make("p", "rationale", gold.rationale)); }
  if (gold.rules.length) {
    panel.appendChild(make("p", "rules-head", "Rules it tests:"));
    var list = make("ul", "rules");
    gold.rules.forEach(function (rule) {
      var row = make("li");
      row.appendChild(make("code", "", rule.id));
      if (rule.text) { row.appendChild(document.createTextNode(" " + rule.text)); }
      list.appendChild(row);
    });
    panel.appendChild(list);
  }
  box.appendChild(panel);
}

function afterChange(question) {
  if (!practice) { return; }
  if (checkedNow[kind]) { reveal(question); } else { hideFeedback(question); }
}
