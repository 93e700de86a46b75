"""The evaluation runner and ``banmian eval`` on small sets written here (manifest, texts, truths)."""

from __future__ import annotations

import copy
import json
import types
from pathlib import Path
from typing import Any

import pytest
from eval_pages import BRIDGE, LIBRARY, ORCHARD, article, truth_page

import banmian
import banmian.eval
from banmian.eval import cli_eval, gate, runner
from banmian.eval.gate import fingerprint
from banmian.eval.report import ALL, format_report
from banmian.eval.runner import SAMPLE_NAME, EvalOptions, run_eval


class _FakePage:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)


def _write(path: Path, data: Any) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path.name


def make_set(root: Path, predictions: dict[str, dict[str, Any]]) -> tuple[Path, dict[str, Any]]:
    """A set of len(predictions) pages (ids sorted), each read by "pdftotext" and "pdfium".

    Each text file holds a key into ``predictions`` (or "crash"); the fake parser returns it.
    """
    outputs: dict[str, Any] = {}
    pages = []
    for page_id, by_extractor in sorted(predictions.items()):
        texts = {}
        for extractor, predicted in by_extractor.items():
            name = f"{page_id}.{extractor}.txt"
            (root / name).write_text(f"{page_id}/{extractor}\n", encoding="utf-8")
            outputs[f"{page_id}/{extractor}"] = predicted
            texts[extractor] = name
        pages.append(
            {"id": page_id, "truth": _write(root / f"{page_id}.truth.json", truth_page()), "texts": texts}
        )
    _write(root / "manifest.json", {"pages": pages})
    return root, outputs


@pytest.fixture
def fake_parse(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    outputs: dict[str, Any] = {}

    def parse(source: Path | str) -> _FakePage:
        # A str is a page's text in another form (eval.forms): the key, respaced or converted.
        text = source if isinstance(source, str) else Path(source).read_text(encoding="utf-8")
        key = "".join(text.split())
        predicted = outputs[key]
        if predicted == "crash":
            raise RuntimeError("engine fell over")
        return _FakePage(predicted)

    monkeypatch.setattr(banmian, "parse", parse)
    # The real pages of ../shared are read by the true engine; not with this stand-in.
    monkeypatch.setattr(runner, "score_real_pages", lambda real_dir: ())
    # No other input forms but where a test asks for them (test_input_forms_are_columns_of_their_own).
    monkeypatch.setattr(runner, "FORMS", ())
    return outputs


def _merged() -> dict[str, Any]:
    pred = truth_page()
    pred["articles"][0:2] = [article(None, LIBRARY + ["多出来的一段话，用来凑足长度。"] * 3)]
    return pred


def _basic_set(tmp_path: Path, fake_parse: dict[str, Any]) -> Path:
    set_dir, outputs = make_set(
        tmp_path,
        {
            "p0001": {"pdftotext": truth_page(), "pdfium": truth_page()},
            "p0002": {"pdftotext": _merged(), "pdfium": "crash"},
        },
    )
    fake_parse.update(outputs)
    return set_dir


def test_runner_scores_each_extractor_and_lists_crashes(tmp_path: Path, fake_parse: dict[str, Any]) -> None:
    report = run_eval(EvalOptions(_basic_set(tmp_path, fake_parse), sample_dir=None, real_dir=None))
    assert list(report.columns) == ["pdftotext", "pdfium", ALL]
    assert len(report.runs) == 4
    assert report.columns["pdftotext"].metrics.articles.tp == 4 + 2  # merged page: orchard and photo
    assert report.columns["pdfium"].metrics.articles.tp == 4  # the crash scores as nothing found
    assert report.columns[ALL].metrics.articles.fn == 2 + 4
    [crash] = report.crashed
    assert (crash.page_id, crash.extractor) == ("p0002", "pdfium")
    assert crash.score.error == "RuntimeError: engine fell over"
    assert [(r.page_id, r.extractor) for r in report.worst[:2]] == [
        ("p0002", "pdfium"),
        ("p0002", "pdftotext"),
    ]
    assert report.sample is None


def test_extractor_filter_and_worst_count(tmp_path: Path, fake_parse: dict[str, Any]) -> None:
    report = run_eval(
        EvalOptions(_basic_set(tmp_path, fake_parse), worst=1, extractors=("pdfium",), sample_dir=None, real_dir=None)
    )
    assert list(report.columns) == ["pdfium", ALL]
    assert len(report.worst) == 1


def test_report_text_and_json(tmp_path: Path, fake_parse: dict[str, Any]) -> None:
    out = tmp_path / "out"
    report = run_eval(
        EvalOptions(_basic_set(tmp_path, fake_parse), out_dir=out, sample_dir=tmp_path / "nowhere", real_dir=None)
    )
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0].split() == ["metric", "pdftotext", "pdfium", ALL]
    assert any(line.startswith("article F1") for line in lines)
    assert any(line.startswith("article confidence AUC") for line in lines)
    assert "p0002.pdfium.txt" in text and "RuntimeError: engine fell over" in text
    assert f"sample {SAMPLE_NAME}: skipped" in text
    dumped = json.loads(json.dumps(report.to_dict()))
    assert dumped["columns"]["pdfium"]["metrics"]["article_f1"]["tp"] == 4
    assert dumped["columns"]["pdfium"]["confidence"]["articles"] == report.columns["pdfium"].confidence().articles > 0
    assert (
        json.loads((out / "report.json").read_text(encoding="utf-8"))["columns"].keys()
        == dumped["columns"].keys()
    )
    assert (out / "predictions" / "pdftotext" / "p0002.json").is_file()
    assert not (out / "predictions" / "pdfium" / "p0002.json").exists()


def test_unreadable_truth_is_skipped_not_fatal(tmp_path: Path, fake_parse: dict[str, Any]) -> None:
    set_dir = _basic_set(tmp_path, fake_parse)
    (set_dir / "p0001.truth.json").write_text("{broken", encoding="utf-8")
    report = run_eval(EvalOptions(set_dir, sample_dir=None, real_dir=None))
    assert len(report.runs) == 2
    assert report.skipped and report.skipped[0].startswith("p0001: truth unreadable")


def test_sample_is_scored_separately(tmp_path: Path, fake_parse: dict[str, Any]) -> None:
    sample_dir = tmp_path / "samples"
    sample_dir.mkdir()
    (sample_dir / f"{SAMPLE_NAME}.txt").write_text("sample\n", encoding="utf-8")
    _write(sample_dir / f"{SAMPLE_NAME}.gold.json", truth_page())
    fake_parse["sample"] = _merged()
    report = run_eval(EvalOptions(_basic_set(tmp_path, fake_parse), sample_dir=sample_dir, real_dir=None))
    assert report.sample is not None and report.sample.score is not None
    assert report.sample.line().startswith(
        f"sample {SAMPLE_NAME}: articles 2/4 found (1 extra), banners 1/1 found"
    )


def test_real_engine_runs_on_an_invented_page(tmp_path: Path) -> None:
    """The engine itself (whatever its quality): every figure is a number in range, no crash."""
    (tmp_path / "p0001.plain.txt").write_text(
        "柿子坡果园迎来丰收\n" + "\n".join(ORCHARD) + "\n", encoding="utf-8"
    )
    _write(
        tmp_path / "p0001.truth.json",
        {"page": {}, "banners": [], "articles": [article("柿子坡果园迎来丰收", ORCHARD)]},
    )
    _write(
        tmp_path / "manifest.json",
        {"pages": [{"id": "p0001", "truth": "p0001.truth.json", "texts": {"plain": "p0001.plain.txt"}}]},
    )
    report = run_eval(EvalOptions(tmp_path, sample_dir=None, real_dir=None))
    assert not report.crashed
    assert all(0.0 <= v <= 1.0 for v in report.overall.values().values())


def test_main_gate_passes_and_fails(
    tmp_path: Path, fake_parse: dict[str, Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The gate's mechanism on a tiny set: the committed record of agreed floors is for the real set.
    loosest = {name: (1.0 if name == "body_cer" else 0.0) for name in gate.AGREED_FLOORS}
    monkeypatch.setattr(gate, "AGREED_FLOORS", loosest)
    set_dir = _basic_set(tmp_path, fake_parse)
    json_file = tmp_path / "report.json"
    assert cli_eval.main(["--set", str(set_dir), "--no-gate", "--json", str(json_file)]) == 0
    assert json.loads(json_file.read_text(encoding="utf-8"))["columns"]["all"]["pages"] == 4
    floors_path = tmp_path / "floors.toml"
    _write_valid_floors(floors_path, article_f1=0.99)
    assert cli_eval.main(["--set", str(set_dir), "--floors", str(floors_path)]) == 1
    assert "gate: FAILED" in capsys.readouterr().out
    _write_valid_floors(floors_path, article_f1=0.1)
    assert cli_eval.main(["--set", str(set_dir), "--floors", str(floors_path)]) == 0
    assert "gate: passed" in capsys.readouterr().out


def _write_valid_floors(path: Path, article_f1: float) -> None:
    floors = {**gate.AGREED_FLOORS, "article_f1": article_f1}
    squeezed = dict(gate.AGREED_SQUEEZED_FLOORS)
    body = "".join(f"{name} = {value}\n" for name, value in floors.items())
    body += "[floors_squeezed]\n" + "".join(f"{name} = {value}\n" for name, value in squeezed.items())
    path.write_text(f'[meta]\nfingerprint = "{fingerprint(floors, {}, squeezed)}"\n[floors]\n{body}', encoding="utf-8")


def test_main_refuses_edited_floors(
    tmp_path: Path, fake_parse: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    set_dir = _basic_set(tmp_path, fake_parse)
    floors_path = tmp_path / "floors.toml"
    _write_valid_floors(floors_path, article_f1=0.5)
    floors_path.write_text(
        floors_path.read_text(encoding="utf-8").replace("article_f1 = 0.5", "article_f1 = 0.4")
    )
    assert cli_eval.main(["--set", str(set_dir), "--floors", str(floors_path)]) == 2
    assert "fingerprint" in capsys.readouterr().err


def _fake_generator(fake_parse: dict[str, Any], calls: list[Any]) -> types.SimpleNamespace:
    """A stand-in for banmian.eval.synth that records each set it is asked for and makes it."""

    def generate_set(options: Any) -> None:
        calls.append(options)
        options.out_dir.mkdir(parents=True)
        _, outputs = make_set(options.out_dir, {"p0001": {"pdftotext": truth_page()}})
        fake_parse.update(outputs)

    return types.SimpleNamespace(SynthOptions=lambda **kw: types.SimpleNamespace(**kw), generate_set=generate_set)


def test_main_generates_once_then_reuses_the_cached_set(
    tmp_path: Path, fake_parse: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []
    fake = _fake_generator(fake_parse, calls)
    monkeypatch.setattr(banmian.eval, "synth", fake, raising=False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    argv = [
        "--generate",
        "3",
        "--seed",
        "5",
        "--corpus",
        str(corpus),
        "--cache",
        str(tmp_path / "cache"),
        "--no-gate",
    ]
    assert cli_eval.main(argv) == 0
    assert cli_eval.main(argv) == 0
    assert len(calls) == 1
    assert (calls[0].pages, calls[0].seed, calls[0].out_dir) == (3, 5, tmp_path / "cache" / "eval-set-5-3")


def test_input_forms_are_columns_of_their_own_and_stay_out_of_all(tmp_path: Path, fake_parse: dict[str, Any]) -> None:
    from banmian.eval.forms import FORMS

    pdfium_forms = tuple(form for form in FORMS if form.from_truth is None)
    report = run_eval(EvalOptions(_basic_set(tmp_path, fake_parse), sample_dir=None, real_dir=None, forms=pdfium_forms))
    assert list(report.columns) == ["pdftotext", "pdfium", "pdfium+nfkc", "pdfium+trad", "pdfium+ocr", ALL]
    # The stand-in reads every form of a page's pdfium text as that text: same scores as pdfium
    # where the truth keeps its characters; the traditional form's truth is converted, the stand-in's
    # prediction is not, so there the titles no longer match.
    for column in ("pdfium+nfkc", "pdfium+ocr"):
        assert report.columns[column].values() == report.columns["pdfium"].values()
    assert report.columns["pdfium+trad"].values()["title_accuracy"] < report.columns["pdfium"].values()["title_accuracy"]
    assert len(report.columns[ALL].pages) == 4  # two pages by two extractors; the forms not again
    assert all("+" not in run.extractor for run in report.worst)


def test_main_scores_a_squeezed_set_against_its_own_floors_and_refuses_another(
    tmp_path: Path, fake_parse: dict[str, Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gate, "AGREED_FLOORS", {})
    set_dir = _basic_set(tmp_path, fake_parse)
    # A set not drawn with Founder's squeezed marks is refused: it would pass the looser floors.
    assert cli_eval.main(["--set", str(set_dir), "--squeezed"]) == 2
    assert "not a Founder-squeezed set" in capsys.readouterr().err
    manifest = json.loads((set_dir / "manifest.json").read_text(encoding="utf-8"))
    for page in manifest["pages"]:
        page["layout"] = {"punctuation_objects": "founder-squeezed"}
    (set_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    # The same figures fail the squeezed floors (article F1 0.83) where the main ones pass (0.1).
    floors_path = tmp_path / "floors.toml"
    _write_valid_floors(floors_path, article_f1=0.1)
    assert cli_eval.main(["--set", str(set_dir), "--floors", str(floors_path)]) == 0, capsys.readouterr().err
    assert cli_eval.main(["--set", str(set_dir), "--floors", str(floors_path), "--squeezed"]) == 1
    out = capsys.readouterr().out
    assert "gate: FAILED" in out and "article_f1 [pdfium]" in out


def test_the_squeezed_set_is_cached_apart(
    tmp_path: Path, fake_parse: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []
    fake = _fake_generator(fake_parse, calls)
    fake.SynthOptions = lambda *a, **kw: types.SimpleNamespace(
        out_dir=a[1] if len(a) > 1 else kw["out_dir"], squeeze_objects=kw.get("squeeze_objects", False)
    )
    monkeypatch.setattr(banmian.eval, "synth", fake, raising=False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    squeezed = cli_eval.cached_set(tmp_path / "cache", corpus, 3, 7, squeezed=True)
    plain = cli_eval.cached_set(tmp_path / "cache", corpus, 3, 7)
    assert squeezed.name == "eval-set-7-3-squeezed" and plain.name == "eval-set-7-3"
    assert [c.squeeze_objects for c in calls] == [True, False]


def test_the_unwrapped_form_is_the_truth_as_the_text_export_writes_it_and_the_engine_reads_it_back() -> None:
    """A paragraph to a line, headlines before their bodies, the page's header line and jump notes:
    the engine finds every article of it (scored against the truth it was written from)."""
    from banmian.eval.forms import FORMS_BY_NAME
    from banmian.eval.score import score_page

    form = FORMS_BY_NAME["unwrapped"]
    truth = truth_page()
    text = form.page_text("pdfium's text is not read", truth)
    lines = [line for line in text.split("\n") if line]
    assert form.column == "unwrapped"
    assert lines[:3] == ["2021-10-08 · 第1版", "建好青石新村共享幸福生活", "粮仓变书仓"]
    assert LIBRARY[0] in lines and "（下转第2版）" not in text  # the export writes the note its own way
    predicted = banmian.parse(text).to_dict()
    assert "interleaved_columns" not in [w["code"] for w in predicted["warnings"]]
    assert {"date": "2021-10-08", "page_number": 1}.items() <= predicted["page"].items()
    bodies = {a["title"]: (a["paragraphs"], a["continued_to"]) for a in predicted["articles"]}
    assert bodies["竹溪便桥加固完工"] == (BRIDGE, None) and bodies["柿子坡果园迎来丰收"] == (ORCHARD, 2)
    values = score_page(predicted, truth).values()
    assert values["page_info_accuracy"] == 1.0 and values["paragraph_f1"] == 1.0


def test_the_web_form_writes_each_titled_article_as_a_crawled_page_and_the_engine_reads_it_back() -> None:
    """Kicker and title lines, a meta line crediting the authors in place of the byline, the text,
    its jump note; no banners and no body-less photo in text or truth."""
    from banmian.eval.forms import FORMS_BY_NAME
    from banmian.eval.score import score_page

    form = FORMS_BY_NAME["web"]
    truth = truth_page()
    text = form.page_text("pdfium's text is not read", truth)
    blocks = [block.split("\n") for block in text.strip().split("\n\n")]
    assert form.column == "web"
    assert blocks[0][:3] == ["粮仓变书仓", "青石镇乡村书屋开放", "作者：林小溪  发布时间：2021-10-08 08:00"]
    assert blocks[2][-1] == "（下转第2版）"
    assert len(blocks) == 3 and "建好青石新村共享幸福生活" not in text
    web_truth = form.truth(truth)
    assert web_truth["banners"] == [] and [a["title"] for a in web_truth["articles"]] == ["青石镇乡村书屋开放", "竹溪便桥加固完工", "柿子坡果园迎来丰收"]
    assert {"date": "2021-10-08", "page_number": None}.items() <= web_truth["page"].items()
    predicted = banmian.parse(text).to_dict()
    authors = {a["title"]: a["authors"] for a in predicted["articles"]}
    assert authors == {"青石镇乡村书屋开放": ["林小溪"], "竹溪便桥加固完工": ["高远", "陶然"], "柿子坡果园迎来丰收": ["宋雨桐"]}
    values = score_page(predicted, web_truth).values()
    assert values["article_f1"] == 1.0 and values["title_accuracy"] == 1.0 and values["author_f1"] == 1.0
    assert values["page_info_accuracy"] == 1.0 and values["banner_f1"] == 1.0
