using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Fixing;
using ArticleGen.Tool.Inputs;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen rules [PATH]</c>: every rule, its severity where PATH is, and the config files that set it.</summary>
internal sealed class RulesCommand : ICommand
{
    public string Name => "rules";

    public string Summary => "List every rule with its severity after .globalconfig/.editorconfig, and the files that set it.";

    public string Help => """
        Usage: articlegen rules [PATH] [options]

        Lists every ArticleGen rule: its ID, its severity for an article at PATH (a file or a folder; by default the
        current folder) after the config files a build reads there, its default severity, whether fix repairs it,
        its title, and each config file that sets it with the line that does (dotnet_diagnostic.ARTnnn.severity, the
        category's or every rule's dotnet_analyzer_diagnostic severity). Those files are every .globalconfig in the
        folder and above, any .editorconfig there that says is_global = true, and --config FILE.

        Options:
          --config FILE         A global analyzer config to apply as well (as GlobalAnalyzerConfigFiles in a build).
          --json                Print JSON: [{ "id", "title", "severity", "defaultSeverity", "fix", "setBy": [{ "file", "setting" }] }].

        Exit codes: 0 listed, 2 usage error.

        Examples:
          articlegen rules Articles/2019
          articlegen rules --json

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(args, ["config"], ["json"]);
        if (arguments.Positional.Count > 1)
        {
            throw new UsageException("rules takes at most one PATH");
        }

        string path = arguments.Positional.Count == 1 ? arguments.Positional[0] : ".";
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new UsageException($"'{path}' does not exist");
        }

        // The severity of an article in that folder: a name inside it stands for any article there.
        string article = Directory.Exists(path) ? Path.Combine(Path.GetFullPath(path), "article.txt") : Path.GetFullPath(path);
        SeverityConfig severities = CheckSettings.Severities(arguments);
        List<Rule> rules = DiagnosticDescriptors.All.Select(d => new Rule(
            d.Id,
            d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SeverityWord(severities.Severity(article, d)),
            SeverityWord(d.DefaultSeverity),
            FixEdits.IsOnlyWhenNamed(d.Id) ? "when named" : FixEdits.Fixable.Contains(d.Id) ? "yes" : "no",
            severities.SetBy(article, d).Select(s => (ArticlePaths.Display(s.File), s.Setting)).ToList())).ToList();

        if (arguments.Has("json"))
        {
            WriteJson(console, rules);
            return ExitCodes.Success;
        }

        console.Out.WriteLine($"{"ID",-7} {"severity",-9} {"default",-8} {"fix",-10} title");
        foreach (Rule rule in rules)
        {
            string severity = console.Color ? Painted(rule.Severity) : rule.Severity;
            console.Out.WriteLine($"{rule.Id,-7} {severity}{new string(' ', Math.Max(1, 10 - rule.Severity.Length))}{rule.Default,-8} {rule.Fix,-10} {rule.Title}");
            foreach ((string file, string setting) in rule.SetBy)
            {
                console.Out.WriteLine($"{"",-7} set by {file}: {setting}");
            }
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(ToolConsole console, List<Rule> rules)
    {
        console.Out.Flush();
        using (var json = new Utf8JsonWriter(console.OutStream, CheckOutput.JsonOptions))
        {
            json.WriteStartArray();
            foreach (Rule rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("severity", rule.Severity);
                json.WriteString("defaultSeverity", rule.Default);
                json.WriteString("fix", rule.Fix);
                json.WriteStartArray("setBy");
                foreach ((string file, string setting) in rule.SetBy)
                {
                    json.WriteStartObject();
                    json.WriteString("file", file);
                    json.WriteString("setting", setting);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        console.OutStream.Write("\n"u8);
        console.OutStream.Flush();
    }

    /// <summary>The names a build's severity settings use for what is reported: error, warning, info, hidden, none.</summary>
    private static string SeverityWord(DiagnosticSeverity? severity) => severity is { } s ? DiagnosticView.SeverityName(s) : "none";

    private static string Painted(string severity) => severity switch
    {
        "error" => Ansi.Paint(severity, Ansi.Red),
        "warning" => Ansi.Paint(severity, Ansi.Yellow),
        "info" => Ansi.Paint(severity, Ansi.Cyan),
        _ => severity,
    };

    private sealed record Rule(string Id, string Title, string Severity, string Default, string Fix, List<(string File, string Setting)> SetBy);
}
