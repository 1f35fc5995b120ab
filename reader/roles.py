"""Roles and titles as Chinese news writes them around a name.

News puts a person's organisation and title right before the name, several roles separated by
commas (``中國應急管理學會理事,重慶市委專家組成員,…系主任、博士生導師王林``): a comma starts a new
role, while ``、`` joins titles that belong together and stays inside one role. A title can also
follow the name (``孟永生副局長``), and the text can say it with 是 (``卡馬拉…是海灣廣播公司的總裁``).
Roles are kept exactly as written; these functions only decide where each one starts and ends.
"""

from __future__ import annotations

import re

from reader.names import words

TITLE_WORDS = frozenset(
    words(
        """
        外长 外長 外相 国务卿 國務卿 防长 防長 财长 財長 警长 警長 市议员 市議員
        总经济师 總經濟師 经济师 經濟師 督学 督學 办事员 辦事員 专员 專員 特派员 特派員 辅警 輔警
        书记员 書記員
        审判员 審判員 陪审员 陪審員 公证员 公證員 仲裁员 仲裁員 护士长 護士長 药剂师 藥劑師 辅导员 輔導員
        支书 支書 网格员 網格員 义工 義工 讲解员 講解員 播音员 播音員 摄影师 攝影師 技术员 技術員 技师 技師
        党员 黨員 策略师 策略師 交易员 交易員 股东 股東 控制人 代表人 董秘 创业者 創業者 获奖者 獲獎者
        参赛者 參賽者 消费者 消費者 投资者 投資者 爱好者 愛好者 研究者 作者 译者 譯者 老人 老伯 阿婆
        CEO CFO CTO COO 主教练 主教練 教練 球星 门将 門將 前锋 前鋒 后卫 後衛 队员 隊員
        司机 司機 工人 厨师 廚師 保安 快递员 快遞員 店员 店員 渔民 漁民 牧民 商人 会计 會計 程序员 程序員
        受害人 受害者 嫌疑人 嫌犯 被告 原告 死者 伤者 傷者 患者 病人 家属 家屬 目击者 目擊者 当事人 當事人
        校对 校對 审校 審校 监制 監製 统筹 統籌 美编 美編 编审 編審 责编 責編
        领导 領導 委员长 委員長 次长 次長 主委 执行长 執行長 里长 里長
        选手 選手 球手 棋手 车手 車手 立委 主帅 主帥 队长 隊長 总教练 總教練
        主席 副主席 主任 副主任 委员 委員 书记 書記 秘书 秘書 秘书长 秘書長 局长 局長 部长 部長 院长 院長
        市长 市長 县长 縣長 区长 區長 省长 省長 镇长 鎮長 乡长 鄉長 村长 村長 校长 校長 所长 所長 处长
        處長 科长 科長 厅长 廳長 司长 司長 署长 署長 行长 行長 会长 會長 社长 社長 馆长 館長 站长 站長
        台长 台長 组长 組長 队长 隊長 团长 團長 董事长 董事長 理事长 理事長 总裁 總裁 总监 總監 总经理
        總經理 经理 經理 总工程师 總工程師 工程师 工程師 规划师 規劃師 设计师 設計師 建筑师 建築師 律师
        律師 会计师 會計師 医师 醫師 医生 醫生 教师 教師 老师 老師 教授 副教授 研究员 研究員 调研员 調研員
        科员 科員 专家 專家 顾问 顧問 导师 導師 博士 院士 学者 學者 记者 記者 编辑 編輯 主编 主編 总编辑
        總編輯 作家 董事 理事 监事 監事 常委 政委 参事 參事 代表 成员 成員 发言人 發言人 负责人 負責人
        创始人 創始人 创办人 創辦人 合伙人 合夥人 主持人 总统 總統 总理 總理 首相 大使 领事 領事 长官 長官
        执行官 執行官 官员 官員 主管 干事 幹事 助理 特首 议员 議員 议长 議長 法官 检察官 檢察官 检察长
        檢察長 警官 将军 將軍 司令 司令员 司令員 参谋长 參謀長 主播 导演 導演 演员 演員 歌手 运动员 運動員
        教练 教練 队员 隊員 球员 球員 校友 学生 學生 村民 居民 市民 农民 農民 网友 網友 志愿者 志願者 员工
        員工 店主 老板 老闆 科学家 科學家 企业家 企業家 投资人 投資人 分析师 分析師 经济学家 經濟學家
        巡视员 巡視員 督察 总督 總督 州长 州長 教宗 总书记 總書記 党委书记 黨委書記 首席 主任科员 主任科員
        通讯员 通訊員 实习生 實習生 摄影记者 攝影記者 特约记者 特約記者 理事会主席 董事会主席 董事會主席
        行政总裁 行政總裁 首席执行官 首席執行官 副总裁 副總裁 副总经理 副總經理 会士 會士 讲师 講師 研究生
        博士生 硕士生 碩士生 政治家 军事家 軍事家 艺术家 藝術家 画家 畫家 作曲家 音乐家 音樂家 书法家
        書法家 思想家 哲学家 哲學家 历史学家 歷史學家 社会学家 社會學家 数学家 數學家 物理学家 物理學家
        化学家 化學家 生物学家 生物學家 天文学家 天文學家 外交家 慈善家 收藏家 评论家 評論家 小说家 小說家
        诗人 詩人 翻译家 翻譯家 研究人员 研究人員 总干事 總幹事 干部 幹部 社工 护士 護士 警察 民警 法医
        法醫 审计师 審計師 咨询师 諮詢師 策展人 制片人 製片人 园长 園長 场长 場長 厂长 廠長 矿长 礦長 庭长
        庭長 舰长 艦長 机长 機長 船长 船長 店长 店長 首长 首長 军长 軍長 师长 師長 旅长 旅長 营长 營長
        连长 連長 排长 排長 班长 班長 总长 總長 关长 關長 审判长 審判長 监狱长 監獄長
        博士后 博士後 业主 業主 屋主 户主 戶主 房东 房東 租户 租戶 摊主 攤主 车主 車主 船东 船東 农户 農戶
        养殖户 養殖戶 种植户 種植戶 联合创始人 聯合創始人 主理人 主厨 主廚 馆员 館員 教研员 教研員 校医 校醫
        护工 護工 保育员 保育員 环卫工 環衛工 翻译 翻譯 导游 導遊 飞行员 飛行員 乘务员 乘務員 列车长 列車長
        驾驶员 駕駛員 邮递员 郵遞員 营业员 營業員 收银员 收銀員 服务员 服務員 安全员 安全員 质检员 質檢員
        调度员 調度員 消防员 消防員 营运长 營運長 财务长 財務長 协调员 協調員 观察员 觀察員 联络员 聯絡員
        监督员 監督員 评委 評委 裁判 评审 評審 编剧 編劇 制作人 製作人 传承人 傳承人 手艺人 手藝人 匠人
        带头人 帶頭人 领头人 領頭人 掌门人 掌門人 会员 會員 社员 社員 本科生 大学生 大學生 中学生 中學生
        小学生 小學生 毕业生 畢業生 留学生 留學生 家长 家長 访问学者 訪問學者 博主 主讲人 主講人 发起人 發起人
        主将 主將 河长 河長 湖长 湖長 林长 林長 网格长 網格長 楼长 樓長 街长 街長
        嘉宾 嘉賓 评论员 評論員 访问学者 訪問學者
        业者 業者 骑手 騎手 摊贩 攤販 小贩 小販 商贩 商販 菜贩 菜販 个体户 個體戶
        茶农 茶農 果农 果農 菜农 菜農 花农 花農 瓜农 瓜農 棉农 棉農 粮农 糧農 烟农 煙農 药农 藥農 蕉农 蕉農
        承包人 经营者 經營者 从业者 從業者 劳动者 勞動者 建设者 建設者 义务讲解员 學員 学员 村医 村醫
        """
    )
)
"""Titles a role ends with (副局長, 總規劃師, 博士生導師, 行政長官 …), both scripts."""

TITLE_MAX = max(len(w) for w in TITLE_WORDS)

ORG_SUFFIXES = tuple(
    sorted(
        words(
            """
            研究所 研究院 研究中心 大学 大學 学院 學院 联合会 聯合會 协会 協會 学会 學會 委员会 委員會
            基金会 基金會 公司 集团 集團 银行 銀行 医院 醫院 中心 实验室 實驗室 事务所 事務所 电视台
            電視台 电视 電視 电台 電台 报社 報社 杂志 雜誌 日报 日報 时报 時報 政府 法院 检察院 檢察院 局
            部 厅 廳 处 處 办 辦 委 院 所 会 會 社 馆 館 校 中学 中學 小学 小學 站 队 隊 组 組 团 團 台 科
            室 系 企业 企業 工厂 工廠 基地 园区 園區
            """
        ),
        key=len,
        reverse=True,
    )
)
"""Endings of organisation names; an organisation alone can be a role (江南材料研究所许峰)."""

SPLIT_COMMAS = ",，"
"""Separate roles: ``理事,重慶市委專家組成員``. ``、`` does not split (``書記、副局長``)."""

_CUTTERS = re.compile(
    r"在[^，。,、；]{1,8}?(?:與|与|和|同|跟)|"  # 在柏林與法國總統: "with" after a place
    r"身兼|兼任|作为|作為|担任|擔任|现任|現任|出任|时任|時任|曾任|了|(?<![自理经經缘緣])由|被|让|讓|"
    r"(?<![申])(?:请|請)|邀请|邀請|(?<![数數证證])(?:根据|根據|据|據)|"
    r"(?<![绝絕相面针針应應])(?:对|對)(?![外口])|(?<![方导導面趋趨走动動])向|跟|给|給|是|"
    r"(?<![现現存正所实實内內外])在(?![读讀职職任校])|从|從|把|(?<![门門主名大老小猛干幹宿])(?:将|將)(?![军軍])|包括|例如|"
    r"采访|採訪|会见|會見|会晤|會晤|看望|探望|慰问|慰問|陪同|率领|率領|带领|帶領|听取|聽取|感谢|感謝|"
    r"问及|問及|追问|追問|回应|回應|表示|指出|认为|認為|(?<![名职職简簡号號])(?:称|稱)|(?<!小)(?:说|說)|"
    r"介绍|介紹|强调|強調|以及|出席|参加|參加|主持(?!人|建築師|建筑师|設計師|设计师|律師|律师|工程師|工程师|工作)|召开|召開|举行|舉行|(?<!收)(?:获|獲)(?![奖獎](?!者))|其中|"
    r"当中|當中|当时|當時|还有|還有|有着|有著|來自|来自|引述|引用|(?:訪問|访问)(?!學者|学者)|(?<!特)邀|"
    r"专访|專訪|(?<![信来來到回走专專受])(?:访|訪)(?!問學者|问学者)|"
    r"(?<![打探收旁偷])(?:听|聽)(?![证證众眾力])|"  # 聆听县长: listening is no part of the role
    r"(?:(?<=[他她我你们們])|(?<=大家))(?:与|與|和|同|为|為)"  # 他与县长: "with" after a person
)
"""Words after which a role begins: verbs and prepositions that a role never contains."""

_LEADING = re.compile(r"^(?:以及|及|和|与|與|暨|同|跟|并|並|、|或|—|-|－)+")
_TIME_PREFIX = re.compile(
    r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号號])?"
    r"(?:上午|下午|晚上|晚間|晚间|早上|中午|凌晨|傍晚|今天|昨天|今日|昨日|日前|近日|此前|目前|当天|當天)?"
)
_QUANTIFIER = re.compile(r"^(?:一名|一位|一個|一个|這位|这位|這名|这名|一家)")
COUNTED = re.compile(
    r"(?<!第)(?:[二两兩三四五六七八九十百千几幾多数數若干]+|[2-9]\d*|1\d+)[位名個个](?=[\u4e00-\u9fff]|$)"
)
"""Several people counted (``四位廳局長``, ``多名代表``): the title after it is theirs, no one person's."""
_CLAUSE_BREAKS = "。！？；：!?;:\n“”「」『』\"‘’【】〔〕[]／/|｜"
_OPEN_PARENS = "（("
_CLOSE_PARENS = "）)"


_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {}
for _title in TITLE_WORDS:
    _LENGTHS_BY_LAST[_title[-1]] = tuple(
        sorted({*_LENGTHS_BY_LAST.get(_title[-1], ()), len(_title)}, reverse=True)
    )


TITLE_LAST_CHARS = frozenset(_LENGTHS_BY_LAST) | frozenset("官师師家")
"""The last characters of every title :func:`title_suffix` finds: a text ending otherwise has none."""


def title_suffix(text: str) -> int:
    """Length of the title at the end of ``text`` (3 for …副局長's 副局長 → 局長 counts), or 0.

    Only the lengths of titles ending in the text's last character are tried: most text
    ends in no title at all, and this runs at every place a name could start."""
    if not text:
        return 0
    for n in _LENGTHS_BY_LAST.get(text[-1], ()):
        if n <= len(text) and text[-n:] in TITLE_WORDS:
            return n
    return chief_title_suffix(text) or job_noun_suffix(text)


_NOT_JOB_ENDINGS = frozenset(
    words(
        "人员 人員 动员 動員 裁员 裁員 减员 減員 满员 滿員 超员 超員 全员 全員 复员 復員 议员 議員 学员 學員"
        " 出师 出師 誓师 誓師 会师 會師 拜师 拜師 班师 班師 回师 回師 挥师 揮師 兴师 興師 京师 京師"
    )
)
"""Two-character endings in 员 or 师 that name no one's job (裁员, 动员, 誓师) or are listed
titles already."""


def job_noun_suffix(text: str) -> int:
    """``預報員``, ``播报员``, ``理发师``: a two-character task with 员 or 师 names a job, so
    every job need not be listed. 人员 and 学员们 say nobody in particular and stay out."""
    if len(text) < 3 or text[-1] not in "员員师師" or text[-2:] in _NOT_JOB_ENDINGS:
        return 0
    if not all("\u4e00" <= ch <= "\u9fff" for ch in text[-3:-1]):
        return 0
    return 3


_CHIEF_TITLE = re.compile(r"首席[\u4e00-\u9fff]{1,4}?(?:官|师|師|家)$")


def chief_title_suffix(text: str) -> int:
    """``首席技術官``, ``首席運營官``, ``首席經濟學家``: 首席 with any office is a title, so a
    company's officers need not all be listed."""
    if text[-1:] not in "官师師家":
        return 0
    m = _CHIEF_TITLE.search(text, max(0, len(text) - 8))
    return m.end() - m.start() if m else 0


def org_suffix(text: str) -> int:
    """Length of the organisation ending at the end of ``text``, or 0."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", text) if text.endswith(("）", ")")) else text
    if not core.endswith(ORG_SUFFIXES):
        return 0
    for suffix in ORG_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            return len(suffix) + (len(text) - len(core))
    return 0


_TITLE_PREFIX = re.compile(r"(?:常务|常務|执行|執行|名誉|名譽|荣誉|榮譽|副|总|總|前|原)?")
_LENGTHS_BY_FIRST: dict[str, tuple[int, ...]] = {}
for _title in TITLE_WORDS:
    _LENGTHS_BY_FIRST[_title[0]] = tuple(
        sorted({*_LENGTHS_BY_FIRST.get(_title[0], ()), len(_title)}, reverse=True)
    )


def title_at(text: str, i: int) -> int:
    """Length of a title starting at ``i`` (``副局長`` after 孟永生), with 副/總/常務 … prefixes.

    The prefix is matched in place (never on a copy of the rest of the text, which made this
    quadratic on long articles) and only the lengths of titles starting with the character
    found are tried, longest first."""
    prefix = _TITLE_PREFIX.match(text, i)
    lead_max = prefix.end() - i if prefix else 0
    for lead in (lead_max, 0) if lead_max else (0,):
        start = i + lead
        room = len(text) - start
        for n in _LENGTHS_BY_FIRST.get(text[start : start + 1], ()):
            if n <= room and text[start : start + n] in TITLE_WORDS:
                return lead + n
    return 0


def clause_start(text: str, lo: int, end: int) -> int:
    """Where the clause holding ``text[.. end]`` begins, going back no further than ``lo``.

    Sentence punctuation, quote marks and commas end it; an opening bracket does too unless
    its closing one lies inside (``胡恩有線電視（Horn Cable TV）的總裁``)."""
    depth = 0
    i = end
    while i > lo:
        ch = text[i - 1]
        if ch in _CLOSE_PARENS:
            depth += 1
        elif ch in _OPEN_PARENS:
            if depth == 0:
                return i
            depth -= 1
        elif ch in _QUOTE_CLOSERS and (opener := quoted_name_start(text, lo, i - 1)) is not None:
            i = opener  # 區“綠芽”工程主任: a short quoted name inside the role
            continue
        elif ch in _CLAUSE_BREAKS or ch in SPLIT_COMMAS or (depth == 0 and ch in " \t\u3000"):
            return i
        i -= 1
    return lo


_QUOTE_CLOSERS = {"”": "“", "」": "「", "』": "『", "’": "‘"}
_QUOTED_NAME_MAX = 10


def quoted_name_start(text: str, lo: int, close: int) -> int | None:
    """Where the short quoted name closed at ``close`` opens (``“晨光書屋”店長``), or
    None when the quote is speech: long, holding punctuation, or opening nowhere near."""
    opener = _QUOTE_CLOSERS[text[close]]
    k = text.rfind(opener, max(lo, close - _QUOTED_NAME_MAX - 1), close)
    if k < 0 or close - k < 2:
        return None
    inner = text[k + 1 : close]
    if any(not (ch.isalnum() or ch in "·・-+&") for ch in inner):
        return None
    return k


def trim_role(text: str, start: int, end: int) -> int:
    """Move ``start`` past verbs, conjunctions and time words that cannot open a role."""
    segment = text[start:end]
    last_end = 0
    for cut in _CUTTERS.finditer(segment):
        last_end = cut.end()
    start += last_end
    while True:
        seg = text[start:end]
        stripped = seg.lstrip(" \t\u3000")
        if stripped[:1] in _OPEN_PARENS:
            close = re.compile(r"[）)]").search(text, end - len(stripped), end)
            if close is not None:
                start = close.end()  # （中央社記者…電）美國總統: the dateline is no part of the role
                continue
        m = _LEADING.match(stripped) or _TIME_PREFIX.match(stripped)
        q = _QUANTIFIER.match(stripped)
        step = len(seg) - len(stripped)
        if m and m.end():
            step += m.end()
        elif q and q.end() and len(stripped) - q.end() >= 2:
            step += q.end()
        if step == 0:
            return start
        start += step


def is_role(text: str, org_ok: bool = False) -> bool:
    """A title (or, next to the name, an organisation) ends it, and it reads as a noun phrase."""
    if len(text) < 2 or len(text) > 60:
        return False
    if text[0] in "的之" or re.search(r"[。！？；]", text):
        return False
    if title_suffix(text):
        return True
    return org_ok and org_suffix(text) > 0


def split_at_de(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``攝影學會副會長的《晨報》圖片編輯`` is two roles; ``基金會的輪值主席`` one.

    At the last 的: a title before it makes two roles, an organisation before it keeps one,
    anything else (``40歲的``, ``參加會議的``) is dropped.
    """
    seg = text[start:end]
    de = seg.rfind("的")
    if de <= 0 or de == len(seg) - 1:
        return [(start, end)]
    left, right = seg[:de], seg[de + 1 :]
    if not is_role(right, org_ok=True):
        return [(start, end)]
    if title_suffix(left) and is_role(left):
        return [(start, start + de), (start + de + 1, end)]
    if org_suffix(left):
        return [(start, end)]
    return [(start + de + 1, end)]


def roles_before(text: str, lo: int, name_start: int, org_ok: bool = True) -> list[tuple[int, int]]:
    """Roles written right before a name, earliest first, as (start, end) spans of ``text``.

    The clause right before the name is the nearest role; earlier comma-separated clauses are
    more roles while each of them ends with a title and holds no verb.
    """
    end = name_start
    while end > lo and text[end - 1] in " \t\u3000":
        end -= 1
    start = clause_start(text, lo, end)
    start = trim_role(text, start, end)
    if end - start > 2 and text[end - 1] == "的" and title_suffix(text[start : end - 1]):
        end -= 1  # 作為大會主席的王某: the title before 的 is the role
    counted = COUNTED.search(text, start, end)
    if counted:
        start = counted.end()  # 兩名記者王某、李某: each is a 記者
    role = text[start:end]
    if not is_role(role, org_ok=org_ok):
        return []
    found = [(s, e) for s, e in split_at_de(text, start, end) if text[s:e] not in DESCRIPTORS]
    if not found:
        return []
    # Earlier roles joined by commas.
    while start > lo + 1 and text[start - 1] in SPLIT_COMMAS:
        prev_end = start - 1
        prev_start = clause_start(text, lo, prev_end)
        prev = text[prev_start:prev_end]
        if not prev or _CUTTERS.search(prev) or _LEADING.match(prev) or not is_role(prev):
            break
        if re.match(r"\d", prev) or "的" in prev:
            break
        found[:0] = [(prev_start, prev_end)]
        start = prev_start
    return found


DESCRIPTORS = frozenset(words("居民 市民 村民 网友 網友 游客 遊客 民众 民眾 路人 乘客 街坊"))
"""Words that describe someone (``70歲的村民X``) and cue the name, but hold no post: alone they
are no role; with a place or organisation (``東街社區居民``) they are."""


APPOINTED = re.compile(
    r"(?:任命|提名|聘任|聘請|聘请|推舉|推举|推選|推选|選舉|选举|委任|增補|增补)[^，。、；]{1,5}$"
)
"""Words before a name after which 為 gives the post: ``任命王某為局長``."""


_COPULA = re.compile(r"[ \t\u3000]*(?:是|現任|现任|擔任|担任|出任|現為|现为|系)")
_COPULA_APPOINTED = re.compile(r"[ \t\u3000]*(?:是|現任|现任|擔任|担任|出任|現為|现为|系|为|為)")
COPULA_START = _COPULA_APPOINTED
"""Every copula :func:`role_after_copula` may take: where none follows there is no role to read."""


def role_after_copula(text: str, after_name: int, limit: int) -> tuple[int, int] | None:
    """``卡倫（Karen Diaz）是海灣廣播公司（Gulf Radio）的總監，`` → the role after 是."""
    copula = _COPULA
    if APPOINTED.search(text, max(0, after_name - 12), after_name):
        copula = _COPULA_APPOINTED  # 任命王某為市規劃局局長
    m = copula.match(text, after_name, max(after_name, limit))
    if not m:
        return None
    start = m.end()
    end = start
    depth = 0
    while end < limit:
        ch = text[end]
        if ch in _OPEN_PARENS:
            depth += 1
        elif ch in _CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in _CLAUSE_BREAKS or ch in SPLIT_COMMAS or ch in "、"):
            break
        end += 1
    q = _QUANTIFIER.match(text[start:end])
    if q and end - start - q.end() >= 2:
        start += q.end()
    role = text[start:end]
    if role.endswith("之一"):
        end -= 2
        role = text[start:end]
    if not title_suffix(role) or not is_role(role) or _CUTTERS.search(role.replace("的", "")):
        return None
    return start, end


def role_in_brackets(text: str, after_name: int) -> tuple[int, int] | None:
    """``王大海（南方大學教授）表示``: a role in brackets right after the name."""
    if text[after_name : after_name + 1] not in ("（", "("):
        return None
    close = re.compile(r"[）)]").search(text, after_name + 1, after_name + 42)
    if close is None:
        return None
    start, end = after_name + 1, close.start()
    role = text[start:end]
    if not title_suffix(role) or not is_role(role) or _CUTTERS.search(role) or re.search(r"\d", role):
        return None
    return start, end
