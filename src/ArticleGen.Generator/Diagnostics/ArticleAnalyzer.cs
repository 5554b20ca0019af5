using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// Reports what is wrong inside article files, at the line and column in the <c>.txt</c>. It selects files and parses
/// them exactly as the generator does, through the shared <see cref="ArticleSelector"/> and <see cref="ArticleParser"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class ArticleAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            ProjectOptions project = ProjectOptions.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);

            // ART009 is computed once per compilation over every article, but reported from each file's own action
            // rather than a compilation-end action: compilation-end diagnostics are not live in the IDE.
            var clashes = new Lazy<Dictionary<string, UniqueName>>(
                () => DuplicateNames.Find(start.Options, project, start.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, project, clashes.Value));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, ProjectOptions project, Dictionary<string, UniqueName> clashes)
    {
        AdditionalText file = context.AdditionalFile;
        ArticleFileOptions fileOptions = ArticleFileOptions.From(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file));
        if (!ArticleSelector.IsArticle(file.Path, fileOptions.Include, project.AutoInclude))
        {
            return;
        }

        if (clashes.TryGetValue(file.Path, out UniqueName clash))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DuplicateArticleName,
                FindingDiagnostics.AtStart(file.Path),
                clash.BaseName,
                DisplayPath(clash.DuplicateOf!, project.ProjectDirectory)));
        }

        SourceText? text = file.GetText(context.CancellationToken);
        string? unreadable = UnreadableFile.Problem(text, project.MaxFileSize);
        if (text is null || unreadable is not null)
        {
            ReportUnreadable(context, file.Path, unreadable!);
            return;
        }

        ParseResult result = ArticleParser.Parse(text.ToString(), context.CancellationToken);
        foreach (Finding finding in result.Findings)
        {
            Diagnostic? diagnostic = FindingDiagnostics.Create(finding, file.Path, text);
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static void ReportUnreadable(AdditionalFileAnalysisContext context, string path, string detail) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnreadableArticleFile,
            FindingDiagnostics.AtStart(path),
            System.IO.Path.GetFileName(path),
            detail));

    /// <summary>Paths in messages are shown relative to the project, as users wrote them in the project file.</summary>
    private static string DisplayPath(string path, string? projectDirectory)
    {
        if (!string.IsNullOrEmpty(projectDirectory) && path.StartsWith(projectDirectory, StringComparison.Ordinal))
        {
            return path.Substring(projectDirectory!.Length).TrimStart('/', '\\');
        }

        return path;
    }
}
