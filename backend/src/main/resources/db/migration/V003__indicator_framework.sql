-- The indicator framework (培育标准): categories, 17 standard indicators and 4 bonus items,
-- versioned (edition) so that a round can freeze its edition and a later round can copy and change it.

create table framework (
  id          bigint generated always as identity primary key,
  name        varchar(128) not null,
  edition     int          not null,
  based_on_id bigint references framework (id),
  frozen      boolean      not null default false,
  version     bigint       not null default 0,
  created_at  timestamptz  not null default now(),
  updated_at  timestamptz  not null default now(),
  constraint framework_name_edition_key unique (name, edition)
);

create table indicator_category (
  id           bigint generated always as identity primary key,
  framework_id bigint       not null references framework (id) on delete cascade,
  code         varchar(8)   not null,
  title_zh     varchar(64)  not null,
  title_en     varchar(128) not null,
  position     int          not null,
  constraint indicator_category_code_key unique (framework_id, code)
);

create table indicator (
  id           bigint generated always as identity primary key,
  framework_id bigint       not null references framework (id) on delete cascade,
  category_id  bigint       not null references indicator_category (id) on delete cascade,
  code         varchar(8)   not null,
  kind         varchar(16)  not null,
  title_zh     varchar(128) not null,
  text_zh      text         not null,
  gloss_en     text         not null,
  criteria     text         not null,
  position     int          not null,
  constraint indicator_code_key unique (framework_id, code),
  constraint indicator_kind_valid check (kind in ('STANDARD', 'BONUS'))
);
create index indicator_category_idx on indicator (category_id);

create table indicator_metric (
  id           bigint generated always as identity primary key,
  indicator_id bigint         not null references indicator (id) on delete cascade,
  name_zh      varchar(128)   not null,
  name_en      varchar(128)   not null,
  unit         varchar(16)    not null,
  comparator   varchar(2)     not null,
  threshold    numeric(14, 4) not null,
  constraint indicator_metric_comparator_valid check (comparator in ('>=', '>', '<=', '<', '='))
);
create index indicator_metric_indicator_idx on indicator_metric (indicator_id);

-- The 2023 framework in the plan's own words (扬州市就业富民乡村振兴基地建设培育方案, 三、主要任务).
insert into framework (name, edition) values ('扬州市就业富民乡村振兴基地培育标准', 1);

insert into indicator_category (framework_id, code, title_zh, title_en, position) values
  (1, '1', '组织推动', 'Organisation', 1),
  (1, '2', '就业创业', 'Employment and entrepreneurship', 2),
  (1, '3', '技能培训', 'Skills training', 3),
  (1, '4', '人才队伍', 'Rural talent', 4),
  (1, '5', '社会保障', 'Social security', 5),
  (1, '6', '公共服务', 'Public services', 6),
  (1, '7', '加分项', 'Bonus items', 7);

insert into indicator (framework_id, category_id, code, kind, title_zh, text_zh, gloss_en, criteria, position) values
  (1, (select id from indicator_category where framework_id = 1 and code = '1'), '1', 'STANDARD', '压实乡村振兴工作责任',
   '成立相应乡村振兴工作领导小组,明确专门机构,定期研究推动就业富民乡村振兴基地建设,在就业富民工作等方面有较好的工作基础、发展潜力和特色亮点。',
   'leading group, dedicated office, regular meetings; a sound base and highlights',
   '成立相应乡村振兴工作领导小组,明确专门机构,定期研究推动就业富民乡村振兴基地建设,在就业富民工作等方面有较好的工作基础、发展潜力和特色亮点。', 1),
  (1, (select id from indicator_category where framework_id = 1 and code = '1'), '2', 'STANDARD', '完善各项乡村振兴工作机制',
   '建立就业富民乡村振兴工作责任落实、组织推动、要素保障、监督考核等机制。建有人社基层平台,配备专职人员负责并正常运转。',
   'responsibility, organisation, resourcing and supervision mechanisms; a staffed grassroots HR platform',
   '建立就业富民乡村振兴工作责任落实、组织推动、要素保障、监督考核等机制。
建有人社基层平台,配备专职人员负责并正常运转。', 2),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '3', 'STANDARD', '支持产业发展促进就业',
   '依托乡村特色优势资源,支持大力发展镇域经济,发展一批当地优势特色产业项目,提高就业承载力。发展壮大乡村特色产业,打造农业全产业链,鼓励发展家庭农场、农民专业合作社,增加就业岗位。',
   'local specialty industries, family farms and co-operatives creating jobs',
   '依托乡村特色优势资源,支持大力发展镇域经济,发展一批当地优势特色产业项目,提高就业承载力。
发展壮大乡村特色产业,打造农业全产业链,鼓励发展家庭农场、农民专业合作社,增加就业岗位。', 3),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '4', 'STANDARD', '拓宽农民就业增收渠道',
   '支持新型农业经营主体与农户建立“利益共享、风险共担”机制。强化农业龙头企业集聚联动效应,将辐射范围拓展至产业发展整个产业链,带动提高农民收入水平。',
   'shared-benefit links between agribusiness and farmers; leading firms lift incomes',
   '支持新型农业经营主体与农户建立“利益共享、风险共担”机制。
强化农业龙头企业集聚联动效应,将辐射范围拓展至产业发展整个产业链,带动提高农民收入水平。', 4),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '5', 'STANDARD', '强化劳务协作',
   '充分发挥对口帮扶机制作用,搭建完善用工信息对接平台,建立常态化的跨区域岗位信息共享和发布机制。输入地要形成本地区岗位供给清单,吸纳更多农村低收入人口到本地就业。',
   'job-information platform, cross-regional job sharing, local job supply list',
   '充分发挥对口帮扶机制作用,搭建完善用工信息对接平台,建立常态化的跨区域岗位信息共享和发布机制。
输入地要形成本地区岗位供给清单,吸纳更多农村低收入人口到本地就业。', 5),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '6', 'STANDARD', '扶持多渠道灵活就业',
   '鼓励发展“小店经济”、“夜市经济”,支持农村劳动力在城镇地区从事非全日制、新就业形态等多种灵活就业形式,并按照有关政策规定给予税费减免、场地支持、社会保险补贴等政策。',
   'small-shop and night-market economy, flexible work, tax/space/insurance subsidies',
   '鼓励发展“小店经济”、“夜市经济”,支持农村劳动力在城镇地区从事非全日制、新就业形态等多种灵活就业形式,并按照有关政策规定给予税费减免、场地支持、社会保险补贴等政策。', 6),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '7', 'STANDARD', '设立劳务市场或零工市场',
   '为农村劳动力提供更多家门口的就业机会,因地制宜引进一批特色产业,引导农村户籍人口居家从事传统手工艺制作、来料加工等行业。',
   'a labour or gig market; home-based craft and outsourced processing work',
   '为农村劳动力提供更多家门口的就业机会,因地制宜引进一批特色产业,引导农村户籍人口居家从事传统手工艺制作、来料加工等行业。', 7),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '8', 'STANDARD', '用好乡村公益性岗位',
   '保持乡村公益性岗位规模总体稳定,加大各类岗位统筹使用力度,健全“按需设岗、以岗聘任、在岗领补、有序退岗”管理机制,进一步规范乡村公益性岗位开发管理。',
   'stable public-welfare posts, managed by need, contract, subsidy and exit rules',
   '保持乡村公益性岗位规模总体稳定,加大各类岗位统筹使用力度,健全“按需设岗、以岗聘任、在岗领补、有序退岗”管理机制,进一步规范乡村公益性岗位开发管理。', 8),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '9', 'STANDARD', '优化就业公共服务',
   '定期开展公共就业创业服务活动,为辖区居民提供就业失业登记、就业困难人员认定、就业援助、职业介绍,在服务落实方面,要严格对照省、市有关政策文件相关要求开展就业服务。',
   'registration, hard-to-employ certification, employment aid, job referral',
   '定期开展公共就业创业服务活动,为辖区居民提供就业失业登记、就业困难人员认定、就业援助、职业介绍,在服务落实方面,要严格对照省、市有关政策文件相关要求开展就业服务。', 9),
  (1, (select id from indicator_category where framework_id = 1 and code = '2'), '10', 'STANDARD', '加强创业载体平台建设',
   '建有创业载体平台,辖区内有创业意见或已创业的劳动者能够享受开业指导、项目推荐、投融资对接、创业孵化等各类创业服务。',
   'start-up platform: guidance, project matching, financing, incubation',
   '建有创业载体平台,辖区内有创业意见或已创业的劳动者能够享受开业指导、项目推荐、投融资对接、创业孵化等各类创业服务。', 10),
  (1, (select id from indicator_category where framework_id = 1 and code = '3'), '11', 'STANDARD', '构建常态化、长效化职业技能培训工作机制',
   '有效组织开展就业技能培训、岗位技能提升培训及转岗培训,开展乡土人才技艺技能培训,紧密对接当地主导产业、特色产业开发培训项目,开展订单式、定向式、项目制培训。',
   'regular training tied to local industries; order-based and project-based training',
   '有效组织开展就业技能培训、岗位技能提升培训及转岗培训,开展乡土人才技艺技能培训,紧密对接当地主导产业、特色产业开发培训项目,开展订单式、定向式、项目制培训。', 11),
  (1, (select id from indicator_category where framework_id = 1 and code = '3'), '12', 'STANDARD', '精准实施技能提升',
   '加大对脱贫人口、农村低收入人口职业技能培训力度。支持脱贫户、农村低收入人口所在家庭“两后生”就读技工院校,按规定享受国家免学费和奖助学金政策。发展乡村振兴职业教育,重点帮助农民工、农村再就业群体技能提升。',
   'training for poverty-exited and low-income people; technical-school support',
   '加大对脱贫人口、农村低收入人口职业技能培训力度。
支持脱贫户、农村低收入人口所在家庭“两后生”就读技工院校,按规定享受国家免学费和奖助学金政策。
发展乡村振兴职业教育,重点帮助农民工、农村再就业群体技能提升。', 12),
  (1, (select id from indicator_category where framework_id = 1 and code = '4'), '13', 'STANDARD', '贯彻落实各项人才政策',
   '建有乡土人才载体平台,拥有一定数量的高级职称乡土人才,区域内人才结构合理,满足本地经济社会发展需要。贯彻落实各项人才政策。每年通过招聘、定向培养等形式引入人才扎根基层、服务基层,拓展基层人才发展空间,畅通人才职业发展通道。',
   'rural talent platform; senior-titled rural talents; yearly recruitment',
   '建有乡土人才载体平台,拥有一定数量的高级职称乡土人才,区域内人才结构合理,满足本地经济社会发展需要。
贯彻落实各项人才政策。
每年通过招聘、定向培养等形式引入人才扎根基层、服务基层,拓展基层人才发展空间,畅通人才职业发展通道。', 13),
  (1, (select id from indicator_category where framework_id = 1 and code = '4'), '14', 'STANDARD', '持续加强乡村人才队伍建设',
   '贯彻落实科技特派员制度、“兴村特岗”“三支一扶”“大学生返乡创业支持计划”、乡村产业振兴带头人培育“头雁”项目等。',
   'science envoys, 三支一扶, graduate return-home start-ups, the 头雁 programme',
   '贯彻落实科技特派员制度、“兴村特岗”“三支一扶”“大学生返乡创业支持计划”、乡村产业振兴带头人培育“头雁”项目等。', 14),
  (1, (select id from indicator_category where framework_id = 1 and code = '5'), '15', 'STANDARD', '精准实施全民参保计划',
   '城乡居民基本养老保险覆盖面不断扩大,基本养老保险参保率达95%以上。辖区内低保对象、特困人员、返贫致贫人口、重度残疾人均由政府代缴城乡居民养老保险保费。',
   'basic pension insurance participation rate of at least 95 %; the government pays premiums for vulnerable groups',
   '城乡居民基本养老保险覆盖面不断扩大,基本养老保险参保率达95%以上。
辖区内低保对象、特困人员、返贫致贫人口、重度残疾人均由政府代缴城乡居民养老保险保费。', 15),
  (1, (select id from indicator_category where framework_id = 1 and code = '6'), '16', 'STANDARD', '强化人社各项公共功能',
   '配备人社业务专职人员,制定人社服务事项清单,明确人社基层平台工作职责,公布办事指南信息,有相应的人社服务窗口,人社业务“一网通办”,实现人社服务事项统一名称、统一流程、统一管理,基础设施共建共享,数据互联互通。',
   'dedicated staff, service-item list, service window, one-network service (一网通办)',
   '配备人社业务专职人员,制定人社服务事项清单,明确人社基层平台工作职责,公布办事指南信息,有相应的人社服务窗口,人社业务“一网通办”,实现人社服务事项统一名称、统一流程、统一管理,基础设施共建共享,数据互联互通。', 16),
  (1, (select id from indicator_category where framework_id = 1 and code = '6'), '17', 'STANDARD', '信息化手段掌握农村劳动力就业情况',
   '专人运用维护人社部农民工综合信息系统,通过系统,信息化动态掌握辖区内农村劳动力信息,完善基层主动发现预警机制,建立农村劳动力资源实名制电子台账,完善劳务协作转移人口基本情况。',
   'migrant-worker information system, real-name electronic ledger of rural labour',
   '专人运用维护人社部农民工综合信息系统,通过系统,信息化动态掌握辖区内农村劳动力信息,完善基层主动发现预警机制,建立农村劳动力资源实名制电子台账,完善劳务协作转移人口基本情况。', 17),
  (1, (select id from indicator_category where framework_id = 1 and code = '7'), 'B1', 'BONUS', '省级以上表彰',
   '本年度乡村振兴工作受到省级及以上表彰激励（有正式文号）。',
   'provincial-or-higher commendation of this year''s rural-revitalization work (needs an official document number, 文号)',
   '本年度乡村振兴工作受到省级及以上表彰激励（有正式文号）。', 18),
  (1, (select id from indicator_category where framework_id = 1 and code = '7'), 'B2', 'BONUS', '会议经验交流',
   '在省级以上工作有关会议上作经验宣传。',
   'experience talk at a provincial-or-higher work meeting',
   '在省级以上工作有关会议上作经验宣传。', 19),
  (1, (select id from indicator_category where framework_id = 1 and code = '7'), 'B3', 'BONUS', '承办活动',
   '承办省级以上有关工作重要活动。',
   'hosted an important provincial-or-higher event',
   '承办省级以上有关工作重要活动。', 20),
  (1, (select id from indicator_category where framework_id = 1 and code = '7'), 'B4', 'BONUS', '媒体报道',
   '受到省级以上媒体宣传报道。',
   'reported by provincial-or-higher media',
   '受到省级以上媒体宣传报道。', 21);

-- Indicator 15: 基本养老保险参保率达95%以上.
insert into indicator_metric (indicator_id, name_zh, name_en, unit, comparator, threshold)
select id, '基本养老保险参保率', 'basic pension insurance participation rate', '%', '>=', 95
from indicator where framework_id = 1 and code = '15';

-- The plan words the bonus items as one paragraph, split into B1-B4 above:
-- 对本年度乡村振兴工作受到省级及以上表彰激励的(有正式文号),在省级以上工作有关会议上作经验宣传的,承办省级以上有关工作重要活动的,受到省级以上媒体宣传报道的,在申报省级就业富民乡村振兴基地中给予优先考虑。
