using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Inputs;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen check PATH...</c>: what the analyzer would report, as a build prints it, or as JSON, SARIF or GitHub annotations.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "Report what the analyzer reports, as a build prints it (or as JSON, SARIF or GitHub annotations).";

    public string Help => $"""
        Usage: articlegen check PATH... [options]

        Reports what the ArticleGen analyzer reports for article files, in the form a build prints:
          path(line,col): warning ART005: message (help link)
        PATH is a file, a folder (searched for *.txt, skipping bin, obj and hidden folders), a glob (Articles/**/*.txt)
        or - for standard input. Severities come from dotnet_diagnostic.ARTnnn.severity in .globalconfig files, as in a
        build ('articlegen rules' shows them). Text output shortens a long quoted subject at a word boundary; JSON and
        SARIF carry every message whole.

        Options:
          --format FORMAT       text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations).
          -o, --output FILE     Write the report to FILE instead of standard output.
          --warnaserror         Report warnings as errors.
          --fail-on LEVEL       Exit 1 when a diagnostic is at LEVEL or above: error, warning (default), info, or none.
        {CheckSettings.Help}
        Exit codes: 0 clean, 1 diagnostics at the fail level, 2 usage error.

        Examples:
          articlegen check Articles
          articlegen check "Articles/**/*.txt" --format sarif -o articles.sarif
          articlegen check Articles --only ART005,ART011 --exclude drafts
          articlegen check - --stdin-name Articles/new.txt < draft.txt
          articlegen check Articles --format github     # in a GitHub workflow step

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(
            args,
            ["format", "output", "fail-on", .. CheckSettings.ValueOptions],
            ["warnaserror", .. CheckSettings.Flags],
            new Dictionary<string, string> { ["o"] = "output" });
        string format = arguments.Choice("format", "text", "text", "json", "sarif", "github");
        string failOn = arguments.Choice("fail-on", "warning", "error", "warning", "info", "none");
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CheckedArticle> articles = CheckSettings.CheckPaths(arguments, arguments.Positional, console);
        if (arguments.Has("warnaserror"))
        {
            articles = articles.Select(a => a with { Diagnostics = a.Diagnostics.Select(WarningAsError).ToList() }).ToList();
        }

        if (console.AtLeast(Verbosity.Detailed))
        {
            foreach (CheckedArticle article in articles)
            {
                console.Say(Verbosity.Detailed, $"checked {article.Path.DisplayPath}: {article.Diagnostics.Count} diagnostic{(article.Diagnostics.Count == 1 ? "" : "s")}");
            }
        }

        string? outputFile = arguments.Value("output");
        console.Out.Flush();
        Stream stream;
        try
        {
            if (outputFile is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile))!);
            }

            stream = outputFile is null ? console.OutStream : File.Create(outputFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"'{outputFile}' could not be written: {Failures.Describe(e)}");
        }

        try
        {
            Write(stream, format, articles, outputFile is null && console.Color);
        }
        finally
        {
            stream.Flush();
            if (outputFile is not null)
            {
                stream.Dispose();
            }
        }

        List<Diagnostic> all = articles.SelectMany(a => a.Diagnostics).ToList();
        console.Say(Verbosity.Minimal, Totals(articles.Count, all));
        console.Say(Verbosity.Detailed, $"took {clock.Elapsed.TotalSeconds:0.00} s");
        return all.Any(d => AtOrAbove(d.Severity, failOn)) ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static void Write(Stream stream, string format, IReadOnlyList<CheckedArticle> articles, bool color)
    {
        switch (format)
        {
            case "json":
                CheckOutput.WriteJson(stream, articles);
                break;
            case "sarif":
                CheckOutput.WriteSarif(stream, articles, Program.Version);
                break;
            default:
                using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" })
                {
                    if (format == "github")
                    {
                        CheckOutput.WriteGithub(writer, articles);
                    }
                    else
                    {
                        CheckOutput.WriteText(writer, articles, color);
                    }
                }

                break;
        }
    }

    /// <summary>E.g. <c>85 files: 3 errors, 120 warnings, 7 info</c>.</summary>
    private static string Totals(int files, List<Diagnostic> diagnostics)
    {
        string Count(DiagnosticSeverity severity, string name)
        {
            int n = diagnostics.Count(d => d.Severity == severity);
            return $"{n} {name}{(n == 1 || name == "info" ? "" : "s")}";
        }

        return $"{files} file{(files == 1 ? "" : "s")}: {Count(DiagnosticSeverity.Error, "error")}, {Count(DiagnosticSeverity.Warning, "warning")}, {Count(DiagnosticSeverity.Info, "info")}";
    }

    private static Diagnostic WarningAsError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning ? Severities.With(diagnostic, DiagnosticSeverity.Error) : diagnostic;

    private static bool AtOrAbove(DiagnosticSeverity severity, string level) => level switch
    {
        "error" => severity == DiagnosticSeverity.Error,
        "warning" => severity >= DiagnosticSeverity.Warning,
        "info" => severity >= DiagnosticSeverity.Info,
        _ => false,
    };
}
