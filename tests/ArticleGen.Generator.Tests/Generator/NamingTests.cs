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
    public void Articles_from_any_paths_go_into_parts_of_fifty_in_path_order()
    {
        ArticleFile[] nasty =
        {
            ArticleFile.At("Articles/a/team.txt", "1"),
            ArticleFile.At("Articles/a.team.txt", "2"),
            ArticleFile.At("Articles/A/Team.txt", "3"),
            ArticleFile.At("../outside/x..y.txt", "4"),
            ArticleFile.At("con.txt", "5"),
            ArticleFile.At("Articles.txt", "6"),
            ArticleFile.At("Articles/we:ird*na?me.txt", "7"),
            ArticleFile.At("Articles/..\\..\\..\\etc\\passwd.txt", "8"),
            ArticleFile.At("Articles/" + new string('x', 300) + ".txt", "9"),
            ArticleFile.At("Articles/\u202Eevil\u200B.txt", "10"),
        };
        Assert.Equal(50, Model.ArticleNames.ArticlesPerPart);
        ArticleFile[] many = Enumerable.Range(0, 95).Select(i => ArticleFile.At($"Articles/m{i:D3}.txt", "M" + i)).ToArray();

        var project = new TestProject(nasty.Concat(many));
        var files = project.Generate();
        project.CompileAndLoad(); // the paths are in doc comments and constants: no warning, no error

        Assert.Equal(new[] { "Articles.Part001.g.cs", "Articles.Part002.g.cs", "Articles.Part003.g.cs", "Articles.g.cs" }, files.Keys.Order(System.StringComparer.Ordinal));
        Assert.Equal(50, Properties(files["Articles.Part001.g.cs"]));
        Assert.Equal(50, Properties(files["Articles.Part002.g.cs"]));
        Assert.Equal(5, Properties(files["Articles.Part003.g.cs"]));
        string[] paths = files.Where(f => f.Key != "Articles.g.cs").OrderBy(f => f.Key, System.StringComparer.Ordinal)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Value, "Generated from <c>(.*?)</c>").Select(m => m.Groups[1].Value))
            .ToArray();
        Assert.Equal(105, paths.Distinct().Count());
        string[] mFiles = paths.Where(p => p.StartsWith("Articles/m", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(0, 95).Select(i => $"Articles/m{i:D3}.txt"), mFiles); // in ordinal path order, across the parts
    }

    [Theory]
    [InlineData("News", "News.g.cs", "News.Part001.g.cs")]
    [InlineData("con", "_con.g.cs", "_con.Part001.g.cs")]
    [InlineData("class", "class.g.cs", "class.Part001.g.cs")]
    public void Hint_names_are_made_from_the_class_name(string className, string index, string part)
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenClassName"] = className;

        var files = new TestProject(new[] { ArticleFile.At("Articles/x.txt", "X") }, properties).Generate();

        Assert.Equal(new[] { part, index }, files.Keys.Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Hint_names_are_at_most_120_characters_before_the_extension()
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenClassName"] = new string('x', 300);

        var files = new TestProject(new[] { ArticleFile.At("Articles/x.txt", "X") }, properties).Generate();

        Assert.Equal(new[] { new string('x', 120) + ".Part001.g.cs", new string('x', 120) + ".g.cs" }, files.Keys.Order(System.StringComparer.Ordinal));
        Assert.Equal(120, Emit.HintNames.MaxStemLength);
        string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(Package.PackedPackage.RepositoryRoot(), "README.md"));
        Assert.Contains("at most 120 characters of the class name", readme);
    }

    private static int Properties(string source) =>
        source.Split('\n').Count(line => line.TrimStart().StartsWith("public static global::ArticleGen.Article ", System.StringComparison.Ordinal));

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
