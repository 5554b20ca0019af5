using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// <c>Raw</c> and <c>Body</c> are <c>const</c> by default, and static properties with <c>ArticleGenTextConstants</c>
/// false; the short texts are <c>const</c> either way, and every value is the file's text exactly.
/// </summary>
public class TextFormTests
{
    private const string Constants = "Tests.Articles+Constants+RussianMilitaryTeamArrivedInCaracas";

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    [InlineData("yes")]
    public void ByDefault_EveryTextIsConst(string? value)
    {
        Assembly consumer = Compile(value);

        System.Type type = consumer.GetType(Constants, throwOnError: true)!;
        Assert.Empty(type.GetProperties());
        Assert.Equal(new[] { "Body", "Dateline", "Headline", "Path", "Published", "Raw" }, ConstNames(type));
        AssertTextsAreExact(consumer);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    public void WithoutTextConstants_RawAndBodyAreProperties_TheRestConst(string value)
    {
        Assembly consumer = Compile(value);

        System.Type type = consumer.GetType(Constants, throwOnError: true)!;
        Assert.Equal(new[] { "Body", "Raw" }, type.GetProperties().Select(p => p.Name).OrderBy(n => n));
        Assert.Equal(new[] { "Dateline", "Headline", "Path", "Published" }, ConstNames(type));
        AssertTextsAreExact(consumer);
    }

    [Fact]
    public void ByDefault_TextsCanBeAttributeArguments()
    {
        // What the const form is for: [InlineData(Articles.Constants.X.Body)] and the like.
        const string source = """
            namespace Tests;

            [System.ComponentModel.Description(Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Raw + Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Body)]
            public static class Probe
            {
            }
            """;

        Assembly consumer = Compile(null, source);

        var description = consumer.GetType("Tests.Probe")!.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()!;
        Assert.StartsWith("| \n\t\tRussian military team arrived in Caracas: \n", description.Description);
    }

    private static Assembly Compile(string? textConstants, params string[] sources)
    {
        Dictionary<string, string> properties = TestProject.DefaultProperties();
        if (textConstants is not null)
        {
            properties["ArticleGenTextConstants"] = textConstants;
        }

        return new TestProject(new[] { Fixtures.Article(Fixtures.Seed) }, properties, sources).CompileAndLoad();
    }

    private static void AssertTextsAreExact(Assembly consumer)
    {
        var article = (Article)TestProject.Read(consumer, "Tests.Articles", "RussianMilitaryTeamArrivedInCaracas")!;
        Assert.Equal(Fixtures.Text(Fixtures.Seed), TestProject.Read(consumer, Constants, "Raw"));
        Assert.Equal(article.Body, TestProject.Read(consumer, Constants, "Body"));
        Assert.StartsWith("Members of the Russian military have arrived in Venezuela", article.Body);
        Assert.Equal("Russian military team arrived in Caracas: Venezuela military attache", TestProject.Read(consumer, Constants, "Headline"));
    }

    private static IEnumerable<string> ConstNames(System.Type type) =>
        type.GetFields().Where(f => f.IsLiteral).Select(f => f.Name).OrderBy(n => n);
}
