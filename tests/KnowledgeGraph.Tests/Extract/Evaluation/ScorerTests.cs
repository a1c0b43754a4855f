using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Ingest.Extract.Evaluation;

namespace KnowledgeGraph.Tests.Extract.Evaluation;

public class ScorerTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Eval", "Scoring");

    [Fact]
    public void Scores_the_fixture_as_computed_by_hand()
    {
        var report = Scorer.Score(GoldReader.Load(Path.Combine(Fixture, "gold")), GoldReader.Load(Path.Combine(Fixture, "pred.json")));

        // alias-only, whitespace and 《》 matches count; 乙公司 is spurious; 甲学会 and s2's 李四 are missed
        report.Entities["ALL"].Should().Be(new TypeScore(4, 1, 2));
        report.Entities["Organization"].Should().Be(new TypeScore(2, 1, 1));
        // PARTNERS_WITH written the other way round still matches; ATTENDED missed, MET_WITH spurious
        report.Relations["ALL"].Should().Be(new TypeScore(4, 1, 1));
        report.Relations["PARTNERS_WITH"].Should().Be(new TypeScore(1, 0, 0));
        report.KindAccuracy.Should().Be(0.5);       // Association right, Department predicted Other
        report.RoleTitleAccuracy.Should().Be(0.5);  // 主任 is a post of 部长(主任); organizer is not host
        report.Entities["ALL"].F1.Should().BeApproximately(0.727, 0.001);
    }

    [Theory]
    [InlineData("党组书记、常务副主席兼秘书长", "秘书长")]
    [InlineData("部长（主任）", "主任")]
    [InlineData("副主席及秘书长", "副主席")]
    public void A_title_matches_any_of_its_posts(string chain, string post) =>
        ScoreNames.TitleParts(chain).Should().Contain(post);

    [Fact]
    public void Agrees_with_score_py_when_python_is_present()
    {
        var script = FindScorePy();
        if (script is null || !HasPython())
        {
            return; // the hand-computed figures above are the check without python
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { script, Path.Combine(Fixture, "gold"), Path.Combine(Fixture, "pred.json"), "--json" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var json = JsonDocument.Parse(output);
        var report = Scorer.Score(GoldReader.Load(Path.Combine(Fixture, "gold")), GoldReader.Load(Path.Combine(Fixture, "pred.json")));
        foreach (var (part, rows) in new[] { ("entities", report.Entities), ("relations", report.Relations) })
        {
            var py = json.RootElement.GetProperty(part);
            py.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(rows.Keys);
            foreach (var row in py.EnumerateObject())
            {
                var s = rows[row.Name];
                (row.Value.GetProperty("tp").GetInt32(), row.Value.GetProperty("fp").GetInt32(), row.Value.GetProperty("fn").GetInt32()).Should().Be((s.Tp, s.Fp, s.Fn), row.Name);
            }
        }

        json.RootElement.GetProperty("org_kind_accuracy").GetDouble().Should().Be(report.KindAccuracy);
        json.RootElement.GetProperty("role_title_accuracy").GetDouble().Should().Be(report.RoleTitleAccuracy);
    }

    /// <summary>The shared scorer, found in a <c>shared/eval</c> folder beside an ancestor of the test binaries.</summary>
    private static string? FindScorePy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "score.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool HasPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "python3")));
}
