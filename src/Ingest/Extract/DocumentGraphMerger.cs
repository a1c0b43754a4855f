using KnowledgeGraph.Ingest.Extract.Coreference;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;

namespace KnowledgeGraph.Ingest.Extract;

/// <summary>
/// Merges the graphs of the articles of one input document into one graph (the gold is per file): entities of a type
/// that share a normalised name or alias become one, named by the fullest form; relations are re-pointed to the
/// merged names and de-duplicated per type and ends, keeping the strongest ORGANIZED role.
/// </summary>
public static class DocumentGraphMerger
{
    public static DocumentGraph Merge(string document, IReadOnlyList<DocumentGraph> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = string.Join("\n", parts.Select(p => p.Article.Text));
        var article = parts.Count == 1 ? parts[0].Article : new Article(document, document, text) { Title = parts.FirstOrDefault()?.Article.Title };

        // union-find over entities by shared forms
        var all = parts.SelectMany(p => p.Entities).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var byForm = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var form in Forms(all[i]))
            {
                var key = all[i].Type + "|" + form;
                if (byForm.TryGetValue(key, out var j))
                {
                    parent[Find(i)] = Find(j);
                }
                else
                {
                    byForm[key] = i;
                }
            }
        }

        var merged = new List<ExtractedEntity>();
        var rename = new Dictionary<(string, string), string>();
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(Find))
        {
            var members = group.Select(i => all[i]).ToList();
            var name = members.Select(e => e.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
            var aliases = members.SelectMany(e => e.Aliases.Append(e.Name)).Where(a => a != name).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
            var properties = new Dictionary<string, string>();
            foreach (var e in members)
            {
                foreach (var (k, v) in e.Properties)
                {
                    properties.TryAdd(k, v);
                }

                rename[(e.Type, e.Name)] = name;
            }

            merged.Add(new ExtractedEntity(members[0].Type, name)
            {
                Kind = members.Select(e => e.Kind).FirstOrDefault(k => k is not null),
                Aliases = aliases,
                Properties = properties,
                Mentions = members.SelectMany(e => e.Mentions).ToList(),
            });
        }

        var typeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in parts)
        {
            foreach (var e in p.Entities)
            {
                typeOf.TryAdd(e.Name, e.Type);
            }
        }

        string Rename(string name) => typeOf.TryGetValue(name, out var t) && rename.TryGetValue((t, name), out var n) ? n : name;

        var relations = new Dictionary<(string, string, string), ExtractedRelation>();
        foreach (var r in parts.SelectMany(p => p.Relations))
        {
            var renamed = r with { Source = Rename(r.Source), Target = Rename(r.Target) };
            if (renamed.Source == renamed.Target)
            {
                continue;
            }

            var key = (renamed.Type, renamed.Source, renamed.Target);
            relations[key] = relations.TryGetValue(key, out var existing) ? GraphBuilder.Combine(existing, renamed) : renamed;
        }

        return new DocumentGraph(article, merged, relations.Values.ToList());
    }

    private static IEnumerable<string> Forms(ExtractedEntity e) =>
        e.Aliases.Append(e.Name).Select(AliasResolver.Normalize).Where(f => f.Length > 1);
}
