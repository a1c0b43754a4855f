using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>
/// Per-type entity and relation scores (micro-averaged over documents, with an "ALL" row), organisation-kind and
/// role/title accuracy, and the errors in the order score.py lists them.
/// </summary>
public sealed record EvaluationReport(
    int Documents,
    IReadOnlyDictionary<string, TypeScore> Entities,
    IReadOnlyDictionary<string, TypeScore> Relations,
    double? KindAccuracy,
    double? RoleTitleAccuracy,
    IReadOnlyList<string> Errors)
{
    /// <summary>The report as score.py prints it (same layout, so the two can be diffed).</summary>
    public string Format(int showErrors = 0)
    {
        var sb = new StringBuilder();
        void Table(string title, IReadOnlyDictionary<string, TypeScore> rows)
        {
            sb.Append(title).Append(":\n");
            foreach (var (type, s) in rows)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {type,-18} P={s.Precision:F3} R={s.Recall:F3} F1={s.F1:F3}  (tp={s.Tp} fp={s.Fp} fn={s.Fn})\n");
            }
        }

        Table("entities", Entities);
        Table("relations", Relations);
        sb.Append(KindAccuracy is { } k ? string.Create(CultureInfo.InvariantCulture, $"org kind accuracy: {k:F3}\n") : "org kind accuracy: n/a\n");
        sb.Append(RoleTitleAccuracy is { } r ? string.Create(CultureInfo.InvariantCulture, $"role/title accuracy: {r:F3}\n") : "role/title accuracy: n/a\n");
        foreach (var e in Errors.Take(showErrors))
        {
            sb.Append("   ").Append(e).Append('\n');
        }

        sb.Append(CultureInfo.InvariantCulture, $"entity F1={Entities["ALL"].F1:F3} relation F1={Relations["ALL"].F1:F3}\n");
        return sb.ToString();
    }
}
