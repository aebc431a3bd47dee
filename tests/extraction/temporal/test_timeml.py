"""TimeML in and out: the plain text of <TEXT> survives annotation byte for byte."""
# ruff: noqa: E501  (TimeML sample lines are kept as in real files)

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal import annotate_timeml_dir
from timeline_app.extraction.temporal.timeml import read_timeml

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> that profit &lt;rose&gt; <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> by a third in <TIMEX3 tid="t2" type="DATE" value="1998-Q2"><EVENT eid="e2">the second</EVENT> quarter</TIMEX3> &quot;sharply&quot; &#233;t&#xE9;.
It &amp; partners will meet <TIMEX3 tid="t3" type="DATE" value="1998-08-10">next Monday</TIMEX3> & again in three weeks.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>
"""


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x1.tml").write_text(SAMPLE, encoding="utf-8")
    return folder


def test_reading_decodes_entities_and_locates_gold(sample_dir: Path) -> None:
    doc = read_timeml(sample_dir / "x1.tml")
    assert doc.dct == Day(1998, 8, 7)
    assert doc.text.startswith("\nAT&T said Thursday that profit <rose> fell")
    assert '"sharply" été.' in doc.text
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Thursday", "1998-08-06"), ("the second quarter", "1998-Q2"), ("next Monday", "1998-08-10")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_annotated_files_keep_the_text_byte_identical(sample_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert annotate_timeml_dir(sample_dir, out) == 1
    original, ours = read_timeml(sample_dir / "x1.tml"), read_timeml(out / "x1.tml")
    assert ours.text == original.text
    assert ours.dct == original.dct
    assert "functionInDocument=\"CREATION_TIME\"" in (out / "x1.tml").read_text(encoding="utf-8")
    values = {t.text: t.value for t in ours.timexes}
    assert values.items() >= {"Thursday": "1998-08-06", "next Monday": "1998-08-10"}.items()


def test_output_is_well_formed_xml_with_only_timex3_in_text(sample_dir: Path, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    annotate_timeml_dir(sample_dir, tmp_path / "out")
    root = ET.parse(tmp_path / "out" / "x1.tml").getroot()
    text = root.find("TEXT")
    assert text is not None
    assert {child.tag for child in text} == {"TIMEX3"}
    assert all({"tid", "type", "value"} <= set(child.attrib) for child in text)
    assert "".join(text.itertext()) == read_timeml(sample_dir / "x1.tml").text


@pytest.mark.corpus
def test_corpus_files_round_trip(shared_data: Path, tmp_path: Path) -> None:
    files = sorted((shared_data / "timeml" / "aquaint").glob("*.tml"))[:3]
    folder = tmp_path / "in"
    folder.mkdir()
    for path in files:
        (folder / path.name).write_bytes(path.read_bytes())
    assert annotate_timeml_dir(folder, tmp_path / "out") == len(files)
    for path in files:
        assert read_timeml(tmp_path / "out" / path.name).text == read_timeml(path).text
