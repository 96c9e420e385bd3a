"""The annotator guide: context records, Markdown filters and rendering."""

from guidekit.render.errors import RenderError
from guidekit.render.guide import check_template_dir, render_guide, write_guide

__all__ = ["RenderError", "check_template_dir", "render_guide", "write_guide"]
