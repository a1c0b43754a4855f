using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

/// <summary>Name boundaries that running text gets wrong without care: each sentence is new, not from the seed corpus.</summary>
public class BoundaryCasesTests
{
    [Theory]
    [InlineData("浙江省科协主席、浙江大学校长王建连任理事长。", "王建")]
    [InlineData("省科协副主席刘海主持会议。", "刘海")]
    public void A_third_character_that_begins_a_following_word_is_not_part_of_the_name(string text, string name)
    {
        var g = ExtractorFixture.Run(text);

        g.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).Should().Equal(name);
    }

    [Theory]
    [InlineData("全法华人生命科学家与医学工程师协会代表团来苏访问。", "全法华人生命科学家与医学工程师协会代表团")]
    [InlineData("旅英华人材料科学家与工程师协会召开年会。", "旅英华人材料科学家与工程师协会")]
    public void A_society_abroad_is_anchored_by_its_country_however_long_its_name(string text, string name)
    {
        var g = ExtractorFixture.Run(text);

        g.Entity(EntityTypes.Organization, name).Should().NotBeNull();
    }

    [Fact]
    public void A_delegation_named_after_its_body_is_a_group_and_the_body_an_entity_of_its_own()
    {
        var g = ExtractorFixture.Run("全法华人生命科学家与医学工程师协会代表团到访苏州市科协。");

        g.Entity(EntityTypes.Organization, "全法华人生命科学家与医学工程师协会代表团")!.Kind.Should().Be(OrganizationKinds.Other);
        g.Entity(EntityTypes.Organization, "全法华人生命科学家与医学工程师协会")!.Kind.Should().Be(OrganizationKinds.OverseasSociety);
        g.Relation(RelationTypes.Visited, "全法华人生命科学家与医学工程师协会代表团", "苏州市科协").Should().NotBeNull();
    }

    [Fact]
    public void An_english_name_and_its_short_form_in_one_bracket_are_both_aliases()
    {
        var g = ExtractorFixture.Run("全法华人生命科学家协会（Association of Chinese Life Scientists in France，简称ACLSF）会长、"
            + "巴黎萨克雷大学教授陈明率团来访。");

        var society = g.Entity(EntityTypes.Organization, "全法华人生命科学家协会");
        society.Should().NotBeNull();
        society!.Aliases.Should().Contain(["Association of Chinese Life Scientists in France", "ACLSF"]);
        g.Relation(RelationTypes.HoldsPosition, "陈明", "全法华人生命科学家协会")!.Properties["title"].Should().Be("会长");
    }

    [Fact]
    public void The_and_inside_a_partners_name_is_not_the_and_between_the_partners()
    {
        var g = ExtractorFixture.Run("会上，苏州市科学技术协会与全法华人生命科学家与医学工程师协会签署了合作备忘录。");

        g.Relation(RelationTypes.PartnersWith, "苏州市科学技术协会", "全法华人生命科学家与医学工程师协会").Should().NotBeNull();
    }

    [Theory]
    [InlineData("江苏省机械工程学会理事长、东南大学教授吴明远作学会年度工作报告。", "吴明远作学会")]
    [InlineData("会议在南京国际会议中心举行，由江苏省科协主办。", "南京国际会议")]
    [InlineData("苏州市电子学会承接苏州市工业和信息化局委托的评审工作。", "苏州市电子学会承接苏州市工业和信息化局")]
    [InlineData("各会员单位要为全省科技创新高地贡献学会力量。", "高地贡献学会")]
    [InlineData("省科协将把此次签署的框架协议落到实处。", "落到实处")]
    [InlineData("代表团参观了我校材料科学与工程学院。", "校材料科学与工程学院")]
    [InlineData("请于5月10日前将推荐表报送至市科协组织人事部。", "至市科协")]
    [InlineData("电子版发送至kxzc@njkx.com市科技工作者服务中心。", "com市科技工作者服务中心")]
    public void A_person_a_verb_or_a_venue_before_a_suffix_does_not_make_a_name(string text, string notAName)
    {
        var g = ExtractorFixture.Run(text);

        g.Entities.Should().NotContain(e => e.Name.Contains(notAName));
    }

    [Fact]
    public void Duiwai_inside_a_units_name_does_not_cut_it()
    {
        var g = ExtractorFixture.Run("江苏省科技厅对外合作与交流处处长吴明远出席会议。");

        g.Relation(RelationTypes.PartOf, "江苏省科技厅对外合作与交流处", "江苏省科技厅").Should().NotBeNull();
    }

    [Fact]
    public void A_body_taking_the_initiative_is_no_programme_and_a_hyphenated_foreign_name_is_one_person()
    {
        var g = ExtractorFixture.Run("该联合会是在联合国教科文组织（UNESCO）倡议和支持下成立的。联合会主席让-皮埃尔·勒布朗出席会议。");

        g.Entities.Should().NotContain(e => e.Type == EntityTypes.Program);
        g.Entity(EntityTypes.Organization, "联合国教科文组织").Should().NotBeNull();
        g.Entity(EntityTypes.Person, "让-皮埃尔·勒布朗").Should().NotBeNull();
    }

    [Fact]
    public void A_title_starting_with_a_surname_character_is_not_a_name()
    {
        var g = ExtractorFixture.Run("湖北省科协副主席、党组副书记、书记处书记周文出席活动。");

        g.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).Should().Equal("周文");
    }

    [Theory]
    [InlineData("各单位要及时回应会员关切，做好服务。")]
    [InlineData("在本届理事会任期内完成章程修订。")]
    public void Common_words_are_not_people(string text)
    {
        ExtractorFixture.Run(text).Entities.Should().NotContain(e => e.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("江西各个海智工作站要加强联络。")]
    [InlineData("来自江苏、浙江等地海智工作站的负责人参加会议。")]
    public void Quantifiers_and_place_collectives_do_not_start_a_name(string text)
    {
        ExtractorFixture.Run(text).Entities.Select(e => e.Name).Should().NotContain(n => n.StartsWith('个') || n.StartsWith('地'));
    }

    [Theory]
    [InlineData("学会积极参与国际非政府组织事务。")]
    [InlineData("服务党和国家工作大局，推动科技创新。")]
    public void Words_that_merely_end_in_a_suffix_are_not_bodies(string text)
    {
        ExtractorFixture.Run(text).Entities.Should().NotContain(e => e.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("复旦大学生命科学学院教授李华出席。", "复旦大学生命科学学院", "复旦大学")]
    [InlineData("武汉大学物理系主任陈明介绍情况。", "武汉大学物理系", "武汉大学")]
    public void A_school_or_department_written_after_its_university_is_part_of_it(string text, string unit, string university)
    {
        var g = ExtractorFixture.Run(text);

        g.Entities.Should().Contain(e => e.Name == unit && e.Kind == OrganizationKinds.Department);
        g.Entities.Should().Contain(e => e.Name == university && e.Kind == OrganizationKinds.University);
        g.Relations.Should().Contain(r => r.Type == RelationTypes.PartOf && r.Source == unit && r.Target == university);
    }

    [Fact]
    public void A_society_abroad_named_after_a_body_at_home_is_another_body()
    {
        var g = ExtractorFixture.Run("旅英中国科协(CAST-UK)主席赵新带团访问广东省科协，双方签署合作协议。");

        g.Entities.Should().NotContain(e => e.Name == "中国科协" || e.Aliases.Contains("中国科协"));
        var society = g.Entities.Should().ContainSingle(e => e.Name == "旅英中国科协").Subject;
        society.Kind.Should().Be(OrganizationKinds.OverseasSociety);
        society.Aliases.Should().Contain("CAST-UK");
        g.Relation(RelationTypes.HoldsPosition, "赵新", "旅英中国科协").Should().NotBeNull();
    }

    [Fact]
    public void A_known_body_written_inside_a_known_unit_is_its_parent()
    {
        var g = ExtractorFixture.Run("国务院港澳事务办公室副主任李强出席会议。");

        g.Relations.Should().Contain(r => r.Type == RelationTypes.PartOf && r.Source == "国务院港澳事务办公室" && r.Target == "国务院");
        g.Entities.Should().Contain(e => e.Name == "国务院港澳事务办公室" && e.Kind == OrganizationKinds.Government, "a known body keeps its kind");
    }

    [Theory]
    [InlineData("经查，王强系该公司员工。")]
    [InlineData("五、工作联系方式")]
    [InlineData("要完善科技创新体系，加强部门之间的联系。")]
    public void The_copula_and_words_ending_in_the_department_suffix_are_not_bodies(string text)
    {
        ExtractorFixture.Run(text).Entities.Should().NotContain(e => e.Type == EntityTypes.Organization && e.Name.EndsWith('系'));
    }

    [Fact]
    public void A_known_body_keeps_its_kind_when_a_shorter_suffix_also_ends_it()
    {
        // Enough candidates in one sentence that an unstable sort would reorder candidates of equal span.
        var g = ExtractorFixture.Run("清华大学物理系、北京大学化学系、浙江大学数学系、南京大学天文系、武汉大学历史系、中山大学哲学系、四川大学"
            + "法学院、山东大学文学院、中国医学科学院、吉林大学化学学院、中国中医科学院和厦门大学经济学院的专家参加论证。");

        g.Entities.Where(e => e.Name is "中国医学科学院" or "中国中医科学院").Select(e => e.Kind)
            .Should().Equal(OrganizationKinds.ResearchInstitute, OrganizationKinds.ResearchInstitute);
    }

    [Fact]
    public void A_quoted_event_name_is_taken_whole_with_its_places_and_conjunctions()
    {
        var g = ExtractorFixture.Run("今年继续举办“两岸及港澳青年创新创业论坛”和“长三角科技传播论坛”。");

        g.Entities.Where(e => e.Type == EntityTypes.Event).Select(e => e.Name)
            .Should().BeEquivalentTo("两岸及港澳青年创新创业论坛", "长三角科技传播论坛");
    }

    [Fact]
    public void A_month_of_activities_is_an_event()
    {
        var g = ExtractorFixture.Run("省科协组织开展“全省科技工作者学术活动月”。");

        g.Entity(EntityTypes.Event, "全省科技工作者学术活动月").Should().NotBeNull();
    }

    [Fact]
    public void A_boundary_word_inside_a_known_body_does_not_cut_the_unit_of_that_body()
    {
        var g = ExtractorFixture.Run("意见征求了全国人民代表大会常务委员会法制工作委员会和司法部的意见。");

        g.Relation(RelationTypes.PartOf, "全国人民代表大会常务委员会法制工作委员会", "全国人民代表大会常务委员会").Should().NotBeNull();
    }

    [Fact]
    public void A_known_body_that_starts_with_a_verb_does_not_swallow_the_verb()
    {
        var g = ExtractorFixture.Run("省科协联合国家发展改革委等单位共同主办2025年创新成果交易会。");

        g.Entities.Select(e => e.Name).Should().NotContain(n => n.StartsWith("联合国", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("以色列工程师协会与清华大学签署合作备忘录。", "以色列工程师协会")]
    [InlineData("意大利机器人及自动化协会派员参加。", "意大利机器人及自动化协会")]
    public void A_place_or_conjunction_inside_a_name_does_not_cut_it(string text, string name) =>
        ExtractorFixture.Run(text).Entity(EntityTypes.Organization, name).Should().NotBeNull();

    [Fact]
    public void And_after_a_title_and_name_ends_the_list_item()
    {
        var g = ExtractorFixture.Run("浙江省科协党组成员李强及科技交流中心负责人出席。");

        g.Entities.Should().Contain(e => e.Type == EntityTypes.Person && e.Name == "李强");
        g.Entities.Should().NotContain(e => e.Name.Contains("李强及"));
    }
    [Fact]
    public void An_unanchored_programme_between_recognised_ones_in_a_list_is_a_programme_and_the_closing_class_noun_is_not()
    {
        var g = ExtractorFixture.Run("该校参与了国际大洋发现计划、深海生命探索计划、海洋碳汇监测计划等多个国际科学计划。");

        var programmes = g.Entities.Where(e => e.Type == EntityTypes.Program).Select(e => e.Name);
        programmes.Should().Contain(["国际大洋发现计划", "深海生命探索计划", "海洋碳汇监测计划"]);
        programmes.Should().NotContain("国际科学计划");
    }

    [Fact]
    public void A_bare_collective_in_a_list_of_bodies_is_not_a_body()
    {
        var g = ExtractorFixture.Run("在中国科协、省市科协的指导下，基地不断创新工作模式。");

        g.Entities.Should().NotContain(e => e.Name == "省市科协");
    }
    [Theory]
    [InlineData("学会为青年学者参与国际活动提供资助。")]
    [InlineData("30名省内专家参与专题报告会和分论坛。")]
    public void A_verb_ending_in_a_conjunction_character_ends_an_event_name(string text) =>
        ExtractorFixture.Run(text).Entities.Should().NotContain(e => e.Type == EntityTypes.Event && e.Name.Contains("参与"));
    [Theory]
    [InlineData("本报讯(记者胡晓雨通讯员梁丽)3月2日，活动在杭州举行。", "胡晓雨")]
    [InlineData("本报讯 记者胡明报道，论坛在成都开幕。", "胡明")]
    public void A_reporter_name_run_together_with_the_next_byline_or_verb_is_read(string text, string name) =>
        ExtractorFixture.Run(text).Entity(EntityTypes.Person, name).Should().NotBeNull();
    [Fact]
    public void A_two_character_name_ending_in_a_function_character_is_read_before_a_following_word()
    {
        var g = ExtractorFixture.Run("中国科协党组成员、副主席束为出席开幕式并致辞。");

        g.Relation(RelationTypes.HoldsPosition, "束为", "中国科协")!.Properties["title"].Should().Be("党组成员、副主席");
    }

    [Fact]
    public void A_region_written_with_地区_anchors_the_name_that_follows()
    {
        var g = ExtractorFixture.Run("四川省机械工程学会等12家省级学会加入了成渝地区双城经济圈科技创新联盟。");

        g.Relation(RelationTypes.MemberOf, "四川省机械工程学会", "成渝地区双城经济圈科技创新联盟").Should().NotBeNull();
    }
    [Fact]
    public void Accompanying_officials_are_read_before_陪同()
    {
        var g = ExtractorFixture.Run("中国机械工程学会秘书长陈超志陪同访问。");

        g.Relation(RelationTypes.HoldsPosition, "陈超志", "中国机械工程学会")!.Properties["title"].Should().Be("秘书长");
    }

    [Theory]
    [InlineData("湖南省先进储能材料重点实验室通过验收。", "湖南省先进储能材料重点实验室")]
    [InlineData("湖南省信号处理与智能控制重点实验室通过验收。", "湖南省信号处理与智能控制重点实验室")]
    [InlineData("湖南省智能电网系统工程技术研究中心通过验收。", "湖南省智能电网系统工程技术研究中心")]
    [InlineData("湖南湘江装备集团有限责任公司参与建设。", "湖南湘江装备集团有限责任公司")]
    [InlineData("湖南长沙城投建设集团有限公司参与建设。", "湖南长沙城投建设集团有限公司")]
    [InlineData("湖南省住房和城乡建设厅副厅长李明出席。", "湖南省住房和城乡建设厅")]
    [InlineData("（二）湖南省科技厅负责组织验收。", "湖南省科技厅")]
    public void Designations_trades_and_standard_department_names_stay_whole(string text, string name)
    {
        ExtractorFixture.Run(text).Entities.Where(e => e.Type == EntityTypes.Organization).Select(e => e.Name).Should().Contain(name)
            .And.NotContain(n => n != name && name.Contains(n) && n.Length > 2 && !name.StartsWith(n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("省科技厅批准设立湖南省先进储能材料重点实验室等6家湖南省重点实验室。", "湖南省重点实验室")]
    [InlineData("各设区市科技局要加强指导。", "设区市科技局")]
    [InlineData("关于认定2025年度湖南省工程技术研究中心的通知", "湖南省工程技术研究中心")]
    public void Counted_distributed_and_bare_designations_are_categories_not_bodies(string text, string category)
    {
        ExtractorFixture.Run(text).Entities.Select(e => e.Name).Should().NotContain(category);
    }

    [Fact]
    public void A_short_form_bracket_inside_a_meeting_name_belongs_to_the_body_before_it()
    {
        var g = ExtractorFixture.Run("湖南省机械工程学会（以下简称“省机械学会”）第八次会员代表大会在长沙召开。省机械学会秘书长王强主持会议。");

        g.Entity(EntityTypes.Event, "湖南省机械工程学会第八次会员代表大会").Should().NotBeNull();
        g.Entity(EntityTypes.Organization, "湖南省机械工程学会")!.Aliases.Should().Contain("省机械学会");
        g.Relation(RelationTypes.HoldsPosition, "王强", "湖南省机械工程学会")!.Properties["title"].Should().Be("秘书长");
    }

    [Theory]
    [InlineData("全市累计建成院士专家工作站38家。", "累计建成院士专家工作站")]
    [InlineData("市科协已与十余家全国学会建立联系。", "已与十余家全国学会")]
    [InlineData("来自浙江大学的王明获得一等奖。", "来自浙江大学")]
    [InlineData("经过前期线上初赛，12个项目直接晋级大赛。", "经过前期线上初赛")]
    public void Verbs_and_counts_before_a_generic_name_do_not_start_it(string text, string wrong)
    {
        ExtractorFixture.Run(text).Entities.Select(e => e.Name).Should().NotContain(wrong);
    }

    [Fact]
    public void A_contraction_in_brackets_is_another_name_and_a_credited_unit_is_part_of_its_body()
    {
        var g = ExtractorFixture.Run("浙江省科协召开会议。省科协海智计划办公室（海智办）主任王明介绍情况。", publisher: "浙江省科协学会学术部");

        g.Entity(EntityTypes.Organization, "海智办")!.Name.Should().NotContain("（").And.EndWith("海智计划办公室");
        g.Relation(RelationTypes.HoldsPosition, "王明", "海智办").Should().NotBeNull();
        g.Relation(RelationTypes.PartOf, "浙江省科协学会学术部", "浙江省科协").Should().NotBeNull();
    }

    [Fact]
    public void A_quoted_activity_is_named_by_its_quote_and_an_unnamed_ceremony_is_no_event()
    {
        var g = ExtractorFixture.Run("省科协举办“院士专家衢州行”活动，并举行2024年度“浙江省优秀科技社团”颁牌仪式。");

        g.Entity(EntityTypes.Event, "院士专家衢州行").Should().NotBeNull();
        g.Entities.Where(e => e.Type == EntityTypes.Event).Should().ContainSingle();
    }

    [Fact]
    public void A_short_form_cue_is_no_part_of_the_short_form()
    {
        var g = ExtractorFixture.Run("浙江海港机械工业集团有限公司（以下简称“海港集团”）成立科协。海港集团董事长李明出席。");

        g.Entities.Select(e => e.Name).Should().NotContain(n => n.Contains("简称"));
        g.Relation(RelationTypes.HoldsPosition, "李明", "浙江海港机械工业集团有限公司").Should().NotBeNull();
    }

    [Fact]
    public void A_year_before_a_quoted_name_a_全_before_a_country_and_赴_after_a_name_are_read()
    {
        var g = ExtractorFixture.Run("由全德华人材料协会主办的2025“智汇宁波”创新创业大赛德国赛区决赛在柏林举行。浙江省科协副主席王立新赴柏林出席。");

        g.Entity(EntityTypes.Event, "2025“智汇宁波”创新创业大赛德国赛区决赛").Should().NotBeNull();
        g.Relation(RelationTypes.Organized, "全德华人材料协会", "2025“智汇宁波”创新创业大赛德国赛区决赛").Should().NotBeNull();
        g.Relation(RelationTypes.HoldsPosition, "王立新", "浙江省科协")!.Properties["title"].Should().Be("副主席");
    }
    [Fact]
    public void A_word_with_a_boundary_word_inside_does_not_cut_the_name()
    {
        var g = ExtractorFixture.Run("株洲先进功率半导体研究院由株洲市人民政府共建。");

        g.Entity(EntityTypes.Organization, "株洲先进功率半导体研究院").Should().NotBeNull();
        g.Entity(EntityTypes.Organization, "半导体研究院").Should().BeNull();
    }
    [Fact]
    public void A_place_in_brackets_inside_a_company_name_keeps_the_name_whole()
    {
        var g = ExtractorFixture.Run("正大制药（青岛）有限公司与青岛大学签署合作协议。");

        g.Entity(EntityTypes.Organization, "正大制药（青岛）有限公司").Should().NotBeNull();
    }
    [Theory]
    [InlineData("2024年，校科协召开第三届委员会第五次全体会议，审议通过工作报告。", "第三届委员会第五次全体会议")]
    [InlineData("13日上午，院士专家与企业家座谈会在芜湖宾馆召开。", "院士专家与企业家座谈会")]
    [InlineData("6月21日，中国图象图形学学会三维视觉专业委员会第三届委员会成立大会暨学术报告会在西安召开。", "中国图象图形学学会三维视觉专业委员会第三届委员会成立大会暨学术报告会")]
    public void Event_names_keep_title_words_that_no_name_follows_and_both_parts_joined_by_ji(string sentence, string name)
    {
        var g = ExtractorFixture.Run(sentence);

        g.Entities.Where(e => e.Type == EntityTypes.Event).Select(e => e.Name).Should().Equal(name);
    }

    [Fact]
    public void A_bare_event_word_after_an_announcing_verb_is_no_event()
    {
        var g = ExtractorFixture.Run("副省长陈立新宣布大会开幕。");

        g.Entities.Should().NotContain(e => e.Type == EntityTypes.Event);
    }
}
