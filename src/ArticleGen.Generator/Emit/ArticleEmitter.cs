using System;
using System.Globalization;
using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Writes one article's code: its static property, for the class, and its class of constants, for <c>Constants</c>.
/// <see cref="PartEmitter"/> puts <see cref="ArticleNames.ArticlesPerPart"/> articles' code in one file.
/// </summary>
internal static class ArticleEmitter
{
    private const string Runtime = "global::ArticleGen.";

    /// <param name="textConstants">
    /// Whether <c>Raw</c> and <c>Body</c> are <c>const</c>. As static properties neither the metadata nor the reference
    /// assembly carries the text.
    /// </param>
    public static ArticleCode Emit(ArticleModel model, bool textConstants)
    {
        ParsedArticle article = model.Article;
        string published = IsValid(article.Published) ? article.Published!.Value.ToString() : string.Empty;
        string constants = "Constants." + model.Identifier;
        string Text(string name) => textConstants ? "public const string " + name + " =" : "public static string " + name + " =>";

        int classDepth = GeneratedFile.ClassDepth(model.Namespace);
        var writer = new SourceWriter(classDepth);
        string headline = XmlDoc.Text(article.Headline ?? string.Empty);
        string field = "__ArticleGen_" + model.Name;

        // Each article is built on first use, in its own getter. As property initializers they would all land in one
        // static constructor, and that one huge method costs the compiler seconds at a thousand articles.
        writer
            .Line("private static " + Runtime + "Article? " + field + ";")
            .Line()
            .Line("/// <summary>" + (headline.Length > 0 ? headline : "(no headline)") + "</summary>")
            .Line("/// <remarks>Generated from <c>" + XmlDoc.Text(model.RelativePath) + "</c>.</remarks>")
            .Line("public static " + Runtime + "Article " + model.Identifier + " => " + field + " ??= new " + Runtime + "Article(")
            .Indent()
            .Line("name: " + CSharpLiteral.Quote(model.Name) + ",")
            .Line("sourcePath: " + constants + ".Path,")
            .Line("headline: " + constants + ".Headline,")
            .Line("byline: " + CSharpLiteral.QuoteOrNull(article.Byline) + ",")
            .Line("published: " + (published.Length > 0 ? NewDate(article.Published!.Value) : "null") + ",");
        WriteDateline(writer, article.Dateline);
        // The paragraphs come from the Body constant rather than a second copy of the text: generated code that the
        // compiler must parse on every build is the main cost of a large fixture set.
        writer.Line("paragraphs: " + Runtime + "Article.ParagraphsOf(" + constants + ".Body),");
        WritePhotos(writer, article.Photos);
        WriteCredits(writer, article.Credits);
        writer
            .Line("copyright: " + CSharpLiteral.QuoteOrNull(article.Copyright) + ");")
            .Outdent();
        string members = writer.ToString();

        writer = new SourceWriter(classDepth + 1)
            .Line("/// <summary>The text of <see cref=\"" + model.ClassName + "." + model.Identifier + "\"/> as constants, for attribute arguments such as <c>[InlineData(...)]</c>" +
                (textConstants ? "." : "; <c>Raw</c> and <c>Body</c> are properties (<c>ArticleGenTextConstants</c> is false).") + "</summary>")
            .Open("public static class " + model.Identifier)
            .Line("/// <summary>The headline.</summary>")
            .Literal("public const string Headline =", article.Headline ?? string.Empty, ";")
            .Line()
            .Line("/// <summary>The paragraphs, separated by a blank line.</summary>")
            .Literal(Text("Body"), string.Join("\n\n", article.Paragraphs), ";")
            .Line()
            .Line("/// <summary>The wire dateline as written, or empty.</summary>")
            .Literal("public const string Dateline =", article.Dateline?.Text ?? string.Empty, ";")
            .Line()
            .Line("/// <summary>The publication date as ISO <c>yyyy-MM-dd</c>, or empty.</summary>")
            .Literal("public const string Published =", published, ";")
            .Line()
            .Line("/// <summary>The file's path relative to the project, with <c>/</c>.</summary>")
            .Literal("public const string Path =", model.RelativePath, ";")
            .Line()
            .Line("/// <summary>The file's text as read, with CRLF line ends as LF.</summary>")
            .Literal(Text("Raw"), model.Raw, ";")
            .Close();

        return new ArticleCode(model.PartHintName, model.Namespace, model.ClassName, model.RelativePath, members, writer.ToString());
    }

    private static void WriteDateline(SourceWriter writer, DatelineSpec? dateline)
    {
        if (dateline is null)
        {
            writer.Line("dateline: null,");
            return;
        }

        writer
            .Line("dateline: new " + Runtime + "Dateline(")
            .Indent()
            .Line("Location: " + CSharpLiteral.Quote(dateline.Location ?? string.Empty) + ",")
            .Line("Region: " + CSharpLiteral.QuoteOrNull(dateline.Region) + ",")
            .Line("Date: " + CSharpLiteral.QuoteOrNull(dateline.Date) + ",")
            .Line("Agency: " + CSharpLiteral.QuoteOrNull(dateline.Agency) + ",")
            .Line("Text: " + CSharpLiteral.Quote(dateline.Text ?? string.Empty) + "),")
            .Outdent();
    }

    private static void WritePhotos(SourceWriter writer, EquatableArray<PhotoSpec> photos)
    {
        if (photos.IsEmpty)
        {
            writer.Line("photos: null,");
            return;
        }

        writer.Line("photos: new " + Runtime + "Photo[]").Open();
        foreach (PhotoSpec photo in photos)
        {
            writer
                .Line("new " + Runtime + "Photo(")
                .Indent()
                .Line("Caption: " + CSharpLiteral.Quote(photo.Caption ?? string.Empty) + ",")
                .Line("Credit: " + CSharpLiteral.Quote(photo.Credit ?? string.Empty) + ",")
                .Line("Photographer: " + CSharpLiteral.QuoteOrNull(photo.Photographer) + ",")
                .Line("Agency: " + CSharpLiteral.QuoteOrNull(photo.Agency) + "),")
                .Outdent();
        }

        writer.Close(",");
    }

    private static void WriteCredits(SourceWriter writer, CreditsSpec? credits)
    {
        if (credits is null)
        {
            writer.Line("credits: null,");
            return;
        }

        writer
            .Line("credits: new " + Runtime + "Credits(")
            .Indent()
            .Line("reporting: " + Strings(credits.Reporting) + ",")
            .Line("additionalReporting: " + Strings(credits.AdditionalReporting) + ",")
            .Line("writing: " + Strings(credits.Writing) + ",")
            .Line("editing: " + Strings(credits.Editing) + "),")
            .Outdent();
    }

    // An empty list is written as null, which the runtime types take for none: fewer nodes for the compiler to bind.
    private static string Strings(EquatableArray<string> values) =>
        values.IsEmpty
            ? "null"
            : "new string[] { " + string.Join(", ", values.Select(v => CSharpLiteral.Quote(v ?? string.Empty))) + " }";

    private static string NewDate(PublicationDate date) => string.Format(
        CultureInfo.InvariantCulture, "new global::System.DateOnly({0}, {1}, {2})", date.Year, date.Month, date.Day);

    /// <summary>A date the parser could not vouch for would throw in the type initializer and take every article down with it.</summary>
    private static bool IsValid(PublicationDate? date) =>
        date is { } d && d.Year >= 1 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= DateTime.DaysInMonth(d.Year, d.Month);
}
