using System.Collections.Generic;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class WireDatelineTests
{
    [Theory]
    [InlineData("ROCHESTER, N.Y., Feb 26 - Shares rose.", "ROCHESTER", "N.Y.", "Feb 26", null, "ROCHESTER, N.Y., Feb 26 -")]
    [InlineData("CARACAS, Venezuela (Reuters) - Venezuela said.", "CARACAS", "Venezuela", null, "Reuters", "CARACAS, Venezuela (Reuters) -")]
    [InlineData("LINCOLN, Neb. (AP) \u2014 The council met.", "LINCOLN", "Neb.", null, "AP", "LINCOLN, Neb. (AP) \u2014")]
    [InlineData("(CNN) -- The storm hit.", "", null, null, "CNN", "(CNN) --")]
    [InlineData("PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted.", "PORT-AU-PRINCE", "Haiti", null, "Reuters", "PORT-AU-PRINCE, Haiti (Reuters) -")]
    [InlineData("NEW YORK, March 16 - <Warburg, Pincus Capital Corp> said.", "NEW YORK", null, "March 16", null, "NEW YORK, March 16 -")]
    [InlineData("WASHINGTON, Sept. 8 - Officials said.", "WASHINGTON", null, "Sept. 8", null, "WASHINGTON, Sept. 8 -")]
    public void Reads_well_formed_datelines(string lede, string location, string? region, string? date, string? agency, string text)
    {
        var findings = new List<Finding>();
        WireDateline.Match? match = WireDateline.Read(lede, 0, lede.Length, findings);

        Assert.NotNull(match);
        Assert.Equal((location, region, date, agency, text, false), (match.Spec.Location, match.Spec.Region, match.Spec.Date, match.Spec.Agency, match.Spec.Text, match.Spec.Malformed));
        Assert.Empty(findings);
        Assert.Equal(text.Length, match.Span.Length);
        Assert.Equal(lede.IndexOf(' ', text.Length) + 1, match.BodyStart);
    }

    [Theory]
    [InlineData("GENEVA (Reuters) -The talks resumed.", "GENEVA", "Reuters", "GENEVA (Reuters) -", "a space is missing after the dash")]
    [InlineData("Moscow (Reuters) - Members of the team.", "MOSCOW", "Reuters", "Moscow (Reuters) -", "the place 'Moscow' is not in capitals")]
    [InlineData("FRANKFURT, March 16- The Bundesbank came in.", "FRANKFURT", null, "FRANKFURT, March 16-", "a space is missing before the dash")]
    [InlineData("VIENNA (Reuters - OPEC may resist.", "VIENNA", "Reuters", "VIENNA (Reuters -", "the agency parenthesis '(Reuters' is not closed")]
    [InlineData("GENEVA (Reuters) The talks resumed.", "GENEVA", "Reuters", "GENEVA (Reuters)", "the dash after the agency is missing")]
    [InlineData("LINCOLN, Neb. (AP) - \u2014 The council met.", "LINCOLN", "AP", "LINCOLN, Neb. (AP) - \u2014", "it has two dashes, '-' and '\u2014'")]
    [InlineData("LINCOLN, Neb. (AP) \u2014 -The council met.", "LINCOLN", "AP", "LINCOLN, Neb. (AP) \u2014 -", "it has two dashes, '\u2014' and '-'")]
    [InlineData("WASHINGTON - - Officials said.", "WASHINGTON", null, "WASHINGTON - -", "it has two dashes, '-' and '-'")]
    public void Reports_malformed_datelines_at_the_dateline_and_still_recovers_them(string lede, string location, string? agency, string text, string problem)
    {
        var findings = new List<Finding>();
        WireDateline.Match? match = WireDateline.Read(lede, 0, lede.Length, findings);

        Assert.NotNull(match);
        Assert.True(match.Spec.Malformed);
        Assert.Equal((location, agency), (match.Spec.Location, match.Spec.Agency));
        Finding finding = Assert.Single(findings);
        Assert.Equal(DiagnosticIds.MalformedDateline, finding.Id);
        Assert.Equal(new SourceSpan(0, text.Length), finding.Span);
        Assert.Equal(text, finding.Subject);
        Assert.Equal(problem, finding.Detail);
    }

    [Fact]
    public void A_malformed_dateline_says_where_its_parts_are()
    {
        const string lede = "Lincoln, Neb. (AP) - \u2014The council met.";
        var findings = new List<Finding>();
        WireDateline.Read(lede, 0, lede.Length, findings);

        DatelineParts parts = Assert.Single(findings).Dateline!;
        Assert.Equal(
            new DatelineParts(Place: new(0, 7), Agency: new(15, 2), AgencyClosed: true, HeadEnd: 18, Dash: new(19, 1), SecondDash: new(21, 1), BodyStart: 22, BodyFollows: true),
            parts);
        Assert.Equal(("Lincoln", "AP", "-", "\u2014"), (Cut(lede, parts.Place), Cut(lede, parts.Agency), Cut(lede, parts.Dash), Cut(lede, parts.SecondDash)));
    }

    [Fact]
    public void A_missing_dash_and_an_open_parenthesis_are_empty_spans_where_they_belong()
    {
        const string lede = "VIENNA (Reuters - OPEC may resist.";
        var findings = new List<Finding>();
        WireDateline.Read(lede, 0, lede.Length, findings);
        Assert.Equal(new DatelineParts(new(0, 6), new(8, 7), false, 15, new(16, 1), new(15, 0), 18, true), Assert.Single(findings).Dateline);

        const string noDash = "GENEVA (Reuters) The talks resumed.";
        findings.Clear();
        WireDateline.Read(noDash, 0, noDash.Length, findings);
        Assert.Equal(new DatelineParts(new(0, 6), new(8, 7), true, 16, new(16, 0), new(16, 0), 17, true), Assert.Single(findings).Dateline);
    }

    private static string Cut(string text, SourceSpan span) => text.Substring(span.Start, span.Length);

    /// <summary>A title-case name and a parenthesis that names no agency, with no dash, is a sentence, not a dateline.</summary>
    [Theory]
    [InlineData("Mit Creative Commons (CC) lassen sich Werke freigeben.")]
    [InlineData("T-distributed Stochastic Neighbor Embedding (t-SNE) is a statistical method.")]
    [InlineData("Torre De Mariscos (Seafood Tower) arrives on ice.")]
    [InlineData("Kathrin G\u00f6bel (Twitter) ist Redakteurin.")]
    [InlineData("Berlin (jur) Die Kammer hat entschieden.")]
    [InlineData("(Twitter) Hello there.")]
    public void A_name_and_a_parenthesis_that_names_no_agency_is_no_dateline(string lede)
    {
        var findings = new List<Finding>();

        Assert.Null(WireDateline.Read(lede, 0, lede.Length, findings));
        Assert.Empty(findings);
    }

    /// <summary>Capitals, a known agency or a dash make it read as a dateline, whose slips are then reported.</summary>
    [Theory]
    [InlineData("Berlin (jur) - Die Kammer hat entschieden.", "BERLIN", "jur", "the place 'Berlin' is not in capitals")]
    [InlineData("Berlin (dpa) Die Kammer hat entschieden.", "BERLIN", "dpa", "the place 'Berlin' is not in capitals")]
    [InlineData("Paris (AFP) Le gouvernement a dit.", "PARIS", "AFP", "the place 'Paris' is not in capitals")]
    [InlineData("Frankfurt (dpa-AFX) Die Aktie stieg.", "FRANKFURT", "dpa-AFX", "the place 'Frankfurt' is not in capitals")]
    [InlineData("GENEVA (Xyz) Swiss voters rejected the plan.", "GENEVA", "Xyz", "the dash after the agency is missing")]
    [InlineData("(Reuters) The storm hit.", "", "Reuters", "the dash after the agency is missing")]
    public void Capitals_a_known_agency_or_a_dash_make_a_dateline(string lede, string location, string agency, string problem)
    {
        var findings = new List<Finding>();

        WireDateline.Match? match = WireDateline.Read(lede, 0, lede.Length, findings);

        Assert.NotNull(match);
        Assert.Equal((location, agency), (match.Spec.Location, match.Spec.Agency));
        Assert.Equal(problem, Assert.Single(findings).Detail);
    }

    [Theory]
    [InlineData("Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb.")]
    [InlineData("Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes.")]
    [InlineData("A major change of direction is needed in Britain if it is to prosper.")]
    [InlineData("Tony Blair - the prime minister - spoke on Monday.")]
    [InlineData("U.S. President Donald Trump called on Russia on Wednesday.")]
    [InlineData("Refresh (900 sec) Paris is quiet.")] // page chrome: an agency's name starts with a letter
    public void Finds_no_dateline_in_ordinary_ledes(string lede)
    {
        var findings = new List<Finding>();

        Assert.Null(WireDateline.Read(lede, 0, lede.Length, findings));
        Assert.Empty(findings);
    }
}
