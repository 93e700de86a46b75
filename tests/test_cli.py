"""The ``banmian`` command: formats, batches, standard input and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

import banmian
from banmian import cli
from banmian.model import Article, Page, PageWarning, Paragraph

# An invented page fragment: a headline after its body, as text layers often have it.
PAGE_TEXT = (
    "本报讯（记者 吴晓燕）3月20日上午，县城东社区举办“邻里节”活动，\n"
    "居民们带来自家做的点心，在广场上分享交流。\n"
    "活动还设置了义诊、理发和家电维修等便民服务。\n"
    "\n"
    "城东社区举办邻里节\n"
)
OTHER_TEXT = "本报讯 春季植树活动在河堤举行，志愿者种下树苗五百余株。\n\n河堤植树添新绿\n"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _write(path: Path, text: str, codec: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(codec))
    return path


def test_parse_one_file_as_json(tmp_path: Path, capsys) -> None:
    code, out, err = _run(["parse", str(_write(tmp_path / "p1.txt", PAGE_TEXT))], capsys)
    assert code == 0, err
    page = json.loads(out)
    assert page["schema"] == "banmian.page"
    assert page["source"]["path"] == str(tmp_path / "p1.txt")
    assert "邻里节" in out


@pytest.mark.parametrize("codec", ["gb18030", "utf-16", "utf-8-sig"])
def test_any_supported_encoding(tmp_path: Path, capsys, codec: str) -> None:
    code, out, _ = _run(["parse", str(_write(tmp_path / "p.txt", PAGE_TEXT, codec)), "-f", "txt"], capsys)
    assert code == 0
    assert "城东社区举办邻里节" in out


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_other_formats(tmp_path: Path, capsys, fmt: str) -> None:
    code, out, _ = _run(["parse", str(_write(tmp_path / "p.txt", PAGE_TEXT)), "--format", fmt], capsys)
    assert code == 0
    assert "居民们带来自家做的点心" in out
    assert out.startswith("#") == (fmt == "md")


def test_options_reach_the_page(tmp_path: Path, capsys) -> None:
    args = ["parse", str(_write(tmp_path / "p.txt", PAGE_TEXT))]
    args += ["--newspaper", "城东日报", "--date", "2024-03-21", "--page", "3", "--section", "社区"]
    code, out, _ = _run(args, capsys)
    assert code == 0
    assert json.loads(out)["page"] == {
        "newspaper": "城东日报",
        "date": "2024-03-21",
        "page_number": 3,
        "section": "社区",
    }


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\n\t \n", "whitespace"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "nul.txt": (b"abc\x00\x01\x02" * 50, "binary"),
    "broken.txt": ("损坏的文件".encode("gb18030") * 20 + b"\xff" + "结尾".encode("gb18030"), "damaged"),
    "page.pdf": (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "damaged PDF"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, capsys, name: str) -> None:
    data, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = _run(["parse", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"banmian: error: {path}: ")
    assert reason in err


def test_missing_file_and_empty_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty-dir").mkdir()
    missing = tmp_path / "missing.txt"
    code, _, err = _run(["parse", str(missing), str(tmp_path / "empty-dir")], capsys)
    assert code == 1
    assert err.splitlines() == [
        f"banmian: error: {tmp_path / 'empty-dir'}: no *.txt or *.pdf files in this folder",
        f"banmian: error: {missing}: no such file",
    ]


def test_batch_with_a_bad_file_outputs_the_others_as_json_lines(tmp_path: Path, capsys) -> None:
    good1 = _write(tmp_path / "a.txt", PAGE_TEXT)
    bad = _write(tmp_path / "b.txt", "")
    good2 = _write(tmp_path / "c.txt", OTHER_TEXT, "gb18030")
    code, out, err = _run(["parse", str(good1), str(bad), str(good2)], capsys)
    assert code == 1
    pages = [json.loads(line) for line in out.splitlines()]
    assert [p["source"]["path"] for p in pages] == [str(good1), str(good2)]
    assert [ln for ln in err.splitlines() if "error" in ln] == [
        f"banmian: error: {bad}: empty file, no text to parse"
    ]


def test_folder_expands_to_sorted_text_files_recursively(tmp_path: Path, capsys) -> None:
    _write(tmp_path / "in" / "b.txt", OTHER_TEXT)
    _write(tmp_path / "in" / "sub" / "a.txt", PAGE_TEXT)
    _write(tmp_path / "in" / "notes.md", "不是版面")
    code, out, _ = _run(["parse", str(tmp_path / "in")], capsys)
    assert code == 0
    paths = [json.loads(line)["source"]["path"] for line in out.splitlines()]
    assert paths == [str(tmp_path / "in" / "b.txt"), str(tmp_path / "in" / "sub" / "a.txt")]


def test_output_directory_gets_one_file_per_page(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path / "x" / "p1.txt", PAGE_TEXT)
    b = _write(tmp_path / "y" / "p1.txt", OTHER_TEXT)
    c = _write(tmp_path / "p2.txt", OTHER_TEXT)
    out_dir = tmp_path / "out"
    code, out, _ = _run(["parse", str(a), str(b), str(c), "-f", "md", "-o", str(out_dir)], capsys)
    assert code == 0 and out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["p1-2.md", "p1.md", "p2.md"]
    assert "邻里节" in (out_dir / "p1.md").read_text(encoding="utf-8")
    assert "植树" in (out_dir / "p1-2.md").read_text(encoding="utf-8")


def test_output_file_for_one_input(tmp_path: Path, capsys) -> None:
    target = tmp_path / "result.json"
    code, out, _ = _run(["parse", str(_write(tmp_path / "p.txt", PAGE_TEXT)), "-o", str(target)], capsys)
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "banmian.page"


def test_stdin(tmp_path: Path, capsys, monkeypatch) -> None:
    stdin = types.SimpleNamespace(buffer=io.BytesIO(PAGE_TEXT.encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = _run(["parse", "-", "-f", "txt"], capsys)
    assert code == 0
    assert "城东社区举办邻里节" in out


def test_empty_stdin_is_named_stdin(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(b"")))
    code, _, err = _run(["parse", "-"], capsys)
    assert code == 1
    assert err == "banmian: error: <stdin>: empty file, no text to parse\n"


def test_page_warnings_go_to_stderr_with_the_file_name(tmp_path: Path, capsys, monkeypatch) -> None:
    warned = Page(
        articles=(Article(id="a1", paragraphs=(Paragraph(text="正文"),)),),
        warnings=(PageWarning("no-cjk", "no Chinese text\non this page"), PageWarning("w2", "第二条")),
    )
    monkeypatch.setattr(cli, "parse_pages", lambda source, options: [warned])
    path = _write(tmp_path / "w.txt", "x")
    code, out, err = _run(["parse", str(path)], capsys)
    assert code == 0 and json.loads(out)["warnings"][0]["code"] == "no-cjk"
    assert err.splitlines() == [
        f"banmian: warning: {path}: no Chinese text on this page [no-cjk]",
        f"banmian: warning: {path}: 第二条 [w2]",
    ]


def test_an_engine_bug_is_one_line_and_the_batch_goes_on(tmp_path: Path, capsys, monkeypatch) -> None:
    real_parse = cli.parse_pages

    def flaky(source, options):
        if Path(source).name == "bug.txt":
            raise RuntimeError("index out of range")
        return real_parse(source, options)

    monkeypatch.setattr(cli, "parse_pages", flaky)
    bug, good = _write(tmp_path / "bug.txt", PAGE_TEXT), _write(tmp_path / "ok.txt", PAGE_TEXT)
    code, out, err = _run(["parse", str(bug), str(good)], capsys)
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err.startswith(f"banmian: error: {bug}: internal error (RuntimeError: index out of range)")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [["parse"], ["parse", "x.txt", "--date", "2024-13-01"], ["parse", "x.txt", "--page", "0"], ["nope"], []],
)
def test_usage_errors_exit_2(argv: list[str], capsys) -> None:
    code, _, err = _run(argv, capsys)
    assert code == 2
    assert "Traceback" not in err


def test_version(capsys) -> None:
    code, out, _ = _run(["--version"], capsys)
    assert code == 0
    assert out.strip() == f"banmian {banmian.__version__}"


def test_eval_is_delegated_with_its_arguments(capsys, monkeypatch) -> None:
    seen: list[list[str]] = []
    runner = types.ModuleType("banmian.eval.cli_eval")
    runner.main = lambda argv: seen.append(argv) or 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "banmian.eval.cli_eval", runner)
    assert cli.main(["eval", "--help", "--pages", "5"]) == 3
    assert seen == [["--help", "--pages", "5"]]


def test_eval_missing_harness_is_one_line(capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "banmian.eval.cli_eval", None)  # makes the import fail
    code, _, err = _run(["eval"], capsys)
    assert code == 1
    assert err.startswith("banmian: error: the evaluation harness is not available")
    assert err.count("\n") == 1


def test_console_script_end_to_end(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("banmian")
    if not script.exists():
        pytest.skip("console script not installed next to this interpreter")
    good = _write(tmp_path / "good.txt", PAGE_TEXT)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"PK\x03\x04\x14\x00\x00\x00")
    done = subprocess.run(
        [str(script), "parse", str(good), str(bad), "-"],
        input=OTHER_TEXT.encode("utf-16"),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1
    stdout, stderr = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    assert [ln for ln in stderr.splitlines() if ": error: " in ln] == [
        f"banmian: error: {bad}: binary file (a ZIP archive, e.g. DOCX, XLSX or EPUB), not a text layer"
    ]
    pages = [json.loads(line) for line in stdout.splitlines()]
    assert [p["source"]["encoding"] for p in pages] == ["utf-8", "utf-16-le"]


def test_output_must_be_a_directory_for_several_inputs(tmp_path: Path, capsys) -> None:
    a, b = _write(tmp_path / "a.txt", PAGE_TEXT), _write(tmp_path / "b.txt", OTHER_TEXT)
    target = _write(tmp_path / "taken.json", "{}")
    code, out, err = _run(["parse", str(a), str(b), "-o", str(target)], capsys)
    assert code == 2 and out == ""
    assert err == f"banmian: error: {target}: is a file; with several inputs -o names a directory\n"


def test_a_multi_page_pdf_gives_one_output_per_page(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).parent / "pdf"))
    from pdfdraw import Sheet, save  # the PDF tests' helper: invented text drawn with reportlab

    sheets = []
    for title in ("城西新建公园开放", "城东老街完成改造"):
        sheet = Sheet()
        sheet.text(60, 80, title, size=20)
        sheet.column(60, 120, ["本报讯（记者 江小舟）公园占地三十余亩，设有步道、花园和儿童游乐区，周边居民纷纷前来游览。"], chars=16)
        sheets.append(sheet)
    pdf = save(tmp_path / "two.pdf", sheets)
    code, out, err = _run(["parse", str(pdf)], capsys)
    assert code == 0, err
    pages = [json.loads(line) for line in out.splitlines()]
    assert len(pages) == 2
    assert all(p["source"]["kind"] == "pdf" for p in pages)
    outdir = tmp_path / "out"
    code, _, err = _run(["parse", str(pdf), "-o", str(outdir), "--format", "md"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in outdir.iterdir()) == ["two-p1.md", "two-p2.md"]


def test_linked_gives_one_document_per_pdf(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).parent / "pdf"))
    from pdfdraw import Sheet, save

    sheet = Sheet()
    sheet.text(60, 80, "城西新建公园开放", size=20)
    sheet.column(60, 120, ["本报讯（记者 江小舟）公园占地三十余亩，设有步道、花园和儿童游乐区。"], chars=16)
    pdf = save(tmp_path / "one.pdf", [sheet])
    code, out, err = _run(["parse", "--linked", str(pdf)], capsys)
    assert code == 0, err
    document = json.loads(out)
    assert len(document["pages"]) == 1 and document["linked_articles"] == []
    code, _, err = _run(["parse", "--linked", "--format", "md", str(pdf)], capsys)
    assert code == 2 and err.strip() == "banmian: error: --linked writes JSON only"
