using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Tool.Cli;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Tool.Checking;

/// <summary>
/// The forms of <c>articlegen check</c> output: build lines, GitHub workflow annotations, JSON (schema in the README)
/// and SARIF 2.1.0. JSON and SARIF carry whole messages; the two text forms shorten a long quoted subject at a word
/// boundary, as a build prints it.
/// </summary>
internal static class CheckOutput
{
    /// <summary>The project's README, the tool's information page in SARIF: beside the diagnostic docs.</summary>
    public static readonly string ReadmeUri = DiagnosticDescriptors.HelpLinkBase.Replace("docs/diagnostics/", "README.md", StringComparison.Ordinal);

    /// <param name="color">Colour the path (bold) and the severity (error red, warning yellow, info cyan).</param>
    public static void WriteText(TextWriter output, IReadOnlyList<CheckedArticle> articles, bool color = false)
    {
        foreach (CheckedArticle article in articles)
        {
            foreach (Diagnostic diagnostic in article.Diagnostics)
            {
                DiagnosticView view = DiagnosticView.From(diagnostic);
                output.WriteLine(color ? Colored(view) : view.ToString());
            }
        }
    }

    private static string Colored(DiagnosticView d)
    {
        string severity = d.Severity switch
        {
            "error" => Ansi.Paint(d.Severity, Ansi.Red),
            "warning" => Ansi.Paint(d.Severity, Ansi.Yellow),
            _ => Ansi.Paint(d.Severity, Ansi.Cyan),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Ansi.Paint(d.Path, Ansi.Bold)}({d.Line},{d.Column}): {severity} {d.Id}: {d.TextMessage} ({d.HelpUri})");
    }

    /// <summary>
    /// GitHub workflow commands, one per diagnostic, which a workflow shows as annotations on the file's lines:
    /// <c>::warning file=PATH,line=4,col=1,endLine=4,endColumn=19,title=ART001::MESSAGE</c>. Info is a notice.
    /// </summary>
    public static void WriteGithub(TextWriter output, IReadOnlyList<CheckedArticle> articles)
    {
        foreach (DiagnosticView d in All(articles))
        {
            string command = d.Severity switch { "error" => "error", "warning" => "warning", _ => "notice" };
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"::{command} file={GithubProperty(d.Path)},line={d.Line},col={d.Column},endLine={d.EndLine},endColumn={d.EndColumn},title={GithubProperty(d.Id)}::{GithubData(d.TextMessage)}"));
        }
    }

    /// <summary>A workflow command's message: <c>%</c>, CR and LF escaped, as the runner's toolkit does.</summary>
    public static string GithubData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A workflow command's property value: as <see cref="GithubData"/>, and <c>:</c> and <c>,</c> too.</summary>
    public static string GithubProperty(string text) =>
        GithubData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>Indented, and with quotes and non-ASCII text as they are: the output is read as JSON, never put in HTML.</summary>
    public static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson(Stream output, IReadOnlyList<CheckedArticle> articles)
    {
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        json.WriteNumber("files", articles.Count);
        // Every key, zero or not, so that a script can read summary.error without asking whether it is there.
        var bySeverity = All(articles).GroupBy(d => d.Severity).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        json.WriteStartObject("summary");
        foreach (string severity in new[] { "error", "warning", "info" })
        {
            json.WriteNumber(severity, bySeverity.GetValueOrDefault(severity));
        }

        json.WriteEndObject();
        json.WriteStartArray("diagnostics");
        foreach (DiagnosticView diagnostic in All(articles))
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>One diagnostic as an object; <c>show --json</c> and <c>check --format json</c> share this shape.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter json, DiagnosticView diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("path", diagnostic.Path);
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteNumber("endLine", diagnostic.EndLine);
        json.WriteNumber("endColumn", diagnostic.EndColumn);
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity);
        json.WriteString("title", diagnostic.Title);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("helpUri", diagnostic.HelpUri);
        json.WriteEndObject();
    }

    /// <summary>
    /// SARIF 2.1.0 as code-scanning services read it: every catalogue rule in <c>tool.driver.rules</c>, and each result
    /// with its rule, level, message and a region in a path relative to <c>%SRCROOT%</c> (the current folder).
    /// </summary>
    public static void WriteSarif(Stream output, IReadOnlyList<CheckedArticle> articles, string version)
    {
        var rules = DiagnosticDescriptors.All;
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "articlegen");
        json.WriteString("semanticVersion", version);
        json.WriteString("informationUri", ReadmeUri);
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalCase(rule.Title.ToString(CultureInfo.InvariantCulture)));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(DiagnosticView.SeverityName(rule.DefaultSeverity)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", new Uri(Environment.CurrentDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (DiagnosticView diagnostic in All(articles))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteNumber("ruleIndex", rules.IndexOf(rules.First(r => r.Id == diagnostic.Id)));
            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            bool relative = !Path.IsPathRooted(diagnostic.Path);
            json.WriteString("uri", relative ? Uri.EscapeDataString(diagnostic.Path).Replace("%2F", "/", StringComparison.Ordinal) : new Uri(diagnostic.Path).AbsoluteUri);
            if (relative)
            {
                json.WriteString("uriBaseId", "%SRCROOT%");
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", diagnostic.Line);
            json.WriteNumber("startColumn", diagnostic.Column);
            json.WriteNumber("endLine", diagnostic.EndLine);
            json.WriteNumber("endColumn", diagnostic.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>A rule's name in SARIF, from its title: <c>Missing or unreadable publication date</c> is <c>MissingOrUnreadablePublicationDate</c>.</summary>
    public static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string letters = new(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters, 1, letters.Length - 1);
            }
        }

        return name.ToString();
    }

    private static IEnumerable<DiagnosticView> All(IReadOnlyList<CheckedArticle> articles) =>
        articles.SelectMany(a => a.Diagnostics).Select(DiagnosticView.From);

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
