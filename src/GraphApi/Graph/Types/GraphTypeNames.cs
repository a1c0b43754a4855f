using System.Text;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Naming rules shared by the schema: GraphQL names from C# graph-type classes and from ontology terms.</summary>
public static class GraphTypeNames
{
    /// <summary>OrganizationGraphType → Organization, so generic connection types can name themselves after their node.</summary>
    public static string Of<TGraphType>() => Of(typeof(TGraphType));

    public static string Of(Type graphType)
    {
        var name = graphType.Name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^"GraphType".Length] : name;
    }

    /// <summary>Ontology names to GraphQL enum values: OverseasSociety → OVERSEAS_SOCIETY; MEMBER_OF stays MEMBER_OF.</summary>
    public static string EnumValue(string ontologyName)
    {
        var sb = new StringBuilder(ontologyName.Length + 4);
        for (var i = 0; i < ontologyName.Length; i++)
        {
            var ch = ontologyName[i];
            if (i > 0 && char.IsUpper(ch) && char.IsLower(ontologyName[i - 1]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(ch));
        }

        return sb.ToString();
    }
}
