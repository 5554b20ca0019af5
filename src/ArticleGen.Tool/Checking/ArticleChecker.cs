using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Checking;

/// <summary>
/// What the analyzer reports for each file, computed as the analyzer does: the same unreadable-file rule, the same
/// parser, the same finding-to-diagnostic mapping and the same duplicate-name rule, then the configured severities.
/// Files are parsed in parallel; the results keep the order of the files.
/// </summary>
internal sealed class ArticleChecker(SeverityConfig severities, long maxFileSize)
{
    public IReadOnlyList<CheckedArticle> Check(IReadOnlyList<ArticlePath> files, Progress progress)
    {
        var results = new CheckedArticle[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            results[i] = CheckOne(files[i]);
            progress.Advance();
        });
        progress.Done();

        AddDuplicateNames(results);
        return results;
    }

    private CheckedArticle CheckOne(ArticlePath file)
    {
        ArticleFileText stored = ArticleFileText.Read(file.FullPath);
        SourceText text = SourceText.From(stored.Text);
        var diagnostics = new List<Diagnostic>();
        string? unreadable = stored.ReadError ?? UnreadableFile.Problem(text, maxFileSize);
        if (unreadable is not null)
        {
            Add(diagnostics, file, Diagnostic.Create(
                DiagnosticDescriptors.UnreadableArticleFile,
                FindingDiagnostics.AtStart(file.DisplayPath),
                System.IO.Path.GetFileName(file.FullPath),
                unreadable));
            return new CheckedArticle(file, stored, text, null, diagnostics);
        }

        ParseResult result = ArticleText.Parse(stored.Text);
        foreach (Finding finding in result.Findings)
        {
            if (FindingDiagnostics.Create(finding, file.DisplayPath, projectDirectory: null, text) is { } diagnostic)
            {
                Add(diagnostics, file, diagnostic);
            }
        }

        // An empty or binary file parses to nothing, and the generator makes no article of it.
        bool generated = !result.Findings.Any(f => f.Id == DiagnosticIds.UnreadableArticleFile);
        return new CheckedArticle(file, stored, text, generated ? result : null, diagnostics);
    }

    /// <summary>ART009 over the files checked together, named with the generator's own rule.</summary>
    private void AddDuplicateNames(CheckedArticle[] results)
    {
        UniqueName[] names = ArticleNaming.AssignUnique(results.Select(r => (r.Path.FullPath, (string?)null)).ToArray(), "Articles");
        var byPath = results.ToDictionary(r => r.Path.FullPath, StringComparer.Ordinal);
        for (int i = 0; i < results.Length; i++)
        {
            if (names[i].DuplicateOf is { } other)
            {
                var diagnostics = new List<Diagnostic>();
                Add(diagnostics, results[i].Path, Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateArticleName,
                    FindingDiagnostics.AtStart(results[i].Path.DisplayPath),
                    names[i].BaseName,
                    byPath[other].Path.DisplayPath));
                results[i] = results[i] with { Diagnostics = diagnostics.Concat(results[i].Diagnostics).ToList() };
            }

            results[i] = results[i] with { Name = names[i].Identifier.TrimStart('@') };
        }
    }

    private void Add(List<Diagnostic> diagnostics, ArticlePath file, Diagnostic diagnostic)
    {
        DiagnosticSeverity? severity = severities.Severity(file.FullPath, diagnostic.Descriptor);
        if (severity is { } configured && configured != DiagnosticSeverity.Hidden)
        {
            diagnostics.Add(configured == diagnostic.Severity ? diagnostic : Severities.With(diagnostic, configured));
        }
    }
}

/// <param name="Parse">The parse, or null where the file is unreadable (ART010) and no article is generated.</param>
/// <param name="Diagnostics">What the analyzer would report, with configured severities, in order of place.</param>
internal sealed record CheckedArticle(ArticlePath Path, ArticleFileText Stored, SourceText Text, ParseResult? Parse, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The generated member's name, unique among the files checked together.</summary>
    public string Name { get; init; } = string.Empty;
}
