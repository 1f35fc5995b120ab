"""Where a Chinese personal name starts and ends: surnames, given names, and the words around them.

Chinese writes no spaces, so a name's end is found by what follows it: punctuation, a verb of
saying (說, 表示 …), a particle or preposition (的, 在, 以, 對 …), a title (副局長) or another
clear boundary. A name is a surname (single, or compound like 歐陽) and a given name of one or
two characters; Hong Kong's married names put two surnames first (陳李美華). Foreign and
ethnic names are written in transliteration characters, often joined by a middle dot.

The word lists are small and hand-made; nothing is loaded from disk, so importing is instant.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable


def words(text: str) -> tuple[str, ...]:
    """A word list written as blank-separated text, the way it reads best in Chinese."""
    return tuple(text.split())


class WordList(tuple[str, ...]):
    """Words asked "does one start (or end) here?" at every place a name could end.

    ``str.startswith`` with a tuple compares the words one by one, slow for hundreds of them
    (the stop words, the titles); this looks the text up by length in sets. It also hashes
    once, as it is part of the cache key of :func:`name_end`. It equals the plain tuple of
    the same words."""

    _hash: int
    _tables: tuple[tuple[int, frozenset[str]], ...]

    def __new__(cls, items: Iterable[str]) -> WordList:
        self = super().__new__(cls, items)
        by_length: dict[int, set[str]] = {}
        for word in self:
            by_length.setdefault(len(word), set()).add(word)
        self._hash = tuple.__hash__(self)
        self._tables = tuple((n, frozenset(ws)) for n, ws in sorted(by_length.items()))
        return self

    def __hash__(self) -> int:
        return self._hash

    def starts_at(self, text: str, i: int) -> bool:
        """``text.startswith(self, i)``."""
        if i < 0 or i > len(text):
            return text.startswith(self, i)
        for n, ws in self._tables:  # noqa: SIM110 (a plain loop: any() costs a generator here)
            if text[i : i + n] in ws:
                return True
        return False

    def ends_at(self, text: str, lo: int, i: int) -> bool:
        """``text.endswith(self, lo, i)``."""
        if lo < 0 or i > len(text) or lo > i:
            return text.endswith(self, lo, i)
        for n, ws in self._tables:  # noqa: SIM110 (a plain loop: any() costs a generator here)
            if i - n >= lo and text[i - n : i] in ws:
                return True
        return False


def find_all(text: str, words: Iterable[str]) -> dict[str, list[int]]:
    """Every start of every word in ``text`` (overlapping ones too), ascending, in one pass.

    One ``str.find`` pass per word costs words × text, which grows fast on a long article
    naming thousands of people; this jumps between characters that start some word and looks
    the text there up by length."""
    by_length: dict[int, set[str]] = {}
    out: dict[str, list[int]] = {}
    for word in words:
        if word:
            by_length.setdefault(len(word), set()).add(word)
            out[word] = []
    if not out:
        return out
    lengths = sorted(by_length.items())
    firsts = re.compile("[" + re.escape("".join(sorted({w[0] for w in out}))) + "]")
    for m in firsts.finditer(text):
        k = m.start()
        for n, ws in lengths:
            piece = text[k : k + n]
            if piece in ws:
                out[piece].append(k)
    return out


def starts_with_any(text: str, i: int, items: tuple[str, ...]) -> bool:
    """``text.startswith(items, i)``, by lookups when ``items`` is a :class:`WordList`."""
    if isinstance(items, WordList):
        return items.starts_at(text, i)
    return text.startswith(items, i)

SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关焦俞左柳甘祝尚舒"
    "阮柯梅童凌霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴鲍华喻祁蒲房滕屈饶牟艾尤穆卓吉缪连芦麦褚娄窦戚岑景"
    "柏桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄仲虞敖佘池苑邝匡鞠荆冀郁胥班燕楚鄢谌奚粟冼蔺仝郜阚禹朴卿狄"
    "晁芮扈鹿邸雍辜裘亓邰赫逯茹慕亢嵇湛戎茅尉檀昝钮荀翦洪于季强薄"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶"
    "魯歐關駱藍鮑華饒繆連蘆麥婁竇閔鄔欒鄺荊諶藺闞鈕強"
    "习習赖賴付塗"
    "兰蘭宁寧费費符宫宮项項荣榮卜丛叢巩鞏宗卫衛危晏毕畢揭仇练練杭勾丘裴贝貝帅帥弓幸栗晋晉衡祖"
    "殳訾郗竺钭鈄羊汝糜鄂蔚隆贲賁惠邴储儲计計闻聞凤鳳容廉阙闕寿壽桓逄浦谯譙蒯弘禄祿巢须須"
)
"""Common single-character surnames in both scripts (about 300, from the census's most
frequent). Characters that are far more often ordinary words are in :data:`AMBIGUOUS_SURNAMES`
instead: a name starting with one is taken only where the context is strong."""

AMBIGUOUS_SURNAMES = frozenset(
    "区區应應师師包纪紀单單解查车車路席米花相原水门門云雲商利冷谈談明官言印银銀支海井母权權"
    "迟遲阳陽边邊农農麻楼樓铁鐵乌烏古东東初双雙展平丰豐植伊巴萨薩蒙沙宣封皮归歸战戰宿衣淡"
    "旷曠蓬续續时時代全盖蓋"
)
"""Surnames that are much more often ordinary words or their first character (区, 应, 路 …).
They start a name only in a strong context: right after a title (``議員區志明``), between
names of a list, or before a verb of saying when nothing but punctuation comes before."""

COMPOUND_SURNAMES = frozenset(
    words(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 夏侯 公孙 长孙 宇文 司徒 司空 轩辕 端木 独孤 南宫 "
    "西门 申屠 澹台 公冶 呼延 钟离 闻人 赫连 纳兰 万俟 百里 东郭 太史 濮阳 淳于 单于 拓跋 完颜 左丘 "
    "谷梁 公羊 梁丘 羊舌 宗政 闾丘 巫马 乐正 歐陽 司馬 諸葛 東方 尉遲 公孫 長孫 軒轅 獨孤 南宮 西門 "
    "澹臺 鍾離 聞人 赫連 納蘭 東郭 濮陽 單于 完顏 閭丘 巫馬 樂正 穀梁 鲜于 鮮于 仲孙 仲孫 叔孙 叔孫 "
    "漆雕 壤驷 壤駟 公良 夹谷 夾谷 宰父 段干 南郭 公西 亓官 司寇 颛孙 顓孫 太叔 子车 子車"
    )
)
"""Two-character surnames (歐陽, 司馬, 諸葛 …) in both scripts."""

NOT_GIVEN = frozenset(
    "的了是在与與及也都就还還又将將把被从從于於等们們今昨说說讲講称稱对對这這那此该該"
    "我你他她它者所并並即便仍已更最很不没沒个個各每些么麼吗嗎呢吧啊年日分秒次地"
    "市省县縣区區镇鎮村乡鄉局部委院校厅廳处處科司署办辦"
    "二三四五六七八九十两兩第号號位名副上下裡"
)
"""Characters that practically never stand in a given name: particles, pronouns, numbers,
units and the last characters of administrative words."""

_WORDY_GIVEN = frozenset(
    "後后裡里未邊边獨独討讨論论望舍走迟遲着著過过得然樣样麼么間间時时候處处面點点到去來来內内"
)
"""Characters that rarely stand in a given name but often follow the first character of a word;
checked only after an ambiguous surname (單獨, 商討後, 宿舍裡)."""

NOT_START = frozenset("曾已今昨到去再仍便即某")
"""Characters that can sit inside a given name but hardly begin one right after a surname."""

TITLE_LIKE = tuple(
    words(
        """
        先生 女士 小姐 太太 夫人 经理 經理 老师 老師 教授 博士 局长 局長 总 總 董 主任 书记 書記 部长 部長
        市长 市長 校长 校長 院长 院長 处长 處長 科长 科長 所长 所長 主席 会长 會長 社长 社長 律师 律師
        医生 醫生 师傅 師傅 老 阿姨 大爷 大爺 大妈 大媽 同学 同學 警官 总理 總理 省长 省長 县长 縣長 区长
        區長 书 書
        """
    )
)
"""Words that make ``王經理`` a surname with a title, not a full name."""

_KIN_WORDS = frozenset("太伯叔嫂婆姐哥爺爷嬸婶姨生公")
"""One character after a surname that makes a form of address (林太, 陳伯, 張生), not a name."""

COMMON_WORDS = frozenset(
    words(
        """
        高管 高层 高層 高级 高級 高度 高效 高质量 高質量 高新 高校 高速 高铁 高鐵 高中 高考 高峰 高温 高溫
        高位 高端 高等 高价 高價 高原 高楼 高樓 高于 高於 高水平 高标准 高標準 高达 高達 方面 方式 方案
        方向 方法 方针 方針 方便 方能 方可 方才 方位 方舱 方艙 金融 金额 金額 金门 金門 金华 金華 金牌
        金属 金屬 金价 金價 金砖 金磚 文化 文件 文章 文明 文物 文字 文艺 文藝 文旅 文创 文創 文学 文學
        文献 文獻 文本 文体 文體 石油 石化 石家庄 石家莊 石头 石頭 安全 安排 安置 安徽 安装 安裝 安定 安居
        安心 安保 安防 安监 安監 常委 常务 常務 常态 常態 常住 常规 常規 常年 常见 常見 常用 常设 常設
        王牌 王国 王國 王者 王府井 全面 全国 全國 全市 全省 全县 全縣 全区 全區 全体 全體 全部 全球 全年
        万元 萬元 万人 萬人 万亿 萬億 万家 萬家 万吨 萬噸 万户 萬戶 江苏 江蘇 江西 江门 江門 江北 江浙
        江汉 江漢 江岸 江边 江邊 黄金 黃金 黄河 黃河 黄山 黃山 黄浦 黃浦 黄埔 黃埔 黄色 黃色 周年 周边
        周邊 周末 周期 周围 周圍 周一 周二 周三 周四 周五 周六 周日 周内 周內 周刊 林业 林業 林地 林区
        林區 马来西亚 馬來西亞 马路 馬路 马上 馬上 马拉松 馬拉松 任何 任务 任務 任职 任職 任期 任命 任内
        任內 任意 程度 程序 程式 成为 成為 成功 成立 成果 成效 成本 成员 成員 成绩 成績 成熟 成长 成長
        成都 成交 成就 成型 史上 史无前例 史無前例 董事 董事长 董事長 董事会 董事會 温度 溫度 温州 溫州
        温暖 溫暖 温和 溫和 康复 康復 康养 康養 施政 施工 施行 施策 关于 關於 关键 關鍵 关注 關注 关系
        關係 关心 關心 关爱 關愛 关口 關口 关联 關聯 关税 關稅 关闭 關閉 于是 于此 许多 許多 许可 許可
        许久 許久 华为 華為 华人 華人 华侨 華僑 华裔 華裔 华南 華南 华北 華北 华东 華東 华中 華中 华府
        華府 华夏 華夏 管理 管控 管制 管道 管辖 管轄 管委会 管委會 管网 管網 强化 強化 强调 強調 强大 強大
        强度 強度 强劲 強勁 强烈 強烈 强制 強制 强国 強國 连续 連續 连接 連接 连锁 連鎖 连日 連日 连同
        連同 连年 連年 连任 連任 连线 連線 连带 連帶 曲线 曲線 曲折 龙头 龍頭 龙江 龍江 齐全 齊全 齐心
        齊心 易于 易於 尚未 尚有 尚需 尚不 尚在 游客 遊客 游戏 遊戲 游泳 游览 遊覽 严格 嚴格 严重 嚴重
        严肃 嚴肅 严厉 嚴厲 严峻 嚴峻 严控 嚴控 武汉 武漢 武器 武装 武裝 武警 梅州 苏州 蘇州 苏北 蘇北
        苏南 蘇南 苏联 蘇聯 常州 吉林 吉安 吉祥 季度 钱包 錢包 雷达 雷達 潘多拉 景区 景區 景点 景點 景观
        景觀 景气 景氣 孔子 宋代 唐代 明代 元代 汉代 漢代 甘肃 甘肅 曾经 曾經 曾任 范围 範圍 范畴
        童年 童话 薄弱 艾滋 卓越 麦当劳 麥當勞 邵阳 邵陽 包括 习惯 習慣 习俗 習俗 习题 習題 赖以 賴以
        付出 付款 付费 付費 付诸 付諸 高盛 高通 安永 华润 華潤 万达 萬達 吉利 苏宁 蘇寧 方正 龙湖 龍湖
        金山 华泰 華泰 申万 申萬 金句 常常 高兴 高興 全力 万分 萬分 温馨 溫馨 高喊 高呼 高声 高聲 严正 嚴正
        宁可 寧可 宁愿 寧願 宁波 寧波 宁夏 寧夏 宁静 寧靜 宁德 寧德 费用 費用 费率 費率 符合 符号 符號
        宫殿 宮殿 项目 項目 荣誉 榮譽 荣幸 榮幸 荣耀 榮耀 卜卦 丛书 叢書 丛林 叢林 巩固 鞏固 宗教 宗旨 宗族
        卫生 衛生 卫星 衛星 卫健委 衛健委 卫视 衛視 危险 危險 危机 危機 危害 危房 毕竟 畢竟 毕业 畢業
        揭示 揭牌 揭幕 揭晓 揭曉 揭露 仇恨 练习 練習 杭州 勾勒 丘陵 贝壳 貝殼 帅气 帥氣 幸福 幸运 幸運 幸好
        晋升
        晉升 晋级 晉級 晋江 晉江 衡量 衡阳 衡陽 祖国 祖國 祖先 祖籍 羊肉 羊毛 糜烂 鄂州 蔚来 蔚來 蔚蓝
        蔚藍 隆重 惠州 惠及 惠民 惠农 惠農 惠企 储备 儲備 储蓄 儲蓄 储能 儲能 计划 計劃 計畫 计算 計算
        计量 計量 闻名 聞名 凤凰 鳳凰 应邀 應邀 应对 應對 应用 應用 应急 應急 应当 應當 应该 應該 区域
        區域 单位 單位 路线 路線 明确 明確 海外 海关 海關 平台 平臺 展开 展開 原来 原來 相关 相關
        容易 容量 容纳 容納 容器 容忍 廉政 廉洁 廉潔 廉价 廉價 寿命 壽命 弘扬 弘揚 浦东 浦東 须知 須知
        须要 須要 巢湖 禄口 祿口
        全程 全新 全民 全员 全員 全域 全会 全會 全然 时间 時間 时候 時候 时代 時代 时期 時期 时常 時常 时刻
        時刻 时尚 時尚 代理 代替 代价 代價 代码 代碼 盖章 蓋章
        """
    )
)
"""Ordinary words that begin with a surname character (高管, 方面, 金融 …): never a name."""

PLACE_ENDINGS = frozenset("州市省县縣区區镇鎮村乡鄉国國方队隊府")
"""A two-character "name" ending like this is a place (常州, 江門市)."""

NAME_SUFFIX_WORDS = tuple(
    words(
        """
        讲座 講座 讲席 講席 大道 纪念 紀念 故居 基金 中学 中學 小学 小學 学校 學校 医院 醫院 定理 猜想
        效应 效應 方程 原理 思想 理论 理論 主义 主義 铜像 銅像 塑像 广场 廣場 大厦 大廈 图书馆 圖書館
        纪念馆 紀念館 研究院 学院 學院 们 們 奖学金 獎學金
        """
    )
)
"""Words after a name that make it part of another name (杨振宁讲座教授, 逸夫医院) or a group."""

_NAME_SUFFIX_CHAR = re.compile(
    r"(?:奖(?![励金])|獎(?![勵金])|杯(?!子)|号(?![召称稱])|號(?![召称稱])|路(?![过過上])|街(?!头|頭))"
)
"""One-character endings of named things (邵逸夫奖, 中山路) unless they start a common word (奖励, 号召)."""

STOP_WORDS = tuple(
    sorted(
        set(
            words(
                """
                说 說 讲 講 称 稱 问 問 表示 认为 認為 指出 介绍 介紹 强调 強調 透露 坦言 回应 回應 直言
                说道 說道 提到 提出 解释 解釋 补充 補充 告诉 告訴 建议 建議 呼吁 呼籲 重申 回答 写道 寫道
                相信 希望 觉得 覺得 坦承 承认 承認 宣布 宣佈 质疑 質疑 反驳 反駁 否认 否認 证实 證實 披露
                预计 預計 分析 感叹 感嘆 笑言 笑称 笑稱 批评 批評 主张 主張 发言 發言 谈到 談到 谈及 談及
                问道 問道 答道 回到 回国 回國 指 在 以 对 對 的 于 於 是 和 与 與 及 也 都 就 还 還 又 则
                則 将 將 把 被 从 從 向 为 為 等 们 們 今 昨 明天 明日 明年 前往 到 来 來 去 已 并 並 即
                便 更 仍 再 当时 當時 获 獲 荣获 榮獲 生于 生於 出生 同志 先生 女士 小姐 一行 一直 一再
                一度 一手 一边 一邊 同 采访 採訪 率 带 帶 会见 會見 出席 出任 主持 参加 參加 参观 參觀
                考察 调研 調研
                花了 多年
                放弃 放棄 了 着 著 过 過 得 地 陪同 亲自 親自 首度 首次 分别 分別 随后 隨後 接受 接见 接見
                听取 聽取 作为 作為 做 进行 進行 看 见 見 因 由 跟 给 給 让 讓 代表 担任 擔任 现任 現任 兼
                任 所 亦 总结 總結 正式 先后 先後 当选 當選 毕业 畢業 同时 同時 同样 同樣 曾 这 這 那 其
                该 該 此 个 個 上午 下午 晚上 早上 上周 今年 去年 近日 日前 近期 目前 不 没 沒 未 只 共 均
                特别 特別 已经 已經 正在 刚 剛 很 最 较 較 非常 致 发表 發表 发布 發布 撰文 研究 从事 從事
                长期 長期 带领 帶領 率领 率領 或 连 連 经过 經過 用 拿 应 應 要 能 会 會 得到 获得 獲得
                成为 成為 认 認 问及 問及 打 开始 開始 起来 出来 出來 乘 赴 抵 访问 訪問 看望 慰问 慰問
                来到 來到 讨论 討論 签署 簽署 颁发 頒發 授予 寫 写 还是 還是 以及 之后 之後 之前 时 時 后
                後 通报 通報 宣读 宣讀 部署 传达 傳達 汇报 匯報 致辞 致辭 讲话 講話 作了 解读 解讀 要求
                表态 表態 通过 通過 带队 帶隊 率队 率隊 视察 視察 检查 檢查 督导 督導 走访 走訪 会晤 會晤
                签约 簽約 颁奖 頒獎 获悉 獲悉 称赞 稱讚 感谢 感謝 祝贺 祝賀 致信 回信 批示 指示 抵达 抵達
                到达 到達 宣誓 就任 辞职 辭職 被捕 被判 获判 獲判 出庭 否决 否決 投票 当天 當天 本人 自己
                昨晚 今晚 早前 号召 號召 体验 體驗 体会 體會 路过 路過
                """
            )
        ),
        key=len,
        reverse=True,
    )
)
"""Words that end a name when they follow it: verbs of saying, particles, prepositions, time words."""

_STOPS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _stop in STOP_WORDS:  # longest first, as STOP_WORDS is sorted
    _STOPS_BY_FIRST[_stop[0]] = (*_STOPS_BY_FIRST.get(_stop[0], ()), _stop)

_STOP_LIST = WordList(STOP_WORDS)

WEAK_STOPS = frozenset("为為刚剛和致连連会會应應率带帶兼任用能要来來同")
"""One-character stop words that also often end a given name (馬大為, 王志剛, 李連)."""

TRANSLIT = frozenset(
    "阿埃艾爱愛安昂奥奧巴拜班邦蜜保鲍鮑贝貝本比彼毕畢宾賓波伯博布查察楚达達戴黛丹道德登邓鄧迪蒂丁东東"
    "杜敦顿頓多厄恩尔爾法范菲费費芬丰豐佛夫弗福伏盖蓋甘冈岡高戈格根古瓜圭哈海汉漢豪赫黑亨洪侯胡华華"
    "怀懷霍基吉加贾賈简簡杰傑金卡凯凱坎康考柯科克肯孔库庫夸拉莱萊来來兰蘭朗劳勞乐樂勒雷蕾黎里利莉丽"
    "麗连連良林琳留卢盧鲁魯陆陸路伦倫罗羅洛马馬玛瑪迈邁麦麥曼梅门門蒙米明莫默姆穆纳納娜乃奈南内內尼"
    "妮涅宁寧纽紐努诺諾欧歐帕潘庞龐佩彭皮平珀普齐齊奇琪恰乔喬切钦欽琼瓊丘让讓热熱若瑞萨薩塞赛賽桑"
    "瑟森沙莎山善尚绍紹舍什史士斯松苏蘇索塔泰坦汤湯唐特提廷通图圖托瓦万萬旺威韦韋维維温溫文沃乌烏"
    "伍武西希锡錫席夏香肖萧蕭谢謝辛休许許雅亚亞扬揚耶叶葉伊依因英尤于约約扎泽澤詹兹茲佐祖买買提"
    "力古丽麗努尔爾吐逊遜合木克拜則则热熱依买買孜阿卜都拉不京雪吾弗基米翰密娃娅婭芙薇丝絲茨奇罗羅顿頓朗迪蓬倍霍沙俄蘭兰柯泊川宏賴赖"
    "得侖仑崙迦伽喀奎昆龙龍隆墨摩露朵嘉珊茜莲蓮贡貢澳姬霞汀妲弥彌斐"
)
"""Characters used to transliterate foreign and minority names (特朗普, 阿卜杜拉, 买买提)."""

NAME_DOTS = "·・•‧･"
"""Middle dots that join the parts of a foreign or ethnic name."""

_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_BLANKS = " \t\u3000\u00a0"


def is_han(ch: str) -> bool:
    """A Chinese character (not punctuation, digit or Latin)."""
    return len(ch) == 1 and ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def surname_length(text: str, i: int, strong: bool = False) -> int:
    """Length of the surname starting at ``i`` (2 for 歐陽, 1 for 王), or 0 if none starts there.

    ``strong``: the context says a name starts here, so an ambiguous surname (區, 應) counts."""
    if text[i : i + 2] in COMPOUND_SURNAMES:
        return 2
    if i < len(text) and (text[i] in SINGLE_SURNAMES or (strong and text[i] in AMBIGUOUS_SURNAMES)):
        return 1
    return 0


def stop_word_at(text: str, i: int) -> str | None:
    """The boundary word (說, 表示, 在 …) starting at ``i``, if any."""
    for word in _STOPS_BY_FIRST.get(text[i : i + 1], ()):
        if text.startswith(word, i):
            return word
    return None


MANNER_VERBS = frozenset("笑哭嘆叹接指看望搖摇點点含拍握抹")
"""Verbs that with 着 say how someone speaks (笑着說, 接着说): never the end of a given name then."""

_SAYING_STARTS = frozenset("說说表講讲問问答回稱称道補补指告")


def manner_at(text: str, i: int) -> int:
    """Length of a manner adverbial at ``i`` right before a verb of saying: ``笑着``, ``接著``,
    ``高興地``, ``激动地`` (two characters and 地). The name before it ends at ``i``."""
    if text[i + 1 : i + 2] in ("着", "著") and text[i : i + 1] in MANNER_VERBS:
        return 2
    if text[i + 2 : i + 3] == "地" and text[i + 3 : i + 4] in _SAYING_STARTS:
        return 3 if is_han(text[i]) and is_han(text[i + 1]) else 0
    return 0


def is_boundary(text: str, i: int, extra: tuple[str, ...] = ()) -> bool:
    """A name may end before ``i``: end of text, anything not a Chinese character, or a stop word."""
    if i >= len(text) or not is_han(text[i]):
        return True
    return (
        _STOP_LIST.starts_at(text, i)
        or (bool(extra) and starts_with_any(text, i, extra))
        or manner_at(text, i) > 0
    )


def name_suffix_at(text: str, i: int) -> bool:
    """What follows makes the name part of another name (杨振宁讲座) or a group (學員們)."""
    return text.startswith(NAME_SUFFIX_WORDS, i) or _NAME_SUFFIX_CHAR.match(text, i) is not None


@functools.lru_cache(maxsize=65536)
def plausible_name(name: str, strong: bool = False) -> bool:
    """Shape check for a Chinese name: surname, one or two given characters, not a common word.

    ``strong`` (a title right before it): an ambiguous surname counts, and a three-character
    name may start with a two-character word (副局長高新華: 高新 is a word, 高新華 a name)."""
    if not 2 <= len(name) <= 4 or not _HAN_RUN.fullmatch(name):
        return False
    sl = surname_length(name, 0, strong)
    if sl == 1 and name[0] in AMBIGUOUS_SURNAMES:
        if len(name) != 3:
            return False  # 記者展示: an ambiguous surname needs a two-character given name
        word = stop_word_at(name, 0)
        if word is not None and len(word) > 1:
            return False  # 主任路過時說: 路過 is a verb
        if name[0] in name[1:] or not _WORDY_GIVEN.isdisjoint(name[1:]):
            return False  # 院長商討後表示, 主任邊走邊說: words, not names
    if not sl:
        return False
    given = name[sl:]
    if not given or len(given) > (3 if sl == 1 and given[0] in SINGLE_SURNAMES else 2):
        return False
    if not NOT_GIVEN.isdisjoint(given) or given[0] in NOT_START:
        return False
    if given.startswith(TITLE_LIKE) or given in _KIN_WORDS:
        return False  # 王經理, 陳女士, 林太, 陳伯: a surname and a form of address
    if len(given) == 2 and given[0] == given[1] and given[0] in _KIN_WORDS:
        return False  # 鄺婆婆, 李伯伯: a form of address said twice
    word = stop_word_at(given, 0)
    if word is not None and len(word) > 1 and len(given) > 1:
        return False  # 曾表示 is 曾 + 表示, not a name
    common = next((w for w in _COMMON_BY_FIRST.get(name[0], ()) if name.startswith(w)), None)
    bypass = strong and len(name) == 3 and len(common or "") == 2 and name[0] not in AMBIGUOUS_SURNAMES
    if common is not None and not bypass:
        return False
    return not (len(name) == 2 and name[-1] in PLACE_ENDINGS)


_COMMON_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in COMMON_WORDS:
    _COMMON_BY_FIRST.setdefault(_word[0], ())
    _COMMON_BY_FIRST[_word[0]] += (_word,)


def name_lengths(text: str, start: int, strong: bool = False) -> list[int]:
    """Possible lengths of a Chinese name starting at ``start``, shortest first."""
    sl = surname_length(text, start, strong)
    if not sl:
        return []
    lengths = [sl + 1, sl + 2]
    if sl == 1 and start + 1 < len(text) and text[start + 1] in SINGLE_SURNAMES:
        lengths.append(4)  # 陳李美華: husband's and own surname, then the given name
    return lengths


@functools.lru_cache(maxsize=8192)
def name_end(
    text: str, start: int, limit: int | None = None, extra: tuple[str, ...] = (), strong: bool = False
) -> int | None:
    """End of a name starting at ``start`` when a boundary clearly follows it, else None.

    The shortest plausible name followed by a boundary wins: ``張丹對比`` is 張丹, ``孟永生在`` is 孟永生.
    ``extra`` adds boundary words the caller knows of (a title that follows: ``罗晓燕秘书长``);
    ``strong`` is for a context that announces a name (see :func:`plausible_name`).
    """
    stop = len(text) if limit is None else min(limit, len(text))
    for n in name_lengths(text, start, strong):
        end = start + n
        if end > stop:
            break
        name = text[start:end]
        if not plausible_name(name, strong) or _holds_manner(text, start + 1, end):
            continue  # 鍾伯笑着說, 周笑着說: 笑 with 着 is how he speaks, not his name
        if is_boundary(text, end, extra) or end == stop:
            if name_suffix_at(text, end):
                return None
            # 馬大為說, 王志剛主持: a weak stop can be the name's last character.
            longer = end + 1 <= stop and plausible_name(text[start : end + 1], strong)
            longer = longer and _weak_stop(text, end, extra) and is_boundary(text, end + 1, extra)
            if longer and not name_suffix_at(text, end + 1):
                return end + 1
            return end
    return None


def _holds_manner(text: str, lo: int, hi: int) -> bool:
    """A manner adverbial (:func:`manner_at`) starts inside ``text[lo:hi]``."""
    return any(text[k] in MANNER_VERBS and manner_at(text, k) for k in range(lo, hi))


def _weak_stop(text: str, i: int, extra: tuple[str, ...]) -> bool:
    """The boundary at ``i`` is only a one-character word that often ends a given name."""
    return (
        text[i : i + 1] in WEAK_STOPS
        and (stop_word_at(text, i) or "") == text[i]
        and not starts_with_any(text, i, extra)
    )


def foreign_name_span(
    text: str, dot: int, lo: int = 0, first: int | None = None
) -> tuple[int, int] | None:
    """The whole dotted name around the middle dot at ``dot`` (唐納德·特朗普, 阿卜杜拉·买买提).

    Before the first dot the name runs back over transliteration characters, or from
    ``first`` when the caller knows where it starts (right after a title); after each dot a
    part runs on over Chinese characters until a stop word (普京在 → 普京)."""
    if dot >= len(text) or text[dot] not in NAME_DOTS:
        return None
    start = dot
    if first is not None:
        start = first
    while first is None and start > lo and dot - start < 10 and text[start - 1] in TRANSLIT:
        start -= 1
    if dot - start < 1:
        return None
    end = dot
    parts = 1
    while end < len(text) and text[end] in NAME_DOTS:
        nxt = end + 1
        while nxt < len(text) and nxt - end <= 8 and is_han(text[nxt]):
            # 買買提出席: 提 belongs to the name when a stop word starts right after it.
            glued = text[nxt] in TRANSLIT and stop_word_at(text, nxt + 1) is not None
            if nxt > end + 1 and stop_word_at(text, nxt) is not None and not glued:
                break
            nxt += 1
        if nxt == end + 1:
            break
        end = nxt
        parts += 1
    if parts < 2 or end - start < 3:
        return None
    return start, end


def translit_name_end(text: str, start: int) -> int | None:
    """End of an undotted transliterated name (卡馬拉, 特朗普) of 2–5 characters before a boundary."""
    end = start
    while end < len(text) and end - start < 5 and text[end] in TRANSLIT:
        if end > start and stop_word_at(text, end) is not None:
            break
        end += 1
    if end - start >= 2 and is_boundary(text, end):
        return end
    return None


def strip_blanks(text: str) -> str:
    """Text without the blanks Chinese articles use for spacing."""
    return text.strip(_BLANKS)
