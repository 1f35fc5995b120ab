"""People and roles by Chinese news conventions: one test per convention, the seed, the corpus.

Sentences here are written for the tests; the dev corpus is only read from ../shared.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import people as pr
from reader.documents import parse_path
from reader.model import Document, Person
from reader.parsing import parse_text
from reader.people import extract_people, titled_name

from .conftest import CORPUS, SEED, corpus_articles, load_gold, needs_corpus


def people_of(body: str, title: str = "本地新聞") -> tuple[Document, tuple[Person, ...]]:
    """Parse a small article (a title line, then the body) and extract its people."""
    doc = parse_text(f"{title}\n{body}\n")
    people = extract_people(doc)
    # The model checks every offset on construction.
    checked = dataclasses.replace(doc, people=people)
    return checked, people


def roles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.role_texts for p in people_of(body)[1]}


def person(people: tuple[Person, ...], name: str) -> Person:
    found = [p for p in people if p.name == name]
    assert found, f"{name} not among {[p.name for p in people]}"
    return found[0]


# --- the seed ---------------------------------------------------------------------------------


def test_seed_people_and_roles_directly() -> None:
    doc = parse_path(SEED)
    people = extract_people(doc)
    names = [p.name for p in people]
    assert len(people) == 15
    assert names[0] == "孟永生"
    assert names[-1] == "尚萌"
    by_name = {p.name: p.role_texts for p in people}
    assert by_name["孟永生"] == ("市住建局黨組副書記、副局長",)
    assert by_name["王林"] == (
        "中國應急管理學會理事",
        "重慶市委專家組成員",
        "重慶大學管理科學與房地產學院財務管理系主任、博士生導師",
    )
    assert by_name["林向前"] == ("市自然資源和規劃局總規劃師",)
    assert by_name["張丹"] == ("市發展改革委城鎮發展科科長",)
    # The editor in the credits is not a person of the story.
    assert "翟柯" not in names
    # 他 right after 高桂清 refers to him.
    kinds = [m.kind for m in person(people, "高桂清").mentions]
    assert kinds == ["name", "pronoun"]


@needs_corpus
def test_seed_matches_its_gold_exactly() -> None:
    gold = load_gold("00_luohe_training")
    people = extract_people(parse_path(SEED))
    assert len(gold["people"]) == 15
    assert {p.name: list(p.role_texts) for p in people} == {g["name"]: g["roles"] for g in gold["people"]}
    assert [p.name for p in people] == [g["name"] for g in gold["people"]]


@needs_corpus
def test_dev_corpus_scores() -> None:
    """People F1 ≥ 0.95 and roles F1 ≥ 0.90 over the dev corpus, by the scorer's matching."""
    tp = n_pred = n_gold = rtp = rn_pred = rn_gold = 0
    for name in corpus_articles():
        gold = load_gold(name)
        people = extract_people(parse_path(CORPUS / "articles" / f"{name}.txt"))
        gnames = {g["name"] for g in gold["people"]}
        pnames = {p.name for p in people}
        tp += len(gnames & pnames)
        n_pred += len(pnames)
        n_gold += len(gnames)
        groles = {(g["name"], r.replace("、", "")) for g in gold["people"] for r in g["roles"]}
        proles = {(p.name, r.replace("、", "")) for p in people for r in p.role_texts}
        rtp += len(groles & proles)
        rn_pred += len(proles)
        rn_gold += len(groles)

    def f1(t: int, p: int, g: int) -> float:
        return 2 * t / (p + g) if p + g else 1.0

    assert f1(tp, n_pred, n_gold) >= 0.95
    assert f1(rtp, rn_pred, rn_gold) >= 0.90


# --- conventions ----------------------------------------------------------------------------


def test_organisation_and_title_before_the_name() -> None:
    assert roles("市交通局黨組書記、局長陳大文在會上說，工程年底完工。") == {
        "陳大文": ("市交通局黨組書記、局長",)
    }
    assert roles("省农业厅副厅长刘晓东表示，今年粮食丰收。") == {"刘晓东": ("省农业厅副厅长",)}


def test_several_roles_joined_by_commas() -> None:
    text = "省物理學會理事,省政府參事，南方大學物理系主任、教授何志遠說，研究進展順利。"
    assert roles(text) == {"何志遠": ("省物理學會理事", "省政府參事", "南方大學物理系主任、教授")}


def test_an_organisation_alone_is_a_role_next_to_the_name() -> None:
    assert roles("東方物理研究所方曉獲得大獎。") == {"方曉": ("東方物理研究所",)}


def test_title_after_the_name() -> None:
    assert roles("孟大川副局長在會上作了發言。") == {"孟大川": ("副局長",)}
    assert roles("昨日，城北商會陳小芬秘書長等一行到訪。") == {"陳小芬": ("城北商會", "秘書長")}


def test_bylines_are_recognised_and_kept_as_credits() -> None:
    """A byline names the reporter, who is credited, not a person of the story (as the editor)."""
    text = "本報記者 王曉明 通訊員 李佳"
    hit = titled_name(text, text.index("王"), 0, 0)
    assert hit is not None and (hit.name, hit.kind) == ("王曉明", "byline")
    for body in (
        "本報記者 王曉明 通訊員 李佳\n今年全市糧食產量再創新高。",
        "〔記者林小明／台北報導〕市長陳大文今天表示，工程年底完工。",
        "（記者 張曉明 劉華）市長陳大文今天表示，工程年底完工。",
    ):
        assert [p.name for p in people_of(body)[1]] in ([], ["陳大文"]), body


def test_desk_credits_on_their_own_line_are_not_people() -> None:
    assert people_of("市長陳大文出席典禮。\n編輯 王曉明 校對 李佳")[1][0].name == "陳大文"
    assert len(people_of("市長陳大文出席典禮。\n編輯 王曉明 校對 李佳")[1]) == 1
    assert roles("《晨報》新聞編輯馬大凱今日表示不滿。") == {"馬大凱": ("《晨報》新聞編輯",)}


def test_reporter_in_the_story_is_a_person() -> None:
    _doc, people = people_of("記者王曉明在現場看到，工人們正在緊張施工。")
    assert [(p.name, p.role_texts) for p in people] == [("王曉明", ("記者",))]
    assert people[0].mentions[0].kind == "byline"


def test_names_in_brackets() -> None:
    _doc, people = people_of("身兼學會副主席的《晨報》總編輯田甜（Tina Tian）昨日到訪。")
    assert [p.name for p in people] == ["田甜"]
    assert people[0].role_texts == ("學會副主席", "《晨報》總編輯")
    assert [p.name for p in people_of("王大海（右）與客人握手。")[1]] == ["王大海"]
    assert [p.name for p in people_of("公司發言人（林志強）拒絕回應。")[1]] == ["林志強"]
    assert [p.name for p in people_of("此前獲獎的有黃子明(2015年)。")[1]] == ["黃子明"]
    assert roles("對此，王大海（南方大學經濟系教授）表示，前景樂觀。") == {"王大海": ("南方大學經濟系教授",)}


def test_comrade() -> None:
    assert [p.name for p in people_of("向張建國同志學習。")[1]] == ["張建國"]


def test_dotted_foreign_and_ethnic_names() -> None:
    got = roles("自治區主席艾力·買買提出席會議。")
    assert got == {"艾力·買買提": ("自治區主席",)}
    got = roles("外長約翰·史密斯在記者會上說，談判仍在繼續。")
    assert got == {"約翰·史密斯": ("外長",)}


def test_transliterated_names_after_titles() -> None:
    got = roles("德國國防部長范德賴恩表示，預算將增加。美國總統川普（Donald Trump）昨天發文。")
    assert got == {"范德賴恩": ("德國國防部長",), "川普": ("美國總統",)}


def test_copular_role() -> None:
    text = "45歲的杜安娜（Anna Du）是晨光電視（Dawn TV）的總監，平時很忙。"
    assert roles(text) == {"杜安娜": ("晨光電視（Dawn TV）的總監",)}


def test_lists_of_names() -> None:
    _doc, people = people_of("出席者有財經界名人陸海平、賀天明、鄭一帆，還有學者代表。")
    assert [p.name for p in people] == ["陸海平", "賀天明", "鄭一帆"]
    assert all(not p.roles for p in people)
    _doc, people = people_of("往屆得主：葛文清(2016年)、鄧小雲(2017年)，唐志、鄒海洋、潘俊(2018年)。")
    assert [p.name for p in people] == ["葛文清", "鄧小雲", "唐志", "鄒海洋", "潘俊"]


def test_two_character_speakers() -> None:
    assert [p.name for p in people_of("「我們會堅持。」馬雲說。")[1]] == ["馬雲"]
    assert [p.name for p in people_of("隨後，雷軍告訴記者，新車下月上市。")[1]] == ["雷軍"]
    # 表示 alone after two characters is as often a country or a firm.
    assert people_of("韓國表示，將與各方合作。高盛表示，看好前景。")[1] == ()


def test_a_title_before_a_list_belongs_to_every_name_in_it() -> None:
    got = roles("會議由市長劉建軍主持，副市長李強、張華出席。")
    assert got == {"劉建軍": ("市長",), "李強": ("副市長",), "張華": ("副市長",)}


def test_a_stop_character_can_end_a_given_name() -> None:
    assert roles("常務副市長王志剛主持會議。") == {"王志剛": ("常務副市長",)}
    assert roles("局長馬大為說，會盡快處理。") == {"馬大為": ("局長",)}


def test_weaker_cues_for_names_without_titles() -> None:
    for body, name in [
        ("今年52歲的王大明在這裡工作了30年。", "王大明"),
        ("在王建華的帶領下，村民們走上了致富路。", "王建華"),
        ("感謝陳大文先生的支持。", "陳大文"),
        ("受害人陳美美（化名）說，她很害怕。", "陳美美"),
    ]:
        assert [p.name for p in people_of(body)[1]] == [name], body
    assert [p.name for p in people_of("王大海、劉小軍等人參加了活動。")[1]] == ["王大海", "劉小軍"]


def test_appointments_and_profiles() -> None:
    got = roles("會議決定任命王大明為市規劃局局長，免去李小紅的市規劃局局長職務。")
    assert got == {"王大明": ("市規劃局局長",), "李小紅": ()}
    assert [p.name for p in people_of("王大明，男，漢族，1965年生，大學學歷。")[1]] == ["王大明"]


def test_delegation() -> None:
    assert [p.name for p in people_of("在負責人陪同下，王建國一行參觀了展廳。")[1]] == ["王建國"]


def test_later_mentions_merge_into_one_person() -> None:
    body = (
        "市衛生局局長孟大川昨日視察醫院。孟局長說，醫院要做好準備。"
        "他還表示，明年會增加床位。孟大川最後感謝醫護人員。"
    )
    doc, people = people_of(body)
    assert [p.name for p in people] == ["孟大川"]
    mentions = people[0].mentions
    assert [m.kind for m in mentions] == ["name", "surname_title", "pronoun", "name"]
    assert [m.text for m in mentions] == ["孟大川", "孟局長", "他", "孟大川"]
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)


def test_short_name_of_a_married_name() -> None:
    body = "議員陳黃美玲今早質疑政府做法。陳黃又說，不應浪費公帑。她稍後離開。"
    _doc, people = people_of(body)
    assert [p.name for p in people] == ["陳黃美玲"]
    assert [m.kind for m in people[0].mentions] == ["name", "short_name", "pronoun"]


def test_pronoun_follows_the_subject_and_keeps_gender() -> None:
    body = "主席林美華今早回應學者丁大同的批評，但她沒有正面回答。"
    _doc, people = people_of(body)
    lin = person(people, "林美華")
    assert [m.kind for m in lin.mentions] == ["name", "pronoun"]


def test_forms_of_address_are_not_names() -> None:
    body = "議員陳大強批評政府。住在觀塘的林太說，她會留在家中。"
    _doc, people = people_of(body)
    assert [p.name for p in people] == ["陳大強"]
    assert [m.kind for m in people[0].mentions] == ["name"]  # 她 is 林太, not him


def test_simplified_script() -> None:
    body = "中国城市学会副会长、南方大学教授赵明远认为，城市更新要以人为本。赵教授指出，要保护老街区。"
    _doc, people = people_of(body)
    assert [p.name for p in people] == ["赵明远"]
    assert people[0].role_texts == ("中国城市学会副会长、南方大学教授",)
    assert [m.kind for m in people[0].mentions] == ["name", "surname_title"]


def test_three_character_name_after_a_title_before_an_unknown_verb() -> None:
    assert roles("市水務局局長王文濤簽發了命令。") == {"王文濤": ("市水務局局長",)}
    assert people_of("書記于會上作了講話，主任金句頻出。")[1] == ()


def test_a_guessed_third_character_is_dropped_when_the_article_disagrees() -> None:
    body = "中國隊主教練李鐵排出了全新陣容。賽後，李鐵對球員的表現表示滿意。"
    _doc, people = people_of(body)
    assert [(p.name, p.role_texts, len(p.mentions)) for p in people] == [("李鐵", ("中國隊主教練",), 2)]


def test_interview_headline_and_deck() -> None:
    text = "專訪中國科學院院士王大宇：要敢於挑戰\n——訪南方物理研究所研究員王大宇\n記者：您最近在忙甚麼？\n"
    people = extract_people(parse_text(text + "王大宇：我們正在研製新一代衛星，希望明年完成。\n"))
    expected = [("王大宇", ("中國科學院院士", "南方物理研究所研究員"))]
    assert [(p.name, p.role_texts) for p in people] == expected


def test_compound_surnames_in_text() -> None:
    got = roles("董事歐陽明輝表示同意。作家司馬文說，寫作很苦。")
    assert got == {"歐陽明輝": ("董事",), "司馬文": ("作家",)}


def test_names_stop_at_verbs_and_particles() -> None:
    for body, name in [
        ("局長陳建說，今年會更好。", "陳建"),
        ("局長陳建表示，今年會更好。", "陳建"),
        ("局長陳建認為今年會更好。", "陳建"),
        ("局長陳建指出問題。", "陳建"),
        ("局長陳建介紹了情況。", "陳建"),
        ("局長陳建以身作則。", "陳建"),
        ("局長陳建在會上發言。", "陳建"),
        ("局長陳建對此很滿意。", "陳建"),
        ("局長陳建的看法不同。", "陳建"),
    ]:
        assert [p.name for p in people_of(body)[1]] == [name], body


@pytest.mark.parametrize(
    "body",
    [
        "大家紛紛表示，收穫很大。學員們認真聽講。",
        "市教育局表示，今年新建學校十所。",
        "北京、上海、廣州等城市房價上漲。江蘇、浙江、安徽三省聯合發文。",
        "局長表示要抓好落實，主任也指出了問題。",
        "該公司高管表示，明年將加大投入。有關方面指出，政策會延續。",
        "全國人民都很關心。高層表示，改革不會停。",
        "他在大學設立了李政道講座教授席位。",
    ],
)
def test_not_persons(body: str) -> None:
    assert people_of(body)[1] == ()


def test_captions_and_credits_are_not_people() -> None:
    text = "本地新聞\n市長陳大文出席典禮。\n圖片來源：本報記者 劉小東 攝\n來源：本地日報\n責編：吳小青\n"
    doc = parse_text(text)
    names = [p.name for p in extract_people(doc)]
    assert names == ["陳大文"]
    assert doc.meta.editor == "吳小青"


def test_people_in_order_of_first_appearance() -> None:
    body = "副市長黃海說，要抓緊。處長林一表示同意。黃海補充說，年底前完成。"
    _doc, people = people_of(body)
    assert [p.name for p in people] == ["黃海", "林一"]
    assert people[0].first_mention is not None and people[0].first_mention.start < people[1].mentions[0].start


def test_heading_introduces_a_person() -> None:
    text = (
        "訪談\n前言一段，說明背景和目的，比較長一些的文字。\n"
        "市文化局局長鄭一鳴：\n文化是城市的靈魂，我們要好好保護。\n"
    )
    people = extract_people(parse_text(text))
    assert [(p.name, p.role_texts) for p in people] == [("鄭一鳴", ("市文化局局長",))]


# --- each cue rule on its own ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "text", "name"),
    [
        (pr.titled_name, "市交通局局長陳大文在會上說", "陳大文"),
        (pr.org_name, "東方物理研究所方曉獲得大獎", "方曉"),
        (pr.name_with_title_after, "孟大川副局長在會上發言", "孟大川"),
        (pr.comrade_name, "向張建國同志學習", "張建國"),
        (pr.honoured_name, "感謝陳大文先生的支持", "陳大文"),
        (pr.aged_name, "今年52歲的王大明在這裡工作", "王大明"),
        (pr.led_name, "在王建華的帶領下", "王建華"),
        (pr.delegation_name, "王建國一行參觀了展廳", "王建國"),
        (pr.name_in_brackets, "發言人（林志強）拒絕回應", "林志強"),
        (pr.bracketed_name, "得主黃子明(2015年)", "黃子明"),
        (pr.speaker_name, "對此，王小雲表示同意", "王小雲"),
        (pr.copular_name, "孔明亮是晨光電視的總監，很忙", "孔明亮"),
        (pr.appointed_name, "任命王大明為市規劃局局長", "王大明"),
        (pr.dismissed_name, "免去李小紅的市規劃局局長職務", "李小紅"),
        (pr.profiled_name, "王大明，男，漢族", "王大明"),
        (pr.labelled_name, "王大宇：我們正在研製衛星", "王大宇"),
        (pr.dotted_name, "外長約翰·史密斯說", "約翰·史密斯"),
        (pr.titled_translit_name, "總統川普表示", "川普"),
    ],
)
def test_each_rule_alone(rule: pr.Rule, text: str, name: str) -> None:
    start = text.index(name)
    hit = rule(text, start, 0, 0)
    assert hit is not None and hit.name == name
    # The rule does not fire one character later.
    later = rule(text, start + 1, 0, 0)
    assert later is None or later.name != name


# --- generalising beyond the first articles ------------------------------------------------


def test_ambiguous_surname_after_a_title() -> None:
    assert roles("立法會議員區詠詩今日到場視察。") == {"區詠詩": ("立法會議員",)}
    assert roles("副縣長應家明主持會議。") == {"應家明": ("副縣長",)}


@pytest.mark.parametrize("body", ["區域發展規劃今天公佈。", "應急管理局表示將加強巡查。", "路面積水嚴重。"])
def test_ambiguous_surname_alone_is_no_person(body: str) -> None:
    assert roles(body) == {}


def test_ambiguous_surname_before_a_personal_verb() -> None:
    assert "單家俊" in roles("昨晚，單家俊說，比賽很精彩。")
    assert roles("昨晚，區政府表示會跟進。") == {}


def test_list_keeps_its_names_around_a_member_that_is_none() -> None:
    names = list(roles("入選者有周子安、吳家明、那英華、孫曉雯。"))
    assert names == ["周子安", "吳家明", "孫曉雯"]


def test_list_member_with_an_ambiguous_surname_between_two_names() -> None:
    assert list(roles("入選者有周子安、查明遠、孫曉雯。")) == ["周子安", "查明遠", "孫曉雯"]


def test_pair_with_bracketed_notes_and_pair_after_a_cue() -> None:
    assert list(roles("本屆得主：鄧一帆、葉思遠（化學組）。")) == ["鄧一帆", "葉思遠"]
    assert list(roles("入围名单为：王一帆、李思远。")) == ["王一帆", "李思远"]
    assert roles("北京、上海（直辖市）都在名单上。") == {}


def test_dotted_name_after_a_title_keeps_its_first_part() -> None:
    assert roles("總理蓓蒂娜·洛佩茲說，救援仍在進行。") == {"蓓蒂娜·洛佩茲": ("總理",)}


def test_a_dot_wins_over_a_chinese_reading() -> None:
    found = roles("主席安德烈·莫羅說，會議圓滿結束。")
    assert found == {"安德烈·莫羅": ("主席",)}


def test_dot_in_a_slogan_or_glued_to_a_word_is_no_name() -> None:
    assert roles("“智慧·未来”论坛今天开幕。") == {}
    assert roles("数字融合·创新大会今天在本市举行。") == {}


def test_more_title_words_and_a_role_not_cut_at_hosting() -> None:
    assert roles("博士后林子涵说，实验很顺利。") == {"林子涵": ("博士后",)}
    assert roles("業主陳家樂說，這裡很安靜。") == {"陳家樂": ("業主",)}
    assert roles("項目主持建築師黃志遠指出，工期很緊。") == {"黃志遠": ("項目主持建築師",)}


def test_byline_line_under_the_title_is_no_person() -> None:
    doc, people = people_of("本报记者 王晓明 通讯员 李华\n今天，市长张伟说，工作要抓紧。")
    assert [p.name for p in people] == ["张伟"]
    assert doc.meta.author == "王晓明"


# --- invariants ----------------------------------------------------------------------------

_ALPHABET = (
    "王李張陳林歐陽司馬局長主任教授記者表示說在的、，,。：:（）()·「」“” \n　"
    "市住建黨組副書記委員會研究所大學他她們同志先生年月日0123456789ABCabc"
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_extract_people_never_raises_and_offsets_hold(text: str) -> None:
    doc = parse_text(text)
    people = extract_people(doc)
    checked = dataclasses.replace(doc, people=people)
    for p in checked.people:
        assert p.mentions, p.name
        assert list(p.mentions) == sorted(p.mentions, key=lambda m: (m.start, m.end))
        for m in p.mentions:
            assert checked.text[m.start : m.end] == m.text
        for r in p.roles:
            assert checked.text[r.start : r.end] == r.text
    starts = [p.mentions[0].start for p in checked.people]
    assert starts == sorted(starts)


def test_a_second_name_joined_to_a_titled_one() -> None:
    assert list(roles("選手苗振宇和付小川分獲第四、第六名。")) == ["苗振宇", "付小川"]
    assert list(roles("主任李明和张家界市的代表见面。")) == ["李明"]
    assert list(roles("局长王强和李村主任说话。")) == ["王强"]


def test_dotted_name_without_a_title_and_its_last_part_later() -> None:
    _doc, people = people_of("据报道，彼得·穆勒昨天抵达。穆勒表示，行程很顺利。")
    assert [p.name for p in people] == ["彼得·穆勒"]
    assert [m.text for m in people[0].mentions] == ["彼得·穆勒", "穆勒"]


def test_an_age_and_an_epithet_before_a_name() -> None:
    assert roles("19歲的本土新星雷承恩以兩盤擊敗對手。") == {"雷承恩": ()}
    assert roles("村级河长闵德福每天巡河。") == {"闵德福": ("村级河长",)}
