namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>True positives, false positives and false negatives of one type, and the figures made from them.</summary>
public sealed record TypeScore(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
