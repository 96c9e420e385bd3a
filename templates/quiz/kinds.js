// What an answer is, by task kind, and the shape it is saved in:
// single_label a label value; multi_label a list of label values in the
// spec's order; rating the scale point as a string; span a list of
// {start, end, label} with code-point offsets, end exclusive.
var scale = (data.task.scale || []).map(function (p) {
  return { value: String(p.point), title: String(p.point), text: p.text };
});
var fewest = data.task.min_choices === undefined ? 1 : data.task.min_choices;
var most = data.task.max_choices || values.length;

function choices() {
  if (kind === "rating") { return scale; }
  return data.labels.map(function (label) {
    return { value: label.value, title: label.title };
  });
}

function answerOf(question) {
  var value = state.answers[question.id];
  return isAnswer(value) ? value : null;
}

function isAnswer(value) {
  if (kind === "multi_label") {
    return Array.isArray(value) && value.length >= fewest && value.length <= most &&
      value.every(function (v) { return values.indexOf(v) >= 0; });
  }
  if (kind === "span") {
    return Array.isArray(value) && value.every(function (s) {
      return s && values.indexOf(s.label) >= 0 && s.start < s.end;
    });
  }
  if (kind === "rating") {
    return scale.some(function (p) { return p.value === value; });
  }
  return values.indexOf(value) >= 0;
}

function spanKey(s) { return s.start + ":" + s.end + ":" + s.label; }

function isRight(question, value) {
  var gold = question.feedback;
  if (kind === "multi_label") {
    return gold.answer.every(function (v) {
      return value.indexOf(v) >= 0 || gold.also.indexOf(v) >= 0;
    }) && value.every(function (v) {
      return gold.answer.indexOf(v) >= 0 || gold.also.indexOf(v) >= 0;
    });
  }
  if (kind === "span") {
    var want = gold.answer.map(spanKey).sort().join("|");
    return value.map(spanKey).sort().join("|") === want;
  }
  return value === gold.answer || gold.also.indexOf(value) >= 0;
}

function describe(question, value) {
  if (kind === "multi_label") {
    return value.length ? value.map(labelTitle).join(", ") : "none of the labels";
  }
  if (kind === "span") {
    if (!value.length) { return "nothing to mark"; }
    var cps = Array.from(question.item[data.task.text_field] || "");
    return value.map(function (s) {
      return "\u201c" + cps.slice(s.start, s.end).join("") + "\u201d " +
        labelTitle(s.label);
    }).join("; ");
  }
  if (kind === "rating") {
    var point = scale.filter(function (p) { return p.value === value; })[0];
    return point ? point.value + " (" + point.text + ")" : String(value);
  }
  return labelTitle(value);
}
