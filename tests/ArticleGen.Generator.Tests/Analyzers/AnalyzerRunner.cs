using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>
/// Runs <see cref="ArticleAnalyzer"/> the way the compiler does, without a workspace: fast enough to sweep the corpus.
/// Exact locations and .editorconfig handling are checked through Analyzer.Testing in <see cref="ArticleAnalyzerTests"/>.
/// </summary>
internal static class AnalyzerRunner
{
    /// <param name="files">The additional files.</param>
    /// <param name="globalConfig">The lines of a .globalconfig (without <c>is_global</c>): build properties and severities.</param>
    /// <param name="fileOptions">Item metadata by path (<c>build_metadata.AdditionalFiles.X</c>).</param>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IEnumerable<(string Path, string Text)> files,
        string? globalConfig = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
    {
        // Parsed as the compiler parses it: options go to analyzers, dotnet_diagnostic.X.severity to the compilation.
        AnalyzerConfigOptionsResult global = AnalyzerConfigSet
            .Create(ImmutableArray.Create(AnalyzerConfig.Parse("is_global = true\n" + globalConfig, "/.globalconfig")))
            .GlobalConfigOptions;
        ImmutableArray<AdditionalText> texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, SourceText.From(f.Text))).ToImmutableArray();
        var options = new AnalyzerOptions(texts, new OptionsProvider(global.AnalyzerOptions, fileOptions));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSpecificDiagnosticOptions(global.TreeOptions));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        // An analyzer that throws shows up as AD0001, not as a failure: make it one.
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider(
        IReadOnlyDictionary<string, string>? global,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile) : AnalyzerConfigOptionsProvider
    {
        private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

        public override AnalyzerConfigOptions GlobalOptions => new Options(global ?? None);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(None);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(perFile is not null && perFile.TryGetValue(textFile.Path, out var options) ? options : None);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
