"""Roles around a name: where each starts and ends, and how several are split."""

from __future__ import annotations

from reader import roles as rl


def _roles_before(text: str, name: str) -> list[str]:
    i = text.index(name)
    return [text[s:e] for s, e in rl.roles_before(text, 0, i)]


def test_title_suffix_finds_the_longest_title() -> None:
    assert rl.title_suffix("市教育局副局長") == 2
    assert rl.title_suffix("市規劃局總工程師") == 4
    assert rl.title_suffix("市教育局") == 0


def test_org_suffix() -> None:
    assert rl.org_suffix("北京物理研究所") == 3
    assert rl.org_suffix("電視台（City TV）") > 0
    assert rl.org_suffix("北京物理") == 0


def test_enumeration_comma_stays_inside_one_role() -> None:
    assert _roles_before("市衛生局黨組書記、局長黃大年表示", "黃大年") == ["市衛生局黨組書記、局長"]


def test_commas_separate_roles() -> None:
    text = "省物理學會理事，省政府參事,南方大學物理系主任、教授何志遠說"
    assert _roles_before(text, "何志遠") == ["省物理學會理事", "省政府參事", "南方大學物理系主任、教授"]


def test_role_starts_after_a_verb() -> None:
    assert _roles_before("記者採訪了市規劃局局長丁一凡", "丁一凡") == ["市規劃局局長"]
    assert _roles_before("據市規劃局局長丁一凡介紹", "丁一凡") == ["市規劃局局長"]


def test_role_drops_a_leading_time() -> None:
    assert _roles_before("3月5日下午市長丁一凡", "丁一凡") == ["市長"]


def test_de_between_two_titles_splits_them() -> None:
    text = "身兼市作家協會副主席的《晨報》總編輯田甜"
    assert _roles_before(text, "田甜") == ["市作家協會副主席", "《晨報》總編輯"]


def test_de_after_an_organisation_keeps_one_role() -> None:
    assert _roles_before("城市論壇理事會的輪值主席方圓", "方圓") == ["城市論壇理事會的輪值主席"]


def test_de_after_an_age_is_not_a_role() -> None:
    assert _roles_before("年僅30歲的孔明亮", "孔明亮") == []


def test_a_group_word_is_not_a_role() -> None:
    assert _roles_before("網絡大咖孔明亮", "孔明亮") == []


def test_copular_role() -> None:
    text = "孔明亮是晨光電視（Dawn TV）的總監，常年在外奔波。"
    span = rl.role_after_copula(text, len("孔明亮"), len(text))
    assert span is not None
    assert text[span[0] : span[1]] == "晨光電視（Dawn TV）的總監"


def test_copula_without_a_title_gives_no_role() -> None:
    text = "孔明亮是第一位獲獎者。"
    assert rl.role_after_copula(text, len("孔明亮"), len(text)) is None


def test_title_after_a_name() -> None:
    text = "孟大川副局長"
    assert rl.title_at(text, 3) == 3
    assert rl.title_at("孟大川總理", 3) == 2


def test_a_dateline_in_brackets_is_no_part_of_a_role() -> None:
    text = "（本社記者台北5日電）國防部長丁一凡"
    assert _roles_before(text, "丁一凡") == ["國防部長"]


def test_with_after_a_place_starts_the_role() -> None:
    assert _roles_before("丁一凡在巴黎與西班牙首相", "首相") == []
    text = "丁一凡在巴黎與西班牙首相馬克"
    assert [text[s:e] for s, e in rl.roles_before(text, 3, text.index("馬克"))] == ["西班牙首相"]


def test_words_that_merely_contain_a_verb_do_not_cut_a_role() -> None:
    assert _roles_before("柏林自由大學政治學教授丁一凡", "丁一凡") == ["柏林自由大學政治學教授"]
    assert _roles_before("著名小說家丁一凡", "丁一凡") == ["著名小說家"]
    assert _roles_before("電視台節目主持人丁一凡", "丁一凡") == ["電視台節目主持人"]


def test_a_title_then_de_before_the_name() -> None:
    assert _roles_before("作為大會主席的丁一凡", "丁一凡") == ["大會主席"]
    assert _roles_before("年僅30歲的丁一凡", "丁一凡") == []


def test_hosting_starts_a_role_only_when_no_title_follows_it() -> None:
    assert _roles_before("事務所主持律師蔡明德表示", "蔡明德") == ["事務所主持律師"]
    assert _roles_before("會議由主持人方小雯介紹", "方小雯") == ["主持人"]


def test_more_occupations_are_titles() -> None:
    for role in ("博士後", "老屋業主", "非遺傳承人", "致富帶頭人"):
        assert rl.title_suffix(role) > 0, role


def test_titles_ending_in_jiang_and_prize_winning_attributes_are_not_cut() -> None:
    assert _roles_before("本场比赛，青松队门将韩一鸣扑出点球", "韩一鸣") == ["青松队门将"]
    assert _roles_before("获奖教师代表、市一中语文老师吴小满说", "吴小满") == ["获奖教师代表、市一中语文老师"]


def test_visiting_scholars_guests_and_commentators() -> None:
    assert _roles_before("南方大学访问学者邓一鸣说", "邓一鸣") == ["南方大学访问学者"]
    assert _roles_before("特邀嘉宾冯小雨说", "冯小雨") == ["特邀嘉宾"]
    assert _roles_before("受訪專家曹遠說", "曹遠") == ["受訪專家"]
    assert _roles_before("記者專訪市長王強", "王強") == ["市長"]
