using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>The generator redoes only the work an edit calls for.</summary>
public class IncrementalityTests
{
    private static readonly ArticleFile[] FiftyArticles = Fixtures.Synth().Take(50).ToArray();

    [Fact]
    public void UnrelatedCodeEdit_LeavesEveryStepCachedOrUnchanged()
    {
        var project = new TestProject(FiftyArticles, null, "class A { }");
        project.Run(project.CreateDriver(), out GeneratorDriver driver);
        CSharpCompilation edited = project.Compilation.ReplaceSyntaxTree(
            project.Compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("class A { int x; }", (CSharpParseOptions)project.Compilation.SyntaxTrees[0].Options));

        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.NotEmpty(result.TrackedSteps);
        foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
        {
            foreach (var (_, reason) in steps.SelectMany(step => step.Outputs))
            {
                Assert.True(IsReused(reason), $"{name} was {reason}");
            }
        }
    }

    [Fact]
    public void EditingOneOfFiftyArticles_ReparsesThatOneAlone()
    {
        var project = new TestProject(FiftyArticles);
        GeneratorRunResult before = project.Run(project.CreateDriver(), out GeneratorDriver driver);
        ArticleFile target = FiftyArticles[17];
        GeneratorRunResult after = driver
            .ReplaceAdditionalText(project.AdditionalText(target.Path), (target with { Text = target.Text + "\nOne more paragraph.\n" }).ToAdditionalText())
            .RunGenerators(project.Compilation).GetRunResult().Results.Single();

        var parses = after.TrackedSteps[TrackingNames.Parse].Select(step => step.Outputs.Single().Reason).ToArray();
        Assert.Equal(50, parses.Length);
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(49, parses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(after.TrackedSteps[TrackingNames.Names].SelectMany(s => s.Outputs), o => Assert.True(IsReused(o.Reason), $"Names was {o.Reason}"));
        Assert.All(after.TrackedSteps[TrackingNames.Index].SelectMany(s => s.Outputs), o => Assert.True(IsReused(o.Reason), $"Index was {o.Reason}"));

        // Its code is written again and the other 49 articles' code is reused; only its part (the first fifty) changes.
        Assert.Equal("Cached x49, Modified", Describe(after.TrackedSteps[TrackingNames.Code]));
        Assert.Equal("Modified", Describe(after.TrackedSteps[TrackingNames.Parts]));
        var changed = Texts(after).Where(f => Texts(before)[f.Key] != f.Value).Select(f => f.Key).ToArray();
        Assert.Equal(new[] { "Articles.Part001.g.cs" }, changed);
        Assert.Contains("One more paragraph.", Texts(after)["Articles.Part001.g.cs"]);
    }

    [Fact]
    public void AddingAFile_ParsesOnlyTheNewOne()
    {
        var project = new TestProject(FiftyArticles.Take(10));
        GeneratorRunResult before = project.Run(project.CreateDriver(), out GeneratorDriver driver);

        GeneratorRunResult after = driver
            .AddAdditionalTexts(new[] { ArticleFile.At("Articles/zzz-new.txt", "New\n\nText.\n").ToAdditionalText() }.ToImmutableArray())
            .RunGenerators(project.Compilation).GetRunResult().Results.Single();

        var parses = after.TrackedSteps[TrackingNames.Parse].Select(step => step.Outputs.Single().Reason).ToArray();
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(10, parses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(Texts(before).Keys, Texts(after).Keys); // the index and one part, as before
        Assert.Contains("ZzzNew,", Texts(after)["Articles.g.cs"]);
        Assert.Contains("Article ZzzNew => ", Texts(after)["Articles.Part001.g.cs"]);
    }

    [Fact]
    public void RemovingAFile_RemovesItsArticle()
    {
        var project = new TestProject(FiftyArticles.Take(10));
        GeneratorRunResult before = project.Run(project.CreateDriver(), out GeneratorDriver driver);
        string removed = "Generated from <c>" + FiftyArticles[3].Path.Substring(TestProject.Directory.Length) + "</c>";
        Assert.Contains(removed, Texts(before)["Articles.Part001.g.cs"]);

        GeneratorRunResult after = driver
            .RemoveAdditionalTexts(new[] { project.AdditionalText(FiftyArticles[3].Path) }.ToImmutableArray())
            .RunGenerators(project.Compilation).GetRunResult().Results.Single();

        Assert.DoesNotContain(removed, Texts(after)["Articles.Part001.g.cs"]);
        Assert.Equal("Cached x9, Removed", Describe(after.TrackedSteps[TrackingNames.Parse]));
        Assert.Equal(9, IndexEntries(Texts(after)["Articles.g.cs"]));
    }

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static string Describe(IEnumerable<IncrementalGeneratorRunStep> steps) => string.Join(", ", steps
        .SelectMany(s => s.Outputs.Select(o => o.Reason))
        .GroupBy(r => r)
        .OrderBy(g => g.Key.ToString(), System.StringComparer.Ordinal)
        .Select(g => g.Count() == 1 ? g.Key.ToString() : $"{g.Key} x{g.Count()}"));

    private static Dictionary<string, string> Texts(GeneratorRunResult result) =>
        result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The articles the index lists in <c>All</c>: one identifier and a comma per line.</summary>
    internal static int IndexEntries(string index) =>
        index.Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line.Trim(), @"^@?[\p{L}_][\p{L}\p{Nd}_]*,$"));
}
