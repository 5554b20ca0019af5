using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// A file marked <c>ArticleGenPage="false"</c> is the article: the analyzer reads no page chrome in it, and the fixes
/// read it the same way, so that none deletes a line the page reading would call chrome.
/// </summary>
public class ArticleOnlyFixTests
{
    private const string Path = "/p/Articles/story.txt";

    /// <summary>An "Advertisement" line inside the story: chrome to the page reading, a line of the article here.</summary>
    private const string Story =
        "Russian military team arrived in Caracas, officials say\n\n" +
        "MOSCOW (Reuters) - Members of the Russian military have arrived in Caracas, the officials said on Thursday, in a move that was read as support.\n\n" +
        "Advertisement\n\n" +
        "[to top of second column]\n\n" +
        "A second paragraph of the story tells what the team will do there and for how long it will stay in the country.\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_fixes_read_the_file_as_the_analyzer_does(bool articleOnly)
    {
        TextDocument document = Article(articleOnly);
        ImmutableArray<Diagnostic> diagnostics = (await FixRunner.DiagnosticsAsync(document.Project)).Where(d => d.Id == "ART005").ToImmutableArray();
        Assert.NotEmpty(diagnostics);

        var actions = new List<CodeAction>();
        var provider = new LayoutMarkerCodeFixProvider();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (action, _) => actions.Add(action), default));
        }

        // Whatever fix is offered, the most it can do: the whole-file fix where there is one, else every single fix.
        CodeAction? all = actions.FirstOrDefault(a => a.EquivalenceKey == LayoutMarkerCodeFixProvider.RemoveAllKey);
        string text = all is null ? await ApplyAsync(document, actions.First()) : await ApplyAsync(document, all);
        Assert.DoesNotContain("[to top of second column]", text);
        if (articleOnly)
        {
            Assert.Single(diagnostics);
            Assert.Contains("Advertisement", text);
        }
        else
        {
            Assert.DoesNotContain("Advertisement", text); // the page reading's chrome: the case is real
        }
    }

    private static async Task<string> ApplyAsync(TextDocument document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(default);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetAdditionalDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>The article in an in-memory project, with the metadata MSBuild would pass for <c>ArticleGenPage="false"</c>.</summary>
    private static TextDocument Article(bool articleOnly)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Consumer", LanguageNames.CSharp);
        if (articleOnly)
        {
            string config = $"is_global = true\n\n[{Path}]\nbuild_metadata.AdditionalFiles.ArticleGenPage = false\n";
            project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(config), filePath: "/p/.globalconfig").Project;
        }

        return project.AddAdditionalDocument("story.txt", SourceText.From(Story), filePath: Path);
    }
}
