using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Tool.Checking;

/// <summary>The three forms of <c>articlegen check</c> output: build lines, JSON (schema in the README) and SARIF 2.1.0.</summary>
internal static class CheckOutput
{
    public static void WriteText(TextWriter output, IReadOnlyList<CheckedArticle> articles)
    {
        foreach (CheckedArticle article in articles)
        {
            foreach (Diagnostic diagnostic in article.Diagnostics)
            {
                output.WriteLine(DiagnosticView.From(diagnostic).ToString());
            }
        }
    }

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
        json.WriteStartObject("summary");
        foreach (IGrouping<string, DiagnosticView> severity in All(articles).GroupBy(d => d.Severity).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(severity.Key, severity.Count());
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
        json.WriteString("informationUri", "https://github.com/articlegen/articlegen");
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

    private static IEnumerable<DiagnosticView> All(IReadOnlyList<CheckedArticle> articles) =>
        articles.SelectMany(a => a.Diagnostics).Select(DiagnosticView.From);

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
