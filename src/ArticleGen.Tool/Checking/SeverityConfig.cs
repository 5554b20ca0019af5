using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    private readonly ConcurrentDictionary<string, Loaded> _byFolder = new(StringComparer.Ordinal);

    public SeverityConfig(IReadOnlyList<string> extraFiles) => _extraFiles = extraFiles;

    /// <param name="reported">The severity the diagnostic was reported at (an unsure ART012 is a warning); by default the descriptor's.</param>
    /// <returns>The severity for a diagnostic in <paramref name="articlePath"/>, or null where it is turned off.</returns>
    public DiagnosticSeverity? Severity(string articlePath, DiagnosticDescriptor descriptor, DiagnosticSeverity? reported = null)
    {
        AnalyzerConfigOptionsResult options = _byFolder.GetOrAdd(Path.GetDirectoryName(articlePath) ?? "/", Load).Options;
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
            _ => reported ?? descriptor.DefaultSeverity,
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

    /// <summary>
    /// The global config files that set a severity for <paramref name="descriptor"/> in <paramref name="articlePath"/>'s
    /// folder, each with the line that does it: its ID's, its category's (<c>dotnet_analyzer_diagnostic.category-X.severity</c>)
    /// or every rule's (<c>dotnet_analyzer_diagnostic.severity</c>), in the order a build reads them.
    /// </summary>
    public IReadOnlyList<(string File, string Setting)> SetBy(string articlePath, DiagnosticDescriptor descriptor)
    {
        string[] bulkKeys =
        {
            "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity",
            "dotnet_analyzer_diagnostic.severity",
        };
        var result = new List<(string, string)>();
        foreach ((string file, AnalyzerConfig config) in _byFolder.GetOrAdd(Path.GetDirectoryName(articlePath) ?? "/", Load).Configs)
        {
            // One file alone, read as a build reads it: only what is global in it (a .globalconfig, or is_global = true).
            AnalyzerConfigOptionsResult alone = AnalyzerConfigSet.Create(new List<AnalyzerConfig> { config }).GlobalConfigOptions;
            if (alone.TreeOptions.TryGetValue(descriptor.Id, out ReportDiagnostic byId))
            {
                result.Add((file, $"dotnet_diagnostic.{descriptor.Id}.severity = {Word(byId)}"));
            }

            foreach (string key in bulkKeys)
            {
                if (alone.AnalyzerOptions.TryGetValue(key, out string? value))
                {
                    result.Add((file, key + " = " + value.Trim()));
                }
            }
        }

        return result;
    }

    private static string Word(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => "error",
        ReportDiagnostic.Warn => "warning",
        ReportDiagnostic.Info => "suggestion",
        ReportDiagnostic.Hidden => "silent",
        ReportDiagnostic.Suppress => "none",
        _ => "default",
    };

    private Loaded Load(string folder)
    {
        var configs = new List<(string File, AnalyzerConfig Config)>();
        foreach (string file in _extraFiles)
        {
            configs.Add((Path.GetFullPath(file), AnalyzerConfig.Parse(File.ReadAllText(file), Path.GetFullPath(file))));
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
                    configs.Add((path, AnalyzerConfig.Parse(File.ReadAllText(path), path)));
                }
            }
        }

        return new Loaded(configs, AnalyzerConfigSet.Create(configs.Select(c => c.Config).ToList()).GlobalConfigOptions);
    }

    private sealed record Loaded(List<(string File, AnalyzerConfig Config)> Configs, AnalyzerConfigOptionsResult Options);
}
