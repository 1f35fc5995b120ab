"""More people and role rules (titles, lists, quoted names in roles, Latin names), on sentences of our own."""

from __future__ import annotations

import dataclasses

from reader.analysis import analyse
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
    got = roles("厂里请来了首席设计官孟可欣、首席品牌官简东。首席财务官罗成出席。")
    assert got == {"孟可欣": ("首席设计官",), "简东": ("首席品牌官",), "罗成": ("首席财务官",)}


def test_a_cued_list_takes_surnames_that_are_also_verbs() -> None:
    assert set(roles("评审专家包括谈文博、柯云飞。")) == {"谈文博", "柯云飞"}
    assert set(roles("名单如下：查文博、解志远。")) == {"查文博", "解志远"}
    assert set(roles("来访的客人中有柯云飞、谈文博等6人。")) == {"柯云飞", "谈文博"}
    assert set(roles("留下来的有柯云飞、解志远等三人。")) == {"柯云飞", "解志远"}


def test_a_list_of_things_stays_no_people() -> None:
    assert roles("活动包括谈心、查房、解答。") == {}
    assert roles("项目包括谈判、查询等。") == {}
    assert roles("他们看了电视、电影等三项。") == {}


def test_a_title_counted_for_several_is_no_single_persons() -> None:
    assert roles("今晚请五位处长谈发展，大家都来听。") == {}
    assert roles("两名记者王大力、李小川来了。") == {"王大力": ("记者",), "李小川": ("记者",)}
    assert roles("三位院士张海峰、李明光、王成出席。")["王成"] == ("院士",)
    assert roles("第三名选手刘明表示，很满意。") == {"刘明": ("第三名选手",)}
    assert roles("一位老师王小明说，很好。") == {"王小明": ("老师",)}


def test_a_short_quoted_name_stays_inside_a_role() -> None:
    assert roles("区“绿芽”工程主任包志清出席。") == {"包志清": ("区“绿芽”工程主任",)}
    assert roles("「青苗計劃」項目主任林家明表示，會做好。") == {"林家明": ("「青苗計劃」項目主任",)}
    assert roles("他提出“绿芽”，书记包志清出席。") == {"包志清": ("书记",)}
    assert roles("他说“今天我们一起努力，好吗”书记邹志清笑了。")["邹志清"] == ("书记",)


def test_a_latin_name_with_accents_in_brackets() -> None:
    body = "開車的馬丁內斯（José Martínez）是一家修車廠的技師。"
    assert roles(body) == {"馬丁內斯": ("修車廠的技師",)}
    assert set(roles("市長穆尼奧斯（Ramón Muñoz Ibáñez）表示，會盡快修復。")) == {"穆尼奧斯"}


def test_a_bare_descriptor_cues_the_name_but_is_no_role() -> None:
    assert roles("村民王大明表示，路修好了。") == {"王大明": ()}
    assert roles("60歲的居民林一鳴說，很方便。") == {"林一鳴": ()}
    assert roles("東街社區居民林一鳴說，很方便。") == {"林一鳴": ("東街社區居民",)}


def test_a_job_noun_in_yuan_or_yezhe_is_a_title() -> None:
    assert roles("社区网格员邹小雨说：“楼里的情况我最清楚。”") == {"邹小雨": ("社区网格员",)}
    assert roles("观测站播报员韩志远表示，明天有雨。") == {"韩志远": ("观测站播报员",)}
    assert roles("民宿业者孟雅婷说：「生意很好。」") == {"孟雅婷": ("民宿业者",)}
    assert title_suffix("气象台预报员") == 3
    assert roles("全体学员们说，很好。") == {}
    assert roles("相关人员说，很好。") == {}
    assert roles("小组成员说，很好。") == {}
    assert roles("工厂裁员说明了问题。") == {}


def test_a_job_noun_in_shi_and_common_trades_are_titles() -> None:
    assert roles("理发师韩志远说，今年好。") == {"韩志远": ("理发师",)}
    assert roles("茶农韩志远说，今年好。") == {"韩志远": ("茶农",)}
    assert roles("外卖骑手韩志远说，今年好。") == {"韩志远": ("外卖骑手",)}
    assert title_suffix("部队誓师") == 0
    assert title_suffix("两军会师") == 0


def test_a_verb_or_a_person_before_the_role_is_no_part_of_it() -> None:
    assert roles("学员们认真聆听县文旅局局长温佳讲解。") == {"温佳": ("县文旅局局长",)}
    assert roles("大家听村党支部书记俞小峰讲述。") == {"俞小峰": ("村党支部书记",)}
    assert roles("我们与县长韩志远交流。") == {"韩志远": ("县长",)}
    assert roles("大家为村支书韩志远鼓掌。") == {"韩志远": ("村支书",)}
    # 和 inside an organisation's name and 听 inside a word stay in the role
    assert roles("市自然资源和规划局局长韩志远说，很好。") == {"韩志远": ("市自然资源和规划局局长",)}
    assert roles("市听力中心主任韩志远说，很好。") == {"韩志远": ("市听力中心主任",)}


def test_a_name_ends_before_how_its_person_speaks() -> None:
    assert roles("“今年收成不错。”柯大海接着说。") == {"柯大海": ()}
    assert roles("“今年收成不错。”柯大海高兴地说。") == {"柯大海": ()}
    assert roles("柯大海激动地表示，很好。") == {"柯大海": ()}
    assert roles("“好。”85岁的柯海笑着说。") == {"柯海": ()}
    # 笑 with 着 is no given name: 钟伯 is a form of address (no name), and no 钟伯笑 is made up
    assert roles("“好。”85岁的钟伯笑着说。") == {}
    assert roles("“好。”85岁的老周笑着说。") == {}  # not 周笑


def test_the_speaker_of_a_quote_before_a_manner_adverbial() -> None:
    doc = analyse(parse_text("本地新闻\n“今年收成不错。”柯大海高兴地说。\n"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("今年收成不错。", "柯大海")]
