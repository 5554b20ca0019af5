using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Parsing;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Checking;

/// <summary>
/// What the analyzer reports for each file, from the analyzer's own per-file reporter (<see cref="FileDiagnostics"/>)
/// and the generator's naming rule for ART009, then the configured severities and the rules chosen on the command line.
/// The current folder stands for the project folder, so messages name files as the tool prints their paths.
/// Files are parsed in parallel; the results keep the order of the files.
/// </summary>
internal sealed class ArticleChecker(SeverityConfig severities, long maxFileSize, RuleFilter? rules = null)
{
    private readonly RuleFilter _rules = rules ?? RuleFilter.All;

    public IReadOnlyList<CheckedArticle> Check(IReadOnlyList<ArticlePath> files, Progress progress)
    {
        // ART009 needs every file's name first, named with the generator's own rule.
        UniqueName[] names = ArticleNaming.AssignUnique(files.Select(f => (f.FullPath, (string?)null)).ToArray(), "Articles");
        var results = new CheckedArticle[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            results[i] = CheckOne(files[i], names[i]) with { Name = names[i].Identifier.TrimStart('@') };
            progress.Advance();
        });
        progress.Done();
        return results;
    }

    private CheckedArticle CheckOne(ArticlePath file, UniqueName name)
    {
        ArticleFileText stored = file.Read();
        SourceText? text = stored.ReadError is null ? SourceText.From(stored.Text) : null;
        (List<Diagnostic> reported, FileReportResult result) = FileDiagnostics.Create(
            file.DisplayPath, file.FullPath, Environment.CurrentDirectory, text, maxFileSize, name.DuplicateOf is null ? null : name, PageReading.WholePage, CancellationToken.None);

        var diagnostics = new List<Diagnostic>(reported.Count);
        foreach (Diagnostic diagnostic in reported)
        {
            if (!_rules.Includes(diagnostic.Id))
            {
                continue;
            }

            DiagnosticSeverity? severity = severities.Severity(file.FullPath, diagnostic.Descriptor, diagnostic.Severity);
            if (severity is { } configured && configured != DiagnosticSeverity.Hidden)
            {
                diagnostics.Add(configured == diagnostic.Severity ? diagnostic : Severities.With(diagnostic, configured));
            }
        }

        // An empty or binary file parses to nothing, and the generator makes no article of it.
        ParseResult? parse = result.Parse is { } p && !p.Findings.Any(f => f.Id == DiagnosticIds.UnreadableArticleFile) ? p : null;
        return new CheckedArticle(file, stored, text ?? SourceText.From(string.Empty), parse, diagnostics);
    }
}

/// <param name="Parse">The parse, or null where the file is unreadable (ART010) and no article is generated.</param>
/// <param name="Diagnostics">What the analyzer would report, with configured severities, in order of place.</param>
internal sealed record CheckedArticle(ArticlePath Path, ArticleFileText Stored, SourceText Text, ParseResult? Parse, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The generated member's name, unique among the files checked together.</summary>
    public string Name { get; init; } = string.Empty;
}
