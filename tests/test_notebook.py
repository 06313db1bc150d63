"""docs/example.ipynb: executed once (it holds its outputs) and still runs
against the current API (its code cells are run here, without a kernel)."""
import ast
import json

from .conftest import ROOT

NOTEBOOK = ROOT / "docs" / "example.ipynb"


def _run(cells, namespace):
    """Run each cell; return the value of each cell's last expression."""
    values = []
    for src in cells:
        tree = ast.parse(src)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, str(NOTEBOOK), "exec"), namespace)
        values.append(eval(compile(ast.Expression(last.value), str(NOTEBOOK), "eval"), namespace) if last else None)
    return values


def test_example_notebook_holds_outputs_and_still_runs(monkeypatch):
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] and c["execution_count"] for c in code)
    assert any("text/html" in o.get("data", {}) and "<mark" in "".join(o["data"]["text/html"]) for c in code for o in c["outputs"])
    monkeypatch.chdir(NOTEBOOK.parent)
    values = _run(["".join(c["source"]) for c in code], {})
    shown = [v for v in values if hasattr(v, "_repr_html_") and hasattr(v, "findings")]
    assert shown and "<mark" in shown[0]._repr_html_()
    by_outlet = values[-2]
    assert list(by_outlet.index) == ["example-tabloid.net", "example-wire.com", "toutiao.com"]
    assert by_outlet.loc["example-wire.com", "score_loaded_language"] > by_outlet.loc["example-tabloid.net", "score_loaded_language"]
