using System.Collections.Generic;
using System.Collections.Immutable;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalogue (docs/diagnostics/ARTnnn.md), in one place. Every message format takes
/// {0} = <see cref="Finding.Subject"/>, the offending text (the file name where there is none, see
/// <see cref="FileReports"/>), and {1} = <see cref="Finding.Detail"/>, what is wrong with it.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/articlegen/articlegen/blob/main/docs/diagnostics/";

    private const string Dateline = "ArticleGen.Dateline";
    private const string Credits = "ArticleGen.Credits";
    private const string Layout = "ArticleGen.Layout";
    private const string Structure = "ArticleGen.Structure";
    private const string Naming = "ArticleGen.Naming";
    private const string File = "ArticleGen.File";

    public static readonly DiagnosticDescriptor MalformedDateline = Create(
        DiagnosticIds.MalformedDateline,
        "Malformed dateline",
        "Malformed dateline '{0}': {1}",
        Dateline,
        DiagnosticSeverity.Warning,
        "The lede opens with a dateline that breaks wire style: the place is not in capitals, a space is missing around the dash, the agency parenthesis is unclosed, the dash after the agency is missing, or there are two dashes.");

    public static readonly DiagnosticDescriptor MissingDateline = Create(
        DiagnosticIds.MissingDateline,
        "Missing dateline",
        "The lede '{0}' has no dateline",
        Dateline,
        DiagnosticSeverity.Info,
        "The lede has no dateline such as 'MOSCOW (Reuters) -'. Local stories and BBC copy have none, which is why this is Info.");

    public static readonly DiagnosticDescriptor MissingCredits = Create(
        DiagnosticIds.MissingCredits,
        "Missing credits",
        "No credits line or byline in '{0}': {1}",
        Credits,
        DiagnosticSeverity.Warning,
        "There is neither a credits line such as '(Reporting by ...; Editing by ...)' nor a 'By NAME' byline.");

    public static readonly DiagnosticDescriptor MalformedCredits = Create(
        DiagnosticIds.MalformedCredits,
        "Malformed credits",
        "Malformed credits '{0}': {1}",
        Credits,
        DiagnosticSeverity.Warning,
        "The credits line has an unbalanced parenthesis, an unknown role, an empty name, or roles run together without ';'.");

    public static readonly DiagnosticDescriptor LeftoverLayoutMarker = Create(
        DiagnosticIds.LeftoverLayoutMarker,
        "Leftover layout marker",
        "Leftover {1} '{0}'",
        Layout,
        DiagnosticSeverity.Warning,
        "Page chrome is left in the text: layout markers such as 'Send a link to a friend', '[to top of second column]' and table pipes, and on a real page each run of chrome lines (navigation, cookie banner, share buttons, related links, footer) as one diagnostic that says what it is.");

    public static readonly DiagnosticDescriptor MissingHeadline = Create(
        DiagnosticIds.MissingHeadline,
        "Missing headline",
        "No headline in '{0}': {1}",
        Structure,
        DiagnosticSeverity.Warning,
        "No headline is found before the date line or the body.");

    public static readonly DiagnosticDescriptor MissingPublicationDate = Create(
        DiagnosticIds.MissingPublicationDate,
        "Missing or unreadable publication date",
        "Missing or unreadable publication date '{0}': {1}",
        Structure,
        DiagnosticSeverity.Warning,
        "There is no bracketed date line such as '[March 28, 2019]', or it cannot be read.");

    public static readonly DiagnosticDescriptor DatelineDateDisagrees = Create(
        DiagnosticIds.DatelineDateDisagrees,
        "Dateline date disagrees with publication date",
        "Dateline date '{0}' disagrees with the publication date: {1}",
        Dateline,
        DiagnosticSeverity.Warning,
        "The dateline's date and the publication date are more than one day apart. One day apart is normal across time zones.");

    public static readonly DiagnosticDescriptor DuplicateArticleName = Create(
        DiagnosticIds.DuplicateArticleName,
        "Duplicate article name",
        "Article name '{0}' is already taken by '{1}'; this file's member gets a numeric suffix",
        Naming,
        DiagnosticSeverity.Warning,
        "Two files map to the same C# name; the later one, in ordinal path order, gets a numeric suffix.");

    public static readonly DiagnosticDescriptor UnreadableArticleFile = Create(
        DiagnosticIds.UnreadableArticleFile,
        "Unreadable article file",
        "Unreadable article file '{0}': {1}",
        File,
        DiagnosticSeverity.Warning,
        "The file is empty, over the size cap (ArticleGenMaxFileSize), not valid UTF-8, or binary.");

    public static readonly DiagnosticDescriptor LeftoverMarkup = Create(
        DiagnosticIds.LeftoverMarkup,
        "Leftover markup",
        "Leftover markup '{0}'",
        Layout,
        DiagnosticSeverity.Warning,
        "HTML is left in the text: entities, closing tags, tags with attributes, <br>, <hr> and <p>. Ticker symbols in angle brackets such as <AAPL.O> are content.");

    public static readonly DiagnosticDescriptor TextSetAside = Create(
        DiagnosticIds.TextSetAside,
        "Text set aside",
        "Text set aside '{0}': {1}",
        Layout,
        DiagnosticSeverity.Info,
        "Prose, lists or tables outside the article the parser chose (comments, teasers, another story, or the article itself where the choice is wrong) are left out of the fields but kept in the file: no fix that removes chrome deletes them. Info by default; reported as a warning where the parser is unsure of the article, so that the build shows the doubt.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        MalformedDateline,
        MissingDateline,
        MissingCredits,
        MalformedCredits,
        LeftoverLayoutMarker,
        MissingHeadline,
        MissingPublicationDate,
        DatelineDateDisagrees,
        DuplicateArticleName,
        UnreadableArticleFile,
        LeftoverMarkup,
        TextSetAside);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    /// <summary>The descriptor for a catalogue ID, or null for an ID the catalogue does not know.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out DiagnosticDescriptor? descriptor) ? descriptor : null;

    private static Dictionary<string, DiagnosticDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (DiagnosticDescriptor descriptor in All)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md");
}
