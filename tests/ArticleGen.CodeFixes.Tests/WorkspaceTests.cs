using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// A real project file opened with MSBuildWorkspace, as an IDE opens it: the analyzer comes from the project's Analyzer
/// item, its diagnostics sit on the additional document, and the code fix writes the .txt on disk.
/// </summary>
public class WorkspaceTests
{
    [Fact]
    public async Task MSBuildWorkspace_reports_on_the_article_and_applies_the_fix_to_the_file()
    {
        using var consumer = new ConsumerProject(Path.Combine(AppContext.BaseDirectory, "ArticleGen.Generator.dll"));
        string article = consumer.AddArticle("story.txt", Articles.WithBetweenParagraphs("[to top of second column]\n\n"));
        (int restored, string output) = consumer.Dotnet("restore", TimeSpan.FromMinutes(3));
        Assert.True(restored == 0, output);

        using MSBuildWorkspace workspace = MSBuildWorkspace.Create();
        Project project = await workspace.OpenProjectAsync(consumer.ProjectFile);
        Assert.DoesNotContain(workspace.Diagnostics, d => d.Kind == WorkspaceDiagnosticKind.Failure);

        TextDocument document = project.AdditionalDocuments.Single(d => d.FilePath == article);
        Diagnostic marker = Assert.Single(await FixRunner.DiagnosticsAsync(project));
        Assert.Equal("ART005", marker.Id);
        Assert.Equal(article, marker.Location.GetLineSpan().Path);
        Assert.Equal(7, marker.Location.GetLineSpan().StartLinePosition.Line);

        Solution fixedSolution = (await FixRunner.FixFirstAsync(document, new LayoutMarkerCodeFixProvider(), LayoutMarkerCodeFixProvider.RemoveOneKey))!;
        Assert.True(workspace.TryApplyChanges(fixedSolution));

        Assert.Equal(Articles.Clean, File.ReadAllText(article));
        Assert.Empty(await FixRunner.DiagnosticsAsync(workspace.CurrentSolution.GetProject(project.Id)!));
    }
}
