"""Reading articles from files: formats, encodings, metadata, errors."""

import json
from datetime import date
from pathlib import Path

import pytest

from events.reader import ArticleError, read_article, read_articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARABIC = ("اشتباكات في مدينة البوكمال\n\n06 نوفمبر 2021\n\n"
          "بدأت مليشيات، يوم الجمعة، بإخلاء مواقعها في البوكمال.")


def test_seed_metadata():
    article = read_article(SEEDS / "003_c6bdd8fb93e6e5a7.txt")
    assert article.published == date(2021, 11, 6)
    assert article.language == "ar"
    assert article.title.startswith("المليشيات الإيرانية")
    assert len(article.article_id) == 16


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"a-{encoding}.txt"
    path.write_bytes(ARABIC.encode(encoding))
    article = read_article(path)
    assert article.text == ARABIC
    assert article.published == date(2021, 11, 6)


def test_same_text_same_id_whatever_the_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(ARABIC.encode("cp1256"))
    first, second = read_article(tmp_path / "a.txt"), read_article(tmp_path / "b.txt")
    assert first.article_id == second.article_id


def test_json_and_jsonl_records(tmp_path):
    record = {"title": "t", "text": "Clashes in Homs on Friday.", "published": "2024-12-07",
              "url": "https://example.org/x", "source": "Example"}
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n\n" + json.dumps(
        {**record, "text": "Another one in Hama."}) + "\n", encoding="utf-8")
    one = read_article(tmp_path / "a.json")
    assert (one.published, one.source, one.language) == (date(2024, 12, 7), "Example", "en")
    assert len(list(read_articles(tmp_path / "b.jsonl"))) == 2


def test_html_main_text_and_metadata(tmp_path):
    html = """<html><head><title>Strike near Abu Kamal</title>
    <meta property="article:published_time" content="2023-12-30T10:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Strike near Abu Kamal</h1>
    <p>A drone hit a supply truck on Friday near Abu Kamal in eastern Syria, local sources
    said. The strike destroyed several vehicles and killed a number of fighters.</p>
    <p>It was the third strike in the area this month, according to the monitors.</p>
    </article></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert "drone hit a supply truck" in article.text
    assert "Home | World" not in article.text
    assert article.published == date(2023, 12, 30)


def test_user_given_date_overrides(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Fighting in Homs on Friday.", encoding="utf-8")
    assert read_article(path).published is None
    assert read_article(path, published="2024-12-07").published == date(2024, 12, 7)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.json", "{not json", "invalid JSON"),
    ("empty.txt", "   \n", "no text"),
    ("x.pdf", "%PDF", "unsupported file type"),
    ("nofield.json", '{"title": "x"}', "'text'"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
