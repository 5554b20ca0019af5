using System.Linq;
using System.Reflection;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>File names become property names that compile, and clashes never break the build.</summary>
public class NamingTests
{
    [Theory]
    [InlineData("russian-military-team.txt", "RussianMilitaryTeam")]
    [InlineData("2019-03-28-x.txt", "_20190328X")]
    public void FileNameBecomesAProperty(string fileName, string expected)
    {
        string source = Generate(ArticleFile.At("Articles/" + fileName, "Headline\n"))
            .Single(f => f.Key != "Articles.g.cs").Value;

        Assert.Contains("global::ArticleGen.Article " + expected + " => ", source);
    }

    [Fact]
    public void EveryNameCompiles()
    {
        var project = new TestProject(new[]
        {
            ArticleFile.At("Articles/2019-03-28-x.txt", "A"),
            ArticleFile.At("Articles/class.txt", "B", name: "class"),
            ArticleFile.At("Articles/path.txt", "C"),
            ArticleFile.At("Articles/equals.txt", "D"),
            ArticleFile.At("Articles/articles.txt", "E"),
            ArticleFile.At("Articles/all.txt", "F"),
            ArticleFile.At("Articles/.txt", "G"),
            ArticleFile.At("Articles/con.txt", "H"),
        });

        Assembly consumer = project.CompileAndLoad();

        var names = ((System.Collections.Generic.IReadOnlyList<Article>)TestProject.Read(consumer, "Tests.Articles", "All")!).Select(a => a.Name);
        Assert.Equal(new[] { "Article", "_20190328X", "All2", "Articles2", "class", "Con", "Equals2", "Path2" }.Order(), names.Order());
    }

    [Fact]
    public void KeywordGetsAnAt()
    {
        string source = Generate(ArticleFile.At("Articles/x.txt", "X", name: "class")).Single(f => f.Key != "Articles.g.cs").Value;

        Assert.Contains("public static global::ArticleGen.Article @class => ", source);
        Assert.Contains("name: \"class\",", source);
    }

    [Fact]
    public void ArticleGenNameOverridesTheFileName()
    {
        var project = new TestProject(new[] { ArticleFile.At("Articles/some-long-file-name.txt", "X", name: "Short") });

        Assembly consumer = project.CompileAndLoad();

        Assert.Equal("Short", ((Article)TestProject.Read(consumer, "Tests.Articles", "Short")!).Name);
    }

    [Fact]
    public void DuplicatesBothCompile_TheLaterGetsASuffix()
    {
        var project = new TestProject(new[]
        {
            ArticleFile.At("Articles/b/team.txt", "Second"),
            ArticleFile.At("Articles/a/team.txt", "First"),
            ArticleFile.At("Articles/a/Team.txt", "Third"),
        });

        Assembly consumer = project.CompileAndLoad();

        Assert.Equal("Articles/a/Team.txt", ((Article)TestProject.Read(consumer, "Tests.Articles", "Team")!).SourcePath);
        Assert.Equal("Articles/a/team.txt", ((Article)TestProject.Read(consumer, "Tests.Articles", "Team2")!).SourcePath);
        Assert.Equal("Articles/b/team.txt", ((Article)TestProject.Read(consumer, "Tests.Articles", "Team3")!).SourcePath);
    }

    [Fact]
    public void HintNamesAreSafeAndUnique()
    {
        var hints = Generate(
            ArticleFile.At("Articles/a/team.txt", "1"),
            ArticleFile.At("Articles/a.team.txt", "2"),
            ArticleFile.At("Articles/A/Team.txt", "3"),
            ArticleFile.At("../outside/x..y.txt", "4"),
            ArticleFile.At("con.txt", "5"),
            ArticleFile.At("Articles.txt", "6"),
            ArticleFile.At("Articles/we:ird*na?me.txt", "7"),
            ArticleFile.At("Articles/..\\..\\..\\etc\\passwd.txt", "8"),
            ArticleFile.At("COM1.txt", "9"),
            ArticleFile.At("lpt9.report.txt", "10"),
            ArticleFile.At("Aux/nul.txt", "11"),
            ArticleFile.At("PRN .txt", "12"),
            ArticleFile.At("Articles/trailing dots....txt", "13"),
            ArticleFile.At("Articles/" + new string('x', 300) + ".txt", "14"),
            ArticleFile.At("Articles/" + new string('x', 301) + ".txt", "15"),
            ArticleFile.At("Articles/\u202Eevil\u200B.txt", "16")).Keys.ToArray();

        Assert.Equal(hints.Length, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, h => Assert.DoesNotContain("..", h));
        Assert.All(hints, h => Assert.True(h.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-'), h));
        Assert.All(hints, Properties.GeneratorProperties.AssertSafeHintName); // no device names, no separators, bounded length
        Assert.Contains("_con.g.cs", hints);
        Assert.Contains("Articles.g.cs", hints);
        Assert.Contains("Articles_2.g.cs", hints);
    }

    [Fact]
    public void Hint_names_are_at_most_120_characters_before_the_extension_with_suffix_and_device_prefix()
    {
        string longName = new('x', 300);
        string[] hints = Emit.HintNames.Assign(
            new[] { $"Articles/{longName}.txt", $"articles/{longName}.txt", $"{new string('a', 50)}/con.{new string('y', 116)}.txt", "con.txt" },
            "Articles.g.cs");

        Assert.Equal(
            new[] { new string('x', 120) + ".g.cs", new string('x', 118) + "_2.g.cs", "_on." + new string('y', 116) + ".g.cs", "_con.g.cs" },
            hints);
        Assert.Equal(120, Emit.HintNames.MaxStemLength);
        string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(Package.PackedPackage.RepositoryRoot(), "README.md"));
        Assert.Contains("at most 120 characters before `.g.cs`", readme);
    }

    [Fact]
    public void NamespaceAndClassNameCanBeSet()
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenNamespace"] = "My.Fixtures";
        properties["ArticleGenClassName"] = "News";
        var project = new TestProject(new[] { ArticleFile.At("Articles/x.txt", "X") }, properties);

        Assembly consumer = project.CompileAndLoad();

        Assert.Single((System.Collections.Generic.IReadOnlyList<Article>)TestProject.Read(consumer, "My.Fixtures.News", "All")!);
    }

    [Fact]
    public void NoRootNamespaceMeansTheGlobalNamespace()
    {
        var project = new TestProject(new[] { ArticleFile.At("Articles/x.txt", "X") }, new System.Collections.Generic.Dictionary<string, string>());

        Assembly consumer = project.CompileAndLoad();

        Assert.Single((System.Collections.Generic.IReadOnlyList<Article>)TestProject.Read(consumer, "Articles", "All")!);
    }

    private static System.Collections.Generic.Dictionary<string, string> Generate(params ArticleFile[] files) => new TestProject(files).Generate();
}
