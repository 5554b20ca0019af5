using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Tool.Checking;

/// <summary>
/// Severities from the files a build reads: every <c>.globalconfig</c> in the article's folder or above, any
/// <c>.editorconfig</c> there that says <c>is_global = true</c>, and the files given with <c>--config</c> (as
/// <c>GlobalAnalyzerConfigFiles</c>). Roslyn's own <see cref="AnalyzerConfigSet"/> merges them, as in a build.
/// Sections of a non-global <c>.editorconfig</c> do not reach diagnostics in additional files (dotnet/roslyn#31916),
/// so they do not here either.
/// </summary>
internal sealed class SeverityConfig
{
    private readonly IReadOnlyList<string> _extraFiles;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byFolder = new(StringComparer.Ordinal);

    public SeverityConfig(IReadOnlyList<string> extraFiles) => _extraFiles = extraFiles;

    /// <returns>The severity for a diagnostic in <paramref name="articlePath"/>, or null where it is turned off.</returns>
    public DiagnosticSeverity? Severity(string articlePath, DiagnosticDescriptor descriptor)
    {
        AnalyzerConfigOptionsResult options = _byFolder.GetOrAdd(Path.GetDirectoryName(articlePath) ?? "/", Load);
        ReportDiagnostic report = options.TreeOptions.TryGetValue(descriptor.Id, out ReportDiagnostic byId) ? byId : ReportDiagnostic.Default;
        if (report == ReportDiagnostic.Default)
        {
            report = Bulk(options, "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity")
                ?? Bulk(options, "dotnet_analyzer_diagnostic.severity")
                ?? ReportDiagnostic.Default;
        }

        return report switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            ReportDiagnostic.Suppress => null,
            _ => descriptor.DefaultSeverity,
        };
    }

    private static ReportDiagnostic? Bulk(AnalyzerConfigOptionsResult options, string key) =>
        options.AnalyzerOptions.TryGetValue(key, out string? value)
            ? value.Trim().ToLowerInvariant() switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" => ReportDiagnostic.Warn,
                "suggestion" => ReportDiagnostic.Info,
                "silent" => ReportDiagnostic.Hidden,
                "none" => ReportDiagnostic.Suppress,
                _ => null,
            }
            : null;

    private AnalyzerConfigOptionsResult Load(string folder)
    {
        var configs = new List<AnalyzerConfig>();
        foreach (string file in _extraFiles)
        {
            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(file), Path.GetFullPath(file)));
        }

        for (DirectoryInfo? dir = new(folder); dir is not null; dir = dir.Parent)
        {
            foreach (string name in new[] { ".globalconfig", ".editorconfig" })
            {
                string path = Path.Combine(dir.FullName, name);
                if (File.Exists(path))
                {
                    // The set keeps what is global (a .globalconfig by its name, an .editorconfig by is_global) apart
                    // from sections, of which only the global options are read below.
                    configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
                }
            }
        }

        return AnalyzerConfigSet.Create(configs).GlobalConfigOptions;
    }
}
