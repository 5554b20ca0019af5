using System;
using System.IO;
using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>The descriptors against the catalogue in the design notes, the help pages and the release tracking files.</summary>
public class DescriptorCatalogueTests
{
    [Theory]
    [InlineData("ART001", DiagnosticSeverity.Warning)]
    [InlineData("ART002", DiagnosticSeverity.Info)]
    [InlineData("ART003", DiagnosticSeverity.Warning)]
    [InlineData("ART004", DiagnosticSeverity.Warning)]
    [InlineData("ART005", DiagnosticSeverity.Warning)]
    [InlineData("ART006", DiagnosticSeverity.Warning)]
    [InlineData("ART007", DiagnosticSeverity.Warning)]
    [InlineData("ART008", DiagnosticSeverity.Warning)]
    [InlineData("ART009", DiagnosticSeverity.Warning)]
    [InlineData("ART010", DiagnosticSeverity.Warning)]
    [InlineData("ART011", DiagnosticSeverity.Warning)]
    public void Each_ID_has_a_descriptor_as_catalogued(string id, DiagnosticSeverity severity)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.Find(id)!;
        Assert.NotNull(descriptor);
        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.StartsWith("ArticleGen.", descriptor.Category);
        Assert.Contains("'{0}'", descriptor.MessageFormat.ToString());
        Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepoRoot, "docs", "diagnostics", id + ".md")), "help page for " + id);
    }

    [Fact]
    public void Descriptors_cover_exactly_the_parser_IDs()
    {
        string[] ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(ids, DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(new ArticleAnalyzer().SupportedDiagnostics, DiagnosticDescriptors.All);
    }

    [Fact]
    public void Help_pages_say_what_triggers_show_bad_and_fixed_and_how_to_silence()
    {
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            string page = File.ReadAllText(Path.Combine(RepoRoot, "docs", "diagnostics", descriptor.Id + ".md"));
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, page);
            Assert.Contains("## What triggers it", page);
            Assert.Contains("## Example", page);
            Assert.Contains("## How to silence it", page);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", page);
        }
    }

    [Fact]
    public void Release_tracking_lists_every_descriptor_with_its_category_and_severity()
    {
        string unshipped = File.ReadAllText(Path.Combine(RepoRoot, "src", "ArticleGen.Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (DiagnosticDescriptor d in DiagnosticDescriptors.All)
        {
            Assert.Contains($"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}", unshipped);
        }
    }

    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArticleGen.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ArticleGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
