using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Benchmarks.Floor;

/// <summary>The analyzer half of the floor: reads each .txt AdditionalFile's first line and reports nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FirstLineAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: false);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(file =>
        {
            if (file.AdditionalFile.Path.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase))
            {
                _ = FirstLineGenerator.FirstLine(file.AdditionalFile.GetText(file.CancellationToken));
            }
        });
    }
}
