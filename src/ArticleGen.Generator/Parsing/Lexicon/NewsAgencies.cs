using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// News agencies a wire dateline names in its parenthesis: <c>MOSCOW (Reuters) -</c>, <c>Berlin (dpa) -</c>. One piece
/// of the evidence that a lede opens with a dateline (ART001), beside a place in capitals and a dash.
/// </summary>
internal static class NewsAgencies
{
    private static readonly string[] Names =
    {
        "Reuters", "AP", "AFP", "dpa", "UPI", "Bloomberg", "ANSA", "EFE", "Xinhua", "KNA", "epd", "SID", "APA", "sda",
        "CNN", "AAP", "PTI", "Kyodo", "Yonhap", "TASS", "Interfax", "ats", "Belga", "ANP", "PAP", "Lusa", "dapd", "ddp",
    };

    /// <summary>The agency, or its first part (<c>dpa-AFX</c>, <c>AP/Reuters</c>), is on the list, ignoring case.</summary>
    public static bool IsKnown(string? agency)
    {
        if (agency is null)
        {
            return false;
        }

        int partEnd = agency.IndexOfAny(new[] { ' ', '-', '/' });
        string name = partEnd > 0 ? agency.Substring(0, partEnd) : agency;
        foreach (string known in Names)
        {
            if (string.Equals(known, agency, StringComparison.OrdinalIgnoreCase) || string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
