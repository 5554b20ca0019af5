using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Showing;

namespace ArticleGen.Tool.Reporting;

/// <summary>
/// One self-contained HTML page about a corpus: a summary, a sortable table of every article, and each article's
/// text with its diagnostic spans highlighted beside the fields ArticleGen read. Styles and the sorting script are
/// inline; the page loads nothing from anywhere.
/// </summary>
internal static class ReportPage
{
    public static string Write(IReadOnlyList<ArticleView> articles, string version)
    {
        List<string> ids = articles.SelectMany(a => a.Diagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <title>ArticleGen report: {articles.Count} files</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>ArticleGen report</h1>
            <p class="generated">articlegen {Encode(version)}</p>

            """);
        WriteSummary(html, articles, ids);
        WriteTable(html, articles, ids);
        html.Append("<h2>Articles</h2>\n");
        for (int i = 0; i < articles.Count; i++)
        {
            WriteArticle(html, articles[i], i);
        }

        html.Append($"<script>{Script}</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteSummary(StringBuilder html, IReadOnlyList<ArticleView> articles, List<string> ids)
    {
        var generated = articles.Where(a => a.Article is not null).ToList();
        var noDate = generated.Where(a => a.Article!.Published is null).ToList();
        var noByline = generated.Where(a => a.Article!.Byline is null).ToList();
        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"counts\">\n");
        html.Append($"<dt>Files</dt><dd id=\"files\">{articles.Count}</dd>\n");
        html.Append($"<dt>Articles</dt><dd id=\"articles\">{generated.Count}</dd>\n");
        html.Append($"<dt>Without a date</dt><dd id=\"no-date\">{noDate.Count}</dd>\n");
        html.Append($"<dt>Without a byline</dt><dd id=\"no-byline\">{noByline.Count}</dd>\n");
        html.Append("</dl>\n<table id=\"by-id\"><thead><tr><th>ID</th><th>Title</th><th>Count</th><th>Files</th></tr></thead><tbody>\n");
        foreach (string id in ids)
        {
            var with = articles.Where(a => a.Diagnostics.Any(d => d.Id == id)).ToList();
            string title = articles.SelectMany(a => a.Diagnostics).First(d => d.Id == id).Title;
            html.Append($"<tr data-id=\"{id}\"><td><span class=\"swatch {Highlighter.Kind(id)}\"></span>{id}</td><td>{Encode(title)}</td><td>{with.Sum(a => a.Diagnostics.Count(d => d.Id == id))}</td><td>{with.Count}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        FileList(html, "Files without a date", "list-no-date", noDate, articles);
        FileList(html, "Files without a byline", "list-no-byline", noByline, articles);
        html.Append("</section>\n");
    }

    private static void FileList(StringBuilder html, string title, string id, List<ArticleView> files, IReadOnlyList<ArticleView> all)
    {
        html.Append($"<details id=\"{id}\"><summary>{title} ({files.Count})</summary><ul>");
        foreach (ArticleView file in files)
        {
            html.Append($"<li><a href=\"#a{Index(all, file)}\">{Encode(file.Checked.Path.DisplayPath)}</a></li>");
        }

        html.Append("</ul></details>\n");
    }

    private static void WriteTable(StringBuilder html, IReadOnlyList<ArticleView> articles, List<string> ids)
    {
        html.Append("<h2>Files</h2>\n<table id=\"files-table\" class=\"sortable\">\n<thead><tr>");
        html.Append("<th data-type=\"text\">Name</th><th data-type=\"text\">Headline</th><th data-type=\"text\">Date</th><th data-type=\"text\">Byline</th><th data-type=\"number\">Words</th>");
        foreach (string id in ids)
        {
            html.Append($"<th data-type=\"number\" data-id=\"{id}\">{id}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < articles.Count; i++)
        {
            ArticleView view = articles[i];
            Article? article = view.Article;
            string date = article?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
            html.Append($"<tr data-path=\"{Encode(view.Checked.Path.DisplayPath)}\">");
            html.Append($"<td><a href=\"#a{i}\" title=\"{Encode(view.Checked.Path.DisplayPath)}\">{Encode(view.Checked.Name)}</a></td>");
            html.Append($"<td>{Encode(article?.Headline ?? "(unreadable)")}</td><td class=\"date\">{date}</td><td>{Encode(article?.Byline ?? string.Empty)}</td>");
            html.Append($"<td class=\"number\">{article?.WordCount ?? 0}</td>");
            foreach (string id in ids)
            {
                int count = view.Diagnostics.Count(d => d.Id == id);
                html.Append($"<td class=\"number\">{(count == 0 ? string.Empty : count.ToString(CultureInfo.InvariantCulture))}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteArticle(StringBuilder html, ArticleView view, int index)
    {
        html.Append($"<section class=\"article\" id=\"a{index}\" data-path=\"{Encode(view.Checked.Path.DisplayPath)}\">\n");
        html.Append($"<h3>{Encode(view.Checked.Name)} <small>{Encode(view.Checked.Path.DisplayPath)}</small></h3>\n<div class=\"columns\">\n<pre class=\"text\">");
        Highlighter.Write(html, view.Checked.Stored.Text, view.Diagnostics);
        html.Append("</pre>\n<div class=\"side\">\n<dl class=\"fields\">\n");
        if (view.Article is { } article)
        {
            Field(html, "Headline", article.Headline, view.Headline);
            Field(html, "Date", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), view.Published);
            Field(html, "Byline", article.Byline, view.Byline);
            Field(html, "Dateline", article.Dateline?.Text, view.Dateline);
            Field(html, "Paragraphs", article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture), null);
            Field(html, "Words", article.WordCount.ToString(CultureInfo.InvariantCulture), null);
            Field(html, "Photos", string.Join(" | ", article.Photos.Select(p => p.Caption + " [" + p.Credit + "]")), view.Photos.FirstOrDefault());
            Field(html, "Credits", article.Credits is { } c ? string.Join("; ", c.Reporting.Concat(c.Writing).Concat(c.Editing)) : null, view.Credits);
            Field(html, "Copyright", article.Copyright, view.Copyright);
        }
        else
        {
            Field(html, "Article", "(unreadable: none is generated)", null);
        }

        html.Append("</dl>\n<ol class=\"diagnostics\">\n");
        foreach (DiagnosticView d in view.Diagnostics)
        {
            html.Append($"<li class=\"{Highlighter.Kind(d.Id)}\" data-id=\"{d.Id}\">({d.Line},{d.Column}) {d.Severity} {d.Id}: {Encode(d.Message)}</li>\n");
        }

        html.Append("</ol>\n</div>\n</div>\n</section>\n");
    }

    private static void Field(StringBuilder html, string name, string? value, LineRange? source)
    {
        string where = source is { } s ? $" <small>{s}</small>" : string.Empty;
        html.Append($"<dt>{name}{where}</dt><dd>{(string.IsNullOrEmpty(value) ? "<em>none</em>" : Encode(value))}</dd>\n");
    }

    private static int Index(IReadOnlyList<ArticleView> all, ArticleView view)
    {
        for (int i = 0; i < all.Count; i++)
        {
            if (ReferenceEquals(all[i], view))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private const string Style = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
        table { border-collapse: collapse; margin: .5em 0 1.5em; }
        th, td { border: 1px solid #d0d0d5; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #f0f0f4; }
        table.sortable th { cursor: pointer; user-select: none; }
        th[aria-sort="ascending"]::after { content: " \25B2"; }
        th[aria-sort="descending"]::after { content: " \25BC"; }
        td.date { white-space: nowrap; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        dl.counts { display: grid; grid-template-columns: max-content max-content; gap: .2em 1em; }
        dl.counts dd, dl.fields dd { margin: 0; }
        .article { border-top: 2px solid #d0d0d5; margin-top: 1.5em; }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; }
        pre.text { white-space: pre-wrap; font: 13px/1.4 ui-monospace, monospace; background: #fafafa; padding: .75em; border: 1px solid #e4e4e8; }
        dl.fields dt { font-weight: 600; margin-top: .4em; }
        mark { border-radius: 2px; }
        mark.chrome, .swatch.chrome, li.chrome { background: #ffd6d6; }
        mark.markup, .swatch.markup, li.markup { background: #e3d6ff; }
        mark.malformed, .swatch.malformed, li.malformed { background: #ffe8a8; }
        mark.note, .swatch.note, li.note { background: #d6ecff; }
        .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; border: 1px solid #999; }
        .flag::before { content: attr(data-id); font-size: 10px; padding: 0 .3em; border-radius: 3px; background: #d6ecff; border: 1px solid #8ab; }
        .flag.malformed::before { background: #ffe8a8; }
        .generated { color: #666; }
        """;

    /// <summary>Click a header to sort by it; click again to reverse. Numbers sort as numbers, empty cells as 0.</summary>
    private const string Script = """
        document.querySelectorAll('table.sortable').forEach(function (table) {
          var headers = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(headers, function (th, column) {
            th.addEventListener('click', function () {
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = th.dataset.type === 'number';
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
                var order = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """;
}
