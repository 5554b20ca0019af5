using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleGen;

namespace NewsFixtures;

/// <summary>A plain-text table of articles: name, date, dateline, headline, credits and word count.</summary>
public static class ArticleTable
{
    private const int MaxHeadline = 52;
    private const int MaxCredits = 56;

    public static string Render(IEnumerable<Article> articles)
    {
        string[] header = { "Name", "Published", "Dateline", "Headline", "Credits", "Words" };
        List<string[]> rows = articles.Select(Row).ToList();
        int[] widths = header.Select((title, column) => rows.Select(r => r[column].Length).Prepend(title.Length).Max()).ToArray();

        var table = new StringBuilder();
        AppendLine(table, header, widths);
        AppendLine(table, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (string[] row in rows)
        {
            AppendLine(table, row, widths);
        }

        return table.ToString();
    }

    /// <summary>One article's cells, in the order of the header.</summary>
    public static string[] Row(Article article) => new[]
    {
        article.Name,
        article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
        Dateline(article.Dateline),
        Shorten(article.Headline, MaxHeadline),
        Shorten(Credits(article), MaxCredits),
        article.WordCount.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary><c>PORTLAND, Maine (Reuters)</c> or <c>NAIROBI, Oct 12 (Reuters)</c>, or <c>-</c> when there is none.</summary>
    public static string Dateline(Dateline? dateline)
    {
        if (dateline is null)
        {
            return "-";
        }

        string place = string.Join(", ", new[] { dateline.Location, dateline.Region, dateline.Date }.Where(part => part is not null));
        return dateline.Agency is null ? place : $"{place} ({dateline.Agency})";
    }

    /// <summary>The reporters and editors, e.g. <c>Maxim Rodionov / ed. Raissa Kasolowsky</c>, or the byline.</summary>
    public static string Credits(Article article)
    {
        if (article.Credits is not { } credits)
        {
            return article.Byline is null ? "-" : "By " + article.Byline;
        }

        string reporters = string.Join(", ", credits.Reporting.Concat(credits.AdditionalReporting).Concat(credits.Writing));
        return credits.Editing.Count == 0 ? reporters : $"{reporters} / ed. {string.Join(", ", credits.Editing)}";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";

    private static void AppendLine(StringBuilder table, string[] cells, int[] widths)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            bool last = i == cells.Length - 1;
            table.Append(last ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]) + "  ");
        }

        table.Append('\n');
    }
}
