using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ArticleGen.Tool.Importing;

/// <summary>
/// The publication date a page declares: JSON-LD <c>datePublished</c> first (the publisher's own record of the article,
/// and the one the benchmark's labels follow), then <c>article:published_time</c> and the other date meta tags. The date
/// is taken as written: <c>2019-11-19T23:30:00-05:00</c> is November 19, whatever day it is in UTC.
/// </summary>
internal static partial class PageDate
{
    /// <summary>Meta tags that hold the publication date, best first.</summary>
    private static readonly string[] MetaNames =
    [
        "article:published_time", "og:article:published_time", "datePublished", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date",
    ];

    public static DateOnly? Published(IDocument document) => FromJsonLd(document) ?? FromMeta(document);

    /// <summary>The first <c>datePublished</c> of an article-like object (<c>NewsArticle</c>, <c>BlogPosting</c>, ...), else of any object.</summary>
    private static DateOnly? FromJsonLd(IDocument document)
    {
        DateOnly? anyObject = null;
        foreach (IElement script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement, articleOnly: true) is { } date)
                {
                    return date;
                }

                anyObject ??= Find(json.RootElement, articleOnly: false);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD says nothing.
            }
        }

        return anyObject;
    }

    private static DateOnly? Find(JsonElement element, bool articleOnly)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (Find(item, articleOnly) is { } date)
                    {
                        return date;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if ((!articleOnly || IsArticle(element)) && element.TryGetProperty("datePublished", out JsonElement published)
                    && published.ValueKind == JsonValueKind.String && AsWritten(published.GetString()) is { } found)
                {
                    return found;
                }

                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Find(property.Value, articleOnly) is { } date)
                    {
                        return date;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out JsonElement type))
        {
            return false;
        }

        foreach (JsonElement name in type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray()] : new[] { type })
        {
            if (name.ValueKind == JsonValueKind.String && (name.GetString() ?? "") is var value
                && (value.EndsWith("Article", StringComparison.Ordinal) || value is "BlogPosting" or "Report" or "LiveBlogPosting" or "WebPage"))
            {
                return value != "WebPage" || !element.TryGetProperty("mainEntity", out _);
            }
        }

        return false;
    }

    private static DateOnly? FromMeta(IDocument document)
    {
        foreach (string name in MetaNames)
        {
            foreach (IElement meta in document.QuerySelectorAll("meta"))
            {
                string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && AsWritten(meta.GetAttribute("content")) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>The date of a date-time as written: its own calendar day, in its own offset.</summary>
    public static DateOnly? AsWritten(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Match iso = IsoDate().Match(value);
        if (iso.Success)
        {
            int year = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    [GeneratedRegex(@"^\s*(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex IsoDate();
}
