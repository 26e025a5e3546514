/**
 * Word lists for the synthetic corpus, one per writing system the benchmark covers (Latin: en, fr; Cyrillic: ru;
 * Arabic: ar; Han: zh; Thai: th). Frequent words come first; the generator favours the start of each list, so the
 * text has the word frequencies (and the search-index shape) of real news prose rather than of uniform noise.
 */
export const benchLocales = ['en', 'zh', 'fr', 'ru', 'ar', 'th'] as const
export type BenchLocale = (typeof benchLocales)[number]

export interface Lexicon {
  words: readonly string[]
  /** Joins the words of a sentence: a space, or nothing for scripts written without spaces between words. */
  wordJoiner: string
  /** Separates sentences (Thai marks them with a space, not a full stop). */
  sentenceEnd: string
  comma: string
  capitalize: boolean
}

const en = `the of and to in a on for with by that is was will as from at this its has have be are which
were an their it also not more than after between said under new all two other into about during
cooperation prosecutors office international justice court case cases law legal agreement countries
investigation evidence assistance mutual request requests extradition criminal crime crimes corruption
asset assets recovery money laundering officials meeting conference forum delegation regional national
public network joint team training experts judicial authorities ministry general attorney procurator
review report reports framework measures transnational cybercrime trafficking drugs human fraud
financial tax proceeds frozen confiscated returned million billion dollars year years month week
annual first second third secretariat member states partners partner agencies secretary minister
deputy chief director president representatives participants working group session sessions plenary
declaration memorandum understanding signed adopted agreed discussed reviewed presented announced
welcomed strengthened improved expanded launched completed continued supported shared exchanged
practical effective timely direct closer stronger common shared future recent current previous
senior central local border maritime digital online electronic data information channels contact
points liaison officers handbook guidelines standards principles rule convention treaty protocol
bilateral multilateral trilateral dialogue consultation visit visits capital city province region
south east west north asia africa europe pacific ocean sea river coast island summit ministers
prosecution prosecutor judges judge hearing trial verdict sentence sentenced appeal witnesses witness
victims protection rights fair due process transparency integrity accountability capacity building
workshop seminar course modules certificates cases studied lessons learned progress challenges
priorities steps next plan action programme project funding support technical secretariat archives`
  .split(/\s+/)

const fr = `le la les de des du et à en un une pour par sur dans avec au aux qui que est a été sont ont
sera ses son leur leurs plus entre après lors ainsi également cette ce ces deux autres tous
coopération procureurs parquet international internationale justice cour affaire affaires droit accord
pays enquête preuves entraide judiciaire demande demandes extradition pénal pénale crime crimes
corruption avoirs recouvrement blanchiment argent responsables réunion conférence forum délégation
régional régionale national nationale public réseau équipe commune formation experts autorités
ministère général procureur rapport rapports cadre mesures transnational cybercriminalité trafic
stupéfiants êtres humains fraude financier fiscale produits gelés confisqués restitués millions
milliards dollars année années mois semaine annuel annuelle premier première deuxième troisième
secrétariat États membres partenaires agences secrétaire ministre adjoint chef directeur président
représentants participants groupe travail session séance plénière déclaration protocole entente signé
adopté convenu examiné présenté annoncé salué renforcé amélioré élargi lancé achevé poursuivi soutenu
échangé pratique efficace rapide directe étroite renforcée commun avenir récent actuel précédent
haut central local frontière maritime numérique ligne électronique données informations canaux points
contact officiers liaison manuel lignes directrices normes principes état convention traité
bilatéral multilatéral dialogue consultation visite visites capitale ville province région sud est
ouest nord asie afrique europe pacifique océan mer fleuve côte île sommet ministres poursuites juges
juge audience procès verdict peine condamné appel témoins témoin victimes protection droits équitable
procédure transparence intégrité responsabilité renforcement capacités atelier séminaire cours modules
certificats études leçons apprises progrès défis priorités étapes prochaines plan action programme
projet financement soutien technique archives`.split(/\s+/)

const ru = `и в на с по о что к для из от за как это его их был была были будет также не более между
после при во время два других все все
сотрудничество прокуроры прокуратура международный международного правосудие суд дело дела право
соглашение страны страна расследование доказательства правовая помощь взаимная запрос запросы
экстрадиция уголовное преступление преступления коррупция активы возвращение отмывание денег
должностные лица встреча конференция форум делегация региональный национальный публичный сеть
совместная группа обучение эксперты судебные органы министерство генеральный прокурор обзор доклад
доклады рамки меры транснациональная киберпреступность торговля наркотики людьми мошенничество
финансовый налоговый доходы заморожены конфискованы возвращены миллионов миллиардов долларов год
года лет месяц неделя ежегодный первый второй третий секретариат государства члены партнеры
партнерские ведомства секретарь министр заместитель руководитель директор председатель представители
участники рабочая сессия пленарное заседание декларация меморандум понимании подписан принят
согласован обсужден рассмотрен представлен объявлен приветствовал укреплено улучшено расширено
запущен завершен продолжен поддержан обмен практический эффективный своевременный прямой тесный
общий будущее недавний текущий предыдущий высокий центральный местный граница морской цифровой
онлайн электронный данные информация каналы контактные пункты офицеры связи руководство принципы
стандарты верховенство конвенция договор протокол двусторонний многосторонний диалог консультации
визит столица город провинция регион юг восток запад север азия африка европа тихий океан море река
побережье остров саммит министры обвинение судьи судья слушание процесс приговор апелляция свидетели
свидетель потерпевшие защита права справедливый процедура прозрачность добросовестность
подотчетность потенциал семинар курс модули сертификаты уроки прогресс вызовы приоритеты шаги план
действий программа проект финансирование поддержка техническая архив`.split(/\s+/)

const ar = `في من على إلى مع عن أن التي الذي هذا هذه كما بين بعد خلال قد كان كانت سوف أيضا جميع
و لا أكثر حول ذلك تلك
التعاون النيابة العامة المدعين الدولي الدولية العدالة المحكمة القضية القضايا القانون الاتفاق الدول
التحقيق الأدلة المساعدة القانونية المتبادلة طلب طلبات تسليم المجرمين الجنائية الجريمة الجرائم
الفساد الأصول استرداد غسل الأموال المسؤولين اجتماع مؤتمر منتدى وفد الإقليمي الوطني العام شبكة
فريق مشترك التدريب الخبراء السلطات القضائية وزارة النائب العام مراجعة تقرير التقارير إطار
التدابير العابرة للحدود الجرائم الإلكترونية الاتجار المخدرات بالبشر الاحتيال المالي الضريبي
العائدات المجمدة المصادرة المستردة مليون مليار دولار سنة سنوات شهر أسبوع السنوي الأول الثاني
الثالث الأمانة الدول الأعضاء الشركاء الوكالات الأمين الوزير نائب رئيس مدير ممثلي المشاركين
الفريق العامل الدورة الجلسة العامة إعلان مذكرة تفاهم وقع اعتمد اتفق ناقش استعرض قدم أعلن رحب
تعزيز تحسين توسيع إطلاق استكمال مواصلة دعم تبادل عملي فعال سريع مباشر أوثق مشترك المستقبل الأخير
الحالي السابق رفيع المركزي المحلي الحدود البحري الرقمي الإلكتروني البيانات المعلومات القنوات
نقاط الاتصال ضباط دليل المبادئ التوجيهية المعايير سيادة الاتفاقية المعاهدة البروتوكول الثنائي
متعدد الأطراف الحوار المشاورات زيارة العاصمة المدينة المقاطعة المنطقة الجنوب الشرق الغرب الشمال
آسيا أفريقيا أوروبا المحيط الهادئ البحر النهر الساحل الجزيرة القمة الوزراء الادعاء القضاة القاضي
جلسة المحاكمة الحكم الاستئناف الشهود الشاهد الضحايا الحماية الحقوق العادلة الإجراءات الشفافية
النزاهة المساءلة بناء القدرات ورشة عمل ندوة دورة وحدات شهادات الدروس المستفادة التقدم التحديات
الأولويات الخطوات التالية خطة العمل برنامج مشروع التمويل الدعم الفني المحفوظات`.split(/\s+/)

const zh = `的 和 在 与 对 是 了 将 为 中 及 等 并 也 由 从 已 向 这 其 各 双方 有关 进一步
合作 检察 检察院 检察官 国际 司法 法院 案件 法律 协议 国家 调查 证据 协助 互助 请求 引渡 刑事
犯罪 腐败 资产 追缴 洗钱 官员 会议 论坛 代表团 地区 区域 国家级 公共 网络 联合 工作组 培训 专家
主管机关 部门 总检察长 审查 报告 框架 措施 跨国 网络犯罪 贩运 毒品 人口 诈骗 金融 税务 收益 冻结
没收 返还 万元 亿元 美元 年度 年 月 周 首次 第二 第三 秘书处 成员国 伙伴 机构 秘书长 部长 副 主任
主席 代表 与会者 工作 会期 全体会议 宣言 备忘录 谅解 签署 通过 商定 讨论 审议 介绍 宣布 欢迎 加强
改善 扩大 启动 完成 继续 支持 交流 共享 务实 有效 及时 直接 密切 共同 未来 近期 当前 以往 高级
中央 地方 边境 海上 数字 在线 电子 数据 信息 渠道 联络点 联络官 手册 指南 标准 原则 法治 公约 条约
议定书 双边 多边 对话 磋商 访问 首都 城市 省 东部 西部 南部 北部 亚洲 非洲 欧洲 太平洋 海洋
河流 沿海 岛屿 峰会 部长们 起诉 法官 庭审 审判 判决 上诉 证人 被害人 保护 权利 公正 程序 透明
廉洁 问责 能力建设 研讨会 讲习班 课程 模块 证书 经验 教训 进展 挑战 优先事项 步骤 下一步 计划
行动 方案 项目 资金 技术 档案 机制 执法 边界 打击 预防 惩治 遣返 追逃 追赃 办案 联合调查 备案`
  .split(/\s+/)

const th = `และ ของ ใน ที่ การ ได้ ให้ กับ เป็น จะ มี โดย จาก ว่า ไป ซึ่ง นี้ ทั้ง ยัง ระหว่าง หลังจาก
ความร่วมมือ อัยการ สำนักงานอัยการ ระหว่างประเทศ ยุติธรรม ศาล คดี กฎหมาย ความตกลง ประเทศ การสอบสวน
พยานหลักฐาน ความช่วยเหลือ ทางอาญา คำร้องขอ ส่งผู้ร้ายข้ามแดน อาชญากรรม การทุจริต ทรัพย์สิน
การติดตาม การฟอกเงิน เจ้าหน้าที่ การประชุม เวที คณะผู้แทน ภูมิภาค แห่งชาติ สาธารณะ เครือข่าย
ทีมร่วม การฝึกอบรม ผู้เชี่ยวชาญ หน่วยงาน กระทรวง อัยการสูงสุด รายงาน กรอบ มาตรการ ข้ามชาติ
อาชญากรรมไซเบอร์ การค้า ยาเสพติด มนุษย์ ฉ้อโกง การเงิน ภาษี รายได้ อายัด ริบ คืน ล้าน พันล้าน
ดอลลาร์ ปี เดือน สัปดาห์ ประจำปี ครั้งแรก ครั้งที่สอง สำนักเลขาธิการ รัฐสมาชิก พันธมิตร หน่วยงาน
เลขาธิการ รัฐมนตรี รอง หัวหน้า ผู้อำนวยการ ประธาน ผู้แทน ผู้เข้าร่วม คณะทำงาน สมัยประชุม
การประชุมใหญ่ ปฏิญญา บันทึกความเข้าใจ ลงนาม รับรอง ตกลง หารือ ทบทวน นำเสนอ ประกาศ ยินดี เสริมสร้าง
ปรับปรุง ขยาย เปิดตัว แล้วเสร็จ ต่อเนื่อง สนับสนุน แลกเปลี่ยน ใช้ได้จริง มีประสิทธิภาพ ทันเวลา
โดยตรง ใกล้ชิด ร่วมกัน อนาคต ล่าสุด ปัจจุบัน ก่อนหน้า ระดับสูง ส่วนกลาง ท้องถิ่น ชายแดน ทางทะเล
ดิจิทัล ออนไลน์ อิเล็กทรอนิกส์ ข้อมูล ช่องทาง จุดติดต่อ เจ้าหน้าที่ประสานงาน คู่มือ แนวทาง มาตรฐาน
หลักการ หลักนิติธรรม อนุสัญญา สนธิสัญญา พิธีสาร ทวิภาคี พหุภาคี การเจรจา การปรึกษาหารือ การเยือน
เมืองหลวง เมือง จังหวัด ภาคใต้ ภาคตะวันออก ภาคเหนือ เอเชีย แอฟริกา ยุโรป แปซิฟิก มหาสมุทร ทะเล
แม่น้ำ ชายฝั่ง เกาะ การประชุมสุดยอด การฟ้องร้อง ผู้พิพากษา การพิจารณาคดี คำพิพากษา อุทธรณ์ พยาน
ผู้เสียหาย การคุ้มครอง สิทธิ เป็นธรรม กระบวนการ ความโปร่งใส ความซื่อตรง ความรับผิดชอบ
การเสริมสร้างศักยภาพ การสัมมนา หลักสูตร ประกาศนียบัตร บทเรียน ความคืบหน้า ความท้าทาย ลำดับความสำคัญ
ขั้นตอน แผนปฏิบัติการ โครงการ งบประมาณ ทางเทคนิค จดหมายเหตุ`.split(/\s+/)

export const lexicons: Record<BenchLocale, Lexicon> = {
  en: { words: en, wordJoiner: ' ', sentenceEnd: '. ', comma: ',', capitalize: true },
  fr: { words: fr, wordJoiner: ' ', sentenceEnd: '. ', comma: ',', capitalize: true },
  ru: { words: ru, wordJoiner: ' ', sentenceEnd: '. ', comma: ',', capitalize: true },
  ar: { words: ar, wordJoiner: ' ', sentenceEnd: '. ', comma: '،', capitalize: false },
  zh: { words: zh, wordJoiner: '', sentenceEnd: '。', comma: '，', capitalize: false },
  th: { words: th, wordJoiner: '', sentenceEnd: ' ', comma: ' ', capitalize: false },
}

/** Topics of the synthetic corpus, named in every benchmark locale. */
export const benchTopics: readonly Record<BenchLocale, string>[] = [
  { en: 'Asset recovery', zh: '资产追缴', fr: 'Recouvrement des avoirs', ru: 'Возвращение активов', ar: 'استرداد الأصول', th: 'การติดตามทรัพย์สินคืน' },
  { en: 'Anti-corruption', zh: '反腐败', fr: 'Lutte contre la corruption', ru: 'Противодействие коррупции', ar: 'مكافحة الفساد', th: 'การต่อต้านการทุจริต' },
  { en: 'Extradition', zh: '引渡', fr: 'Extradition', ru: 'Экстрадиция', ar: 'تسليم المجرمين', th: 'การส่งผู้ร้ายข้ามแดน' },
  { en: 'Mutual legal assistance', zh: '司法协助', fr: 'Entraide judiciaire', ru: 'Взаимная правовая помощь', ar: 'المساعدة القانونية المتبادلة', th: 'ความช่วยเหลือทางกฎหมายซึ่งกันและกัน' },
  { en: 'Cybercrime', zh: '网络犯罪', fr: 'Cybercriminalité', ru: 'Киберпреступность', ar: 'الجرائم الإلكترونية', th: 'อาชญากรรมไซเบอร์' },
  { en: 'Drug trafficking', zh: '毒品贩运', fr: 'Trafic de stupéfiants', ru: 'Незаконный оборот наркотиков', ar: 'الاتجار بالمخدرات', th: 'การค้ายาเสพติด' },
  { en: 'Human trafficking', zh: '人口贩运', fr: 'Traite des êtres humains', ru: 'Торговля людьми', ar: 'الاتجار بالبشر', th: 'การค้ามนุษย์' },
  { en: 'Money laundering', zh: '洗钱', fr: "Blanchiment d'argent", ru: 'Отмывание денег', ar: 'غسل الأموال', th: 'การฟอกเงิน' },
  { en: 'Judicial training', zh: '司法培训', fr: 'Formation judiciaire', ru: 'Судебное обучение', ar: 'التدريب القضائي', th: 'การฝึกอบรมด้านตุลาการ' },
  { en: 'Maritime crime', zh: '海上犯罪', fr: 'Criminalité maritime', ru: 'Морская преступность', ar: 'الجرائم البحرية', th: 'อาชญากรรมทางทะเล' },
  { en: 'Environmental crime', zh: '环境犯罪', fr: 'Criminalité environnementale', ru: 'Экологические преступления', ar: 'الجرائم البيئية', th: 'อาชญากรรมสิ่งแวดล้อม' },
  { en: 'Victim protection', zh: '被害人保护', fr: 'Protection des victimes', ru: 'Защита потерпевших', ar: 'حماية الضحايا', th: 'การคุ้มครองผู้เสียหาย' },
]

/** Issuing offices, for the articles' `source` field. */
export const benchSources: Record<BenchLocale, readonly string[]> = {
  en: ['International Cooperation Office', 'Secretariat', 'Press Office'],
  zh: ['国际合作局', '秘书处', '新闻办公室'],
  fr: ['Bureau de la coopération internationale', 'Secrétariat', 'Service de presse'],
  ru: ['Управление международного сотрудничества', 'Секретариат', 'Пресс-служба'],
  ar: ['مكتب التعاون الدولي', 'الأمانة', 'المكتب الإعلامي'],
  th: ['สำนักงานความร่วมมือระหว่างประเทศ', 'สำนักเลขาธิการ', 'สำนักงานประชาสัมพันธ์'],
}

/** ISO 3166-1 codes of the corpus's countries (names come from `Intl.DisplayNames` when created). */
export const benchCountries = [
  'CN', 'VN', 'TH', 'LA', 'KH', 'MM', 'MY', 'ID', 'PH', 'SG', 'BN', 'MN', 'RU', 'KZ', 'UZ', 'KG', 'TJ', 'PK',
  'IN', 'BD', 'LK', 'NP', 'FR', 'DE', 'IT', 'ES', 'GB', 'ZA', 'EG', 'NG', 'KE', 'MA', 'AE', 'SA', 'BR', 'AR',
] as const
