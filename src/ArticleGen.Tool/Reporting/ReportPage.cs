using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Showing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Reporting;

/// <summary>
/// One self-contained HTML page about a corpus: a summary, a sortable table of every file, and a picture of each file:
/// a strip of its lines coloured by what the parser made of them (headline, byline and date, article, chrome, text
/// set aside, furniture), its text with the same colours and its diagnostic spans marked, and beside them the fields
/// read and the diagnostics, each a link to its lines and to its help page. Styles and script are inline; the page
/// loads nothing from anywhere.
/// </summary>
internal static class ReportPage
{
    /// <summary>What each <see cref="LineKind"/> is called on the page: its CSS class and its legend.</summary>
    private static readonly (LineKind Kind, string Class, string Legend)[] Kinds =
    [
        (LineKind.Headline, "headline", "headline"),
        (LineKind.Byline, "byline", "byline and date"),
        (LineKind.Article, "article", "article"),
        (LineKind.Furniture, "furniture", "captions, credits, copyright"),
        (LineKind.Chrome, "chrome", "chrome (ART005)"),
        (LineKind.SetAside, "setaside", "set aside (ART012)"),
        (LineKind.Other, "other", "other text"),
        (LineKind.Blank, "blank", "blank"),
    ];

    public static string ClassOf(LineKind kind) => Kinds.First(k => k.Kind == kind).Class;

    public static string Write(IReadOnlyList<ArticleView> articles, string version)
    {
        List<string> ids = articles.SelectMany(a => a.Diagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
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
        html.Append("<h2>Files, line by line</h2>\n");
        WriteLegend(html);
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
            DiagnosticView first = articles.SelectMany(a => a.Diagnostics).First(d => d.Id == id);
            html.Append($"<tr data-id=\"{id}\"><td><span class=\"swatch {Highlighter.Kind(id)}\"></span>{HelpLink(first)}</td><td>{Encode(first.Title)}</td><td>{with.Sum(a => a.Diagnostics.Count(d => d.Id == id))}</td><td>{with.Count}</td></tr>\n");
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

    /// <summary>
    /// One row per file, in a table that keeps to the window's width: long headlines and names are cut with an ellipsis
    /// (the whole text is in the cell's title), and each diagnostic ID has a narrow column of counts.
    /// </summary>
    private static void WriteTable(StringBuilder html, IReadOnlyList<ArticleView> articles, List<string> ids)
    {
        html.Append("<h2>Files</h2>\n<table id=\"files-table\" class=\"sortable\">\n<colgroup><col class=\"file\"><col class=\"headline\"><col class=\"date\"><col class=\"byline\"><col class=\"words\">");
        foreach (string _ in ids)
        {
            html.Append("<col class=\"id\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        html.Append("<th data-type=\"text\">File</th><th data-type=\"text\">Headline</th><th data-type=\"text\">Date</th><th data-type=\"text\">Byline</th><th data-type=\"number\">Words</th>");
        foreach (string id in ids)
        {
            html.Append($"<th data-type=\"number\" data-id=\"{id}\" title=\"{id}\">{id.Replace("ART", "", StringComparison.Ordinal)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < articles.Count; i++)
        {
            ArticleView view = articles[i];
            Article? article = view.Article;
            string path = view.Checked.Path.DisplayPath;
            string date = article?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
            string headline = article?.Headline ?? "(unreadable)";
            html.Append($"<tr data-path=\"{Encode(path)}\">");
            html.Append($"<td><a href=\"#a{i}\" title=\"{Encode(path)} (Articles.{Encode(view.Checked.Name)})\">{Encode(Path.GetFileName(path))}</a></td>");
            html.Append($"<td title=\"{Encode(headline)}\">{Encode(headline)}</td><td class=\"date\">{date}</td><td title=\"{Encode(article?.Byline)}\">{Encode(article?.Byline)}</td>");
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

    private static void WriteLegend(StringBuilder html)
    {
        html.Append("<ul class=\"legend\">");
        foreach ((LineKind _, string css, string legend) in Kinds)
        {
            html.Append($"<li><span class=\"key k-{css}\"></span>{legend}</li>");
        }

        html.Append("</ul>\n");
    }

    private static void WriteArticle(StringBuilder html, ArticleView view, int index)
    {
        string path = view.Checked.Path.DisplayPath;
        html.Append($"<section class=\"article\" id=\"a{index}\" data-path=\"{Encode(path)}\">\n");
        html.Append($"<h3>{Encode(Path.GetFileName(path))} <small>{Encode(path)} &middot; Articles.{Encode(view.Checked.Name)}</small></h3>\n<div class=\"columns\">\n");
        SourceText text = view.Checked.Text;
        WriteStrip(html, view, index, text.Lines.Count);
        html.Append("<pre class=\"text\">");
        string whole = view.Checked.Stored.Text;
        foreach (TextLine line in text.Lines)
        {
            int n = line.LineNumber;
            string kind = ClassOf(n < view.Lines.Count ? view.Lines[n] : LineKind.Other);
            html.Append($"<span class=\"line k-{kind}\" id=\"a{index}-l{n + 1}\" data-line=\"{n + 1}\" data-kind=\"{kind}\">");
            Highlighter.WriteLine(html, whole, line.Start, Math.Min(line.End, whole.Length), view.Diagnostics);
            html.Append("</span>");
        }

        html.Append("</pre>\n<div class=\"side\">\n<dl class=\"fields\">\n");
        if (view.Article is { } article)
        {
            Field(html, index, "Headline", article.Headline, view.Headline);
            Field(html, index, "Byline", article.Byline, view.Byline);
            Field(html, index, "Date", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), view.Published);
            Field(html, index, "Dateline", article.Dateline?.Text, view.Dateline);
            Field(html, index, "Paragraphs", $"{article.Paragraphs.Count}, {article.WordCount} words", Span(view.Paragraphs));
            Field(html, index, "Photos", string.Join(" | ", article.Photos.Select(p => p.Caption + " [" + p.Credit + "]")), Span(view.Photos));
            Field(html, index, "Credits", article.Credits is { } c ? string.Join("; ", c.Reporting.Concat(c.Writing).Concat(c.Editing)) : null, view.Credits);
            Field(html, index, "Copyright", article.Copyright, view.Copyright);
        }
        else
        {
            Field(html, index, "Article", "(unreadable: none is generated)", null);
        }

        html.Append("</dl>\n<ol class=\"diagnostics\">\n");
        foreach (DiagnosticView d in view.Diagnostics)
        {
            html.Append($"<li class=\"{Highlighter.Kind(d.Id)}\" data-id=\"{d.Id}\"><a class=\"go\" href=\"#a{index}-l{d.Line}\" data-section=\"a{index}\" data-first=\"{d.Line}\" data-last=\"{LastLine(d)}\">{d.Line}:{d.Column}</a> {d.Severity} {HelpLink(d)}: {Encode(d.Message)}</li>\n");
        }

        html.Append("</ol>\n</div>\n</div>\n</section>\n");
    }

    /// <summary>
    /// The strip: the file's lines top to bottom, runs of one kind as one link to their first line, each as tall as
    /// its share of the file. Blank lines between two lines of one kind belong to their run: paragraphs apart are one
    /// article.
    /// </summary>
    private static void WriteStrip(StringBuilder html, ArticleView view, int index, int lineCount)
    {
        LineKind[] kinds = StripKinds(view.Lines, lineCount);
        html.Append($"<nav class=\"strip\" aria-label=\"what each line is\" style=\"--lines: {lineCount}\">");
        int start = 0;
        for (int n = 1; n <= lineCount; n++)
        {
            if (n < lineCount && kinds[n] == kinds[start])
            {
                continue;
            }

            string css = ClassOf(kinds[start]);
            string lines = n - start == 1 ? $"line {start + 1}" : $"lines {start + 1}-{n}";
            html.Append($"<a class=\"k-{css}\" href=\"#a{index}-l{start + 1}\" data-section=\"a{index}\" data-first=\"{start + 1}\" data-last=\"{n}\" data-kind=\"{css}\" style=\"flex-grow: {n - start}\" title=\"{lines}: {css}\"></a>");
            start = n;
        }

        html.Append("</nav>\n");
    }

    private static LineKind[] StripKinds(IReadOnlyList<LineKind> lines, int count)
    {
        var kinds = new LineKind[count];
        for (int n = 0; n < count; n++)
        {
            kinds[n] = n < lines.Count ? lines[n] : LineKind.Other;
        }

        for (int n = 0; n < count; n++)
        {
            if (kinds[n] != LineKind.Blank)
            {
                continue;
            }

            int next = n;
            while (next < count && kinds[next] == LineKind.Blank)
            {
                next++;
            }

            if (n > 0 && next < count && kinds[n - 1] == kinds[next])
            {
                for (int b = n; b < next; b++)
                {
                    kinds[b] = kinds[next];
                }
            }

            n = next - 1;
        }

        return kinds;
    }

    private static int LastLine(DiagnosticView d) => d.EndColumn == 1 && d.EndLine > d.Line ? d.EndLine - 1 : d.EndLine;

    private static LineRange? Span(IReadOnlyList<LineRange?> ranges)
    {
        var found = ranges.Where(r => r is not null).Select(r => r!.Value).ToList();
        return found.Count == 0 ? null : new LineRange(found.Min(r => r.Start), found.Max(r => r.End));
    }

    private static string HelpLink(DiagnosticView d) =>
        string.IsNullOrEmpty(d.HelpUri) ? d.Id : $"<a class=\"help\" href=\"{Encode(d.HelpUri)}\" title=\"{Encode(d.Title)}: the rule's help page\">{d.Id}</a>";

    private static void Field(StringBuilder html, int index, string name, string? value, LineRange? source)
    {
        string where = source is { } s ? $" <a class=\"go\" href=\"#a{index}-l{s.Start}\" data-section=\"a{index}\" data-first=\"{s.Start}\" data-last=\"{s.End}\">{s}</a>" : string.Empty;
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
        :root { --headline: #8ab6f0; --byline: #b59af0; --article: #8fd48f; --furniture: #9ccfcf; --chrome: #f08a8a; --setaside: #f0bf6a; --other: #cfcfd4; --blank: #f3f3f5; }
        body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; max-width: 100%; box-sizing: border-box; }
        table { border-collapse: collapse; margin: .5em 0 1.5em; }
        th, td { border: 1px solid #d0d0d5; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #f0f0f4; }
        table.sortable th { cursor: pointer; user-select: none; }
        th[aria-sort="ascending"]::after { content: " \25B2"; }
        th[aria-sort="descending"]::after { content: " \25BC"; }
        #files-table { table-layout: fixed; width: 100%; }
        #files-table td, #files-table th { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        #files-table col.file { width: 16em; } #files-table col.date { width: 7.2em; } #files-table col.byline { width: 11em; }
        #files-table col.words { width: 5.5em; } #files-table col.id { width: 3.2em; }
        #files-table th[data-id] { font-size: 12px; padding: .25em .3em; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        dl.counts { display: grid; grid-template-columns: max-content max-content; gap: .2em 1em; }
        dl.counts dd, dl.fields dd { margin: 0; overflow-wrap: anywhere; }
        .article { border-top: 2px solid #d0d0d5; margin-top: 1.5em; }
        .columns { display: grid; grid-template-columns: 18px minmax(0, 3fr) minmax(0, 2fr); gap: 1em; align-items: start; }
        .strip { position: sticky; top: .5em; display: flex; flex-direction: column; height: min(calc(var(--lines) * 8px), 90vh); min-height: 3em; border: 1px solid #999; }
        .strip a { display: block; min-height: 1px; }
        .strip a:hover { outline: 2px solid #1d1d1f; }
        pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.4 ui-monospace, monospace; background: #fafafa; padding: .5em 0; border: 1px solid #e4e4e8; margin: 0; }
        pre.text .line { display: block; padding: 0 .5em 0 3.2em; text-indent: 0; position: relative; min-height: 1.4em; border-left: 4px solid transparent; }
        pre.text .line::before { content: attr(data-line); position: absolute; left: 0; width: 2.6em; text-align: right; color: #999; }
        .line.k-headline { background: #e3eefc; border-left-color: var(--headline); font-weight: 600; }
        .line.k-byline { background: #efe8fd; border-left-color: var(--byline); }
        .line.k-article { background: #eef9ee; border-left-color: var(--article); }
        .line.k-furniture { background: #e9f5f5; border-left-color: var(--furniture); }
        .line.k-chrome { background: #fdf0f0; border-left-color: var(--chrome); color: #6b4b4b; }
        .line.k-setaside { background: #fdf5e6; border-left-color: var(--setaside); }
        .line.k-other { border-left-color: var(--other); }
        .line.target { outline: 2px solid #1d1d1f; outline-offset: -1px; }
        .k-headline { --k: var(--headline); } .k-byline { --k: var(--byline); } .k-article { --k: var(--article); }
        .k-furniture { --k: var(--furniture); } .k-chrome { --k: var(--chrome); } .k-setaside { --k: var(--setaside); }
        .k-other { --k: var(--other); } .k-blank { --k: var(--blank); }
        .strip a, .key { background: var(--k); }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3em 1.2em; }
        .key { display: inline-block; width: 1em; height: 1em; margin-right: .35em; vertical-align: -.15em; border: 1px solid #999; }
        .side { position: sticky; top: .5em; max-height: 95vh; overflow: auto; }
        dl.fields dt { font-weight: 600; margin-top: .4em; }
        dl.fields dt a.go { font-weight: normal; font-size: 12px; }
        ol.diagnostics { padding-left: 1.4em; overflow-wrap: anywhere; }
        h3 small { overflow-wrap: anywhere; }
        ol.diagnostics li { margin: .2em 0; padding: 0 .3em; border-radius: 3px; }
        mark { border-radius: 2px; }
        mark.chrome, .swatch.chrome, li.chrome { background: #ffd6d6; }
        mark.setaside, .swatch.setaside, li.setaside { background: #ffe3b3; }
        mark.markup, .swatch.markup, li.markup { background: #e3d6ff; }
        mark.malformed, .swatch.malformed, li.malformed { background: #ffe8a8; }
        mark.note, .swatch.note, li.note { background: #d6ecff; }
        .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; border: 1px solid #999; }
        .flag::before { content: attr(data-id); font-size: 10px; padding: 0 .3em; border-radius: 3px; background: #d6ecff; border: 1px solid #8ab; }
        .flag.malformed::before { background: #ffe8a8; }
        .generated { color: #666; }
        """;

    /// <summary>
    /// Click a header to sort by it; click again to reverse. Numbers sort as numbers, empty cells as 0. A link to lines
    /// (a diagnostic, a field, a run of the strip) scrolls to them and outlines them.
    /// </summary>
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
        document.addEventListener('click', function (event) {
          var link = event.target.closest('a[data-first]');
          if (!link) { return; }
          event.preventDefault();
          document.querySelectorAll('.line.target').forEach(function (line) { line.classList.remove('target'); });
          var section = link.dataset.section, first = Number(link.dataset.first), last = Number(link.dataset.last);
          for (var n = first; n <= last; n++) {
            var line = document.getElementById(section + '-l' + n);
            if (line) { line.classList.add('target'); }
          }
          var target = document.getElementById(section + '-l' + first);
          if (target) {
            target.scrollIntoView({ block: 'center' });
            history.replaceState(null, '', '#' + target.id);
          }
        });
        """;
}
