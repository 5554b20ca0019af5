using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Checking;

namespace ArticleGen.Tool.Showing;

/// <summary>The two forms of <c>articlegen show</c>: a readable listing, and JSON (schema in the README).</summary>
internal static class ShowOutput
{
    public static void WriteText(TextWriter output, ArticleView view)
    {
        output.WriteLine($"{view.Checked.Path.DisplayPath} -> Articles.{view.Checked.Name}");
        if (view.Article is not { } article)
        {
            output.WriteLine("  (unreadable: no article is generated)");
        }
        else
        {
            Field(output, "headline", view.Headline, article.Headline.Length == 0 ? "(none)" : article.Headline);
            Field(output, "byline", view.Byline, article.Byline ?? "(none)");
            Field(output, "published", view.Published, article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(none)");
            Field(output, "dateline", view.Dateline, article.Dateline is { } d
                ? $"{d.Text}  (location {d.Location}{Part("region", d.Region)}{Part("date", d.Date)}{Part("agency", d.Agency)})"
                : "(none)");
            output.WriteLine($"  paragraphs ({article.Paragraphs.Count}, {article.WordCount} words):");
            for (int i = 0; i < article.Paragraphs.Count; i++)
            {
                Field(output, $"  {i + 1}", view.Paragraphs[i], article.Paragraphs[i]);
            }

            output.WriteLine($"  photos ({article.Photos.Count}):");
            for (int i = 0; i < article.Photos.Count; i++)
            {
                Field(output, $"  {i + 1}", view.Photos[i], $"{article.Photos[i].Caption}  [credit {article.Photos[i].Credit}]");
            }

            Field(output, "credits", view.Credits, article.Credits is { } c
                ? string.Join("; ", new[] { ("reporting", c.Reporting), ("additional reporting", c.AdditionalReporting), ("writing", c.Writing), ("editing", c.Editing) }
                    .Where(r => r.Item2.Count > 0).Select(r => $"{r.Item1}: {string.Join(", ", r.Item2)}"))
                : "(none)");
            Field(output, "copyright", view.Copyright, article.Copyright ?? "(none)");
        }

        output.WriteLine($"  diagnostics ({view.Diagnostics.Count}):");
        foreach (DiagnosticView diagnostic in view.Diagnostics)
        {
            output.WriteLine($"    {diagnostic.Line},{diagnostic.Column}: {diagnostic.Severity} {diagnostic.Id}: {diagnostic.Message}");
        }
    }

    public static void WriteJson(Stream output, ArticleView view)
    {
        using var json = new Utf8JsonWriter(output, CheckOutput.JsonOptions);
        json.WriteStartObject();
        json.WriteString("path", view.Checked.Path.DisplayPath);
        json.WriteString("name", view.Checked.Name);
        json.WriteBoolean("generated", view.Article is not null);
        if (view.Article is { } article)
        {
            json.WriteString("headline", article.Headline);
            json.WriteString("byline", article.Byline);
            json.WriteString("published", article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (article.Dateline is { } d)
            {
                json.WriteStartObject("dateline");
                json.WriteString("text", d.Text);
                json.WriteString("location", d.Location);
                json.WriteString("region", d.Region);
                json.WriteString("date", d.Date);
                json.WriteString("agency", d.Agency);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("dateline");
            }

            Strings(json, "paragraphs", article.Paragraphs);
            json.WriteStartArray("photos");
            foreach (Photo photo in article.Photos)
            {
                json.WriteStartObject();
                json.WriteString("caption", photo.Caption);
                json.WriteString("credit", photo.Credit);
                json.WriteString("photographer", photo.Photographer);
                json.WriteString("agency", photo.Agency);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (article.Credits is { } c)
            {
                json.WriteStartObject("credits");
                Strings(json, "reporting", c.Reporting);
                Strings(json, "additionalReporting", c.AdditionalReporting);
                Strings(json, "writing", c.Writing);
                Strings(json, "editing", c.Editing);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("credits");
            }

            json.WriteString("copyright", article.Copyright);
            json.WriteNumber("wordCount", article.WordCount);

            json.WriteStartObject("sources");
            Source(json, "headline", view.Headline);
            Source(json, "byline", view.Byline);
            Source(json, "published", view.Published);
            Source(json, "dateline", view.Dateline);
            Sources(json, "paragraphs", view.Paragraphs);
            Sources(json, "photos", view.Photos);
            Source(json, "credits", view.Credits);
            Source(json, "copyright", view.Copyright);
            json.WriteEndObject();
        }

        json.WriteStartArray("diagnostics");
        foreach (DiagnosticView diagnostic in view.Diagnostics)
        {
            CheckOutput.WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private static void Field(TextWriter output, string name, LineRange? source, string value) =>
        output.WriteLine($"  {name,-10} {(source?.ToString() ?? "-"),-12} {value}");

    private static string Part(string name, string? value) => value is null ? string.Empty : $", {name} {value}";

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Source(Utf8JsonWriter json, string name, LineRange? range)
    {
        json.WritePropertyName(name);
        Range(json, range);
    }

    private static void Sources(Utf8JsonWriter json, string name, IReadOnlyList<LineRange?> ranges)
    {
        json.WriteStartArray(name);
        foreach (LineRange? range in ranges)
        {
            Range(json, range);
        }

        json.WriteEndArray();
    }

    private static void Range(Utf8JsonWriter json, LineRange? range)
    {
        if (range is not { } r)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("startLine", r.Start);
        json.WriteNumber("endLine", r.End);
        json.WriteEndObject();
    }
}
