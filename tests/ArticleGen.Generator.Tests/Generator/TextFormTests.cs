using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// <c>Raw</c> and <c>Body</c> are static properties by default, and <c>const</c> with <c>ArticleGenTextConstants</c>;
/// the short texts are <c>const</c> either way, and every value is the file's text exactly.
/// </summary>
public class TextFormTests
{
    private const string Constants = "Tests.Articles+Constants+RussianMilitaryTeamArrivedInCaracas";

    [Fact]
    public void ByDefault_RawAndBodyAreProperties_TheRestConstants()
    {
        Assembly consumer = Compile(null);

        System.Type type = consumer.GetType(Constants, throwOnError: true)!;
        Assert.Equal(new[] { "Body", "Raw" }, type.GetProperties().Select(p => p.Name).OrderBy(n => n));
        Assert.Equal(new[] { "Dateline", "Headline", "Path", "Published" }, ConstNames(type));
        AssertTextsAreExact(consumer);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public void TextConstants_MakesRawAndBodyConst(string value)
    {
        Assembly consumer = Compile(value);

        System.Type type = consumer.GetType(Constants, throwOnError: true)!;
        Assert.Empty(type.GetProperties());
        Assert.Equal(new[] { "Body", "Dateline", "Headline", "Path", "Published", "Raw" }, ConstNames(type));
        AssertTextsAreExact(consumer);
    }

    [Fact]
    public void TextConstants_CanBeAttributeArguments()
    {
        // What the property exists for: [InlineData(Articles.Constants.X.Body)] and the like.
        const string source = """
            namespace Tests;

            [System.ComponentModel.Description(Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Raw + Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Body)]
            public static class Probe
            {
            }
            """;

        Assembly consumer = Compile("true", source);

        var description = consumer.GetType("Tests.Probe")!.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()!;
        Assert.StartsWith("| \n\t\tRussian military team arrived in Caracas: \n", description.Description);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("yes")]
    [InlineData("")]
    public void AnythingButTrue_KeepsTheProperties(string value)
    {
        System.Type type = Compile(value).GetType(Constants, throwOnError: true)!;

        Assert.Equal(new[] { "Body", "Raw" }, type.GetProperties().Select(p => p.Name).OrderBy(n => n));
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
