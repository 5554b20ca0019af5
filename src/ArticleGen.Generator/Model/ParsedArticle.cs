namespace ArticleGen.Generator.Model;

/// <summary>Everything the parser recovers from one article file. Plain values, so it caches in the pipeline.</summary>
internal sealed record ParsedArticle(
    string Headline,
    string? Byline,
    PublicationDate? Published,
    DatelineSpec? Dateline,
    EquatableArray<string> Paragraphs,
    EquatableArray<PhotoSpec> Photos,
    CreditsSpec? Credits,
    string? Copyright);

/// <summary>The wire dateline that opens the lede, e.g. <c>CARACAS, Venezuela (Reuters) -</c>.</summary>
/// <param name="Text">The dateline as written, dash included (<c>MOSCOW (Reuters) -</c>), whitespace collapsed.</param>
/// <param name="Malformed">True where it breaks wire style (ART001); the parts are still recovered.</param>
internal sealed record DatelineSpec(
    string Location,
    string? Region,
    string? Date,
    string? Agency,
    string Text,
    bool Malformed);

/// <summary>A photo caption split from its credit, e.g. <c>REUTERS/Carlos Garcia Rawlins</c>.</summary>
internal sealed record PhotoSpec(string Caption, string Credit, string? Photographer, string? Agency);

/// <summary>Names by role from a credits line such as <c>(Reporting by ...; Editing by ...)</c>.</summary>
internal sealed record CreditsSpec(
    EquatableArray<string> Reporting,
    EquatableArray<string> AdditionalReporting,
    EquatableArray<string> Writing,
    EquatableArray<string> Editing);

/// <summary>A calendar date; netstandard2.0 has no DateOnly, and DateTime would drag in time zones.</summary>
internal readonly record struct PublicationDate(int Year, int Month, int Day)
{
    /// <summary>ISO 8601, <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() =>
        Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
