using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>Which AdditionalFiles become articles.</summary>
public class SelectionTests
{
    [Fact]
    public void EveryTxtFileByDefault_ButNotOtherToolsInputs()
    {
        var paths = ArticlePaths(new TestProject(new[]
        {
            ArticleFile.At("Articles/a.txt", "A"),
            ArticleFile.At("Articles/b.TXT", "B"),
            ArticleFile.At("Articles/c.json", "{}"),
            ArticleFile.At("PublicAPI.Shipped.txt", "#nullable enable"),
            ArticleFile.At("PublicAPI.Unshipped.txt", ""),
            ArticleFile.At("InternalAPI.Shipped.txt", ""),
            ArticleFile.At("BannedSymbols.txt", "T:System.Console"),
            ArticleFile.At("NativeMethods.txt", "CreateFile"),
        }));

        Assert.Equal(new[] { "Articles/a.txt", "Articles/b.TXT" }, paths);
    }

    [Fact]
    public void MetadataOverridesTheDefault()
    {
        var paths = ArticlePaths(new TestProject(new[]
        {
            ArticleFile.At("Articles/a.txt", "A", include: "false"),
            ArticleFile.At("Articles/b.md", "B", include: "true"),
            ArticleFile.At("NativeMethods.txt", "C", include: "True"),
        }));

        Assert.Equal(new[] { "Articles/b.md", "NativeMethods.txt" }, paths);
    }

    [Fact]
    public void AutoIncludeFalseMakesItOptIn()
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenAutoInclude"] = "false";

        var paths = ArticlePaths(new TestProject(
            new[] { ArticleFile.At("Articles/a.txt", "A"), ArticleFile.At("Articles/b.txt", "B", include: "true") },
            properties));

        Assert.Equal(new[] { "Articles/b.txt" }, paths);
    }

    [Fact]
    public void NoArticlesMeansNoGeneratedCode()
    {
        Assert.Empty(new TestProject(new[] { ArticleFile.At("PublicAPI.Shipped.txt", "") }).Generate());
    }

    [Fact]
    public void FilesOverTheSizeCapAreSkipped_WithoutShiftingOtherNames()
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenMaxFileSize"] = "100";
        var project = new TestProject(
            new[]
            {
                ArticleFile.At("Articles/a/big.txt", new string('x', 101)),
                ArticleFile.At("Articles/b/big.txt", "small"),
            },
            properties);

        Dictionary<string, string> files = project.Generate();

        Assert.Equal(new[] { "Articles.Part001.g.cs", "Articles.g.cs" }, files.Keys.Order(System.StringComparer.Ordinal));
        Assert.Contains("Article Big2 => ", files["Articles.Part001.g.cs"]); // the name stays what the analyzer reports (ART009)
        Assert.DoesNotContain("Article Big => ", files["Articles.Part001.g.cs"]);
        Model.ArticleSource big = project.Run().TrackedSteps[TrackingNames.Sources]
            .SelectMany(step => step.Outputs.Select(output => (Model.ArticleSource)output.Value))
            .Single(source => source.Path == TestProject.Directory + "Articles/a/big.txt");
        Assert.Null(big.Text); // not even read into the pipeline
    }

    [Fact]
    public void EmptyFileGetsNoArticle()
    {
        // The parser reports an empty file as unreadable (ART010); the generator then emits nothing for it.
        var files = new TestProject(new[] { ArticleFile.At("Articles/empty.txt", ""), ArticleFile.At("Articles/x.txt", "X\n\nText.\n") }).Generate();

        Assert.DoesNotContain("Empty", files["Articles.Part001.g.cs"]);
        Assert.DoesNotContain("Empty", files["Articles.g.cs"]);
    }

    private static string[] ArticlePaths(TestProject project) =>
        project.Run().TrackedSteps[TrackingNames.Sources]
            .Select(step => ((Model.ArticleSource)step.Outputs[0].Value).RelativePath)
            .Order(System.StringComparer.Ordinal)
            .ToArray();
}
