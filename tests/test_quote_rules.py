"""More quote rules (quoted names inside statements and roles), on sentences of our own."""

from __future__ import annotations

from reader.analysis import analyse
from reader.parsing import parse_text


def quotes(body: str) -> list[tuple[str, str, str | None]]:
    doc = analyse(parse_text(f"測試文章標題\n{body}\n"))
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


def test_a_quoted_name_after_a_verb_is_a_term_even_before_a_noun_of_saying() -> None:
    got = quotes("会议由县长钱明远主持。钱明远强调，要认真执行“四个必须”要求，确保按时完成。")
    assert got == [
        ("indirect", "要认真执行“四个必须”要求，确保按时完成。", "钱明远"),
        ("term", "四个必须", None),
    ]


def test_who_attended_is_told_not_said() -> None:
    got = quotes("县长钱明远表示，今年一定完成任务。各乡镇主要负责人参加会议。")
    assert got == [("indirect", "今年一定完成任务。", "钱明远")]


def test_a_quoted_name_in_a_role_is_a_term_and_the_quote_before_it_finds_its_speaker() -> None:
    got = quotes("县长钱明远说，要做好。“我们想把书店开到每个村。”“晨光书屋”店长林可为说。")
    assert got == [
        ("indirect", "要做好。", "钱明远"),
        ("direct", "我们想把书店开到每个村。", "林可为"),
        ("term", "晨光书屋", None),
    ]
    got = quotes("“晨光书屋”店长林可为表示，会继续做下去。")
    assert got == [("term", "晨光书屋", None), ("indirect", "会继续做下去。", "林可为")]


def test_a_short_label_a_verb_took_is_a_term_though_someone_speaks_after_it() -> None:
    got = quotes("議員林美芳則批評政府「見步行步」，她認為，政府應該早作規劃。")
    assert got == [("term", "見步行步", None), ("indirect", "政府應該早作規劃。", "林美芳")]
    got = quotes("「我們會盡快處理。」，林美芳說，「請大家放心。」")
    assert [kind for kind, _text, _who in got] == ["direct", "direct"]


def test_under_a_label_a_paragraph_telling_what_the_person_said_is_reported() -> None:
    body = (
        "今天的會議很重要，大家都來了，說了很多話。\n市交通局局長陳立新：\n"
        "我們今年要修三條路，明年再修五條。\n他還建議，加快推進公交改革。\n我們也會聽取市民的意見。"
    )
    assert quotes(body) == [
        ("direct", "我們今年要修三條路，明年再修五條。", "陳立新"),
        ("indirect", "加快推進公交改革。", "陳立新"),
        ("direct", "我們也會聽取市民的意見。", "陳立新"),
    ]
