"""A team's own templates: searched first, sandboxed, and clear when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidekit import LoadedSpec
from guidekit.render import RenderError, render_guide


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "team-templates"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_own_guide_html_replaces_the_shipped_one(claims: LoadedSpec,
                                                 tmp_path: Path) -> None:
    own = folder(tmp_path, {"guide.html.j2": "<p>{{ guide.title }} / "
                              "{{ guide.labels | length }}</p>\n"})
    files = render_guide(claims, template_dir=own)

    assert files["guide.html"] == "<p>Does the source back the claim? / 3</p>\n"
    assert "\n## Labels\n" in files["guide.md"]


def test_own_template_is_autoescaped(write_spec, claims: LoadedSpec,
                                     tmp_path: Path) -> None:
    own = folder(tmp_path, {"guide.html.j2": "<h1>{{ guide.labels[0].title }}</h1>"})
    data = claims.spec.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["labels"][0]["title"] = "<script>x</script>"

    html = render_guide(write_spec(data), template_dir=own)["guide.html"]
    assert html == "<h1>&lt;script&gt;x&lt;/script&gt;</h1>"


def test_own_partial_replaces_only_the_style(claims: LoadedSpec,
                                             tmp_path: Path) -> None:
    own = folder(tmp_path, {"guide/style.css.j2": "body { color: teal; }"})
    html = render_guide(claims, template_dir=own)["guide.html"]

    assert "body { color: teal; }" in html and "@media print" not in html
    assert 'id="label-backed"' in html


def test_the_context_holds_no_gold(claims: LoadedSpec, tmp_path: Path) -> None:
    probe = "{{ guide.gold }}"
    own = folder(tmp_path, {"guide.html.j2": probe})

    with pytest.raises(RenderError, match="has no attribute 'gold'"):
        render_guide(claims, template_dir=own)


@pytest.mark.parametrize("probe", [
    "{{ ''.__class__.__mro__ }}",
    "{{ guide.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os }}",
])
def test_unsafe_template_is_blocked_by_the_sandbox(claims: LoadedSpec,
                                                   tmp_path: Path, probe: str) -> None:
    own = folder(tmp_path, {"guide.html.j2": f"line one\n{probe}\n"})

    with pytest.raises(RenderError) as caught:
        render_guide(claims, template_dir=own)
    message = str(caught.value)
    assert "blocked by the template sandbox" in message and "unsafe" in message
    assert message.startswith(f"{own / 'guide.html.j2'}:2: ")


def test_syntax_error_names_the_file_and_line(claims: LoadedSpec,
                                              tmp_path: Path) -> None:
    own = folder(tmp_path, {"guide.md.j2": "ok\n\n{% for x in %}\n"})

    with pytest.raises(RenderError, match=r"guide\.md\.j2:3: template syntax error"):
        render_guide(claims, template_dir=own)


def test_missing_include_is_named(claims: LoadedSpec, tmp_path: Path) -> None:
    own = folder(tmp_path, {"guide.html.j2": "{% include 'guide/nope.j2' %}"})

    with pytest.raises(RenderError, match=r"template 'guide/nope\.j2' not found"):
        render_guide(claims, template_dir=own)


def test_folder_without_any_guide_template_is_refused(claims: LoadedSpec,
                                                      tmp_path: Path) -> None:
    own = folder(tmp_path, {"quiz.html.j2": "x"})

    with pytest.raises(RenderError, match="has no guide template"):
        render_guide(claims, template_dir=own)
    with pytest.raises(RenderError, match="does not exist"):
        render_guide(claims, template_dir=tmp_path / "absent")


@pytest.mark.parametrize(("template", "said"), [
    ("{{ 1/0 }}", "template failed: ZeroDivisionError: division by zero"),
    ("{% for k in guide %}{% endfor %}", "template failed: TypeError:"),
    ("{% for i in range(100000000) %}{% endfor %}", "template failed: Overflow"),
    ('{% extends "guide.html.j2" %}', "template recurses without end"),
])
def test_a_failing_template_is_a_render_error(claims: LoadedSpec, tmp_path: Path,
                                              template: str, said: str) -> None:
    own = folder(tmp_path, {"guide.html.j2": template})
    with pytest.raises(RenderError) as caught:
        render_guide(claims, template_dir=own)
    assert said in str(caught.value)


def test_a_template_that_is_not_utf8_is_a_render_error(claims: LoadedSpec,
                                                       tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "guide.html.j2").write_bytes(b"\xff\xfe{{ x }}")
    with pytest.raises(RenderError, match="template is not UTF-8 text"):
        render_guide(claims, template_dir=own)
