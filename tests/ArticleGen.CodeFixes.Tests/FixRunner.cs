using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// Applies a code fix to an article file the way the IDE does: analyzer diagnostics on the additional document, the
/// provider's actions for one of them, and the changed solution. (CodeFix.Testing 1.1.4 only drives fixes in source
/// documents, so it cannot apply these.)
/// </summary>
internal static class FixRunner
{
    /// <summary>The ART diagnostics the analyzer reports in the project's article files.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
    {
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
        // A project loaded from disk brings the analyzer through its Analyzer items; an in-memory one gets it here.
        ImmutableArray<DiagnosticAnalyzer> fromProject = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(project.Language)).ToImmutableArray();
        ImmutableArray<DiagnosticAnalyzer> analyzers = fromProject.IsEmpty ? ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer()) : fromProject;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken);
        return diagnostics.Where(d => d.Id.StartsWith("ART", System.StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>Applies the fix with <paramref name="equivalenceKey"/> to the first fixable diagnostic in the document.</summary>
    /// <returns>The changed solution, or null when no diagnostic there is fixable.</returns>
    public static async Task<Solution?> FixFirstAsync(TextDocument document, CodeFixProvider provider, string equivalenceKey, CancellationToken cancellationToken = default)
    {
        Diagnostic? diagnostic = (await DiagnosticsAsync(document.Project, cancellationToken))
            .Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.GetLineSpan().Path == document.FilePath)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .FirstOrDefault();
        if (diagnostic is null)
        {
            return null;
        }

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (action, _) => actions.Add(action), cancellationToken);
        await provider.RegisterCodeFixesAsync(context);
        CodeAction? chosen = actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey);
        if (chosen is null)
        {
            return null;
        }

        ImmutableArray<CodeActionOperation> operations = await chosen.GetOperationsAsync(cancellationToken);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>An in-memory project with one article file, as the IDE has it.</summary>
    public static TextDocument Article(string text, string path = "/p/Articles/story.txt")
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Consumer", LanguageNames.CSharp);
        return project.AddAdditionalDocument(System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
    }

    /// <summary>Applies the fix again and again, as a user would, until nothing is left to fix.</summary>
    public static async Task<string> FixAllOneByOneAsync(string text, CodeFixProvider provider, string equivalenceKey, int max = 20)
    {
        TextDocument document = Article(text);
        for (int i = 0; i < max; i++)
        {
            Solution? changed = await FixFirstAsync(document, provider, equivalenceKey);
            if (changed is null)
            {
                break;
            }

            document = changed.GetAdditionalDocument(document.Id)!;
        }

        return (await document.GetTextAsync()).ToString();
    }
}
