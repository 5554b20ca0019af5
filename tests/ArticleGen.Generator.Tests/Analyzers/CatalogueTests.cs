using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>
/// Each catalogue ID on real-world variants. These check the ID, its severity and the line it points at; where exactly
/// a missing part is reported is the parser's call, so the columns are left to <see cref="ArticleAnalyzerTests"/>.
/// </summary>
public class CatalogueTests
{
    [Theory]
    [InlineData("Moscow (Reuters) - Members of the Russian military arrived.\n")] // place not in capitals
    [InlineData("MOSCOW (Reuters) -Members of the Russian military arrived.\n")] // no space after the dash
    [InlineData("FRANKFURT, March 28- The Bundesbank came into the market.\n")] // no space before the dash
    [InlineData("QUITO, March 28 -Construction workers today began building.\n")]
    [InlineData("VIENNA (Reuters - OPEC may resist calls to raise oil output.\n")] // agency parenthesis unclosed
    [InlineData("PORT-AU-PRINCE, Haiti (Reuters - Shooting erupted on Wednesday.\n")]
    [InlineData("GENEVA (Reuters) Swiss voters rejected the plan.\n")] // dash after the agency missing
    [InlineData("Tokyo, March 28 - The Finance Ministry plans to ease restrictions.\n")]
    public Task Malformed_dateline(string lede) => AssertRaisedAtLine(Articles.WithLede(lede), "ART001", line: 5);

    [Theory]
    [InlineData("CARACAS, Venezuela (Reuters) - Shooting erupted.\n")]
    [InlineData("ROCHESTER, N.Y., March 28 - Eastman Kodak Co said.\n")]
    [InlineData("NEW YORK (AP) - Stocks rose.\n")]
    [InlineData("PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted on Wednesday.\n")]
    public async Task Well_formed_datelines_raise_nothing(string lede) =>
        Assert.Empty(await DiagnosticsAsync(Articles.WithLede(lede)));

    [Fact]
    public async Task Missing_dateline_is_info()
    {
        var diagnostics = await DiagnosticsAsync(Articles.WithLede("Members of the Russian military have arrived in Venezuela.\n"));
        Diagnostic missing = Assert.Single(diagnostics);
        Assert.Equal("ART002", missing.Id);
        Assert.Equal(DiagnosticSeverity.Info, missing.Severity);
    }

    [Fact]
    public Task Missing_credits() => AssertRaised(Articles.Clean.Replace(Articles.Credits, string.Empty), "ART003");

    [Fact]
    public async Task Byline_counts_as_credits() =>
        Assert.Empty(await DiagnosticsAsync(Articles.Clean.Replace(Articles.Credits, string.Empty).Replace("\n\n[March", "\n\nBy Jonathan Clayton\n\n[March")));

    [Theory]
    [InlineData("(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky\n")] // unbalanced parenthesis
    [InlineData("(Reportng by Maxim Rodionov; Editing by Raissa Kasolowsky)\n")] // unknown role
    [InlineData("(Reporting by ; Editing by Raissa Kasolowsky)\n")] // empty name
    [InlineData("(Reporting by Maxim Rodionov Editing by Raissa Kasolowsky)\n")] // roles run together
    public Task Malformed_credits(string credits) => AssertRaisedAtLine(Articles.Clean.Replace(Articles.Credits, credits), "ART004", line: 11);

    [Fact]
    public Task Missing_headline() => AssertRaised(Articles.Clean.Substring(Articles.Headline.Length + 2), "ART006");

    [Theory]
    [InlineData("[Marhc 28, 2019]")]
    [InlineData("[March 32, 2019]")]
    public Task Unreadable_publication_date(string dateLine) => AssertRaisedAtLine(Articles.Clean.Replace("[March 28, 2019]", dateLine), "ART007", line: 3);

    [Fact]
    public Task Missing_publication_date() => AssertRaised(Articles.Clean.Replace("[March 28, 2019]\n\n", string.Empty), "ART007");

    [Fact]
    public Task Dateline_date_far_from_publication_date() =>
        AssertRaisedAtLine(
            Articles.Clean.Replace("[March 28, 2019]", "[MARCH 2, 1987]").Replace("MOSCOW (Reuters) -", "BRUSSELS, March 9 -"),
            "ART008",
            line: 5);

    [Fact]
    public async Task Dateline_date_one_day_off_is_normal() =>
        Assert.Empty(await DiagnosticsAsync(
            Articles.Clean.Replace("[March 28, 2019]", "[MARCH 2, 1987]").Replace("MOSCOW (Reuters) -", "BRUSSELS, March 3 -")));

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    [InlineData("\0\0\u0001PNG\0\0")]
    [InlineData("Headline\n\n[March 28, 2019]\n\nMOSCOW (Reuters) - Caf\uFFFD opens.\n")]
    public Task Unreadable_content(string text) => AssertRaised(text, "ART010");

    private static async Task AssertRaised(string text, string id)
    {
        var diagnostics = await DiagnosticsAsync(text);
        Assert.Contains(diagnostics, d => d.Id == id);
        Assert.All(diagnostics.Where(d => d.Id == id), d => Assert.EndsWith("article.txt", d.Location.GetLineSpan().Path));
    }

    private static async Task AssertRaisedAtLine(string text, string id, int line)
    {
        var diagnostics = await DiagnosticsAsync(text);
        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain(diagnostics, d => d.Id != id && d.Severity >= DiagnosticSeverity.Warning);
    }

    private static async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync(string text) =>
        await AnalyzerRunner.RunAsync(new[] { ("/p/Articles/article.txt", text) });
}
