using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Benchmarks.Generate;

/// <summary>
/// Makes the names of generated bodies, people, events and programmes the way the real ones are built: a place
/// (province or city) + a field + a suffix of the body's kind (广东省人工智能学会, 杭州市新材料产业联盟), people from a
/// surname and one or two given-name characters (王晓明). Everything is drawn from the caller's seeded <see cref="Random"/>.
/// </summary>
public static class ChineseNames
{
    private static readonly string[] Provinces =
    [
        "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省",
        "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
        "甘肃省", "青海省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    ];

    private static readonly string[] Cities =
    [
        "广州市", "深圳市", "珠海市", "佛山市", "东莞市", "杭州市", "宁波市", "温州市", "南京市", "苏州市", "无锡市", "常州市",
        "合肥市", "福州市", "厦门市", "泉州市", "南昌市", "济南市", "青岛市", "烟台市", "郑州市", "洛阳市", "武汉市", "宜昌市",
        "长沙市", "株洲市", "成都市", "绵阳市", "贵阳市", "昆明市", "西安市", "兰州市", "西宁市", "银川市", "乌鲁木齐市", "拉萨市",
        "南宁市", "桂林市", "海口市", "三亚市", "石家庄市", "唐山市", "太原市", "大同市", "沈阳市", "大连市", "长春市", "哈尔滨市",
    ];

    private static readonly string[] Fields =
    [
        "人工智能", "新材料", "生物医药", "集成电路", "新能源汽车", "海洋科学", "空间科学", "量子信息", "智能制造", "现代农业",
        "中医药", "地质", "气象", "环境科学", "水利", "电子学", "计算机", "通信", "机械工程", "化学", "物理", "数学", "医学",
        "生态", "食品科学", "纺织工程", "建筑", "交通运输", "科普", "青年科技工作者", "女科技工作者", "老科技工作者", "工程师",
    ];

    private static readonly (string Suffix, string Kind)[] OrgForms =
    [
        ("学会", OrganizationKinds.Society), ("协会", OrganizationKinds.Society), ("研究会", OrganizationKinds.Society),
        ("产业联盟", OrganizationKinds.Alliance), ("创新联盟", OrganizationKinds.Alliance), ("产业技术创新战略联盟", OrganizationKinds.Alliance),
        ("研究院", OrganizationKinds.ResearchInstitute), ("研究所", OrganizationKinds.ResearchInstitute), ("重点实验室", OrganizationKinds.ResearchInstitute),
        ("科技有限公司", OrganizationKinds.Enterprise), ("股份有限公司", OrganizationKinds.Enterprise),
        ("创新中心", OrganizationKinds.Platform), ("院士专家工作站", OrganizationKinds.Platform),
    ];

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "欧阳", "司马", "诸葛",
    ];

    private static readonly string[] GivenChars =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "晓", "华", "建", "国", "志", "文", "海", "红", "玉", "春", "立", "新", "东", "宏", "永", "德", "光", "俊",
        "辉", "鹏", "飞", "斌", "宇", "浩", "凯", "瑞", "欣", "怡", "思", "雨", "晨", "曦", "楚", "瑜", "身", "洪", "锋", "毅",
    ];

    private static readonly string[] EventForms =
    [
        "学术年会", "创新发展论坛", "科技成果对接会", "学术交流大会", "国际研讨会", "创新创业大赛", "科技活动周", "高峰论坛",
    ];

    private static readonly string[] ProgramForms = ["创新行动计划", "人才计划", "科技服务行动", "合作框架协议", "专项行动"];

    public static string Place(Random rng) => rng.Next(3) == 0 ? Provinces[rng.Next(Provinces.Length)] : Cities[rng.Next(Cities.Length)];

    /// <summary>An organization's name and kind; <paramref name="kind"/> forces one (Association: a 科协 of the place).</summary>
    public static (string Name, string Kind) Organization(Random rng, string? kind = null)
    {
        if (kind == OrganizationKinds.Association || (kind is null && rng.Next(12) == 0))
        {
            return (Place(rng) + "科学技术协会", OrganizationKinds.Association);
        }

        if (kind == OrganizationKinds.University || (kind is null && rng.Next(12) == 0))
        {
            var city = Cities[rng.Next(Cities.Length)];
            return (Short(city) + Fields[rng.Next(Fields.Length)][..2] + "大学", OrganizationKinds.University);
        }

        var forms = kind is null ? OrgForms : OrgForms.Where(f => f.Kind == kind).DefaultIfEmpty(OrgForms[0]).ToArray();
        var (suffix, formKind) = forms[rng.Next(forms.Length)];
        return (Place(rng) + Fields[rng.Next(Fields.Length)] + suffix, formKind);
    }

    public static string Person(Random rng)
    {
        var given = GivenChars[rng.Next(GivenChars.Length)] + (rng.Next(3) == 0 ? string.Empty : GivenChars[rng.Next(GivenChars.Length)]);
        return Surnames[rng.Next(Surnames.Length)] + given;
    }

    public static string Event(Random rng, int year) => $"{year}年{Short(Place(rng))}{Fields[rng.Next(Fields.Length)]}{EventForms[rng.Next(EventForms.Length)]}";

    /// <summary>广东 for 广东省, 杭州 for 杭州市: the form used inside event and programme names.</summary>
    private static string Short(string place) => place.EndsWith('省') || place.EndsWith('市') ? place[..^1] : place;

    public static string Program(Random rng) => Short(Place(rng)) + Fields[rng.Next(Fields.Length)] + ProgramForms[rng.Next(ProgramForms.Length)];
}
