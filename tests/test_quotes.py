"""Quote rules one by one on short sentences of our own, then the seed and the dev corpus.

People are built here from the names each test gives (every occurrence becomes a mention),
so attribution is tested on its own, whatever people extraction finds today.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.documents import open_document, parse_path
from reader.model import Document, Mention, Person, Quote
from reader.parsing import parse_text
from reader.quote_marks import scan_quotes, top_level
from reader.quotes import extract_quotes
from tests.conftest import CORPUS, SEED, corpus_articles, load_gold, needs_corpus

TITLE = "測試文章標題\n"


def with_people(doc: Document, names: dict[str, tuple[str, ...]] | list[str]) -> Document:
    """``doc`` with a person per name; aliases (林美 for 林美玲) become mentions too."""
    table = names if isinstance(names, dict) else {name: () for name in names}
    people = []
    for name, aliases in table.items():
        mentions: list[Mention] = []
        for form in sorted((name, *aliases), key=len, reverse=True):
            for m in re.finditer(re.escape(form), doc.text):
                if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                    kind = "name" if form == name else "short_name"
                    mentions.append(Mention(m.start(), m.end(), form, kind))
        mentions.sort(key=lambda m: m.start)
        people.append(Person(name, (), tuple(mentions)))
    return replace(doc, people=tuple(people))


def quotes_of(body: str, names: dict[str, tuple[str, ...]] | list[str] | None = None) -> list[Quote]:
    """Parse ``body`` under a title, add the people, extract; the result must fit the model."""
    doc = with_people(parse_text(TITLE + body), names or [])
    found = extract_quotes(doc)
    replace(doc, quotes=found)  # the model re-checks every offset
    for q in found:
        assert doc.text[q.start : q.end] == q.text
    return list(found)


def speech(found: list[Quote]) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in found if q.kind != "term"]


def terms(found: list[Quote]) -> list[str]:
    return [q.text for q in found if q.kind == "term"]


# --- quote marks -------------------------------------------------------------------------


def test_nested_marks_are_found_inside_the_outer_quote() -> None:
    text = "他說：“我們要用‘老城新用’的辦法，讓『舊街』活起來。”"
    found = scan_quotes(text, 0, len(text))
    assert [(text[q.start : q.end], q.depth) for q in found] == [
        ("我們要用‘老城新用’的辦法，讓『舊街』活起來。", 0),
        ("老城新用", 1),
        ("舊街", 1),
    ]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "她說：“第一句話。第二句話沒有收尾  "
    (q,) = scan_quotes(text, 0, len(text))
    assert text[q.start : q.end] == "第一句話。第二句話沒有收尾"
    assert q.close_at == -1


def test_ascii_quotes_and_stray_apostrophes() -> None:
    text = 'It’s called "the plan" here.'
    found = top_level(scan_quotes(text, 0, len(text)))
    assert [text[q.start : q.end] for q in found] == ["the plan"]


def test_corner_brackets() -> None:
    text = "他說：「這是『試點』工作。」"
    found = scan_quotes(text, 0, len(text))
    assert [text[q.start : q.end] for q in found] == ["這是『試點』工作。", "試點"]


# --- direct speech and its speaker -------------------------------------------------------


def test_speaker_then_colon_traditional() -> None:
    found = quotes_of("市交通局局長陳大文說：“道路改造今年完成。我們會加快進度。”\n", ["陳大文"])
    assert speech(found) == [("direct", "道路改造今年完成。我們會加快進度。", "陳大文")]


def test_speaker_then_colon_simplified() -> None:
    found = quotes_of("区教育局局长李明华说：“明年新建三所学校。”\n", ["李明华"])
    assert speech(found) == [("direct", "明年新建三所学校。", "李明华")]


def test_speaker_after_the_quote() -> None:
    found = quotes_of("“項目已經完成大半，年底可以投用。”工程負責人周志強說。\n", ["周志強"])
    assert speech(found) == [("direct", "項目已經完成大半，年底可以投用。", "周志強")]


def test_speaker_between_two_quotes() -> None:
    found = quotes_of("“我們不會停下來。”，何立群說，“明年還要再擴大規模。”\n", ["何立群"])
    assert speech(found) == [
        ("direct", "我們不會停下來。", "何立群"),
        ("direct", "明年還要再擴大規模。", "何立群"),
    ]


def test_speaker_with_full_role_prefix() -> None:
    body = "“這次改造讓老街有了新面貌。”東陽縣住建局黨組書記、局長孫海濤說。\n"
    found = quotes_of(body, ["孫海濤"])
    assert speech(found) == [("direct", "這次改造讓老街有了新面貌。", "孫海濤")]
    (q,) = [q for q in found if q.kind == "direct"]
    assert found and q.cue_start >= 0 and "孫海濤" in TITLE + body and q.cue_end > q.cue_start


def test_speaker_named_after_the_quote_without_a_verb() -> None:
    found = quotes_of("“這次培訓收穫很大，回去就用起來。”學員代表林曉東在結業式上總結道。\n", ["林曉東"])
    assert speech(found)[0][2] == "林曉東"


def test_a_name_people_extraction_skipped_still_names_the_speaker() -> None:
    doc = parse_text(TITLE + "記者見到了局長孫海濤。\n活動的主角孫海濤 在網上 表示，非常感謝各位的支持。\n")
    first = doc.text.index("孫海濤")
    person = Person("孫海濤", (), (Mention(first, first + 3, "孫海濤"),))
    found = extract_quotes(replace(doc, people=(person,)))
    assert [(q.kind, q.text, q.speaker) for q in found] == [("indirect", "非常感謝各位的支持。", "孫海濤")]


def test_pronoun_goes_to_the_last_person_named() -> None:
    body = "市衛生局副局長黃嘉文介紹了今年的工作。他說：“我們會增加社區醫生。”\n"
    found = quotes_of(body, ["黃嘉文"])
    assert speech(found) == [("direct", "我們會增加社區醫生。", "黃嘉文")]


def test_pronoun_goes_to_the_subject_of_its_sentence() -> None:
    body = "市長林美玲今天回應了記者王志剛的提問，但她說：“這件事還在調查。”\n"
    found = quotes_of(body, ["林美玲", "王志剛"])
    assert speech(found) == [("direct", "這件事還在調查。", "林美玲")]


VERBS = ["說", "表示", "指出", "認為", "強調", "介紹", "坦言", "告訴記者", "回答稱", "重申", "说", "强调"]


@pytest.mark.parametrize("verb", VERBS)
def test_verbs_of_saying_introduce_direct_speech(verb: str) -> None:
    found = quotes_of(f"校長鄭永康{verb}：“學生的安全永遠放在第一位。”\n", ["鄭永康"])
    assert speech(found) == [("direct", "學生的安全永遠放在第一位。", "鄭永康")]


def test_verb_without_punctuation_makes_short_words_speech() -> None:
    found = quotes_of("林家明一開始就提及「這裡的風景很美」。之後他談了一小時。\n", ["林家明"])
    assert speech(found) == [("direct", "這裡的風景很美", "林家明")]


def test_second_quote_keeps_the_speaker() -> None:
    body = "王海燕表示，這個結果出乎意料。“我沒想到會是我。這是團隊的功勞。”\n"
    found = quotes_of(body, ["王海燕"])
    assert speech(found) == [
        ("indirect", "這個結果出乎意料。", "王海燕"),
        ("direct", "我沒想到會是我。這是團隊的功勞。", "王海燕"),
    ]


def test_several_speakers_in_one_paragraph() -> None:
    body = "記者問到原因。張小龍表示，“這件事很有意義。”李大同則回答稱，“我一直想做。”\n"
    found = quotes_of(body, ["張小龍", "李大同"])
    assert speech(found) == [("direct", "這件事很有意義。", "張小龍"), ("direct", "我一直想做。", "李大同")]


def test_quote_spanning_paragraphs_keeps_the_speaker() -> None:
    body = "陳志明在會上說：\n“第一，要把基礎打好。\n“第二，要把隊伍帶好。”\n"
    found = quotes_of(body, ["陳志明"])
    assert speech(found) == [
        ("direct", "第一，要把基礎打好。", "陳志明"),
        ("direct", "第二，要把隊伍帶好。", "陳志明"),
    ]


def test_quote_closed_in_a_later_paragraph_without_a_new_opening_mark() -> None:
    body = "陳志明在會上說：“第一，要把基礎打好。\n第二，要把隊伍帶好。”會議隨後結束。\n"
    found = quotes_of(body, ["陳志明"])
    assert speech(found) == [
        ("direct", "第一，要把基礎打好。", "陳志明"),
        ("direct", "第二，要把隊伍帶好。", "陳志明"),
    ]


def test_fullwidth_straight_quotes() -> None:
    found = quotes_of("全市推進＂一網通辦＂改革，方便群眾辦事。\n")
    assert terms(found) == ["一網通辦"]


def test_quotes_joined_to_speech_are_speech() -> None:
    body = "局長李家明以往提及此事時指，「政府需要找好時機」、「立法工作不能迴避」。\n"
    found = quotes_of(body, ["李家明"])
    assert speech(found) == [
        ("direct", "政府需要找好時機", "李家明"),
        ("direct", "立法工作不能迴避", "李家明"),
    ]


def test_pronoun_after_someone_the_people_list_lacks_is_nobody() -> None:
    body = "議員楊志明離開了會場。\n另一位議員會後表示，抗議是為了讓外界聽到聲音。她說，會逐字看清楚報告。\n"
    found = quotes_of(body, ["楊志明"])
    assert speech(found) == [("indirect", "會逐字看清楚報告。", None)]


def test_pronoun_after_a_group_and_a_new_name_is_that_name() -> None:
    body = "大家紛紛表示收穫滿滿。\n調研員高志遠對此進行了思考。他表示，要統籌考慮交通和居住。\n"
    found = quotes_of(body, ["高志遠"])
    assert speech(found) == [("indirect", "要統籌考慮交通和居住。", "高志遠")]


def test_group_speech_has_no_person() -> None:
    found = quotes_of("參觀結束後，大家紛紛表示：“收穫很大，很受啟發。”\n")
    assert speech(found) == [("direct", "收穫很大，很受啟發。", None)]


def test_organisation_speech_has_no_person() -> None:
    body = "記者致電查詢，王小明未有回答。《東方日報》的回應為：「我們不會評論此事。」\n"
    found = quotes_of(body, ["王小明"])
    assert speech(found) == [("direct", "我們不會評論此事。", None)]


def test_without_people_speech_is_found_but_not_attributed() -> None:
    found = quotes_of("局長孫海濤說：“今年要完成改造。”\n")
    assert speech(found) == [("direct", "今年要完成改造。", None)]


# --- speech or term ----------------------------------------------------------------------


def test_quoted_terms_are_terms() -> None:
    body = "全市圍繞“十五五”規劃，解決群眾“急難愁盼”問題，努力“補短板、強弱項、提形象、促實效”。\n"
    found = quotes_of(body)
    assert speech(found) == []
    assert terms(found) == ["十五五", "急難愁盼", "補短板、強弱項、提形象、促實效"]


def test_terms_inside_speech_and_reported_speech() -> None:
    body = (
        "“通過‘保護+新建’模式，讓老街活起來。”主任劉文輝說。\n"
        "副主任高建國表示，要解決群眾“急難愁盼”問題。\n"
    )
    found = quotes_of(body, ["劉文輝", "高建國"])
    assert terms(found) == ["保護+新建", "急難愁盼"]
    assert speech(found) == [
        ("direct", "通過‘保護+新建’模式，讓老街活起來。", "劉文輝"),
        ("indirect", "要解決群眾“急難愁盼”問題。", "高建國"),
    ]


def test_long_slogan_without_a_sentence_end_is_a_term() -> None:
    found = quotes_of("工作原則是“守住底線，穩步推進，服務群眾”。\n")
    assert terms(found) == ["守住底線，穩步推進，服務群眾"]
    assert speech(found) == []


def test_a_proposal_in_quote_marks_is_a_term() -> None:
    found = quotes_of("書記王大明提出“三個一批”，要求各地抓緊落實。\n", ["王大明"])
    assert terms(found) == ["三個一批"]
    assert [q for q in found if q.kind == "direct"] == []


def test_a_slogan_right_after_a_verb_is_a_term() -> None:
    found = quotes_of("會上，書記王大明強調“兩個維護”。他說：“好。”\n", ["王大明"])
    assert terms(found) == ["兩個維護"]
    assert speech(found) == [("direct", "好。", "王大明")]


def test_simplified_terms() -> None:
    found = quotes_of("成立之初就要做 \"亚洲的科学殿堂 \"，下设“青年学者”奖和“终身成就”奖。\n")
    assert terms(found) == ["亚洲的科学殿堂 ", "青年学者", "终身成就"]


def test_quotes_in_title_and_headings_are_left_alone() -> None:
    doc = parse_text("“城市更新”大家談\n“做好每一件小事”\n這是一段正文，講了“十五五”的事情，比標題長很多。\n")
    found = extract_quotes(doc)
    assert [q.text for q in found] == ["十五五"]


# --- reported speech ---------------------------------------------------------------------


def test_reported_speech_after_comma() -> None:
    found = quotes_of("區長馬文傑表示，下一步將加快老舊小區改造，讓居民住得更好。\n", ["馬文傑"])
    assert speech(found) == [("indirect", "下一步將加快老舊小區改造，讓居民住得更好。", "馬文傑")]


def test_reported_speech_without_comma() -> None:
    found = quotes_of("科長何麗娟對比了兩地數據，認為本市發展空間很大。\n", ["何麗娟"])
    assert speech(found) == [("indirect", "本市發展空間很大。", "何麗娟")]


def test_reported_speech_with_pronoun() -> None:
    body = "調研員韓志遠對這個問題做了研究。他表示，今後要統籌考慮交通和居住。\n"
    found = quotes_of(body, ["韓志遠"])
    assert speech(found) == [("indirect", "今後要統籌考慮交通和居住。", "韓志遠")]


def test_reported_speech_runs_on_through_sentences_without_a_new_subject() -> None:
    body = "總工程師班志文表示，要深化市容整治。搭建智慧平臺，加強精細管理。\n"
    found = quotes_of(body, ["班志文"])
    assert speech(found) == [("indirect", "要深化市容整治。搭建智慧平臺，加強精細管理。", "班志文")]


def test_reported_speech_stops_before_direct_speech() -> None:
    body = "“大家都很努力。”何志明當時說，但困難還有很多，“接下來還要更加用心。”\n"
    found = quotes_of(body, ["何志明"])
    assert speech(found) == [
        ("direct", "大家都很努力。", "何志明"),
        ("indirect", "但困難還有很多", "何志明"),
        ("direct", "接下來還要更加用心。", "何志明"),
    ]


@pytest.mark.parametrize("narration", ["會議還通報了上半年的工作情況。", "11月6日，調研組轉赴鄰縣。"])
def test_reported_speech_stops_where_the_narration_resumes(narration: str) -> None:
    body = f"副市長李建國要求，各縣區要倒排工期，確保按時完成。{narration}\n"
    found = quotes_of(body, ["李建國"])
    assert speech(found) == [("indirect", "各縣區要倒排工期，確保按時完成。", "李建國")]


def test_reported_speech_stops_at_a_new_cue() -> None:
    body = "主席周美琪沿用過往的說法：規劃屬於地方事務，她又指這是慣常做法。又說，會再研究。\n"
    found = quotes_of(body, ["周美琪"])
    assert speech(found) == [
        ("indirect", "規劃屬於地方事務", "周美琪"),
        ("indirect", "這是慣常做法。", "周美琪"),
        ("indirect", "會再研究。", "周美琪"),
    ]


def test_reported_speech_stops_before_a_sentence_naming_someone() -> None:
    body = "院長李一鳴認為，研究要長期投入。張三豐則在會後離開了會場。\n"
    found = quotes_of(body, ["李一鳴", "張三豐"])
    assert speech(found) == [("indirect", "研究要長期投入。", "李一鳴")]


def test_said_then_one_clause_only() -> None:
    body = "特首林美玲回答了問題。她說罷明年會再檢討收費，隨即上車離去，沒有接受提問。\n"
    found = quotes_of(body, ["林美玲"])
    assert speech(found) == [("indirect", "明年會再檢討收費", "林美玲")]


def test_short_name_mentions_attribute_to_the_full_name() -> None:
    body = "行政長官林美玲今早見記者。\n林美重申，政府不會評論個別個案。\n"
    found = quotes_of(body, {"林美玲": ("林美",)})
    assert speech(found) == [("indirect", "政府不會評論個別個案。", "林美玲")]


def test_group_and_organisation_statements_are_not_reported_speech() -> None:
    body = (
        "回程路上，大家紛紛表示，要把所學運用到工作中。\n"
        "《海港日報》昨晚發出聲明表示，會保留追究的權利。\n"
        "學校網站介紹，王志強早年在廣州讀書。\n"
        "考察團對各項工作表示滿意。\n"
    )
    assert speech(quotes_of(body, ["王志強"])) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "可以說是震驚了整個行業。",
        "這種說法並不準確，王志強也很清楚。",
        "王志強被認為是最合適的人選。",
        "王志強讀過很多小說，也寫過幾本。",
    ],
)
def test_words_that_are_not_saying(sentence: str) -> None:
    assert speech(quotes_of(sentence + "\n", ["王志強"])) == []


def test_told_the_reporter_with_the_outlet_named() -> None:
    found = quotes_of("院長杜文亮告訴本報記者，醫院明年將增加兩百張病床。\n", ["杜文亮"])
    assert speech(found) == [("indirect", "醫院明年將增加兩百張病床。", "杜文亮")]


def test_bare_zhi_after_a_name_is_saying() -> None:
    body = "局長李家明指，政府會繼續研究。\n李家明手上這份指導意見的指標，由市政府訂定。\n"
    found = quotes_of(body, ["李家明"])
    assert speech(found) == [("indirect", "政府會繼續研究。", "李家明")]


def test_negated_verb_says_nothing() -> None:
    body = "有記者追問細節，局長李家明沒有具體回答，只說：「大家很快就會知道。」\n"
    found = quotes_of(body, ["李家明"])
    assert speech(found) == [("direct", "大家很快就會知道。", "李家明")]


def test_verb_in_a_clause_with_its_own_subject_is_not_the_persons() -> None:
    body = "局長李家明在記者會上，被問到有報道引消息稱，下月將再加價。\n"
    assert speech(quotes_of(body, ["李家明"])) == []


def test_post_attribution_only_in_the_clause_after_the_quote() -> None:
    body = "局長李家明提出「明日新城」計劃，被指與民間方案相似，她稱：「我們沒有和任何團體合作。」\n"
    found = quotes_of(body, ["李家明"])
    assert terms(found) == ["明日新城"]
    assert speech(found) == [("direct", "我們沒有和任何團體合作。", "李家明")]


def test_verb_followed_by_a_statement_does_not_attribute_the_quote_before_it() -> None:
    body = (
        "發言人何美華表示，這件事不能政治化，"
        "至於信函提到的「一中原則」，何美華認為這與參與大會並無關聯。\n"
    )
    found = quotes_of(body, ["何美華"])
    assert terms(found) == ["一中原則"]
    assert speech(found) == [
        ("indirect", "這件事不能政治化", "何美華"),
        ("indirect", "這與參與大會並無關聯。", "何美華"),
    ]


def test_quoted_clause_after_but_continues_the_speakers_words() -> None:
    body = "教授徐大偉坦言，今年增長會放緩，但「目前沒有降息的空間」。\n"
    found = quotes_of(body, ["徐大偉"])
    assert speech(found) == [
        ("indirect", "今年增長會放緩", "徐大偉"),
        ("direct", "目前沒有降息的空間", "徐大偉"),
    ]


def test_pronoun_skips_names_inside_reported_words() -> None:
    body = "特首林美玲曾經表示，局長陳大文的工作量很大。她今天指，分拆部門並不簡單。\n"
    found = quotes_of(body, ["林美玲", "陳大文"])
    assert speech(found) == [
        ("indirect", "局長陳大文的工作量很大。", "林美玲"),
        ("indirect", "分拆部門並不簡單。", "林美玲"),
    ]


def test_short_object_of_a_second_verb_stays_in_the_statement() -> None:
    body = "林美玲表示，報告立足於本地的優勢，同時強調法治的重要性。因此，她認為明年的前景會更好。\n"
    found = quotes_of(body, ["林美玲"])
    assert speech(found) == [
        ("indirect", "報告立足於本地的優勢，同時強調法治的重要性。", "林美玲"),
        ("indirect", "明年的前景會更好。", "林美玲"),
    ]


def test_subjectless_verb_after_a_comma_continues_the_statement() -> None:
    body = "教授徐大偉說，物價還沒有下跌，因此，認為目前不必降息。\n"
    found = quotes_of(body, ["徐大偉"])
    assert speech(found) == [("indirect", "物價還沒有下跌，因此，認為目前不必降息。", "徐大偉")]


def test_heading_that_only_looks_like_a_label_is_not_one() -> None:
    body = (
        "這是導言段落，說明了活動的背景和主要的安排情況。\n"
        "主要做法：\n"
        "一是加強組織領導，二是完善工作機制，確保各項任務落實。\n"
    )
    assert speech(quotes_of(body)) == []


def test_quoted_sentence_with_its_stop_outside_the_marks_is_speech() -> None:
    body = "廠長吳志遠曾表示，行業利潤越來越薄。“退出肯定是正確的，可以把資金用在新業務上”。\n"
    found = quotes_of(body, ["吳志遠"])
    assert speech(found) == [
        ("indirect", "行業利潤越來越薄。", "吳志遠"),
        ("direct", "退出肯定是正確的，可以把資金用在新業務上", "吳志遠"),
    ]


def test_unnamed_speaker_after_the_quote_is_nobody() -> None:
    body = "經理吳志遠介紹了情況。“資金對我們不成問題。”另一家公司的負責人這樣告訴記者。\n"
    found = quotes_of(body, ["吳志遠"])
    assert speech(found) == [("direct", "資金對我們不成問題。", None)]


@pytest.mark.parametrize("verb", ["證實", "宣布", "提出", "要求", "透露", "承認", "批評", "质疑"])
def test_more_verbs_with_a_comma(verb: str) -> None:
    found = quotes_of(f"市長吳志遠{verb}，新大橋將在明年年底前通車。\n", ["吳志遠"])
    assert speech(found) == [("indirect", "新大橋將在明年年底前通車。", "吳志遠")]


def test_two_verbs_of_saying_in_a_row() -> None:
    found = quotes_of("議員梁美儀批評指，政府的做法欠缺透明度。\n", ["梁美儀"])
    assert speech(found) == [("indirect", "政府的做法欠缺透明度。", "梁美儀")]


def test_following_an_instruction_is_not_reporting_it() -> None:
    assert speech(quotes_of("按照吳志遠書記要求，各部門要在月底前完成自查。\n", ["吳志遠"])) == []


# --- layouts: interview labels and English blocks ---------------------------------------


def test_interview_label_gives_the_remarks_below_to_the_person() -> None:
    body = (
        "本報近日訪問了兩位部門首長，請他們談談明年的工作重點和具體的打算。\n"
        "國家體育總局局長林志堅：\n"
        "　　明年要辦好全運會，讓“全民健身”落到實處。各地要加強場館建設。\n"
        "　　同時要加大青少年體育投入，培養更多後備人才，推動體育產業發展。\n"
        "教育部部長黃立新：\n"
        "　　要繼續推進“雙減”工作，讓學生有更多時間鍛煉身體和休息。\n"
    )
    found = quotes_of(body, ["林志堅", "黃立新"])
    assert speech(found) == [
        ("direct", "明年要辦好全運會，讓“全民健身”落到實處。各地要加強場館建設。", "林志堅"),
        ("direct", "同時要加大青少年體育投入，培養更多後備人才，推動體育產業發展。", "林志堅"),
        ("direct", "要繼續推進“雙減”工作，讓學生有更多時間鍛煉身體和休息。", "黃立新"),
    ]
    assert terms(found) == ["全民健身", "雙減"]


def test_remarks_end_where_another_person_speaks() -> None:
    body = (
        "本報近日訪問了一位部門首長，請他談談明年的工作重點和具體的打算。\n"
        "國家體育總局局長林志堅：\n"
        "明年要辦好全運會，各地要加強場館建設，推動體育產業發展。\n"
        "對此，體育學者黃立新表示，場館建設要兼顧賽後利用，避免浪費。\n"
    )
    found = quotes_of(body, ["林志堅", "黃立新"])
    assert speech(found) == [
        ("direct", "明年要辦好全運會，各地要加強場館建設，推動體育產業發展。", "林志堅"),
        ("indirect", "場館建設要兼顧賽後利用，避免浪費。", "黃立新"),
    ]


def test_inline_label_in_a_transcript() -> None:
    body = "以下是採訪的部分內容，經過整理和刪節，供讀者參考。\n陳家豪：我們明年會開三家新店，主要在市區。\n"
    found = quotes_of(body, ["陳家豪"])
    assert speech(found) == [("direct", "我們明年會開三家新店，主要在市區。", "陳家豪")]


def test_answers_in_a_transcript_are_the_interviewees() -> None:
    body = (
        "本報記者日前專訪了市文化局局長陳家豪，以下是訪談的主要內容。\n"
        "問：明年有什麼新的計劃？\n"
        "答：我們會開放三座新的博物館，並延長開放時間。\n"
    )
    found = quotes_of(body, ["陳家豪"])
    assert speech(found) == [("direct", "我們會開放三座新的博物館，並延長開放時間。", "陳家豪")]


def test_english_block_after_a_cue_is_the_speakers_words() -> None:
    body = (
        "一名外國記者追問旅遊簽證的安排，特首林美玲重申政府立場並說：\n"
        "We will not comment on individual cases. This is the usual practice.\n"
        "之後她轉身離開了記者會，沒有再回答其他任何問題。\n"
    )
    found = quotes_of(body, ["林美玲"])
    assert speech(found) == [
        ("direct", "We will not comment on individual cases. This is the usual practice.", "林美玲"),
    ]


def test_english_block_in_quote_marks_keeps_its_marks_out() -> None:
    body = (
        "外國記者追問簽證問題，特首林美玲回應時說：\n"
        "“We will not comment on the \"individual cases\" you mentioned.”\n"
    )
    found = quotes_of(body, ["林美玲"])
    words = 'We will not comment on the "individual cases" you mentioned.'
    assert speech(found) == [("direct", words, "林美玲")]
    assert terms(found) == ["individual cases"]


def test_english_paragraph_without_a_speaker_is_not_speech() -> None:
    body = (
        "本報訊，城市規劃展覽今天開幕，吸引了很多市民前來參觀。\n"
        "The exhibition runs until the end of the month in the city hall.\n"
    )
    assert speech(quotes_of(body)) == []


# --- the seed (our own article) ---------------------------------------------------------

SEED_PEOPLE = [
    "孟永生", "曾卿華", "周滔", "王林", "林向前", "康天琦", "朱軍勝", "高桂清",
    "張笑偉", "班自亮", "張丹", "鄒紅生", "龔奇", "褚衛濤", "尚萌",
]


def seed_quotes() -> list[Quote]:
    doc = with_people(parse_path(SEED), SEED_PEOPLE)
    return list(extract_quotes(doc))


def test_seed_direct_quotes_and_speakers() -> None:
    direct = [(q.speaker, q.text[:8]) for q in seed_quotes() if q.kind == "direct"]
    assert direct == [
        ("孟永生", "此次培訓要深入學"),
        ("林向前", "城市更新,規劃是"),
        ("康天琦", "民主村將破敗空間"),
        ("張笑偉", "城市更新不僅是硬"),
        ("尚萌", "此次培訓對我來說"),
    ]


def test_seed_reported_statements() -> None:
    indirect = [(q.speaker, q.text[:6]) for q in seed_quotes() if q.kind == "indirect"]
    assert indirect == [
        ("朱軍勝", "下一步,將把"),
        ("高桂清", "未來工作重點"),
        ("班自亮", "要以推進城市"),
        ("張丹", "我市城鎮化發"),
        ("鄒紅生", "要突出片區開"),
        ("龔奇", "在老城區更新"),
        ("褚衛濤", "老城區更新改"),
    ]
    by_speaker = {q.speaker: q.text for q in seed_quotes() if q.kind == "indirect"}
    assert by_speaker["班自亮"].endswith("構建協同高效的城市治理體系。")


def test_seed_terms() -> None:
    assert sorted({q.text for q in seed_quotes() if q.kind == "term"}) == sorted(
        {
            "大綜合一體化", "山城難題", "治理高地", "十五五", "保護+新建", "急難愁盼",
            "人民城市人民建 人民城市為人民", "補短板、強弱項、提形象、促實效", "靶向練兵",
        }
    )


def test_seed_through_the_whole_pipeline_names_the_five_speakers() -> None:
    doc = open_document(SEED)
    assert [(q.speaker, q.text[:8]) for q in doc.quotes if q.kind == "direct"] == [
        ("孟永生", "此次培訓要深入學"),
        ("林向前", "城市更新,規劃是"),
        ("康天琦", "民主村將破敗空間"),
        ("張笑偉", "城市更新不僅是硬"),
        ("尚萌", "此次培訓對我來說"),
    ]
    assert [q.speaker for q in doc.quotes if q.kind == "indirect"] == [
        "朱軍勝", "高桂清", "班自亮", "張丹", "鄒紅生", "龔奇", "褚衛濤",
    ]
    assert doc.quotes == tuple(sorted(doc.quotes, key=lambda q: (q.start, -q.end)))
    for q in doc.quotes:
        if q.speaker is not None:
            person = doc.person(q.speaker)
            assert person is not None and 0 <= q.cue_start < q.cue_end
            if doc.text[q.cue_start] not in "他她":  # a pronoun is resolved here, not by people
                assert any(q.cue_start <= m.start < q.cue_end for m in person.mentions)


# --- the dev corpus, with people taken from its gold ------------------------------------


def _core(text: str | None) -> str:
    return re.sub(r"[\s，。、；：？！,.;:?!…—\-－·・“”‘’「」『』\"']", "", text or "")


@needs_corpus
@pytest.mark.parametrize("name", corpus_articles())
def test_corpus_speech_with_gold_people(name: str) -> None:
    gold = load_gold(name)
    # Four-character names are also met by their first two characters (歐陽 for 歐陽志遠).
    names = {p["name"]: (p["name"][:2],) if len(p["name"]) == 4 else () for p in gold.get("people", [])}
    doc = with_people(parse_path(CORPUS / "articles" / f"{name}.txt"), names)
    found = extract_quotes(doc)
    got_direct = {(_core(q.text), q.speaker) for q in found if q.kind == "direct"}
    gold_quotes = gold.get("quotes", [])
    want_direct = [(_core(q["text"]), q.get("speaker")) for q in gold_quotes if q["kind"] == "direct"]
    hits = sum(1 for item in want_direct if item in got_direct)
    assert hits >= 0.9 * len(want_direct)
    want_terms = {_core(q["text"]) for q in gold.get("quotes", []) if q["kind"] == "term"}
    got_terms = {_core(q.text) for q in found if q.kind == "term"}
    assert len(want_terms & got_terms) >= 0.9 * len(want_terms)
    assert len(got_terms - want_terms) <= max(1, len(got_terms) // 10)


# --- properties --------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["“", "”", "「", "」", "『", "』", "‘", "’", '"', "說", "表示，", "他", "她", "：", "，", "。", "\n",
     "王大明", "林美玲", "局長", "大家紛紛", "又指", "說罷", "並說：", "Hello world. ", "十五五", "　", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_never_raises_and_offsets_are_exact(pieces: list[str]) -> None:
    text = TITLE + "".join(pieces)
    doc = with_people(parse_text(text), {"王大明": (), "林美玲": ("林美",)})
    found = extract_quotes(doc)
    checked = replace(doc, quotes=found)
    assert all(checked.text[q.start : q.end] == q.text for q in found)
    assert list(found) == sorted(found, key=lambda q: (q.start, -q.end))
    assert all(q.speaker in (None, "王大明", "林美玲") for q in found)
    assert all(q.kind != "term" or q.speaker is None for q in found)


# --- generalising: audiences, outlets told, and the quoted-span index --------------------------


def test_audience_between_speaker_and_verb_is_no_group_speaking() -> None:
    found = quotes_of("村主任王建平向参观者们介绍：“这条路是大家一起修的。”", ["王建平"])
    assert speech(found) == [("direct", "这条路是大家一起修的。", "王建平")]
    found = quotes_of("陈明跟大家说，明天的活动改到下午举行。", ["陈明"])
    assert speech(found) == [("indirect", "明天的活动改到下午举行。", "陈明")]


def test_a_group_speaking_still_has_no_person() -> None:
    found = quotes_of("王建平讲完后，村民们纷纷表示，这条路修得好。", ["王建平"])
    assert all(q.speaker is None for q in found if q.kind != "term")


def test_telling_a_news_outlet_introduces_reported_speech() -> None:
    found = quotes_of("李大明告訴本報，工程已經在上月完成。", ["李大明"])
    assert speech(found) == [("indirect", "工程已經在上月完成。", "李大明")]


def test_enclosing_spans_answer_like_a_scan() -> None:
    from reader.attribution import Enclosing

    spans = [(10, 20), (12, 14), (30, 40), (35, 50)]
    index = Enclosing(spans)
    for start in range(0, 55):
        for end in range(start + 1, min(start + 12, 56)):
            expected = any(s <= start and end <= e for s, e in spans)
            assert index.holds(start, end) == expected, (start, end)
