namespace Course.Web.Search.Lunr;

/// <summary>
/// lunr.js's scoring, operation for operation so the doubles come out identical:
/// BM25 with lunr's idf, then the boosts, then <c>Math.round(score * 1000) / 1000</c>.
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>lunr's idf; <paramref name="postings"/> counts (field, document) pairs, so it may exceed the document count.</summary>
    public static double Idf(int postings, int documentCount)
    {
        double x = (documentCount - postings + 0.5) / (postings + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    public static double Score(double idf, int termFrequency, int fieldLength, double averageFieldLength, double fieldBoost, double documentBoost)
    {
        double tf = termFrequency;
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        score *= documentBoost;
        return RoundToThousandths(score);
    }

    /// <summary>JavaScript's <c>Math.round(x * 1000) / 1000</c> for the non-negative scores lunr produces.</summary>
    public static double RoundToThousandths(double score) =>
        Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;
}
