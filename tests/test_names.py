"""Name boundaries: surnames, given names and the words that end a name."""

from __future__ import annotations

import pytest

from reader import names as nm


def _end(text: str, start_word: str) -> str | None:
    start = text.index(start_word)
    end = nm.name_end(text, start)
    return None if end is None else text[start:end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("局長陳建華說，今年會更好。", "陳建華"),
        ("主任李丹表示支持。", "李丹"),
        ("教授王偉認為值得。", "王偉"),
        ("處長張明指出問題。", "張明"),
        ("院長劉芳介紹了情況。", "劉芳"),
        ("書記趙強以身作則。", "趙強"),
        ("經理周敏在會上發言。", "周敏"),
        ("校長吳剛對此很滿意。", "吳剛"),
        ("顧問鄭華的看法不同。", "鄭華"),
        ("局长陈建华说，今年会更好。", "陈建华"),
    ],
)
def test_name_stops_at_verbs_and_particles(text: str, expected: str) -> None:
    assert _end(text, expected[:1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("董事歐陽明輝表示同意。", "歐陽明輝"),
        ("作家司馬文說，寫作很苦。", "司馬文"),
        ("教授诸葛青云认为可行。", "诸葛青云"),
    ],
)
def test_compound_surnames(text: str, expected: str) -> None:
    assert nm.surname_length(expected, 0) == 2
    assert _end(text, expected[:2]) == expected


def test_married_name_keeps_both_surnames() -> None:
    text = "議員陳黃美玲今早質疑政府。"
    assert _end(text, "陳黃") == "陳黃美玲"


def test_one_and_two_character_given_names() -> None:
    assert _end("主任林峰表示", "林") == "林峰"
    assert _end("主任林小峰表示", "林") == "林小峰"


def test_no_name_without_surname_or_boundary() -> None:
    assert nm.name_end("大家紛紛表示", 0) is None
    assert nm.name_end("學員們認真聽講", 0) is None


@pytest.mark.parametrize("word", ["高管", "方面", "金融", "全國", "安全", "文化", "江蘇", "成為"])
def test_common_words_are_not_names(word: str) -> None:
    assert not nm.plausible_name(word)


def test_surname_with_title_is_not_a_full_name() -> None:
    assert not nm.plausible_name("王經理")
    assert not nm.plausible_name("陳女士")
    assert nm.plausible_name("王經")  # the shape alone is fine; the boundary decides


def test_name_inside_another_name_is_refused() -> None:
    text = "研究院李政道講座教授"
    assert nm.name_end(text, text.index("李")) is None


def test_dotted_foreign_name() -> None:
    text = "總統唐納德·特朗普在會上說"
    span = nm.foreign_name_span(text, text.index("·"))
    assert span is not None
    start, end = span
    assert text[start:end].endswith("唐納德·特朗普")


def test_a_name_needs_a_clear_end() -> None:
    """After a title, a word that is not followed by a boundary is not taken as a name."""
    text = "書記于會上作了講話"
    assert nm.name_end(text, 2) is None


def test_common_words_after_a_name_do_not_hide_it() -> None:
    text = "主席習近平號召全黨團結。"
    assert nm.name_end(text, text.index("習")) == text.index("號")
    text = "創始人馬化騰體驗了新產品。"
    assert nm.name_end(text, text.index("馬")) == text.index("體")
    assert nm.name_end("獲得邵逸夫獎。", 2) is None


# --- generalising: the fuller surname list and where ambiguous surnames count ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("科長費明軒說，明天開會。", "費明軒"),
        ("主任宁晓东表示同意。", "宁晓东"),
        ("站长项红英介绍了情况。", "项红英"),
        ("院長練子豪指出不足。", "練子豪"),
    ],
)
def test_common_surnames_of_the_fuller_list(text: str, expected: str) -> None:
    assert _end(text, expected[:1]) == expected


def test_ambiguous_surname_needs_a_strong_context() -> None:
    text = "區志強說，工程順利。"
    assert nm.name_end(text, 0) is None
    assert nm.name_end(text, 0, strong=True) == 3
    assert nm.plausible_name("應對", strong=True) is False  # a word, not 應 + a given name
    assert nm.plausible_name("展示", strong=True) is False  # two characters are too weak
    assert nm.plausible_name("應家明", strong=True) is True
    assert nm.plausible_name("路過時", strong=True) is False  # 主任路過時說: 路過 is a verb


def test_a_title_lets_a_name_start_with_a_common_word() -> None:
    text = "副處長高新民說，今年會更好。"
    start = text.index("高")
    assert nm.name_end(text, start) is None  # 高新 is a word ...
    assert nm.name_end(text, start, strong=True) == start + 3  # ... but after a title, 高新民


def test_a_form_of_address_said_twice_is_no_name() -> None:
    assert nm.plausible_name("鄺婆婆") is False
    assert nm.plausible_name("李伯伯") is False
    assert nm.plausible_name("王伯生") is True


def test_doing_two_things_at_once_ends_a_name() -> None:
    assert _end("主任陈美玲一边看一边说，不错。", "陈") == "陈美玲"


def test_dotted_name_from_where_the_caller_says_it_starts() -> None:
    text = "總理蓓蒂娜·洛佩茲說"
    assert nm.foreign_name_span(text, text.index("·"), 0) != (2, text.index("說"))
    assert nm.foreign_name_span(text, text.index("·"), 0, first=2) == (2, text.index("說"))


def test_an_ambiguous_surname_never_starts_a_common_word() -> None:
    text = "代表全程参与说，很好。"
    assert nm.name_end(text, text.index("全"), strong=True) is None
    assert _end("司長容嘉樂表示支持。", "容") == "容嘉樂"
    assert _end("科长廉一凡介绍了情况。", "廉") == "廉一凡"


def test_with_and_interviewing_end_a_name() -> None:
    assert _end("书记刘洋同王家村村民交流。", "刘") == "刘洋"
    assert _end("主任王大同说，好。", "王") == "王大同"
    assert _end("记者李华采访了他。", "李") == "李华"


@pytest.mark.parametrize(
    "text", ["院長商討後表示同意。", "主任邊走邊說不錯。", "局長宿舍裡說很冷。", "司长迟迟未表态。"]
)
def test_words_after_a_title_are_no_names_with_an_ambiguous_surname(text: str) -> None:
    start = 2
    assert nm.name_end(text, start, strong=True) is None


def test_more_compound_surnames_in_both_scripts() -> None:
    assert _end("教授鮮于明遠表示支持。", "鮮于") == "鮮于明遠"
    assert _end("主任太叔云说，很好。", "太叔") == "太叔云"
