"""More people and role rules (titles, lists, quoted names in roles, Latin names), on sentences of our own."""

from __future__ import annotations

import dataclasses

from reader.model import Person
from reader.parsing import parse_text
from reader.people import extract_people
from reader.roles import title_suffix


def people_in(body: str, title: str = "本地新聞") -> tuple[Person, ...]:
    doc = parse_text(f"{title}\n{body}\n")
    people = extract_people(doc)
    dataclasses.replace(doc, people=people)  # the model checks every offset
    return people


def roles(body: str, title: str = "本地新聞") -> dict[str, tuple[str, ...]]:
    return {p.name: p.role_texts for p in people_in(body, title)}


def test_any_chief_officer_is_a_title() -> None:
    assert title_suffix("公司首席技术官") == 5
    assert title_suffix("首席運營官") == 5
    assert title_suffix("首席") == 2
    assert title_suffix("公司官") == 0
    got = roles("公司创始人还有首席技术官严思博、首席运营官付佳宁。首席财务官罗成出席。")
    assert got == {"严思博": ("首席技术官",), "付佳宁": ("首席运营官",), "罗成": ("首席财务官",)}


def test_a_cued_list_takes_surnames_that_are_also_verbs() -> None:
    assert set(roles("项目负责人包括谈晓雯、褚一鸣。")) == {"谈晓雯", "褚一鸣"}
    assert set(roles("名单如下：谈晓雯、解明远。")) == {"谈晓雯", "解明远"}
    assert set(roles("入选的项目负责人包括褚一鸣、谈晓雯等9人。")) == {"褚一鸣", "谈晓雯"}
    assert set(roles("获奖的有褚一鸣、谈晓雯等三人。")) == {"褚一鸣", "谈晓雯"}


def test_a_list_of_things_stays_no_people() -> None:
    assert roles("活动包括谈心、查房、解答。") == {}
    assert roles("项目包括谈判、查询等。") == {}
    assert roles("他们看了电视、电影等三项。") == {}


def test_a_title_counted_for_several_is_no_single_persons() -> None:
    assert roles("今天听四位局长谈民生，大家都很关心。") == {}
    assert roles("两名记者王大力、李小川来了。") == {"王大力": ("记者",), "李小川": ("记者",)}
    assert roles("三位院士张海峰、李明光、王成出席。")["王成"] == ("院士",)
    assert roles("第三名选手刘明表示，很满意。") == {"刘明": ("第三名选手",)}
    assert roles("一位老师王小明说，很好。") == {"王小明": ("老师",)}


def test_a_short_quoted_name_stays_inside_a_role() -> None:
    assert roles("市委“两新”工委书记邬建平出席。") == {"邬建平": ("市委“两新”工委书记",)}
    assert roles("「青苗計劃」項目主任林家明表示，會做好。") == {"林家明": ("「青苗計劃」項目主任",)}
    assert roles("他提出“两新”，书记邬建平出席。") == {"邬建平": ("书记",)}
    assert roles("他说“今天我们一起努力，好吗”书记邬建平笑了。")["邬建平"] == ("书记",)


def test_a_latin_name_with_accents_in_brackets() -> None:
    body = "45歲的馬丁內斯（José Martínez）是當地一家書店的老闆。"
    assert roles(body) == {"馬丁內斯": ("當地一家書店的老闆",)}
    assert set(roles("市長穆尼奧斯（Ramón Muñoz Ibáñez）表示，會盡快修復。")) == {"穆尼奧斯"}


def test_a_bare_descriptor_cues_the_name_but_is_no_role() -> None:
    assert roles("村民王大明表示，路修好了。") == {"王大明": ()}
    assert roles("60歲的居民林一鳴說，很方便。") == {"林一鳴": ()}
    assert roles("清河社區居民林一鳴說，很方便。") == {"林一鳴": ("清河社區居民",)}
