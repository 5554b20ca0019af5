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
/// Reports what is wrong inside article files, at the line and column in the <c>.txt</c>. It selects files as the
/// generator does (<see cref="ArticleSelector"/>) and parses the very text the generator parses
/// (<see cref="ArticleText"/>: no leading U+FEFF, CRLF as LF), so the two cannot disagree about what is in a file;
/// only the findings' offsets are moved back into the file's own text, where the IDE underlines them.
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

        // The one per-file reporter, which the articlegen tool calls too: ART009, then ART010 or the parser's findings.
        UniqueName? clash = clashes.TryGetValue(file.Path, out UniqueName found) ? found : null;
        SourceText? text = file.GetText(context.CancellationToken);
        PageReading reading = fileOptions.Reading;
        (List<Diagnostic> diagnostics, _) = FileDiagnostics.Create(
            file.Path, file.Path, project.ProjectDirectory, text, project.MaxFileSize, clash, reading, context.CancellationToken);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
