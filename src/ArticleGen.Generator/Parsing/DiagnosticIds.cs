namespace ArticleGen.Generator.Parsing;

/// <summary>The stable IDs of the diagnostic catalogue (docs/diagnostics/ARTnnn.md).</summary>
internal static class DiagnosticIds
{
    public const string MalformedDateline = "ART001";
    public const string MissingDateline = "ART002";
    public const string MissingCredits = "ART003";
    public const string MalformedCredits = "ART004";
    public const string LeftoverLayoutMarker = "ART005";
    public const string MissingHeadline = "ART006";
    public const string MissingPublicationDate = "ART007";
    public const string DatelineDateDisagrees = "ART008";
    public const string DuplicateArticleName = "ART009";
    public const string UnreadableArticleFile = "ART010";
    public const string LeftoverMarkup = "ART011";
    public const string TextSetAside = "ART012";
}
