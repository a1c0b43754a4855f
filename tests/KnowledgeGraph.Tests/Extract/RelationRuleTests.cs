using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class RelationRuleTests
{
    [Fact]
    public void Both_sides_of_a_visit_that_then_sign_an_agreement_are_partners()
    {
        var g = ExtractorFixture.Run("旅法中国科协主席周林带团访问湖北省科协，双方签署了人才交流合作协议。");

        g.Relation(RelationTypes.PartnersWith, "湖北省科协", "旅法中国科协")!.Properties["instrument"].Should().Be("合作协议");
    }

    [Fact]
    public void Both_sides_are_not_guessed_from_the_bodies_of_a_title_chain()
    {
        var g = ExtractorFixture.Run("全国政协副主席、中国科协主席李华会见来访的代表团，双方签署合作备忘录。");

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.PartnersWith);
    }

    [Fact]
    public void Sponsor_line_gives_each_body_its_role()
    {
        var g = ExtractorFixture.Run("由湖北省科协主办，武汉大学、华中科技大学承办，湖北日报社协办的第五届楚天科技创新大会在武汉开幕。");

        const string e = "第五届楚天科技创新大会";
        g.Entity(EntityTypes.Event, e).Should().NotBeNull();
        g.Relation(RelationTypes.Organized, "湖北省科协", e)!.Properties["role"].Should().Be("host");
        g.Relation(RelationTypes.Organized, "武汉大学", e)!.Properties["role"].Should().Be("organizer");
        g.Relation(RelationTypes.Organized, "华中科技大学", e)!.Properties["role"].Should().Be("organizer");
        g.Relation(RelationTypes.Organized, "湖北日报社", e)!.Properties["role"].Should().Be("co-organizer");
    }

    [Fact]
    public void Governance_meeting_is_hosted_by_the_body_it_names()
    {
        var g = ExtractorFixture.Run("山东省科学技术协会第十次代表大会在济南召开。");

        g.Relation(RelationTypes.Organized, "山东省科学技术协会", "山东省科学技术协会第十次代表大会")!.Properties["role"].Should().Be("host");
    }

    [Fact]
    public void People_who_speak_at_the_headline_event_attended_it()
    {
        var g = ExtractorFixture.Run("2025年黄河流域生态保护论坛在兰州举行\n甘肃省科协党组书记孙立军致辞。");

        g.Relation(RelationTypes.Attended, "孙立军", "2025年黄河流域生态保护论坛").Should().NotBeNull();
    }

    [Fact]
    public void Co_founders_before_the_trigger_founded_the_body_after_it()
    {
        var g = ExtractorFixture.Run("福建省科协与厦门大学共同发起成立海峡两岸科技创新联盟。");

        g.Relation(RelationTypes.Founded, "福建省科协", "海峡两岸科技创新联盟").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "厦门大学", "海峡两岸科技创新联盟").Should().NotBeNull();
    }

    [Fact]
    public void A_planned_founding_is_not_founded()
    {
        var g = ExtractorFixture.Run("福建省科协谋划成立海峡工程师联合会。");

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.Founded);
    }

    [Fact]
    public void Signed_memorandum_gives_partners_with_instrument()
    {
        var g = ExtractorFixture.Run("深圳市科协与香港工程师学会签署合作备忘录。");

        g.Relation(RelationTypes.PartnersWith, "深圳市科协", "香港工程师学会")!.Properties["instrument"].Should().Be("合作备忘录");
    }

    [Fact]
    public void Delegation_is_the_visitor()
    {
        var g = ExtractorFixture.Run("江苏省科协调研组一行来到苏州纳米技术研究院，调研了苏州工业技术研究院。");

        g.Relation(RelationTypes.Visited, "江苏省科协调研组", "苏州纳米技术研究院").Should().NotBeNull();
        g.Relation(RelationTypes.Visited, "江苏省科协调研组", "苏州工业技术研究院").Should().NotBeNull();
    }

    [Fact]
    public void Guidance_written_as_zai_x_de_zhidao_xia_gives_guide_role()
    {
        var g = ExtractorFixture.Run("在江苏省科协的指导下，南京市科协举办了2024年紫金青年科学家论坛。");

        const string e = "2024年紫金青年科学家论坛";
        g.Relation(RelationTypes.Organized, "江苏省科协", e)!.Properties["role"].Should().Be("guide");
        g.Relation(RelationTypes.Organized, "南京市科协", e)!.Properties["role"].Should().Be("host");
    }

    [Fact]
    public void Sponsor_sentence_about_the_headline_event_points_back_to_it()
    {
        var g = ExtractorFixture.Run("2024年岭东科普嘉年华开幕\n本次活动由汕头市科协主办。");

        g.Relation(RelationTypes.Organized, "汕头市科协", "2024年岭东科普嘉年华")!.Properties["role"].Should().Be("host");
    }

    [Fact]
    public void The_person_who_prepared_a_body_founded_it_not_the_bodies_describing_the_person()
    {
        var g = ExtractorFixture.Run("支持杭州市科协常委、杭州市电子学会理事长周建平教授参与筹备浙江省机器人学会。");

        g.Relation(RelationTypes.Founded, "周建平", "浙江省机器人学会").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "杭州市电子学会", "浙江省机器人学会").Should().BeNull();
        g.Relation(RelationTypes.HoldsPosition, "周建平", "杭州市电子学会")!.Properties["title"].Should().Be("理事长");
    }

    [Fact]
    public void Event_named_before_its_sponsors_gets_their_roles()
    {
        var g = ExtractorFixture.Run("2024年长三角人工智能峰会由上海市科协主办，杭州市科协承办。");

        const string e = "2024年长三角人工智能峰会";
        g.Relation(RelationTypes.Organized, "上海市科协", e)!.Properties["role"].Should().Be("host");
        g.Relation(RelationTypes.Organized, "杭州市科协", e)!.Properties["role"].Should().Be("organizer");
    }

    [Fact]
    public void Bodies_said_to_be_the_events_supporters_get_the_support_role()
    {
        var g = ExtractorFixture.Run("2024年10月,由中国科协主办的“2024世界智能制造大会”在南京举行。美国机械工程师协会(ASME)、德国工程师协会(VDI) 2 个国际机构是本次大会的支持单位。");

        const string e = "2024世界智能制造大会";
        g.Relation(RelationTypes.Organized, "中国科协", e)!.Properties["role"].Should().Be("host");
        g.Relation(RelationTypes.Organized, "美国机械工程师协会", e)!.Properties["role"].Should().Be("support");
        g.Relation(RelationTypes.Organized, "德国工程师协会", e)!.Properties["role"].Should().Be("support");
    }

    [Fact]
    public void A_date_between_the_sponsors_and_the_verb_does_not_break_their_list()
    {
        var g = ExtractorFixture.Run("江苏省科协、南京市科协于2025年5月18日共同主办2025南京科技创新论坛。");

        g.Relation(RelationTypes.Organized, "江苏省科协", "2025南京科技创新论坛").Should().NotBeNull();
        g.Relation(RelationTypes.Organized, "南京市科协", "2025南京科技创新论坛").Should().NotBeNull();
    }

    [Fact]
    public void A_head_noun_opening_a_clause_is_the_body_named_last_with_that_head()
    {
        var g = ExtractorFixture.Run("2022年，江苏省科协牵头成立长三角智能制造创新联盟。联盟成立以来，推动了苏州工业互联网联盟、无锡物联网产业联盟等专业联盟的成立。");

        g.Relation(RelationTypes.Founded, "长三角智能制造创新联盟", "苏州工业互联网联盟").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "长三角智能制造创新联盟", "无锡物联网产业联盟").Should().NotBeNull();
        g.Entity(EntityTypes.Organization, "长三角智能制造创新联盟")!.Aliases.Should().NotContain("联盟", "a reference is not a name");
    }

    [Fact]
    public void A_head_noun_that_modifies_another_noun_is_not_a_reference()
    {
        var g = ExtractorFixture.Run("江苏省科协牵头成立长三角智能制造创新联盟。联盟成员单位发起成立苏州工业互联网联盟。");

        g.Relation(RelationTypes.Founded, "长三角智能制造创新联盟", "苏州工业互联网联盟").Should().BeNull();
    }
    [Fact]
    public void Bodies_that_initiate_and_join_others_host_and_found_what_the_joined_clause_describes()
    {
        var g = ExtractorFixture.Run("由浙江省科协和杭州市政府倡议发起，会同浙江大学、西湖大学等单位共同主办的钱塘江科技创新峰会，已成为区域品牌。");

        const string e = "钱塘江科技创新峰会";
        foreach (var host in new[] { "浙江省科协", "杭州市政府", "浙江大学", "西湖大学" })
        {
            g.Relation(RelationTypes.Organized, host, e).Should().NotBeNull(host);
        }

        g.Relation(RelationTypes.Founded, "浙江省科协", e).Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "杭州市政府", e).Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "浙江大学", e).Should().BeNull("joining bodies host, they did not initiate");
    }
    [Fact]
    public void A_group_led_by_an_official_holds_the_meeting_it_convenes()
    {
        var g = ExtractorFixture.Run("10月9日，湖南省科协副主席赵刚率领湖南省科协学会工作调研组一行在长沙召开湘、鄂、赣学会工作座谈会。");

        const string e = "湘、鄂、赣学会工作座谈会";
        g.Entity(EntityTypes.Event, e).Should().NotBeNull("one-character province names enumerated inside an event name belong to it");
        g.Relation(RelationTypes.Organized, "湖南省科协学会工作调研组", e).Should().NotBeNull();
        g.Relation(RelationTypes.Organized, "湖南省科协", e).Should().BeNull("the leader's body does not hold the meeting");
    }
    [Fact]
    public void Renewing_an_agreement_is_partnering()
    {
        var g = ExtractorFixture.Run("江苏省科协与英国皇家化学会续签了合作谅解备忘录。");

        g.Relation(RelationTypes.PartnersWith, "江苏省科协", "英国皇家化学会")!.Properties["instrument"].Should().Be("谅解备忘录");
    }
    [Fact]
    public void Bodies_named_before_作为_in_earlier_clauses_jointly_found_the_group_and_are_its_units()
    {
        var g = ExtractorFixture.Run("浙江省科技厅作为牵头单位，浙江省科协、浙江大学作为成员单位，共同成立了由12家单位组成的浙江省科技人才工作协调小组。");

        const string group = "浙江省科技人才工作协调小组";
        foreach (var body in new[] { "浙江省科技厅", "浙江省科协", "浙江大学" })
        {
            g.Relation(RelationTypes.Founded, body, group).Should().NotBeNull(body);
            g.Relation(RelationTypes.MemberOf, body, group).Should().NotBeNull(body);
        }

        g.Relation(RelationTypes.MemberOf, "浙江省科协", "浙江大学").Should().BeNull("作为成员单位 names a role, not membership of the body before it");
    }

    [Fact]
    public void Bodies_after_作为_do_not_found_what_a_clause_with_its_own_subject_sets_up()
    {
        var g = ExtractorFixture.Run("浙江省科协作为主管单位，浙江大学牵头成立了浙江省青年科学家联盟。");

        g.Relation(RelationTypes.Founded, "浙江大学", "浙江省青年科学家联盟").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "浙江省科协", "浙江省青年科学家联盟").Should().BeNull("only a clause that is just 联合/共同 borrows the earlier bodies");
    }
    [Fact]
    public void A_body_said_to_be_a_member_of_a_group_is_a_member_but_a_党组成员_post_is_not_membership()
    {
        var g = ExtractorFixture.Run("福建省科协作为福建省人才工作领导小组成员，负责海外人才联络。");
        g.Relation(RelationTypes.MemberOf, "福建省科协", "福建省人才工作领导小组").Should().NotBeNull();

        var post = ExtractorFixture.Run("厦门市科协党组成员陈明出席。");
        post.Relations.Should().NotContain(r => r.Type == RelationTypes.MemberOf);
    }
    [Theory]
    [InlineData("省科协成立了一个由浙江大学、西湖大学组成的专家团队。")]
    [InlineData("省科协成立了由浙江大学牵头的专家团队。")]
    public void Bodies_written_after_由_are_not_what_was_founded(string text) =>
        ExtractorFixture.Run(text).Relations.Should().NotContain(r => r.Type == RelationTypes.Founded);

    [Theory]
    [InlineData("（三）湖南省储能材料重点实验室，依托单位：中南大学和湖南华能新材料股份有限公司；")]
    [InlineData("依托中南大学和湖南华能新材料股份有限公司建设的湖南省储能材料重点实验室通过验收。")]
    public void A_lab_is_part_of_the_bodies_it_is_built_on(string text)
    {
        var g = ExtractorFixture.Run(text);

        g.Relation(RelationTypes.PartOf, "湖南省储能材料重点实验室", "中南大学").Should().NotBeNull();
        g.Relation(RelationTypes.PartOf, "湖南省储能材料重点实验室", "湖南华能新材料股份有限公司").Should().NotBeNull();
    }

    [Fact]
    public void Relying_on_a_body_without_building_anything_is_not_hosting()
    {
        ExtractorFixture.Run("湖南省技术转移中心依托中南大学科技园资源开展服务。").Relations.Should().NotContain(r => r.Type == RelationTypes.PartOf);
    }

    [Fact]
    public void What_one_trigger_founded_does_not_found_the_next()
    {
        var g = ExtractorFixture.Run("我厅决定批准设立湖南省储能材料重点实验室等3家湖南省重点实验室，批准组建湖南省智能农机工程技术研究中心等2家中心。", publisher: "湖南省科学技术厅");

        g.Relation(RelationTypes.Founded, "湖南省科学技术厅", "湖南省智能农机工程技术研究中心").Should().NotBeNull();
        g.Relations.Should().NotContain(r => r.Type == RelationTypes.Founded && r.Source == "湖南省储能材料重点实验室");
    }

    [Fact]
    public void Bodies_listed_before_deng_and_a_member_noun_are_members_of_the_alliance_the_text_is_about()
    {
        var g = ExtractorFixture.Run("江西省新型显示产业创新联盟在南昌成立。活动现场，国网江西省电力有限公司、江铃汽车股份有限公司、"
            + "江西省计量测试研究院等首批成员单位代表上台接受授牌。");

        const string alliance = "江西省新型显示产业创新联盟";
        foreach (var member in new[] { "国网江西省电力有限公司", "江铃汽车股份有限公司", "江西省计量测试研究院" })
        {
            g.Relation(RelationTypes.MemberOf, member, alliance).Should().NotBeNull(member);
        }

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.MemberOf && r.Target == "江西省计量测试研究院");
    }

    [Fact]
    public void Bodies_that_sign_together_partner_pairwise_and_found_what_they_launch_together()
    {
        var g = ExtractorFixture.Run("会上，江西省机械工程学会、江西省自动化学会、江西省人工智能学会共同签署了《江西省智能制造学会协同发展框架协议》，"
            + "并共同发起成立江西省智能制造学会联合体。");

        var societies = new[] { "江西省机械工程学会", "江西省自动化学会", "江西省人工智能学会" };
        foreach (var a in societies)
        {
            g.Relation(RelationTypes.Founded, a, "江西省智能制造学会联合体").Should().NotBeNull(a);
            foreach (var b in societies.Where(b => b != a))
            {
                g.Relation(RelationTypes.PartnersWith, a, b).Should().NotBeNull($"{a} and {b} signed together");
            }
        }
    }

    [Fact]
    public void A_sitting_of_a_societys_council_is_its_own_meeting_and_admits_members_to_it()
    {
        var g = ExtractorFixture.Run("5月8日，中国机械工程学会（CMES）第十一届理事会第三次会议在北京召开。会议批准徐工集团工程机械股份有限公司、"
            + "三一重工股份有限公司等36家单位成为学会团体会员，同时批准中国工程机械产业创新联盟以团体会员身份加入学会。");

        const string society = "中国机械工程学会";
        const string meeting = "中国机械工程学会第十一届理事会第三次会议";
        g.Entity(EntityTypes.Event, meeting).Should().NotBeNull("the English short name in brackets is no part of the meeting's name");
        g.Relation(RelationTypes.Organized, society, meeting)!.Properties["role"].Should().Be("host");
        foreach (var member in new[] { "徐工集团工程机械股份有限公司", "三一重工股份有限公司", "中国工程机械产业创新联盟" })
        {
            g.Relation(RelationTypes.MemberOf, member, society).Should().NotBeNull(member);
        }

        g.Entities.Should().NotContain(e => e.Name.EndsWith("理事会", StringComparison.Ordinal), "the council is the society's organ, not another body");
    }

    [Fact]
    public void Bodies_listed_before_a_count_and_a_member_noun_are_members_and_a_service_group_visits()
    {
        var g = ExtractorFixture.Run("江苏省机械工程学会第九届理事会第二次会议在南京召开。东南大学、南京理工大学、河海大学3家成员单位作交流发言。"
            + "江苏省科协院士专家服务团先后走访了徐工集团工程机械股份有限公司和江苏恒瑞医药股份有限公司。");

        const string federation = "江苏省机械工程学会";
        foreach (var member in new[] { "东南大学", "南京理工大学", "河海大学" })
        {
            g.Relation(RelationTypes.MemberOf, member, federation).Should().NotBeNull(member);
        }

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.MemberOf && r.Target == "河海大学");
        g.Relation(RelationTypes.Visited, "江苏省科协院士专家服务团", "徐工集团工程机械股份有限公司").Should().NotBeNull();
    }

    [Fact]
    public void A_meeting_that_elects_a_list_of_people_gives_each_their_post_at_its_body()
    {
        var g = ExtractorFixture.Run("次日召开的江西省植物学会九届一次理事会议选举南昌大学教授刘青为理事长，江西农业大学副校长黄芳、"
            + "江西省林业科学院院长吴波为副理事长，南昌大学副教授陈立为秘书长。会议还听取了工作报告。");

        const string society = "江西省植物学会";
        g.Relation(RelationTypes.HoldsPosition, "刘青", society)!.Properties["title"].Should().Be("理事长");
        g.Relation(RelationTypes.HoldsPosition, "黄芳", society)!.Properties["title"].Should().Be("副理事长");
        g.Relation(RelationTypes.HoldsPosition, "吴波", society)!.Properties["title"].Should().Be("副理事长");
        g.Relation(RelationTypes.HoldsPosition, "陈立", society)!.Properties["title"].Should().Be("秘书长");
        g.Relation(RelationTypes.HoldsPosition, "黄芳", "江西农业大学")!.Properties["title"].Should().Be("副校长");
    }

    [Fact]
    public void Names_listed_before_the_one_who_takes_a_post_take_it_too()
    {
        var g = ExtractorFixture.Run("江南重工机械有限公司科学技术协会成立大会在无锡召开。集团副总经理吴建当选主席，"
            + "蒋丽华、许国栋（江南大学教授）、陆海平当选副主席。");

        var body = g.Entity(EntityTypes.Event, "江南重工机械有限公司科学技术协会成立大会");
        body.Should().NotBeNull("the company's 有限公司 is inside the meeting's name");
        foreach (var person in new[] { "蒋丽华", "许国栋", "陆海平" })
        {
            g.Relation(RelationTypes.HoldsPosition, person, "江南重工机械有限公司科学技术协会")!.Properties["title"].Should().Be("副主席");
        }

        g.Relation(RelationTypes.HoldsPosition, "许国栋", "江南大学")!.Properties["title"].Should().Be("教授");
    }

    [Fact]
    public void A_list_after_a_comma_without_an_appointing_verb_gets_no_post_from_it()
    {
        var g = ExtractorFixture.Run("江西省植物学会九届一次理事会议在南昌召开。江西农业大学副校长黄芳、江西省林业科学院院长吴波为大会作报告。");

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.HoldsPosition && r.Target == "江西省植物学会");
    }

    [Fact]
    public void Titles_won_at_a_bodys_own_meeting_are_posts_at_that_body()
    {
        var g = ExtractorFixture.Run("随后召开的湖南省机械工程学会八届一次理事会选举产生了新一届领导机构。中南大学教授周明当选理事长；"
            + "赵丽（湖南大学副院长）、钱进（三一重工股份有限公司总工程师）当选副理事长。周明同时担任湖南省科协常委。");

        const string society = "湖南省机械工程学会";
        g.Entity(EntityTypes.Event, "湖南省机械工程学会八届一次理事会").Should().NotBeNull();
        g.Relation(RelationTypes.HoldsPosition, "周明", society)!.Properties["title"].Should().Be("理事长");
        g.Relation(RelationTypes.HoldsPosition, "赵丽", society)!.Properties["title"].Should().Be("副理事长");
        g.Relation(RelationTypes.HoldsPosition, "钱进", society)!.Properties["title"].Should().Be("副理事长");
        g.Relation(RelationTypes.HoldsPosition, "赵丽", "湖南大学")!.Properties["title"].Should().Be("副院长");
        g.Relation(RelationTypes.HoldsPosition, "钱进", "三一重工股份有限公司")!.Properties["title"].Should().Be("总工程师");
        g.Relation(RelationTypes.HoldsPosition, "周明", "湖南省科协")!.Properties["title"].Should().Be("常委");
    }

    [Fact]
    public void A_founding_meeting_names_its_body_and_the_founders_found_the_body()
    {
        var g = ExtractorFixture.Run("湖南省储能产业创新联盟成立大会在长沙召开。大会由湖南省科协指导，中南大学承办。"
            + "湖南省储能产业创新联盟由中南大学、湖南大学和湖南华能新材料股份有限公司共同发起成立，首批成员单位42家。"
            + "会议选举产生了联盟第一届理事会。中南大学当选为理事长单位，中南大学副校长周明当选联盟理事长。"
            + "会上，联盟与中国银行长沙分行签署了战略合作协议。");

        const string alliance = "湖南省储能产业创新联盟";
        const string meeting = "湖南省储能产业创新联盟成立大会";
        g.Entity(EntityTypes.Event, meeting).Should().NotBeNull();
        g.Relation(RelationTypes.Organized, "湖南省科协", meeting)!.Properties["role"].Should().Be("guide");
        foreach (var founder in new[] { "中南大学", "湖南大学", "湖南华能新材料股份有限公司" })
        {
            g.Relation(RelationTypes.Founded, founder, alliance).Should().NotBeNull();
        }

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.Founded && r.Target == meeting);
        g.Relation(RelationTypes.MemberOf, "中南大学", alliance).Should().NotBeNull();
        g.Relation(RelationTypes.HoldsPosition, "周明", alliance)!.Properties["title"].Should().Be("理事长");
        g.Relation(RelationTypes.PartnersWith, alliance, "中国银行长沙分行").Should().NotBeNull();
    }

    [Fact]
    public void A_talk_with_its_title_between_作_and_报告_is_attendance()
    {
        var g = ExtractorFixture.Run("2025杭州智能制造论坛在杭州举行。浙江大学教授陈思作了《工业智能的新范式》专题报告，区长王强致欢迎辞。");

        g.Relation(RelationTypes.Attended, "陈思", "2025杭州智能制造论坛").Should().NotBeNull();
        g.Relation(RelationTypes.Attended, "王强", "2025杭州智能制造论坛").Should().NotBeNull();
    }

    [Fact]
    public void Members_listed_after_成员单位_belong_to_the_alliance_the_text_is_about()
    {
        var g = ExtractorFixture.Run("浙江省储能产业创新联盟在杭州成立。首批成员单位共18家，包括浙江大学、浙江工业大学和杭州储能科技有限公司。");

        foreach (var member in new[] { "浙江大学", "浙江工业大学", "杭州储能科技有限公司" })
        {
            g.Relation(RelationTypes.MemberOf, member, "浙江省储能产业创新联盟").Should().NotBeNull();
        }
    }

    [Theory]
    [InlineData("杭州海洋装备研究院是由杭州市人民政府与浙江大学共建的新型研发机构。", "杭州市人民政府", "杭州海洋装备研究院")]
    [InlineData("杭州海洋装备研究院是经浙江省人民政府批复设立的新型研发机构。", "浙江省人民政府", "杭州海洋装备研究院")]
    [InlineData("其中杭州储能科技有限公司为“杭州储能科技有限公司院士专家工作站”建站单位。", "杭州储能科技有限公司", "杭州储能科技有限公司院士专家工作站")]
    public void What_a_copula_or_a_seat_says_was_founded_is_founded(string text, string founder, string founded)
    {
        ExtractorFixture.Run(text).Relation(RelationTypes.Founded, founder, founded).Should().NotBeNull();
    }

    [Fact]
    public void A_founding_president_holds_the_post_and_founded_the_body()
    {
        var g = ExtractorFixture.Run("英国华人材料学会创始会长、伦敦大学学院教授许文出席活动。");

        g.Relation(RelationTypes.HoldsPosition, "许文", "英国华人材料学会")!.Properties["title"].Should().Be("会长");
        g.Relation(RelationTypes.Founded, "许文", "英国华人材料学会").Should().NotBeNull();
    }

    [Fact]
    public void A_base_recognised_under_a_programme_is_its_member_but_not_of_a_category()
    {
        var g = ExtractorFixture.Run("会上，浙江大学海智计划工作站被正式认定为“海外智力为国服务行动计划”工作站。杭州储能科技有限公司被认定为省级科普教育基地。");

        g.Relation(RelationTypes.MemberOf, "浙江大学海智计划工作站", "海外智力为国服务行动计划").Should().NotBeNull();
        g.Relations.Should().NotContain(r => r.Type == RelationTypes.MemberOf && r.Source == "杭州储能科技有限公司");
    }

    [Fact]
    public void A_meeting_named_from_its_year_takes_the_body_before_it_and_a_plan_founds_nothing()
    {
        var g = ExtractorFixture.Run("旅法华人材料协会2025年年会在巴黎召开。会议希望扩大青年会员队伍。双方商定，本会将在杭州海智基地设立旅法华人材料协会杭州联络处。");

        g.Entity(EntityTypes.Event, "旅法华人材料协会2025年年会").Should().NotBeNull();
        g.Entities.Where(e => e.Type == EntityTypes.Event).Should().ContainSingle();
        g.Relations.Should().NotContain(r => r.Type == RelationTypes.Founded);
    }

    [Theory]
    [InlineData("主办单位：湖南省科协")]
    [InlineData("主办")]
    [InlineData("承办：长沙市科协；协办：湖南大学")]
    public void A_sentence_that_opens_with_a_trigger_is_read_without_error(string text)
    {
        var act = () => ExtractorFixture.Run(text);

        act.Should().NotThrow();
    }
    [Fact]
    public void Builder_named_in_brackets_after_a_base_founded_it()
    {
        var g = ExtractorFixture.Run("1.“科创中国”氢能装备创新基地（建设单位：山东氢动新能源科技有限公司）");

        g.Relation(RelationTypes.Founded, "山东氢动新能源科技有限公司", "“科创中国”氢能装备创新基地").Should().NotBeNull();
    }

    [Theory]
    [InlineData("福建日报讯（记者 陈雅琳）11月5日，院士专家工作站在安溪揭牌。", "福建日报", "记者")]
    [InlineData("2024-09-21 08:45\u3000来源：大众日报\u3000\u3000记者\u3000孟凡清", "大众日报", "记者")]
    [InlineData("科技日报记者\u3000韦晓琳", "科技日报", "记者")]
    [InlineData("湖北日报全媒记者 周雅琴", "湖北日报", "全媒记者")]
    public void A_reporter_holds_the_post_at_the_outlet_named_in_the_byline(string line, string outlet, string title)
    {
        var g = ExtractorFixture.Run("广西柳江机械工业集团成立企业科协\n\n" + line);

        var person = g.Entities.Single(e => e.Type == EntityTypes.Person).Name;
        g.Entity(EntityTypes.Organization, outlet)!.Kind.Should().Be(OrganizationKinds.Media);
        g.Relation(RelationTypes.HoldsPosition, person, outlet)!.Properties["title"].Should().Be(title);
    }

    [Fact]
    public void A_reporter_of_an_unnamed_paper_holds_no_post()
    {
        var g = ExtractorFixture.Run("本报讯（记者 陈雅琳）11月5日，福建日报社举办开放日。");

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.HoldsPosition);
    }
    [Fact]
    public void Holders_of_a_governing_seat_are_members_of_the_alliance()
    {
        var g = ExtractorFixture.Run(
            "福建省海洋生物医药产业创新联盟召开理事会。调整后，联盟理事长单位为厦门大学，副理事长单位为集美大学、福州大学和福建华康海洋药业股份有限公司。增补宁德时代新能源科技股份有限公司为理事单位。");

        const string alliance = "福建省海洋生物医药产业创新联盟";
        foreach (var member in new[] { "厦门大学", "集美大学", "福州大学", "福建华康海洋药业股份有限公司", "宁德时代新能源科技股份有限公司" })
        {
            g.Relation(RelationTypes.MemberOf, member, alliance).Should().NotBeNull(member);
        }

        g.Relation(RelationTypes.MemberOf, "集美大学", "福州大学").Should().BeNull("a seat's holders are not members of each other");
    }

    [Fact]
    public void A_seat_named_with_its_alliance_makes_the_sentence_subject_a_member()
    {
        var g = ExtractorFixture.Run("陕西秦源氢能装备有限公司是国家级专精特新企业、陕西省氢能产业技术创新战略联盟副理事长单位。");

        g.Relation(RelationTypes.MemberOf, "陕西秦源氢能装备有限公司", "陕西省氢能产业技术创新战略联盟").Should().NotBeNull();
    }

    [Fact]
    public void Founders_after_a_dated_by_found_the_subject()
    {
        var g = ExtractorFixture.Run("长三角集成电路产业创新联盟在上海召开理事会。该联盟于2021年由上海市集成电路行业协会和江苏省半导体行业协会共同发起成立。");

        g.Relation(RelationTypes.Founded, "江苏省半导体行业协会", "长三角集成电路产业创新联盟").Should().NotBeNull();
    }
    [Fact]
    public void Bodies_whose_heads_attend_on_invitation_attended()
    {
        var g = ExtractorFixture.Run("长兴县科学技术协会第九次代表大会开幕\n\n吴兴区科协、德清县科协负责人应邀出席。");

        g.Relation(RelationTypes.Attended, "吴兴区科协", "长兴县科学技术协会第九次代表大会").Should().NotBeNull();
        g.Relation(RelationTypes.Attended, "德清县科协", "长兴县科学技术协会第九次代表大会").Should().NotBeNull();
        g.Entities.Should().NotContain(e => e.Name == "应邀");
    }
    [Fact]
    public void Speakers_of_several_titled_talks_attended()
    {
        var g = ExtractorFixture.Run(
            "2025智能控制与自动化国际会议在沈阳开幕\n东北大学教授郑海峰，浙江大学教授顾文涛分别作了题为《工业智能的未来》《数据驱动的鲁棒控制》的特邀报告。");

        g.Relation(RelationTypes.Attended, "郑海峰", "2025智能控制与自动化国际会议").Should().NotBeNull();
        g.Relation(RelationTypes.Attended, "顾文涛", "2025智能控制与自动化国际会议").Should().NotBeNull();
    }
    [Fact]
    public void Both_sides_of_an_agreement_signed_before_found_what_they_build_together()
    {
        var g = ExtractorFixture.Run(
            "5月8日，山东海瑞新材料股份有限公司与青岛科技大学签署合作协议。根据协议，双方共建“青岛科技大学—海瑞新材高性能橡塑材料联合实验室”。");

        const string lab = "青岛科技大学—海瑞新材高性能橡塑材料联合实验室";
        g.Entity(EntityTypes.Organization, lab)!.Kind.Should().Be(OrganizationKinds.ResearchInstitute);
        g.Relation(RelationTypes.Founded, "山东海瑞新材料股份有限公司", lab).Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "青岛科技大学", lab).Should().NotBeNull();
    }

    [Fact]
    public void Both_sides_without_an_agreement_before_found_nothing()
    {
        var g = ExtractorFixture.Run("青岛科技大学举办开放日。双方共建太行—中北智能感知联合研究中心。");

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.Founded);
    }
    [Fact]
    public void Sponsor_line_with_guidance_and_a_youth_league_committee()
    {
        var g = ExtractorFixture.Run(
            "2024年昆明市科技志愿服务进校园活动启动\n活动由昆明市科学技术协会、共青团昆明市委员会主办，云南省科协给予指导。");

        const string e = "2024年昆明市科技志愿服务进校园活动";
        g.Relation(RelationTypes.Organized, "共青团昆明市委员会", e)!.Properties["role"].Should().Be("host");
        g.Relation(RelationTypes.Organized, "昆明市科学技术协会", e)!.Properties["role"].Should().Be("host");
        g.Relation(RelationTypes.Organized, "云南省科协", e)!.Properties["role"].Should().Be("guide");
    }

    [Fact]
    public void A_bare_event_head_before_by_is_the_event_of_the_headline()
    {
        var g = ExtractorFixture.Run("2025建始魔芋产业科技对接会举行\n对接会由建始县人民政府主办，建始县科协承办。");

        g.Relation(RelationTypes.Organized, "建始县人民政府", "2025建始魔芋产业科技对接会")!.Properties["role"].Should().Be("host");
        g.Relation(RelationTypes.Organized, "建始县科协", "2025建始魔芋产业科技对接会")!.Properties["role"].Should().Be("organizer");
    }

    [Fact]
    public void An_event_named_with_a_verb_inside_is_found_whole()
    {
        var g = ExtractorFixture.Run("由贵阳市人民政府主办的2025年贵阳市科技成果转化对接大会在贵阳举行。");

        g.Relation(RelationTypes.Organized, "贵阳市人民政府", "2025年贵阳市科技成果转化对接大会").Should().NotBeNull();
    }
    [Fact]
    public void An_event_named_after_its_body_keeps_the_body_across_a_bracketed_english_name()
    {
        var g = ExtractorFixture.Run(
            "10月26日，加拿大华人科技创新协会（Canadian Chinese Association for Science and Innovation，简称CCASI）2024年年会在多伦多举行，会长孙海燕致辞。");

        g.Entity(EntityTypes.Event, "加拿大华人科技创新协会2024年年会").Should().NotBeNull();
        g.Relation(RelationTypes.Attended, "孙海燕", "加拿大华人科技创新协会2024年年会").Should().NotBeNull();
    }
    [Fact]
    public void An_alliance_named_with_a_descriptive_word_after_its_place_is_founded_and_joined()
    {
        var g = ExtractorFixture.Run(
            "四川省高校院所技术转移联盟当天成立。联盟由四川大学牵头发起，首批成员单位包括电子科技大学、西南交通大学等32家单位。会上，成都理工大学等5家单位正式加入。");

        const string alliance = "四川省高校院所技术转移联盟";
        g.Entity(EntityTypes.Organization, alliance)!.Kind.Should().Be(OrganizationKinds.Alliance);
        g.Relation(RelationTypes.Founded, "四川大学", alliance).Should().NotBeNull();
        g.Relation(RelationTypes.MemberOf, "西南交通大学", alliance).Should().NotBeNull();
        g.Relation(RelationTypes.MemberOf, "成都理工大学", alliance).Should().NotBeNull();
    }

    [Fact]
    public void A_descriptive_word_after_a_place_with_nothing_after_it_is_a_category()
    {
        var g = ExtractorFixture.Run("广东省高校科协工作交流会在广州召开。");

        g.Entities.Should().NotContain(e => e.Name == "广东省高校科协");
    }
}
