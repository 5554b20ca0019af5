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

    [Theory]
    [InlineData("Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb.")]
    [InlineData("Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes.")]
    [InlineData("A major change of direction is needed in Britain if it is to prosper.")]
    [InlineData("Tony Blair - the prime minister - spoke on Monday.")]
    [InlineData("U.S. President Donald Trump called on Russia on Wednesday.")]
    public void Finds_no_dateline_in_ordinary_ledes(string lede)
    {
        var findings = new List<Finding>();

        Assert.Null(WireDateline.Read(lede, 0, lede.Length, findings));
        Assert.Empty(findings);
    }
}
