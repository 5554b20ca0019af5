using System.Collections.Generic;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class CreditsLineTests
{
    [Fact]
    public void Splits_names_by_role_and_drops_the_city()
    {
        CreditsSpec credits = Parse("(Reporting by Kane Wu in Hong Kong; additional reporting by Andrew Galbraith in Shanghai; Editing by Jacqueline Wong)");

        Assert.Equal(new[] { "Kane Wu" }, credits.Reporting);
        Assert.Equal(new[] { "Andrew Galbraith" }, credits.AdditionalReporting);
        Assert.Empty(credits.Writing);
        Assert.Equal(new[] { "Jacqueline Wong" }, credits.Editing);
    }

    [Fact]
    public void Reads_a_line_without_parentheses_and_splits_on_commas_and_and()
    {
        CreditsSpec credits = Parse("Additional reporting by Steve Gorman; Editing by Marguerita Choy, Nick Zieminski and Simon Cameron-Moore");

        Assert.Equal(new[] { "Steve Gorman" }, credits.AdditionalReporting);
        Assert.Equal(new[] { "Marguerita Choy", "Nick Zieminski", "Simon Cameron-Moore" }, credits.Editing);
    }

    [Fact]
    public void Reads_writing_credits_with_accented_names()
    {
        CreditsSpec credits = Parse("(Reporting by Joseph Ax; Writing by Gabrielle T\u00e9trault-Farber; Editing by Raissa Kasolowsky and Greg McCune)");

        Assert.Equal(new[] { "Gabrielle T\u00e9trault-Farber" }, credits.Writing);
        Assert.Equal(new[] { "Raissa Kasolowsky", "Greg McCune" }, credits.Editing);
    }

    [Theory]
    [InlineData("(Reportng by Ben Blanchard; Editing by Nick Zieminski)", "Reportng by", "the role is unknown")]
    [InlineData("Reporting by Kane Wu Editing by Darren Schuettler", "Reporting by Kane Wu Editing by Darren Schuettler", "two roles run together without ';'")]
    [InlineData("(Reporting by Kane Wu; Editing by Darren Schuettler", "(Reporting by Kane Wu; Editing by Darren Schuettler", "its parentheses are unbalanced")]
    [InlineData("(Reporting by Kane Wu, ; Editing by Darren Schuettler)", "Reporting by Kane Wu,", "a name is empty")]
    public void Reports_malformed_credits_and_gives_no_names(string line, string subject, string problem)
    {
        Assert.True(CreditsLine.LooksLike(line));
        var findings = new List<Finding>();

        Assert.Null(CreditsLine.Parse(line, new SourceSpan(0, line.Length), findings));
        Finding finding = Assert.Single(findings);
        Assert.Equal((DiagnosticIds.MalformedCredits, subject, problem), (finding.Id, finding.Subject, finding.Detail));
    }

    [Theory]
    [InlineData("(officials) in Washington said.")]
    [InlineData("The plan was backed by the board.")]
    [InlineData("(The figure was revised by analysts on Monday.)")]
    public void Ordinary_sentences_are_not_credits(string line) => Assert.False(CreditsLine.LooksLike(line));

    private static CreditsSpec Parse(string line)
    {
        Assert.True(CreditsLine.LooksLike(line));
        var findings = new List<Finding>();
        CreditsSpec? credits = CreditsLine.Parse(line, new SourceSpan(0, line.Length), findings);
        Assert.Empty(findings);
        return Assert.IsType<CreditsSpec>(credits);
    }
}
